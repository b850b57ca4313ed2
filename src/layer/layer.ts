// One pass per layer: walk entries -> tar bytes -> (diff_id hash) -> compressor ->
// (digest hash, size) -> temp file -> blob store. Small files are read ahead while earlier
// data is compressed; large files are streamed, so memory stays bounded whatever the sizes.
import { close, createReadStream, open, promises as fs, read } from 'node:fs';
import { createHash } from 'node:crypto';
import { layerMediaType, type Compression } from '../oci/mediatypes.js';
import type { BuiltLayer } from '../oci/types.js';
import type { LayoutWriter } from '../layout/layout.js';
import { UserError, fsError } from '../util/errors.js';
import { BlobFileSink, createCompressor } from './compress.js';
import type { LayerEntry, LayerPlan } from './plan.js';
import { encodeHeader, padding, TRAILER } from './tar.js';
import { layerKey, type LayerCache } from './layer-cache.js';

const SMALL_FILE = 1024 * 1024;

/**
 * Reads a file whose size we know with three thread-pool round trips (open, read, close), fewer
 * than readFile's five; asking for one byte more tells us if the file grew meanwhile.
 */
function readKnownSize(path: string, size: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    open(path, 'r', (err, fd) => {
      if (err) return reject(err);
      const buf = Buffer.allocUnsafe(size + 1);
      const finish = (e: Error | null, n: number) =>
        close(fd, (ce) => {
          if (e || ce) return reject(e ?? ce);
          resolve(buf.subarray(0, n));
        });
      let got = 0;
      const step = () =>
        read(fd, buf, got, buf.length - got, null, (re, n) => {
          if (re) return finish(re, 0);
          got += n;
          if (n === 0 || got === buf.length) return finish(null, got);
          step();
        });
      step();
    });
  });
}
const READ_AHEAD_FILES = 64;
const READ_AHEAD_BYTES = 16 * 1024 * 1024;

function changed(path: string): UserError {
  return new UserError(`${path} changed size while it was being packaged; rebuild once the build output is complete`);
}

async function readSmall(e: LayerEntry): Promise<Buffer> {
  const src = e.source!;
  let buf: Buffer;
  try {
    buf = await readKnownSize(src.abs, e.header.size);
  } catch (err) {
    throw fsError(err, src.abs, 'reading a file of the build context');
  }
  if (buf.length !== e.header.size) throw changed(src.abs);
  return buf;
}

async function* streamLarge(e: LayerEntry): AsyncGenerator<Buffer> {
  const src = e.source!;
  let seen = 0;
  try {
    for await (const chunk of createReadStream(src.abs, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
      seen += chunk.length;
      if (seen > e.header.size) throw changed(src.abs);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw fsError(err, src.abs, 'reading a file of the build context');
  }
  if (seen !== e.header.size) throw changed(src.abs);
}

/** The layer's uncompressed tar stream, in bounded memory. */
export async function* tarStream(entries: LayerEntry[]): AsyncGenerator<Buffer> {
  const pending = new Map<number, Promise<Buffer>>();
  let next = 0;
  let aheadBytes = 0;
  const isSmall = (e: LayerEntry) => e.source !== undefined && e.header.type === 'file' && e.header.size <= SMALL_FILE;
  const prefetch = (i: number) => {
    while (next < entries.length && next < i + READ_AHEAD_FILES && aheadBytes < READ_AHEAD_BYTES) {
      const e = entries[next];
      if (isSmall(e)) {
        const p = readSmall(e);
        p.catch(() => {}); // awaited in order below; avoid an unhandled rejection meanwhile
        pending.set(next, p);
        aheadBytes += e.header.size;
      }
      next++;
    }
  };
  for (let i = 0; i < entries.length; i++) {
    if (next <= i) next = i;
    prefetch(i);
    const e = entries[i];
    yield encodeHeader(e.header);
    if (e.header.type !== 'file' || e.header.size === 0) continue;
    const p = pending.get(i);
    if (p) {
      pending.delete(i);
      const buf = await p;
      aheadBytes -= e.header.size;
      yield buf;
    } else {
      yield* streamLarge(e);
    }
    const pad = padding(e.header.size);
    if (pad) yield Buffer.alloc(pad);
  }
  yield TRAILER;
}

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
): Promise<LayerResult & { reused: boolean }> {
  const key = cache ? layerKey(plan, compression, level) : '';
  const hit = cache ? await cache.lookup(key) : undefined;
  if (hit) {
    await layout.addBlobFile(hit.blob, hit.layer.descriptor.digest);
    return { ...hit.layer, createdBy: plan.selector, reused: true };
  }
  const built = await compressLayer(plan, layout, compression, level);
  if (cache) await cache.store(key, { diffId: built.diffId, descriptor: built.descriptor, tarSize: built.tarSize }, layout.blobPath(built.descriptor.digest));
  return { ...built, reused: false };
}

async function compressLayer(plan: LayerPlan, layout: LayoutWriter, compression: Compression, level: number): Promise<LayerResult> {
  const tmp = layout.tempPath();
  const sink = await BlobFileSink.create(tmp);
  const diff = createHash('sha256');
  let tarSize = 0;
  try {
    const comp = createCompressor(compression, level, sink);
    for await (const chunk of tarStream(plan.entries)) {
      diff.update(chunk);
      tarSize += chunk.length;
      await comp.push(chunk);
    }
    await comp.finish();
  } catch (e) {
    await sink.abort();
    await fs.rm(tmp, { force: true });
    throw e;
  }
  const digest = await sink.close();
  await layout.commitTempBlob(tmp, digest);
  return {
    descriptor: { mediaType: layerMediaType(compression), digest, size: sink.size },
    diffId: 'sha256:' + diff.digest('hex'),
    createdBy: plan.selector,
    tarSize,
  };
}
