// merge: join single-platform images already pushed (one per matrix job) into one index under
// every tag. Each image's platform is read from its config; blobs are mounted across
// repositories of the same registry, copied through a temp file when the registry will not mount.
import { promises as fs, createReadStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isIndex, isManifest, MediaType } from '../oci/mediatypes.js';
import { sha256 } from '../oci/digest.js';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest, Platform } from '../oci/types.js';
import { RegistryClient, type RegistryClientOptions } from '../registry/client.js';
import { formatReference, parseReference, type Reference } from '../registry/reference.js';
import { UserError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { platformString } from './options.js';

export interface MergeResult {
  digest: string;
  mediaType: string;
  size: number;
  tags: string[];
  manifests: Array<{ source: string; digest: string; platform: string }>;
}

interface SourceImage {
  ref: Reference;
  bytes: Buffer;
  mediaType: string;
  digest: string;
  manifest: ImageManifest;
  platform: Platform;
}

const scopesFor = (target: string, sources: string[]) => [`repository:${target}:pull,push`, ...[...new Set(sources)].filter((s) => s !== target).map((s) => `repository:${s}:pull`)];

async function readSource(client: RegistryClient, ref: Reference, spec: string): Promise<SourceImage> {
  const m = await client.getManifest(ref.repository, ref.digest!, [`repository:${ref.repository}:pull`]);
  if (isIndex(m.mediaType)) throw new UserError(`source ${spec} is an index, not a single-platform image; give each platform's image digest`);
  if (!isManifest(m.mediaType)) throw new UserError(`source ${spec} is a ${m.mediaType}, not an image manifest`);
  const manifest = JSON.parse(m.bytes.toString('utf8')) as ImageManifest;
  const tmp = path.join(os.tmpdir(), `oci-bundle-merge-${process.pid}-${manifest.config.digest.slice(7, 19)}`);
  try {
    await client.fetchBlob(ref.repository, manifest.config.digest, manifest.config.size, tmp, [`repository:${ref.repository}:pull`]);
    const config = JSON.parse(await fs.readFile(tmp, 'utf8')) as ImageConfig;
    const platform: Platform = { architecture: config.architecture, os: config.os };
    if (config.variant) platform.variant = config.variant;
    if (config['os.version']) platform['os.version'] = config['os.version'];
    return { ref, bytes: m.bytes, mediaType: m.mediaType, digest: m.digest, manifest, platform };
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** Makes `repository` hold `desc`: present already, mounted from `from`, or copied through a temp file. */
async function ensureBlob(client: RegistryClient, repository: string, from: string, desc: Descriptor, scopes: string[]): Promise<'exists' | 'mounted' | 'pushed'> {
  let tmp: string | undefined;
  const NEED_COPY = new UserError('mount refused');
  try {
    try {
      return await client.pushBlob(repository, desc, { open: () => { throw NEED_COPY; } }, { scopes, mountFrom: from });
    } catch (e) {
      if (e !== NEED_COPY) throw e;
    }
    tmp = path.join(os.tmpdir(), `oci-bundle-merge-${process.pid}-${desc.digest.slice(7, 19)}`);
    await client.fetchBlob(from, desc.digest, desc.size, tmp, scopes);
    const file = tmp;
    return await client.pushBlob(repository, desc, { open: (start, end) => createReadStream(file, { start, end: end - 1 }) }, { scopes });
  } finally {
    if (tmp) await fs.rm(tmp, { force: true });
  }
}

export async function mergeImages(tags: string[], sources: string[], opts: RegistryClientOptions & { logger: Logger }): Promise<MergeResult> {
  const log = opts.logger;
  if (tags.length === 0) throw new UserError('merge needs at least one --tag for the index');
  if (sources.length === 0) throw new UserError('merge needs the images to join, as repo@sha256:… (one per platform)');
  const targets = tags.map((t) => parseReference(t));
  const refs = sources.map((s) => {
    const r = parseReference(s);
    if (!r.digest) throw new UserError(`source ${s} must name an image by digest (repo@sha256:…), as the build step's "image" output does`);
    return r;
  });
  const registry = targets[0].registry;
  for (const r of [...targets, ...refs]) {
    if (r.registry !== registry) throw new UserError(`merge works within one registry: ${formatReference(r)} is not on ${registry}`);
  }
  for (const t of targets) if (!t.tag) throw new UserError(`--tag ${formatReference(t)} needs a tag`);

  const client = await RegistryClient.open(registry, opts);
  try {
    const images: SourceImage[] = [];
    for (const [i, r] of refs.entries()) images.push(await readSource(client, r, sources[i]));
    const seen = new Map<string, string>();
    for (const [i, img] of images.entries()) {
      const p = platformString(img.platform);
      if (seen.has(p)) throw new UserError(`sources ${seen.get(p)} and ${sources[i]} are both ${p}; give one image per platform`);
      seen.set(p, sources[i]);
    }

    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: images.map((img) => ({ mediaType: img.mediaType, digest: img.digest, size: img.bytes.length, platform: img.platform })),
    };
    const bytes = Buffer.from(JSON.stringify(index), 'utf8');
    const digest = sha256(bytes);

    const pushed: string[] = [];
    for (const t of targets) {
      const scopes = scopesFor(t.repository, images.map((i) => i.ref.repository));
      // Children first: every blob and manifest the index names must be in the tag's repository.
      for (const img of images) {
        if (img.ref.repository !== t.repository) {
          for (const d of [img.manifest.config, ...img.manifest.layers]) {
            if (d.urls?.length) continue; // foreign layers stay where their URLs say
            const r = await ensureBlob(client, t.repository, img.ref.repository, d, scopes);
            log.debug(`${t.repository}: blob ${d.digest.slice(0, 19)} ${r}`);
          }
          await client.putManifest(t.repository, img.digest, img.bytes, img.mediaType, scopes);
        }
      }
      const got = await client.putManifest(t.repository, t.tag!, bytes, MediaType.OciIndex, scopes);
      if (got && got !== digest) throw new UserError(`registry ${registry} stored the index for ${formatReference(t)} as ${got}, not ${digest}`);
      pushed.push(formatReference(t));
      log.info(`pushed index ${digest} to ${formatReference(t)} (${images.map((i) => platformString(i.platform)).join(', ')})`);
    }
    return {
      digest,
      mediaType: MediaType.OciIndex,
      size: bytes.length,
      tags: pushed,
      manifests: images.map((img, i) => ({ source: sources[i], digest: img.digest, platform: platformString(img.platform) })),
    };
  } finally {
    client.close();
  }
}
