// Pushes an image from an OCI image layout to one or more references: blobs first (HEAD, mount,
// upload; a few at once), then child manifests by digest, then the image under every tag with the
// exact bytes from the layout. Returns what `push --json` prints.
import { createReadStream, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import { OciLayout } from '../layout/layout.js';
import { sha256 } from '../oci/digest.js';
import { MediaType, isForeignLayer, isIndex } from '../oci/mediatypes.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../oci/types.js';
import { UserError, fsError } from '../util/errors.js';
import { humanSize } from '../util/log.js';
import { Secrets } from './auth.js';
import { type BlobPushResult, RegistryClient, type RegistryClientOptions, shortDigest } from './client.js';
import { type Reference, formatReference, normalizeRegistryHost, parseReference } from './reference.js';
import { HttpTransport, resolveTransportOptions } from './transport.js';
import { pushReferrers } from './referrers.js';

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

export interface PushResult {
  digest: string;
  mediaType: string;
  size: number;
  /** Every reference pushed, fully qualified (registry/repository:tag or @digest). */
  tags: string[];
  /** Blobs uploaded, found already present, and mounted from another repository (summed over repositories). */
  pushed: number;
  skipped: number;
  mounted: number;
}

interface ManifestNode {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

interface Plan {
  root: ManifestNode;
  /** Child manifests (of an index), in the order to push them: children before parents. */
  children: ManifestNode[];
  /** Index children not in the layout: they must already be in the target repository. */
  remoteChildren: Descriptor[];
  blobs: Map<string, { size: number; mediaType: string }>;
}

function guessMediaType(doc: { mediaType?: string; manifests?: unknown; config?: unknown }, declared: string | undefined): string {
  if (doc.mediaType) return doc.mediaType;
  if (declared) return declared;
  return doc.manifests ? MediaType.OciIndex : MediaType.OciManifest;
}

/** Reads the image graph from the layout, checking every reachable blob is there with its size. */
async function planPush(layout: OciLayout, root: Descriptor): Promise<Plan> {
  const children: ManifestNode[] = [];
  const remoteChildren: Descriptor[] = [];
  const blobs = new Map<string, { size: number; mediaType: string }>();
  const seen = new Set<string>();

  const read = async (desc: Descriptor, what: string): Promise<ManifestNode & { doc: ImageManifest & ImageIndex }> => {
    const bytes = await layout.readBlob(desc.digest);
    if (sha256(bytes) !== desc.digest) throw new UserError(`${what} ${desc.digest} in ${layout.dir} does not match its digest; the layout is corrupt`);
    if (desc.size !== undefined && bytes.length !== desc.size) throw new UserError(`${what} ${desc.digest} in ${layout.dir} is ${bytes.length} bytes, its descriptor says ${desc.size}`);
    let doc: ImageManifest & ImageIndex;
    try {
      doc = JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      throw new UserError(`${what} ${desc.digest} in ${layout.dir} is not valid JSON: ${(e as Error).message}`);
    }
    return { digest: desc.digest, mediaType: guessMediaType(doc, desc.mediaType), bytes, doc };
  };

  const addBlob = async (d: Descriptor, what: string) => {
    if (isForeignLayer(d.mediaType)) return; // referenced by URL, never uploaded
    if (blobs.has(d.digest)) return;
    const size = await layout.blobSize(d.digest);
    if (size === undefined) throw new UserError(`the layout ${layout.dir} lacks ${what} ${d.digest}; it is incomplete`);
    if (size !== d.size) throw new UserError(`${what} ${d.digest} in ${layout.dir} is ${size} bytes, its descriptor says ${d.size}`);
    blobs.set(d.digest, { size, mediaType: d.mediaType });
  };

  const visit = async (desc: Descriptor, isRoot: boolean): Promise<ManifestNode> => {
    const node = await read(desc, isRoot ? 'image' : 'manifest');
    if (isIndex(node.mediaType)) {
      for (const child of node.doc.manifests ?? []) {
        if (seen.has(child.digest)) continue;
        seen.add(child.digest);
        if (!(await layout.hasBlob(child.digest))) {
          remoteChildren.push(child);
          continue;
        }
        children.push(await visit(child, false));
      }
    } else {
      if (!node.doc.config) throw new UserError(`manifest ${desc.digest} in ${layout.dir} has no config`);
      await addBlob(node.doc.config, 'config');
      for (const l of node.doc.layers ?? []) await addBlob(l, 'layer');
    }
    return { digest: node.digest, mediaType: node.mediaType, bytes: node.bytes };
  };

  const rootNode = await visit(root, true);
  return { root: rootNode, children, remoteChildren, blobs };
}

/** Runs fn over items, `n` at a time; the first failure stops new work and is rethrown. */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { e: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (e) {
        failure ??= { e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
  if (failure) throw failure.e;
}

function mountSource(value: string | undefined, registry: string): string | undefined {
  if (!value) return undefined;
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
  if (refs.length === 0) throw new UserError('push: give at least one image reference to push to');
  const parsed = refs.map((r) => parseReference(r));
  if (!(await OciLayout.isLayout(layoutDir))) {
    try {
      await fs.access(layoutDir);
    } catch (e) {
      throw fsError(e, layoutDir, 'reading the OCI layout');
    }
    throw new UserError(`${layoutDir} is not an OCI image layout (it has no oci-layout file)`);
  }
  const layout = new OciLayout(layoutDir);
  const rootDesc = await layout.resolveRef(opts.ref, parsed.map((r) => r.tag).filter((t): t is string => t !== undefined));
  const plan = await planPush(layout, rootDesc);
  const { root } = plan;
  for (const r of parsed) {
    if (r.digest && r.digest !== root.digest) {
      throw new UserError(`${formatReference(r)} pins ${r.digest}, but the image in ${layoutDir} is ${root.digest}`);
    }
  }

  const secrets = opts.secrets ?? new Secrets();
  const transportOpts = resolveTransportOptions(opts);
  const log = secrets.logger(transportOpts.logger);
  const transport = opts.transport ?? new HttpTransport({ ...transportOpts, logger: log });
  const mountMap = opts.mountFrom instanceof Map ? opts.mountFrom : new Map(Object.entries(opts.mountFrom ?? {}));
  const result: PushResult = { digest: root.digest, mediaType: root.mediaType, size: root.bytes.length, tags: [], pushed: 0, skipped: 0, mounted: 0 };

  // registry → repository → references
  const groups = new Map<string, Map<string, Reference[]>>();
  for (const r of parsed) {
    const byRepo = groups.get(r.registry) ?? new Map<string, Reference[]>();
    groups.set(r.registry, byRepo);
    byRepo.set(r.repository, [...(byRepo.get(r.repository) ?? []), r]);
  }

  const blobList = [...plan.blobs.entries()].map(([digest, b]) => ({ digest, ...b }));
  const totalBytes = blobList.reduce((n, b) => n + b.size, 0);
  try {
    for (const [registry, byRepo] of groups) {
      const client = await RegistryClient.open(registry, { ...opts, logger: log, secrets, transport });
      try {
        for (const [repository, repoRefs] of byRepo) {
          const started = Date.now();
          const sources = new Map<string, string>();
          for (const b of blobList) {
            const src = mountSource(mountMap.get(b.digest), registry);
            if (src && src !== repository) sources.set(b.digest, src);
          }
          const scopes = [`repository:${repository}:pull,push`, ...[...new Set(sources.values())].map((s) => `repository:${s}:pull`)];
          log.info(`pushing ${root.digest} to ${registry}/${repository}: ${blobList.length} blob${blobList.length === 1 ? '' : 's'}, ${humanSize(totalBytes)}`);
          const counts: Record<BlobPushResult, number> = { pushed: 0, exists: 0, mounted: 0 };
          await pool(blobList, opts.concurrency ?? 3, async (b) => {
            const t0 = Date.now();
            let nextReport = 0.25;
            const outcome = await client.pushBlob(
              repository,
              b,
              {
                open: (start, end) => (end <= start ? Readable.from([]) : createReadStream(layout.blobPath(b.digest), { start, end: end - 1 })),
              },
              {
                scopes,
                mountFrom: sources.get(b.digest),
                chunkThreshold: opts.chunkThreshold,
                chunkSize: opts.chunkSize,
                onProgress: (sent) => {
                  if (b.size > (opts.chunkThreshold ?? 16 * 1024 * 1024) && sent < b.size && sent / b.size >= nextReport) {
                    log.info(`  ${shortDigest(b.digest)} ${humanSize(sent)} of ${humanSize(b.size)}`);
                    while (sent / b.size >= nextReport) nextReport += 0.25;
                  }
                },
              },
            );
            counts[outcome]++;
            const verb = outcome === 'exists' ? 'already there' : outcome;
            log.info(`  ${shortDigest(b.digest)} ${humanSize(b.size)}: ${verb}${outcome === 'pushed' ? ` (${((Date.now() - t0) / 1000).toFixed(1)} s)` : ''}`);
          });
          result.pushed += counts.pushed;
          result.skipped += counts.exists;
          result.mounted += counts.mounted;

          for (const child of plan.remoteChildren) {
            const there = await client.headManifest(repository, child.digest, scopes);
            if (!there) throw new UserError(`the index ${root.digest} lists ${child.digest}, which is neither in ${layoutDir} nor in ${registry}/${repository}`);
          }
          for (const child of plan.children) await client.putManifest(repository, child.digest, child.bytes, child.mediaType, scopes);
          for (const r of repoRefs) {
            await client.putManifest(repository, r.tag ?? root.digest, root.bytes, root.mediaType, scopes);
            const full = r.tag !== undefined ? `${registry}/${repository}:${r.tag}` : `${registry}/${repository}@${root.digest}`;
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
    await pushReferrers(layout, [root.digest, ...plan.children.map((c) => c.digest)], parsed, { ...opts, logger: log, secrets, transport });
  } catch (e) {
    if (e instanceof UserError) {
      const msg = secrets.redact(e.message);
      if (msg !== e.message) throw new UserError(msg, e.exitCode);
    }
    throw e;
  } finally {
    if (!opts.transport) transport.close();
  }
  return result;
}
