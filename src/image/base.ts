// Resolves a base image into one manifest + config per platform, and brings its blobs into the
// output layout through the blob cache. Layers are reused byte for byte: Docker media types are
// re-typed to their OCI twins, never recompressed; foreign layers are kept as references.
import { createWriteStream, promises as fs } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isForeignLayer, isIndex, isManifest, MediaType } from '../oci/mediatypes.js';
import type { Descriptor, ImageConfig, ImageManifest, Platform } from '../oci/types.js';
import type { LayoutWriter } from '../layout/layout.js';
import type { BlobCache } from '../layout/blob-cache.js';
import { readVerifiedBytes } from '../layout/blob-read.js';
import { UserError, fsError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { configPlatform, platformString } from '../oci/platform.js';
import { verifyDocument } from '../model/document.js';
import { imageEntries, pickPlatform, platformList } from '../model/platforms.js';
import type { VerifiedDocument, VerifiedIndex } from '../model/types.js';
export { platformMatches } from '../oci/platform.js';
import type { ImageSource } from './source.js';

export interface BasePlatformImage {
  platform: Platform;
  manifestDigest: string;
  manifest: ImageManifest;
  config: ImageConfig;
  /** Base layers as they go into our manifest (OCI media types). */
  layers: Descriptor[];
}

export interface ResolvedBase {
  name: string;
  /** Digest of what the reference points at (index or manifest). */
  digest: string;
  images: BasePlatformImage[];
  source: ImageSource;
}

const OCI_TWIN: Record<string, string> = {
  [MediaType.DockerLayerGzip]: MediaType.OciLayerGzip,
  'application/vnd.docker.image.rootfs.diff.tar': MediaType.OciLayer,
  [MediaType.DockerForeignLayerGzip]: MediaType.OciLayerNondistGzip,
};

export function retypeLayer(d: Descriptor): Descriptor {
  const out: Descriptor = { mediaType: OCI_TWIN[d.mediaType] ?? d.mediaType, digest: d.digest, size: d.size };
  if (d.urls) out.urls = d.urls;
  if (d.annotations) out.annotations = d.annotations;
  return out;
}

/** Writes a verified blob stream of the source into `dest` (for the blob cache). */
async function fetchInto(source: ImageSource, desc: Descriptor, dest: string): Promise<number> {
  let n = 0;
  const count = new Transform({
    transform(chunk: Buffer, _e, cb) {
      n += chunk.length;
      cb(null, chunk);
    },
  });
  try {
    await pipeline(await source.openBlob(desc), count, createWriteStream(dest));
  } catch (e) {
    await fs.rm(dest, { force: true });
    if (e instanceof UserError) throw e;
    throw fsError(e, dest, `base ${source.name}: writing blob ${desc.digest} into the cache`);
  }
  return n;
}

/** Reads the base and picks its images for `wanted` platforms (empty: the base's own). */
export async function resolveBase(source: ImageSource, wanted: Platform[], cache: BlobCache, log: Logger): Promise<ResolvedBase> {
  const where = `base ${source.name}`;
  const top = await source.readDocument(await source.resolve());
  const topType = top.descriptor.mediaType;
  const entries: Array<{ descriptor: Descriptor; platform?: Platform }> = [];
  if (isIndex(topType)) {
    // Every child digest through requireDigest and platform through checkPlatform: a child
    // named "latest" is malformed data, never a tag to fetch.
    const candidates = imageEntries(top as VerifiedIndex, where).filter((m) => m.platform);
    if (wanted.length === 0) {
      for (const m of candidates) if (m.platform!.os === 'linux') entries.push({ descriptor: m.descriptor, platform: m.platform });
      if (entries.length === 0) throw new UserError(`base ${source.name} lists no linux platforms; choose one with --platform`, 1, { kind: 'not-found', field: 'platforms' });
    } else {
      for (const w of wanted) {
        const m = pickPlatform(candidates, [w]);
        if (!m) {
          const has = platformList(candidates) || 'none';
          throw new UserError(`base ${source.name} has no ${platformString(w)} image; it has: ${has}`, 1, { kind: 'not-found', field: 'platforms' });
        }
        entries.push({ descriptor: m.descriptor, platform: { ...m.platform!, ...(w.variant && !m.platform!.variant ? { variant: w.variant } : {}) } });
      }
    }
  } else if (isManifest(topType)) {
    entries.push({ descriptor: top.descriptor });
  } else {
    throw new UserError(`base ${source.name} is a ${topType}, not an image manifest or index`, 1, { kind: 'unsupported', field: 'base' });
  }

  const images: BasePlatformImage[] = [];
  for (const e of entries) {
    const m = (e.descriptor.digest === top.descriptor.digest ? top : await source.readDocument(e.descriptor)) as VerifiedDocument<ImageManifest>;
    if (!isManifest(m.descriptor.mediaType)) throw new UserError(`base ${source.name}: ${e.descriptor.digest} is a ${m.descriptor.mediaType}, not an image manifest`, 1, { kind: 'malformed', field: 'base' });
    const manifest = m.doc;
    const cfgDesc = manifest.config;
    const cfgPath = (await cache.get(cfgDesc.digest, cfgDesc.size, (dest) => fetchInto(source, cfgDesc, dest))).path;
    const cfgBytes = await readVerifiedBytes(cfgPath, { digest: cfgDesc.digest, size: cfgDesc.size }, `base ${source.name} config`);
    const config = verifyDocument<ImageConfig>(cfgBytes, cfgDesc, `base ${source.name} config`).doc;
    const platform: Platform = e.platform ?? configPlatform(config, `base ${source.name} config`);
    if (wanted.length && !e.platform && !pickPlatform([{ platform }], wanted)) {
      throw new UserError(`base ${source.name} is a single ${platformString(platform)} image; it has no ${wanted.map(platformString).join(', ')}`, 1, { kind: 'not-found', field: 'platforms' });
    }
    if (config['os.version'] && !platform['os.version']) platform['os.version'] = config['os.version'];
    if ((config.rootfs?.diff_ids ?? []).length !== manifest.layers.length) {
      throw new UserError(`base ${source.name}: config of ${platformString(platform)} lists ${config.rootfs?.diff_ids?.length ?? 0} diff_ids for ${manifest.layers.length} layers`, 1, { kind: 'malformed', field: 'base' });
    }
    images.push({ platform, manifestDigest: m.descriptor.digest, manifest, config, layers: manifest.layers.map(retypeLayer) });
  }
  log.info(`base ${source.name} (${top.descriptor.digest.slice(0, 19)}): ${images.map((i) => platformString(i.platform)).join(', ')}`);
  return { name: source.name, digest: top.descriptor.digest, images, source };
}

/** Brings the base's distributable layers into the layout via the cache; returns download count. */
export async function copyBaseBlobs(base: ResolvedBase, layout: LayoutWriter, cache: BlobCache, log: Logger): Promise<{ downloaded: number; reused: number }> {
  let downloaded = 0;
  let reused = 0;
  const seen = new Set<string>();
  for (const img of base.images) {
    for (const l of img.manifest.layers) {
      if (seen.has(l.digest) || isForeignLayer(l.mediaType)) continue;
      seen.add(l.digest);
      const t0 = Date.now();
      const entry = await cache.get(l.digest, l.size, (dest) => fetchInto(base.source, l, dest));
      await layout.addBlobFile(entry.path, l.digest);
      if (entry.downloaded) {
        downloaded++;
        log.info(`pulled base layer ${l.digest.slice(0, 19)} (${(l.size / 1048576).toFixed(1)} MiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      } else reused++;
    }
  }
  return { downloaded, reused };
}
