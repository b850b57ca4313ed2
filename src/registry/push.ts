// push = copy(layout → registry): the image of an OCI layout to one or more references, through
// the image model (src/model/copy.ts). One client per registry; one copy per repository (the
// second and later find the blobs there or mount them). Returns what `push --json` prints.
import { OciLayout } from '../layout/layout.js';
import { requireDigest } from '../oci/digest.js';
import { LayoutImageSource, requireLayout } from '../model/layout-source.js';
import { copyImage } from '../model/copy.js';
import { RegistryDestination } from '../model/registry-destination.js';
import { UserError } from '../util/errors.js';
import { Secrets } from './auth.js';
import { RegistryClient, type RegistryClientOptions } from './client.js';
import { type Reference, formatReference, normalizeRegistryHost, parseReference } from './reference.js';
import { pushReferrers, type PushedReferrer } from './referrers.js';
import { HttpTransport, resolveTransportOptions } from './transport.js';
import type { CopyResult } from '../model/types.js';

export interface PushOptions extends RegistryClientOptions {
  /** The image in the layout, by its org.opencontainers.image.ref.name (default: the only one). */
  ref?: string;
  /**
   * Blobs another repository of the target registry already has (base image layers): digest →
   * "repository" or "registry/repository". A cross-repository mount is tried before uploading.
   */
  mountFrom?: Map<string, string> | Record<string, string>;
  /** Blobs uploaded at once (default 3). */
  concurrency?: number;
  /** Blobs larger than this are uploaded in chunks (default 16 MiB). */
  chunkThreshold?: number;
  /** Chunk size (default 16 MiB). */
  chunkSize?: number;
}

/** What a copy reports, less its per-manifest list; `tags` are every reference pushed, fully qualified. */
export type PushResult = Omit<CopyResult, 'manifests'> & {
  /** The SBOM and provenance that followed the image, per repository. */
  referrers: PushedReferrer[];
};

/** The repository of `registry` a mount hint names, or undefined when it is on another registry. */
function mountSource(value: string, registry: string): string | undefined {
  const slash = value.indexOf('/');
  const first = slash >= 0 ? value.slice(0, slash) : '';
  if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    return normalizeRegistryHost(first) === normalizeRegistryHost(registry) ? value.slice(slash + 1) : undefined;
  }
  return value;
}

/**
 * Pushes the image `opts.ref` (or the only one) of the OCI layout at `layoutDir` to every
 * reference in `refs`. References with a digest must name this image's digest.
 */
export async function pushLayout(layoutDir: string, refs: string[], opts: PushOptions = {}): Promise<PushResult> {
  if (refs.length === 0) throw new UserError('push: give at least one image reference to push to', 1, { kind: 'usage', field: 'refs' });
  const parsed = refs.map((r) => parseReference(r));
  await requireLayout(layoutDir, 'layout');
  const layout = new OciLayout(layoutDir);
  const rootDesc = await layout.resolveRef(opts.ref, parsed.map((r) => r.tag).filter((t): t is string => t !== undefined));
  requireDigest(rootDesc.digest, `${layoutDir}/index.json`);
  const source = new LayoutImageSource(layoutDir, opts.ref, rootDesc);
  for (const r of parsed) {
    if (r.digest && r.digest !== rootDesc.digest) {
      throw new UserError(`${formatReference(r)} pins ${r.digest}, but the image in ${layoutDir} is ${rootDesc.digest}`, 1, { kind: 'conflict', field: 'refs' });
    }
  }

  const secrets = opts.secrets ?? new Secrets();
  const transportOpts = resolveTransportOptions(opts);
  const log = secrets.logger(transportOpts.logger);
  const transport = opts.transport ?? new HttpTransport({ ...transportOpts, logger: log });
  const hints = opts.mountFrom instanceof Map ? opts.mountFrom : new Map(Object.entries(opts.mountFrom ?? {}));
  const result: PushResult = { digest: rootDesc.digest, mediaType: rootDesc.mediaType, size: rootDesc.size, tags: [], pushed: 0, skipped: 0, mounted: 0, referrers: [] };
  /** The image and its manifests: the subjects whose referrers (SBOM, provenance) follow them. */
  const subjects = new Set<string>([rootDesc.digest]);

  // registry → repository → references
  const groups = new Map<string, Map<string, Reference[]>>();
  for (const r of parsed) {
    const byRepo = groups.get(r.registry) ?? new Map<string, Reference[]>();
    groups.set(r.registry, byRepo);
    byRepo.set(r.repository, [...(byRepo.get(r.repository) ?? []), r]);
  }
  try {
    for (const [registry, byRepo] of groups) {
      const client = await RegistryClient.open(registry, { ...opts, logger: log, secrets, transport });
      try {
        for (const [repository, repoRefs] of byRepo) {
          const started = Date.now();
          const mountFrom = new Map<string, string>();
          for (const [digest, v] of hints) {
            const src = mountSource(v, registry);
            if (src && src !== repository) mountFrom.set(digest, src);
          }
          const dest = new RegistryDestination(repoRefs[0], { client, chunkThreshold: opts.chunkThreshold, chunkSize: opts.chunkSize });
          dest.addMountSources(mountFrom.values());
          const out = await copyImage(source, dest, {
            tags: repoRefs.map((r) => r.tag ?? rootDesc.digest),
            mountFrom,
            concurrency: opts.concurrency,
            logger: log,
          });
          result.digest = out.digest;
          result.mediaType = out.mediaType;
          result.size = out.size;
          result.pushed += out.pushed;
          result.skipped += out.skipped;
          result.mounted += out.mounted;
          for (const m of out.manifests) subjects.add(m.digest);
          for (const r of repoRefs) {
            const full = r.tag !== undefined ? `${registry}/${repository}:${r.tag}` : `${registry}/${repository}@${out.digest}`;
            result.tags.push(full);
            log.info(`pushed ${full}`);
          }
          log.debug(`${registry}/${repository}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
      } finally {
        client.close();
      }
    }
    // The image's SBOM and provenance (OCI referrers in the layout) follow it.
    result.referrers = await pushReferrers(layout, [...subjects], parsed, { ...opts, logger: log, secrets, transport });
  } catch (e) {
    throw secrets.redactError(e);
  } finally {
    if (!opts.transport) transport.close();
  }
  return result;
}
