// copy(source, destination): walks index → manifests → config and layers, puts every blob the
// destination lacks (a few at once, mounted when both sides are repositories of one registry,
// streamed straight from the source otherwise), then the manifests children first, with the
// exact bytes read: the digest is kept. Only a platform subset of an index makes a new document
// (the index listing just those entries), so its digest is necessarily new.
import { sha256 } from '../oci/digest.js';
import { isForeignLayer, isIndex, isManifest } from '../oci/mediatypes.js';
import { configPlatform, hostPlatform, platformString } from '../oci/platform.js';
import { entriesFor, pickPlatform, platformList } from './platforms.js';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest, Platform } from '../oci/types.js';
import { normalizeRegistryHost } from '../registry/reference.js';
import { UserError } from '../util/errors.js';
import { humanSize } from '../util/log.js';
import { indexEntries, verifyDocument } from './document.js';
import type { BlobPutResult, CopyOptions, CopyResult, ImageDestination, ImageSource, VerifiedDocument } from './types.js';
import { DOCKER_REFERENCE_DIGEST } from '../oci/annotations.js';
import { shortDigest } from '../oci/digest.js';

const silent = { info: () => {}, debug: () => {} };

const short = shortDigest;

/** Runs fn over items, `n` at a time; the first failure stops new work and is rethrown. */
export async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
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

/** The repository of the destination's registry blobs can be mounted from, if the source is one. */
function sameRegistryRepository(source: ImageSource, dest: ImageDestination): string | undefined {
  const s = source.location;
  const d = dest.location;
  if (!s || !d || normalizeRegistryHost(s.registry) !== normalizeRegistryHost(d.registry) || s.repository === d.repository) return undefined;
  return s.repository;
}

interface Plan {
  /** Manifests and indexes to put, children before parents; the last one is the top. */
  documents: Array<{ doc: VerifiedDocument; child: boolean }>;
  blobs: Map<string, Descriptor>;
  manifests: Array<{ digest: string; platform?: string }>;
}

/** A new index of the chosen entries: the one place copy writes a document of its own. */
function subsetIndex(top: VerifiedDocument<ImageIndex>, keep: Descriptor[]): VerifiedDocument<ImageIndex> {
  const doc: ImageIndex = { ...top.doc, manifests: keep };
  const bytes = Buffer.from(JSON.stringify(doc), 'utf8');
  return verifyDocument<ImageIndex>(bytes, { mediaType: top.descriptor.mediaType, digest: sha256(bytes), size: bytes.length }, 'the new index');
}

/** The entries of `index` for `wanted` platforms, with the attestations that describe them. */
function choose(source: ImageSource, index: VerifiedDocument<ImageIndex>, wanted: Platform[]): Descriptor[] {
  const entries = indexEntries(index, source.name);
  const images = entries.filter((e) => !e.attestation && e.platform);
  const keep = new Set<Descriptor>();
  for (const w of wanted) {
    const found = entriesFor(images, w);
    if (found.length === 0) {
      const has = platformList(images) || 'none';
      throw new UserError(`${source.name} has no ${platformString(w)} image; it has: ${has}`, 1, { kind: 'not-found', field: 'platforms' });
    }
    for (const e of found) keep.add(e.descriptor);
  }
  const kept = new Set([...keep].map((d) => d.digest));
  for (const e of entries) {
    if (e.attestation && kept.has(e.descriptor.annotations?.[DOCKER_REFERENCE_DIGEST] ?? '')) keep.add(e.descriptor);
  }
  // Keep the index's order.
  return entries.map((e) => e.descriptor).filter((d) => keep.has(d));
}

