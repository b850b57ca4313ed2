// Deterministic parallel gzip, as pigz does it: the input is cut into fixed-size chunks, each
// raw-deflated on its own (zlib's async calls run on the libuv thread pool, which file reads do
// not compete for: the tar is read on its own thread) with the previous 32 KiB as dictionary
// and a sync flush, then concatenated under one gzip header.
// The chunk size is a constant, never derived from the core count, so the bytes (and the
// digest) are the same whatever the machine; the concurrency only changes the speed.
import zlib from 'node:zlib';
import type { Compressor, Sink } from './sink.js';
import { ChunkPipeline, releaseBuffer } from './chunks.js';

/**
 * Sizes zlib's output buffer for the next chunk from the last chunk's ratio. zlib returns a slice
 * of that buffer, which keeps all of it alive until it is collected, so a worst-case buffer per
 * chunk is mostly garbage on compressible data (a tree of sources compresses 60:1). A buffer too
 * small only costs another callback and a concatenation: deflate's bytes never depend on it (the
 * tests compare with a reference that uses zlib's default 16 KiB pieces). Not so for zstd's
 * single-pass frames (compress.ts), which is why this is gzip's alone.
 */
class OutputSizer {
  private ratio: number | undefined;
  constructor(private readonly bound: (n: number) => number) {}

  size(n: number): number {
    const b = this.bound(n);
    return this.ratio === undefined ? b : Math.min(b, Math.ceil(n * this.ratio * 1.25) + 8192);
  }

  record(input: number, output: number): void {
    if (input > 0) this.ratio = output / input;
  }
}

/**
 * Deflates one chunk. The output buffer is sized for the whole result, so zlib calls back once
 * (its default 16 KiB output pieces cost more main-thread time than the deflate itself).
 * The result is not inflated back to check it: the stitching (dictionary, sync flush, combined
 * CRC) is ours and is proved by the tests against an independent reference and `gzip -t`; the
 * deflate is zlib's.
 * A stream, not zlib.deflateRaw: that one joins its pieces into a new buffer and drops the one
 * zlib wrote into, which then waits for a full collection (chunks.ts, release); here a result in
 * one piece is zlib's own buffer, and pieces joined are released at once.
 */
function deflateChunk(chunk: Buffer, opts: zlib.ZlibOptions, sizer: OutputSizer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = zlib.createDeflateRaw({ ...opts, chunkSize: sizer.size(chunk.length) });
    const pieces: Buffer[] = [];
    z.on('data', (b: Buffer) => pieces.push(b));
    z.on('error', reject);
    z.on('end', () => {
      const out = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
      if (pieces.length > 1) new Set(pieces.map((p) => p.buffer)).forEach((ab) => releaseBuffer(ab));
      sizer.record(chunk.length, out.length);
      resolve(out);
    });
    z.end(chunk);
  });
}

/** Upper bound of a raw deflate of n bytes (zlib's deflateBound plus a sync-flush marker). */
export function deflateBound(n: number): number {
  return n + (n >> 12) + (n >> 14) + (n >> 25) + 64;
}

export const GZIP_CHUNK = 256 * 1024;
const DICT = 32 * 1024;

/** Fixed gzip header: no name, MTIME 0, OS 255 (unknown) so every host writes the same bytes. */
export function gzipHeader(level: number): Buffer {
  const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
  return Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, xfl, 0xff]);
}

export interface ParallelGzipOptions {
  level: number;
  /** Chunks in flight at once; affects speed only. */
  concurrency?: number;
}

export class ParallelGzip implements Compressor {
  private readonly level: number;
  private readonly chunks: ChunkPipeline;
  private crc = 0;
  private total = 0;
  private started = false;
  private readonly sizer = new OutputSizer(deflateBound);

  constructor(
    private readonly sink: Sink,
    opts: ParallelGzipOptions,
  ) {
    this.level = opts.level;
    this.chunks = new ChunkPipeline(sink, (chunk, last, previous) => this.deflate(chunk, last, previous), {
      chunkSize: GZIP_CHUNK,
      // Six running keep libuv's four threads busy; each costs its input and zlib's state (~550 KiB),
      // a result waiting its turn only its output (a quarter of that on text).
      concurrency: Math.max(1, opts.concurrency ?? 6),
    });
  }

  /** Each chunk: raw deflate with the previous chunk's last 32 KiB as dictionary, sync-flushed (finished if last). */
  private deflate(chunk: Buffer, last: boolean, previous: Buffer | undefined): Promise<Buffer> {
    this.crc = zlib.crc32(chunk, this.crc);
    this.total = (this.total + chunk.length) % 0x100000000;
    const opts: zlib.ZlibOptions = { level: this.level, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
    // Non-last chunks are always full, so the previous one has a whole dictionary's worth.
    if (previous) opts.dictionary = previous.subarray(previous.length - DICT);
    return deflateChunk(chunk, opts, this.sizer);
  }

  private async header(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.sink.write(gzipHeader(this.level));
  }

  async push(data: Buffer): Promise<void> {
    await this.header();
    await this.chunks.push(data);
  }

  async finish(): Promise<void> {
    await this.header();
    await this.chunks.finish();
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.crc >>> 0, 0);
    trailer.writeUInt32LE(this.total >>> 0, 4);
    await this.sink.write(trailer);
  }
}
