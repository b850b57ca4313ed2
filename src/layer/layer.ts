// One pass per layer: entries -> tar bytes (read and hashed into the diff_id on a worker thread)
// -> compressor -> (digest hash, size) -> temp file -> blob store. Everything streams in bounded
// buffers, so memory does not depend on file sizes.
import { promises as fs } from 'node:fs';
import { layerMediaType, type Compression } from '../oci/mediatypes.js';
import type { BuiltLayer } from '../oci/types.js';
import type { LayoutWriter } from '../layout/layout.js';
import { createCompressor } from './compress.js';
import { BlobFileSink } from './sink.js';
import type { EntryFeed, LayerEntry, LayerPlan, PlanStream } from './plan.js';
import { layerKey, type CachedLayer, type LayerCache } from './layer-cache.js';
import { produceTar } from './tar-producer.js';

export interface LayerResult extends BuiltLayer {
  /** Uncompressed tar size. */
  tarSize: number;
}

/**
 * Builds a layer, or reuses the cached one when nothing that decides its bytes has changed
 * (`reused` says which).
 *
 * A plan still being walked (`plan.pending`) is packed as the walk goes; once the walk is over
 * its key is known, and if the cache has the layer the packing stops and the cached one is used.
 * The bytes are the same either way; only the time differs.
 */
export interface BuildLayerOptions {
  cache?: LayerCache;
  /** Called as the tar streams through, with the bytes so far. */
  onProgress?: (tarBytes: number) => void;
}

export async function buildLayer(plan: LayerPlan, layout: LayoutWriter, compression: Compression, level: number, o: BuildLayerOptions = {}): Promise<LayerResult & { reused: boolean }> {
  const { cache } = o;
  if (plan.pending) return buildStreamed(plan, plan.pending, layout, compression, level, o);
  const key = cache ? layerKey(plan, compression, level) : '';
  const hit = cache ? await cache.lookup(key) : undefined;
  if (hit) return reuse(plan, layout, hit);
  return built(plan, layout, await compressLayer(plan.entries, plan.root, layout, compression, level, o), cache, key);
}

/** A layer just compressed: remembered in the cache under `key`. */
async function built(plan: LayerPlan, layout: LayoutWriter, compressed: Compressed, cache: LayerCache | undefined, key: string): Promise<LayerResult & { reused: false }> {
  const { written, ...layer } = compressed;
  if (cache) await cache.store(key, { diffId: layer.diffId, descriptor: layer.descriptor, tarSize: layer.tarSize }, layout.blobPath(layer.descriptor.digest), written);
  return { ...layer, createdBy: plan.selector, reused: false };
}

async function reuse(plan: LayerPlan, layout: LayoutWriter, hit: { layer: CachedLayer; blob: string }): Promise<LayerResult & { reused: true }> {
  await layout.addBlobFile(hit.blob, hit.layer.descriptor.digest);
  return { ...hit.layer, createdBy: plan.selector, reused: true };
}

/** Entries walked ahead per turn of the event loop: about 10 ms of walking on small files. */
const WALK_SLICE = 2048;

/**
 * The packing of a plan still being walked; see buildLayer. The walk runs ahead of the tar in
 * slices, between the compressor's callbacks, so it ends (and the key is known) long before the
 * packing does; the tar thread takes entries as it needs them.
 */
async function buildStreamed(
  plan: LayerPlan,
  stream: PlanStream,
  layout: LayoutWriter,
  compression: Compression,
  level: number,
  o: BuildLayerOptions,
): Promise<LayerResult & { reused: boolean }> {
  const { cache } = o;
  const stop = new AbortController();
  const packing = compressLayer(stream.next, plan.root, layout, compression, level, o, stop.signal);
  let failed = false;
  packing.catch(() => (failed = true));
  try {
    while (!failed && stream.walkAhead(WALK_SLICE)) await new Promise((resolve) => setImmediate(resolve));
  } catch (e) {
    stop.abort();
    await packing.catch(() => {}); // its temp file is removed as it stops
    throw e;
  }
  if (failed) await packing; // its error
  const key = cache ? layerKey(plan, compression, level) : '';
  const hit = cache ? await cache.lookup(key) : undefined;
  if (hit) {
    stop.abort();
    await packing.catch(() => {});
    return reuse(plan, layout, hit);
  }
  return built(plan, layout, await packing, cache, key);
}

/** The layer, and the identity of the file its bytes were written to (hashed as they went). */
type Compressed = Omit<LayerResult, 'createdBy'> & { written: { dev: number; ino: number } };

async function compressLayer(
  entries: LayerEntry[] | EntryFeed,
  root: string,
  layout: LayoutWriter,
  compression: Compression,
  level: number,
  { onProgress }: BuildLayerOptions,
  signal?: AbortSignal,
): Promise<Compressed> {
  const tmp = layout.tempPath();
  // Started before the file is opened: the tar thread asks for its first entries at once.
  const production = produceTar(entries, root);
  let sink: BlobFileSink;
  try {
    sink = await BlobFileSink.create(tmp);
  } catch (e) {
    production.stop();
    throw e;
  }
  let tar: { diffId: string; size: number };
  try {
    // The diff_id is hashed from the tar as it is fed to the compressor and the digest from the
    // bytes as they are written, so neither needs the blob read back.
    const comp = createCompressor(compression, level, sink);
    let streamed = 0;
    for await (const chunk of production.chunks) {
      signal?.throwIfAborted();
      await comp.push(chunk);
      streamed += chunk.length;
      onProgress?.(streamed);
    }
    tar = await production.result;
    await comp.finish();
  } catch (e) {
    await sink.abort();
    await fs.rm(tmp, { force: true });
    throw e;
  }
  const digest = await sink.close();
  const { dev, ino } = await fs.stat(tmp);
  await layout.commitTempBlob(tmp, digest);
  return {
    written: { dev, ino },
    descriptor: { mediaType: layerMediaType(compression), digest, size: sink.size },
    diffId: tar.diffId,
    tarSize: tar.size,
  };
}