async function plan(source: ImageSource, dest: ImageDestination, top: VerifiedDocument, o: CopyOptions): Promise<{ plan: Plan; top: VerifiedDocument }> {
  const p: Plan = { documents: [], blobs: new Map(), manifests: [] };
  const seen = new Set<string>();
  const log = o.logger ?? silent;

  const visitManifest = async (doc: VerifiedDocument<ImageManifest>, platform: Platform | undefined, child: boolean) => {
    p.manifests.push({ digest: doc.descriptor.digest, platform: platform ? platformString(platform) : undefined });
    // A registry that has the manifest has everything it names: a retag or mirror between
    // registries skips the blob HEADs. (From files, blobs are simply HEADed.)
    if (source.location && dest.hasManifest && (await dest.hasManifest(doc.descriptor))) {
      log.debug(`${dest.name} has ${short(doc.descriptor.digest)} already`);
    } else {
      for (const d of [doc.doc.config, ...doc.doc.layers]) {
        if (!isForeignLayer(d.mediaType) && !p.blobs.has(d.digest)) p.blobs.set(d.digest, d);
      }
    }
    p.documents.push({ doc, child });
  };

  const visit = async (doc: VerifiedDocument, child: boolean, platform?: Platform): Promise<void> => {
    const mt = doc.descriptor.mediaType;
    if (isManifest(mt)) return visitManifest(doc as VerifiedDocument<ImageManifest>, platform, child);
    if (!isIndex(mt)) throw new UserError(`${source.name}: ${doc.descriptor.digest} is a ${mt}, not an image manifest or index`, 1, { kind: 'unsupported' });
    for (const e of indexEntries(doc as VerifiedDocument<ImageIndex>, source.name)) {
      if (seen.has(e.descriptor.digest)) continue;
      seen.add(e.descriptor.digest);
      let childDoc: VerifiedDocument;
      try {
        childDoc = await source.readDocument(e.descriptor);
      } catch (err) {
        // An index may name manifests that live only in the destination (a layout index built
        // on a remote child): fine when the destination has them.
        if (err instanceof UserError && err.kind === 'not-found' && dest.hasManifest && (await dest.hasManifest(e.descriptor))) continue;
        throw err;
      }
      await visit(childDoc, true, e.platform);
    }
    p.documents.push({ doc, child });
  };

  let chosen = top;
  if (isIndex(top.descriptor.mediaType)) {
    const index = top as VerifiedDocument<ImageIndex>;
    if (dest.singleImage) {
      // One image: the platform asked for, else the host's, else the only one.
      const entries = indexEntries(index, source.name).filter((e) => !e.attestation && e.platform);
      const wanted = o.platforms?.length ? o.platforms : [hostPlatform()];
      if (wanted.length > 1) throw new UserError(`${dest.name} takes one image; give one --platform`, 2, { kind: 'usage', field: 'platforms' });
      const pick = pickPlatform(entries, wanted, { onlyOne: !o.platforms?.length });
      if (!pick) {
        throw new UserError(`${source.name} has no ${platformString(wanted[0])} image for ${dest.name}; it has: ${platformList(entries)}`, 1, {
          kind: 'not-found',
          field: 'platforms',
        });
      }
      chosen = await source.readDocument(pick.descriptor);
      if (!isManifest(chosen.descriptor.mediaType)) throw new UserError(`${source.name}: ${pick.descriptor.digest} is not an image manifest`, 1, { kind: 'unsupported' });
      await visitManifest(chosen as VerifiedDocument<ImageManifest>, pick.platform, false);
      return { plan: p, top: chosen };
    }
    if (o.platforms?.length) {
      const keep = choose(source, index, o.platforms);
      if (keep.length !== index.doc.manifests.length) chosen = subsetIndex(index, keep);
    }
    await visit(chosen, false);
    return { plan: p, top: chosen };
  }
  if (!isManifest(top.descriptor.mediaType)) throw new UserError(`${source.name} is a ${top.descriptor.mediaType}, not an image manifest or index`, 1, { kind: 'unsupported' });
  const m = top as VerifiedDocument<ImageManifest>;
  let platform: Platform | undefined;
  if (o.platforms?.length) {
    const config = await source.readDocument<ImageConfig>(m.doc.config);
    platform = configPlatform(config.doc, `${source.name} config`);
    if (!pickPlatform([{ platform }], o.platforms)) {
      throw new UserError(`${source.name} is a single ${platformString(platform)} image; it has no ${o.platforms.map(platformString).join(', ')}`, 1, { kind: 'not-found', field: 'platforms' });
    }
  }
  await visitManifest(m, platform, false);
  return { plan: p, top };
}

/** Copies the image `source` resolves to into `dest`, under `o.tags` (or by digest). */
export async function copyImage(source: ImageSource, dest: ImageDestination, o: CopyOptions = {}): Promise<CopyResult> {
  const log = o.logger ?? silent;
  const rootDesc = await source.resolve();
  const read = await source.readDocument(rootDesc);
  const { plan: p, top } = await plan(source, dest, read, o);
  const tags = o.tags ?? [];
  const result: CopyResult = {
    digest: top.descriptor.digest,
    mediaType: top.descriptor.mediaType,
    size: top.bytes.length,
    tags: [...tags],
    pushed: 0,
    skipped: 0,
    mounted: 0,
    manifests: p.manifests,
  };
  const blobs = [...p.blobs.values()];
  const total = blobs.reduce((n, b) => n + b.size, 0);
  log.info(`copying ${top.descriptor.digest} to ${dest.name}: ${blobs.length} blob${blobs.length === 1 ? '' : 's'}, ${humanSize(total)}`);
  const mountRepo = sameRegistryRepository(source, dest);
  const counts: Record<BlobPutResult, number> = { pushed: 0, exists: 0, mounted: 0 };
  try {
    await pool(blobs, o.concurrency ?? dest.concurrency ?? 3, async (b) => {
      const t0 = Date.now();
      let nextReport = 0.25;
      const outcome = await dest.putBlob(b, () => source.openBlob(b), {
        mountFrom: mountRepo ?? o.mountFrom?.get(b.digest),
        openRange: source.openBlobRange ? (start, end) => source.openBlobRange!(b, start, end) : undefined,
        // A line per quarter of a large blob, so a long upload shows it is moving.
        onProgress: (sent) => {
          if (sent < b.size && sent / b.size >= nextReport) {
            log.info(`  ${short(b.digest)} ${humanSize(sent)} of ${humanSize(b.size)}`);
            while (sent / b.size >= nextReport) nextReport += 0.25;
          }
        },
      });
      counts[outcome]++;
      // Files are written, not pushed: say so for layouts and archives.
      const verb = outcome === 'exists' ? 'already there' : outcome === 'pushed' && !dest.location ? 'written' : outcome;
      log.info(`  ${short(b.digest)} ${humanSize(b.size)}: ${verb}${outcome === 'pushed' ? ` (${((Date.now() - t0) / 1000).toFixed(1)} s)` : ''}`);
    });
    for (const d of p.documents) await dest.putManifest(d.doc, d.child ? { tags: [], child: true } : { tags });
    await dest.commit();
  } catch (e) {
    await dest.abort().catch(() => {});
    throw e;
  }
  result.pushed = counts.pushed;
  result.skipped = counts.exists;
  result.mounted = counts.mounted;
  return result;
}
