// Resolves a base image into one manifest + config per platform, and brings its blobs into the
// output layout through the blob cache. Layers are reused byte for byte: Docker media types are
// re-typed to their OCI twins, never recompressed; foreign layers are kept as references.
import { promises as fs } from 'node:fs';
import { isForeignLayer, isIndex, isManifest, MediaType } from '../oci/mediatypes.js';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest, Platform } from '../oci/types.js';
import { sha256 } from '../oci/digest.js';
import type { LayoutWriter } from '../layout/layout.js';
import type { BlobCache } from '../layout/blob-cache.js';
import { UserError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { isAttestationEntry as isAttestation, platformMatches, platformString } from '../oci/platform.js';
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

function parseJson<T>(bytes: Buffer, what: string): T {
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    throw new UserError(`${what} is not valid JSON`);
  }
}

/** Reads the base and picks its images for `wanted` platforms (empty: the base's own). */
export async function resolveBase(source: ImageSource, wanted: Platform[], cache: BlobCache, log: Logger): Promise<ResolvedBase> {
  const top = await source.manifest();
  const entries: Array<{ digest: string; platform?: Platform }> = [];
  if (isIndex(top.mediaType)) {
    const index = parseJson<ImageIndex>(top.bytes, `base ${source.name}`);
    const candidates = (index.manifests ?? []).filter((m) => isManifest(m.mediaType) && !isAttestation(m) && m.platform);
    if (wanted.length === 0) {
      for (const m of candidates) if (m.platform!.os === 'linux') entries.push({ digest: m.digest, platform: m.platform });
      if (entries.length === 0) throw new UserError(`base ${source.name} lists no linux platforms; choose one with --platform`);
    } else {
      for (const w of wanted) {
        const m = candidates.find((c) => platformMatches(w, c.platform!));
        if (!m) {
          const has = candidates.map((c) => platformString(c.platform!)).join(', ') || 'none';
          throw new UserError(`base ${source.name} has no ${platformString(w)} image; it has: ${has}`);
        }
        entries.push({ digest: m.digest, platform: { ...m.platform!, ...(w.variant && !m.platform!.variant ? { variant: w.variant } : {}) } });
      }
    }
  } else if (isManifest(top.mediaType)) {
    entries.push({ digest: top.digest });
  } else {
    throw new UserError(`base ${source.name} is a ${top.mediaType}, not an image manifest or index`);
  }

  const images: BasePlatformImage[] = [];
  for (const e of entries) {
    const m = e.digest === top.digest ? top : await source.manifest(e.digest);
    if (!isManifest(m.mediaType)) throw new UserError(`base ${source.name}: ${e.digest} is a ${m.mediaType}, not an image manifest`);
    const manifest = parseJson<ImageManifest>(m.bytes, `base ${source.name} manifest ${e.digest}`);
    if (manifest.schemaVersion !== 2 || !manifest.config || !Array.isArray(manifest.layers)) {
      throw new UserError(`base ${source.name}: manifest ${e.digest} is not a schema 2 image manifest`);
    }
    const cfgPath = (await cache.get(manifest.config.digest, manifest.config.size, (dest) => source.fetchBlob(manifest.config.digest, manifest.config.size, dest))).path;
    const cfgBytes = await fs.readFile(cfgPath);
    if (sha256(cfgBytes) !== manifest.config.digest) throw new UserError(`base ${source.name}: config ${manifest.config.digest} is corrupt`);
    const config = parseJson<ImageConfig>(cfgBytes, `base ${source.name} config`);
    const platform: Platform = e.platform ?? { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) };
    if (wanted.length && !e.platform && !wanted.some((w) => platformMatches(w, platform))) {
      throw new UserError(`base ${source.name} is a single ${platformString(platform)} image; it has no ${wanted.map(platformString).join(', ')}`);
    }
    if (config['os.version'] && !platform['os.version']) platform['os.version'] = config['os.version'];
    if ((config.rootfs?.diff_ids ?? []).length !== manifest.layers.length) {
      throw new UserError(`base ${source.name}: config of ${platformString(platform)} lists ${config.rootfs?.diff_ids?.length ?? 0} diff_ids for ${manifest.layers.length} layers`);
    }
    images.push({ platform, manifestDigest: e.digest, manifest, config, layers: manifest.layers.map(retypeLayer) });
  }
  log.info(`base ${source.name} (${top.digest.slice(0, 19)}): ${images.map((i) => platformString(i.platform)).join(', ')}`);
  return { name: source.name, digest: top.digest, images, source };
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
      const entry = await cache.get(l.digest, l.size, (dest) => base.source.fetchBlob(l.digest, l.size, dest));
      await layout.addBlobFile(entry.path, l.digest);
      if (entry.downloaded) {
        downloaded++;
        log.info(`pulled base layer ${l.digest.slice(0, 19)} (${(l.size / 1048576).toFixed(1)} MiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      } else reused++;
    }
  }
  return { downloaded, reused };
}
