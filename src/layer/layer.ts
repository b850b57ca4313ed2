// One pass per layer: entries -> tar bytes (read and hashed into the diff_id on a worker thread)
// -> compressor -> (digest hash, size) -> temp file -> blob store. Everything streams in bounded
// buffers, so memory does not depend on file sizes.
import { promises as fs } from 'node:fs';
import { layerMediaType, type Compression } from '../oci/mediatypes.js';
import type { BuiltLayer } from '../oci/types.js';
import type { LayoutWriter } from '../layout/layout.js';
import { createCompressor } from './compress.js';
import { BlobFileSink } from './sink.js';
import type { LayerPlan } from './plan.js';
import { layerKey, type LayerCache } from './layer-cache.js';
import { produceTar } from './tar-producer.js';

export interface LayerResult extends BuiltLayer {
  /** Uncompressed tar size. */
  tarSize: number;
}

/**
 * Builds a layer, or reuses the cached one when nothing that decides its bytes has changed
 * (`reused` says which).
 */
export async function buildLayer(
  plan: LayerPlan,
  layout: LayoutWriter,
  compression: Compression,
  level: number,
  cache?: LayerCache,
  /** Called as the tar streams through, with the bytes so far. */
  onProgress?: (tarBytes: number) => void,
): Promise<LayerResult & { reused: boolean }> {
  const key = cache ? layerKey(plan, compression, level) : '';
  const hit = cache ? await cache.lookup(key) : undefined;
  if (hit) {
    await layout.addBlobFile(hit.blob, hit.layer.descriptor.digest);
    return { ...hit.layer, createdBy: plan.selector, reused: true };
  }
  const { written, ...built } = await compressLayer(plan, layout, compression, level, onProgress);
  if (cache) await cache.store(key, { diffId: built.diffId, descriptor: built.descriptor, tarSize: built.tarSize }, layout.blobPath(built.descriptor.digest), written);
  return { ...built, reused: false };
}

/** The layer, and the identity of the file its bytes were written to (hashed as they went). */
async function compressLayer(
  plan: LayerPlan,
  layout: LayoutWriter,
  compression: Compression,
  level: number,
  onProgress?: (n: number) => void,
): Promise<LayerResult & { written: { dev: number; ino: number } }> {
  const tmp = layout.tempPath();
  const sink = await BlobFileSink.create(tmp);
  let tar: { diffId: string; size: number };
  try {
    // The diff_id is hashed from the tar as it is fed to the compressor and the digest from the
    // bytes as they are written, so neither needs the blob read back.
    const comp = createCompressor(compression, level, sink);
    const production = produceTar(plan.entries, plan.root);
    let streamed = 0;
    for await (const chunk of production.chunks) {
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
    createdBy: plan.selector,
    tarSize: tar.size,
  };
}
