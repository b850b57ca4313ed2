// merge: join single-platform images already pushed (one per matrix job) into one index under
// every tag. Each image's platform is read from its (verified) config; into each tag's
// repository the images are copied through the model (src/model/copy.ts): blobs mounted across
// repositories of the registry, or streamed from the source repository when the registry will
// not mount — never through a temp file. The index is the one new document.
import { sha256 } from '../oci/digest.js';
import { isIndex, isManifest, MediaType } from '../oci/mediatypes.js';
import { configPlatform, platformString } from '../oci/platform.js';
import type { ImageConfig, ImageIndex, ImageManifest, Platform } from '../oci/types.js';
import { RegistryClient, type RegistryClientOptions } from '../registry/client.js';
import { formatReference, parseReference } from '../registry/reference.js';
import { UserError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { copyImage } from '../model/copy.js';
import { verifyDocument } from '../model/document.js';
import { RegistryDestination } from '../model/registry-destination.js';
import { RegistryImageSource } from '../model/registry-source.js';
import type { VerifiedDocument } from '../model/types.js';

export interface MergeResult {
  digest: string;
  mediaType: string;
  size: number;
  tags: string[];
  manifests: Array<{ source: string; digest: string; platform: string }>;
}

interface SourceImage {
  spec: string;
  source: RegistryImageSource;
  manifest: VerifiedDocument<ImageManifest>;
  platform: Platform;
}

async function readSource(source: RegistryImageSource, spec: string): Promise<SourceImage> {
  const top = await source.readDocument<ImageManifest>(await source.resolve());
  const mt = top.descriptor.mediaType;
  if (isIndex(mt)) throw new UserError(`source ${spec} is an index, not a single-platform image; give each platform's image digest`, 1, { kind: 'input', field: 'sources' });
  if (!isManifest(mt)) throw new UserError(`source ${spec} is a ${mt}, not an image manifest`, 1, { kind: 'input', field: 'sources' });
  const config = await source.readDocument<ImageConfig>(top.doc.config);
  return { spec, source, manifest: top, platform: configPlatform(config.doc, `source ${spec} config`) };
}

export async function mergeImages(tags: string[], sources: string[], opts: RegistryClientOptions & { logger: Logger }): Promise<MergeResult> {
  const log = opts.logger;
  if (tags.length === 0) throw new UserError('merge needs at least one --tag for the index', 2, { kind: 'usage', field: 'tags' });
  if (sources.length === 0) throw new UserError('merge needs the images to join, as repo@sha256:… (one per platform)', 2, { kind: 'usage', field: 'sources' });
  const targets = tags.map((t) => parseReference(t));
  const refs = sources.map((s) => {
    const r = parseReference(s);
    if (!r.digest) throw new UserError(`source ${s} must name an image by digest (repo@sha256:…), as the build step's "image" output does`, 2, { kind: 'usage', field: 'sources' });
    return r;
  });
  const registry = targets[0].registry;
  for (const r of [...targets, ...refs]) {
    if (r.registry !== registry) throw new UserError(`merge works within one registry: ${formatReference(r)} is not on ${registry}`, 2, { kind: 'usage', field: 'tags' });
  }
  for (const t of targets) if (!t.tag) throw new UserError(`--tag ${formatReference(t)} needs a tag`, 2, { kind: 'usage', field: 'tags' });

  const client = await RegistryClient.open(registry, opts);
  try {
    const images: SourceImage[] = [];
    for (const [i, r] of refs.entries()) images.push(await readSource(new RegistryImageSource(r, { client }), sources[i]));
    const seen = new Map<string, string>();
    for (const img of images) {
      const p = platformString(img.platform);
      if (seen.has(p)) throw new UserError(`sources ${seen.get(p)} and ${img.spec} are both ${p}; give one image per platform`, 1, { kind: 'input', field: 'sources' });
      seen.set(p, img.spec);
    }

    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: images.map((img) => ({ mediaType: img.manifest.descriptor.mediaType, digest: img.manifest.descriptor.digest, size: img.manifest.bytes.length, platform: img.platform })),
    };
    const bytes = Buffer.from(JSON.stringify(index), 'utf8');
    const indexDoc = verifyDocument<ImageIndex>(bytes, { mediaType: MediaType.OciIndex, digest: sha256(bytes), size: bytes.length }, 'the merged index');
    const digest = indexDoc.descriptor.digest;

    const pushed: string[] = [];
    for (const t of targets) {
      const dest = new RegistryDestination(t, { client });
      dest.addMountSources(images.map((i) => i.source.ref.repository));
      // Children first: every blob and manifest the index names must be in the tag's repository.
      for (const img of images) {
        if (img.source.ref.repository === t.repository) continue;
        const r = await copyImage(img.source, dest, { tags: [], logger: { info: (m) => log.debug(m), debug: (m) => log.debug(m) } });
        log.debug(`${t.repository}: ${img.spec}: ${r.pushed} pushed, ${r.mounted} mounted, ${r.skipped} present`);
      }
      await dest.putManifest(indexDoc, { tags: [t.tag!] });
      pushed.push(formatReference(t));
      log.info(`pushed index ${digest} to ${formatReference(t)} (${images.map((i) => platformString(i.platform)).join(', ')})`);
    }
    return {
      digest,
      mediaType: MediaType.OciIndex,
      size: bytes.length,
      tags: pushed,
      manifests: images.map((img) => ({ source: img.spec, digest: img.manifest.descriptor.digest, platform: platformString(img.platform) })),
    };
  } finally {
    client.close();
  }
}
