// Compressors behind one small interface, writing into a Sink. The gzip path is our own
// deterministic parallel deflate; zstd uses Node's zlib where it has zstd (Node >= 22.15).
import zlib from 'node:zlib';
import { createHash, type Hash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { Compression } from '../oci/mediatypes.js';
import { UserError } from '../util/errors.js';
import { ParallelGzip } from './gzip.js';

export interface Sink {
  write(data: Buffer): Promise<void>;
}

export interface Compressor {
  push(data: Buffer): Promise<void>;
  finish(): Promise<void>;
}

export const DEFAULT_LEVEL: Record<Compression, number> = { gzip: 6, zstd: 3, none: 0 };
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

export function zstdAvailable(): boolean {
  return typeof (zlib as unknown as { createZstdCompress?: unknown }).createZstdCompress === 'function';
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
 * frame on libuv's pool (zlib's async zstd), and the frames are concatenated — a valid zstd
 * stream that every decoder reads. The chunk size is a constant, so the bytes do not depend on
 * the number of cores. (Node's streaming zstd with nbWorkers is unreliable, so it is not used.)
 */
export const ZSTD_CHUNK = 4 * 1024 * 1024;

class ParallelZstd implements Compressor {
  private buf = Buffer.allocUnsafeSlow(ZSTD_CHUNK);
  private fill = 0;
  private readonly inflight: Promise<Buffer>[] = [];
  private readonly compress: (b: Buffer, o: object, cb: (e: Error | null, r: Buffer) => void) => void;
  private readonly params: Record<number, number>;

  constructor(
    private readonly sink: Sink,
    level: number,
    private readonly concurrency = 4,
  ) {
    if (!zstdAvailable()) {
      throw new UserError(`zstd compression needs Node.js 22.15 or newer (this is ${process.version}); use --compression gzip or a newer Node.js`);
    }
    const z = zlib as unknown as { zstdCompress: ParallelZstd['compress']; constants: Record<string, number> };
    this.compress = z.zstdCompress;
    // Checksums on, single-threaded per frame, no dictionary: a frame depends on level and input only.
    this.params = { [z.constants.ZSTD_c_compressionLevel]: level, [z.constants.ZSTD_c_checksumFlag]: 1 };
  }

  async push(data: Buffer): Promise<void> {
    let off = 0;
    while (off < data.length) {
      if (this.fill === ZSTD_CHUNK) await this.dispatch();
      const n = Math.min(ZSTD_CHUNK - this.fill, data.length - off);
      data.copy(this.buf, this.fill, off, off + n);
      this.fill += n;
      off += n;
    }
  }

  private async dispatch(): Promise<void> {
    const chunk = this.buf.subarray(0, this.fill);
    this.inflight.push(this.compressChecked(chunk));
    this.buf = Buffer.allocUnsafeSlow(ZSTD_CHUNK);
    this.fill = 0;
    while (this.inflight.length >= this.concurrency) await this.sink.write(await this.inflight.shift()!);
  }

  /** Compresses a chunk to a frame and proves the frame decodes back to it (see gzip.ts). */
  private async compressChecked(chunk: Buffer): Promise<Buffer> {
    const z = zlib as unknown as { zstdDecompress(b: Buffer, cb: (e: Error | null, r: Buffer) => void): void };
    const out = await new Promise<Buffer>((resolve, reject) => this.compress(chunk, { params: this.params }, (e, r) => (e ? reject(e) : resolve(r))));
    const back = await new Promise<Buffer>((resolve, reject) => z.zstdDecompress(out, (e, r) => (e ? reject(e) : resolve(r))));
    if (!back.equals(chunk)) throw new Error(`zstd produced a frame that does not decompress to its input (${chunk.length} bytes)`);
    return out;
  }

  async finish(): Promise<void> {
    // An empty layer still gets one (empty) frame.
    if (this.fill > 0 || this.inflight.length === 0) await this.dispatch();
    while (this.inflight.length) await this.sink.write(await this.inflight.shift()!);
  }
}

/**
 * Writes a blob to a file while hashing it and counting its bytes. Small writes are gathered into
 * 1 MiB buffers and one write is kept in flight while the next fills, so the producer rarely
 * waits on the disk and the thread pool sees few, large writes.
 */
export class BlobFileSink implements Sink {
  private static readonly BUFFER = 1024 * 1024;
  private readonly hash: Hash = createHash('sha256');
  size = 0;
  private buf = Buffer.allocUnsafe(BlobFileSink.BUFFER);
  private fill = 0;
  private inflight: Promise<void> = Promise.resolve();
  private constructor(private readonly fh: fs.FileHandle) {}

  static async create(path: string): Promise<BlobFileSink> {
    return new BlobFileSink(await fs.open(path, 'w'));
  }

  async write(data: Buffer): Promise<void> {
    this.hash.update(data);
    this.size += data.length;
    if (data.length >= BlobFileSink.BUFFER) {
      await this.flush();
      await this.writeOut(data);
      return;
    }
    if (this.fill + data.length > BlobFileSink.BUFFER) await this.flush();
    data.copy(this.buf, this.fill);
    this.fill += data.length;
  }

  private async writeOut(data: Buffer): Promise<void> {
    await this.inflight;
    const fh = this.fh;
    this.inflight = (async () => {
      let off = 0;
      while (off < data.length) off += (await fh.write(data, off, data.length - off)).bytesWritten;
    })();
    this.inflight.catch(() => {});
  }

  private async flush(): Promise<void> {
    if (this.fill === 0) return;
    const out = this.buf.subarray(0, this.fill);
    this.buf = Buffer.allocUnsafe(BlobFileSink.BUFFER);
    this.fill = 0;
    await this.writeOut(out);
  }

  async close(): Promise<string> {
    await this.flush();
    await this.inflight;
    await this.fh.close();
    return 'sha256:' + this.hash.digest('hex');
  }

  async abort(): Promise<void> {
    await this.inflight.catch(() => {});
    await this.fh.close().catch(() => {});
  }
}
