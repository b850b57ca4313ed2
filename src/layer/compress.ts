// Compressors behind one small interface, writing into a Sink. The gzip path is our own
// deterministic parallel deflate; zstd uses Node's zlib where it has zstd (Node >= 22.15).
import zlib from 'node:zlib';
import type { Compression } from '../oci/mediatypes.js';
import { UserError } from '../util/errors.js';
import { requireAvailable } from '../oci/compression.js';
import { ParallelGzip } from './gzip.js';
import { ChunkPipeline } from './chunks.js';
import type { Compressor, Sink } from './sink.js';

// gzip 5, not zlib's 6: on real trees its output is within 0.5% of level 6's for about a quarter
// less CPU, and the deflate is most of a build's CPU (`npm run bench` shows both).
export const DEFAULT_LEVEL: Record<Compression, number> = { gzip: 5, zstd: 3, none: 0 };
const LEVEL_RANGE: Record<Compression, [number, number]> = { gzip: [1, 9], zstd: [1, 19], none: [0, 0] };

export function parseCompression(s: string): Compression {
  if (s === 'gzip' || s === 'zstd' || s === 'none') return s;
  throw new UserError(`unknown compression "${s}"; use gzip, zstd or none`);
}

export function checkLevel(compression: Compression, level: number | undefined): number {
  if (level === undefined) return DEFAULT_LEVEL[compression];
  const [lo, hi] = LEVEL_RANGE[compression];
  if (!Number.isInteger(level) || level < lo || level > hi) {
    if (compression === 'none') throw new UserError('--compression-level has no meaning with --compression none; drop it');
    throw new UserError(`compression level ${level} is out of range for ${compression}; use ${lo} to ${hi}`);
  }
  return level;
}

export function createCompressor(compression: Compression, level: number, sink: Sink): Compressor {
  switch (compression) {
    case 'gzip':
      return new ParallelGzip(sink, { level });
    case 'zstd':
      return new ParallelZstd(sink, level);
    case 'none':
      return { push: (d) => sink.write(d), finish: async () => {} };
  }
}

/**
 * zstd in parallel: the tar stream is cut into fixed 4 MiB chunks, each compressed to its own
 * frame on libuv's pool, and the frames are concatenated — a valid zstd stream that every decoder
 * reads. The chunk size is a constant, so the bytes do not depend on the number of cores. (Node's
 * streaming zstd with nbWorkers is unreliable, so it is not used.)
 * A frame is libzstd's own work on one whole input, with its content checksum on; the tests
 * prove the concatenation with `zstd -t` and an independent decoder.
 */
export const ZSTD_CHUNK = 4 * 1024 * 1024;
type ZstdStream = NodeJS.ReadWriteStream & { close(): void; write(chunk: Buffer, cb: (e?: Error | null) => void): boolean };

class ParallelZstd implements Compressor {
  private readonly chunks: ChunkPipeline;
  private readonly create: (o: object) => ZstdStream;
  private readonly params: Record<number, number>;
  private readonly endFlush: number;

  constructor(sink: Sink, level: number, concurrency = 3) {
    requireAvailable('zstd', 'zstd compression');
    const z = zlib as unknown as { createZstdCompress: (o: object) => ZstdStream; constants: Record<string, number> };
    this.create = z.createZstdCompress;
    this.endFlush = z.constants.ZSTD_e_end;
    // Checksums on, single-threaded per frame, no dictionary: a frame depends on level and input only.
    this.params = { [z.constants.ZSTD_c_compressionLevel]: level, [z.constants.ZSTD_c_checksumFlag]: 1 };
    // An empty layer still gets one (empty) frame: the last chunk is always sent.
    // Frames of incompressible input are as big as the chunk: as many waiting as running.
    this.chunks = new ChunkPipeline(sink, (chunk) => this.frame(chunk), { chunkSize: ZSTD_CHUNK, concurrency, waiting: concurrency });
  }

  push(data: Buffer): Promise<void> {
    return this.chunks.push(data);
  }

  finish(): Promise<void> {
    return this.chunks.finish();
  }

  /**
   * One chunk to one frame, compressed in a single pass: the whole chunk is written with
   * ZSTD_e_end into an output buffer of at least ZSTD_compressBound, so libzstd knows the size up
   * front (the frame records it) and compresses straight into the output — 5% smaller and cheaper
   * than streaming the chunk in. The frame's bytes depend on that buffer being big enough, so its
   * size is a function of the chunk's length only, never of earlier results.
   * The stream is closed after the write, not ended: ending it would flush a second, empty frame.
   */
  private frame(chunk: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const z = this.create({ params: this.params, flush: this.endFlush, chunkSize: chunk.length + (chunk.length >> 7) + 1024 });
      const pieces: Buffer[] = [];
      z.on('data', (b: Buffer) => pieces.push(b));
      z.on('error', reject);
      z.write(chunk, (e?: Error | null) => {
        z.close();
        if (e) reject(e);
        else resolve(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
      });
    });
  }
}
