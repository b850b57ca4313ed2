// The parallel part both compressors share: a byte stream cut into fixed-size chunks, one job
// per chunk on libuv's pool (a few at once), results written in order. The chunk size is the
// caller's constant, never derived from the core count, so the output bytes are the same on any
// machine; the concurrency only changes the speed.
import type { Sink } from './sink.js';

/** What to do with one chunk; `previous` is the chunk before it (gzip reads its tail). */
export type ChunkJob = (chunk: Buffer, last: boolean, previous: Buffer | undefined) => Promise<Buffer>;

export interface ChunkPipelineOptions {
  chunkSize: number;
  /** Jobs in flight at once. */
  concurrency: number;
}

/**
 * Frees a job's output once written. Each is a fresh buffer from zlib, which outlives a few
 * young-generation collections while it waits its turn, so it would be freed only by a full
 * collection: V8 lets 64 MiB of such buffers pile up first (a third of the build's memory on a
 * tree of small files). Transferring the buffer to an empty one frees its memory now (Node 21+;
 * elsewhere it waits for the collector). Jobs return buffers of their own, never shared, but a
 * small one may be a slice of Node's pool, which cannot be detached (the transfer throws).
 */
export function releaseBuffer(buffer: ArrayBufferLike): void {
  const ab = buffer as ArrayBuffer & { transfer?: (n: number) => ArrayBuffer };
  if (typeof ab.transfer !== 'function' || ab instanceof SharedArrayBuffer) return;
  try {
    ab.transfer(0);
  } catch {
    // Node's pool: freed with the pool
  }
}

export class ChunkPipeline {
  private buf: Buffer;
  private fill = 0;
  private previous: Buffer | undefined;
  private readonly inflight: Array<{ out: Promise<Buffer>; buf: Buffer }> = [];
  /** Chunk buffers to reuse: the stream passes through a few buffers, not one per chunk. */
  private readonly free: Buffer[] = [];
  /** The last written chunk's buffer: its successor's job may still read it (as `previous`). */
  private held: Buffer | undefined;

  constructor(
    private readonly sink: Sink,
    private readonly job: ChunkJob,
    private readonly o: ChunkPipelineOptions,
  ) {
    this.buf = Buffer.allocUnsafeSlow(o.chunkSize);
  }

  async push(data: Buffer): Promise<void> {
    let off = 0;
    while (off < data.length) {
      // A full chunk is sent only once more input exists, so the last chunk is known as last
      // wherever the input ended.
      if (this.fill === this.o.chunkSize) await this.dispatch(false);
      const n = Math.min(this.o.chunkSize - this.fill, data.length - off);
      data.copy(this.buf, this.fill, off, off + n);
      this.fill += n;
      off += n;
    }
  }

  /** Sends the last chunk (empty only when there was no input at all) and writes what is left. */
  async finish(): Promise<void> {
    await this.dispatch(true);
    while (this.inflight.length) await this.drainOne();
  }

  private async dispatch(last: boolean): Promise<void> {
    const chunk = this.buf.subarray(0, this.fill);
    const out = this.job(chunk, last, this.previous);
    out.catch(() => {}); // awaited in order by drainOne; a failure must not go unhandled meanwhile
    this.inflight.push({ out, buf: this.buf });
    this.previous = chunk;
    this.buf = this.free.pop() ?? Buffer.allocUnsafeSlow(this.o.chunkSize);
    this.fill = 0;
    while (this.inflight.length >= this.o.concurrency) await this.drainOne();
  }

  private async drainOne(): Promise<void> {
    const job = this.inflight.shift()!;
    const out = await job.out;
    await this.sink.write(out);
    releaseBuffer(out.buffer);
    // Jobs finish in order, so the held chunk's successor (this one) is done with it.
    if (this.held) this.free.push(this.held);
    this.held = job.buf;
  }
}
