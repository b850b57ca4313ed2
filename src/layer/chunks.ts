// The parallel part both compressors share: a byte stream cut into fixed-size chunks, one job
// per chunk on libuv's pool (a few at once), results written in order. The chunk size is the
// caller's constant, never derived from the core count, so the output bytes are the same on any
// machine; the concurrency only changes the speed.
import type { Sink } from './sink.js';

/**
 * What to do with one chunk. `previous` is the chunk before it (gzip reads its tail): valid only
 * during the call, so a job copies what it needs of it before returning (zlib copies its
 * dictionary when the stream is made). The chunk itself is the job's until its promise settles.
 */
export type ChunkJob = (chunk: Buffer, last: boolean, previous: Buffer | undefined) => Promise<Buffer>;

export interface ChunkPipelineOptions {
  chunkSize: number;
  /** Jobs running (or queued on the pool) at once. */
  concurrency: number;
  /** Results done but not yet written, waiting for an earlier one (default: twice `concurrency`). */
  waiting?: number;
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

/** A job in flight: its result, and whether it settled. */
interface Job {
  out: Promise<Buffer>;
  settled: boolean;
}

/**
 * Jobs finish out of order; results are written in order. A chunk's buffer goes back to the pool
 * as soon as its job settles, and a new job starts as soon as any job settles: one slow chunk
 * does not idle the pool while the ones after it are done (they wait, as output only, up to
 * `waiting` of them).
 */
export class ChunkPipeline {
  private buf: Buffer;
  private fill = 0;
  private previous: Buffer | undefined;
  /** In order of dispatch; the head is the next to write. */
  private readonly jobs: Job[] = [];
  private running = 0;
  /** Wakes a dispatch waiting for a job to settle. */
  private wake: (() => void) | undefined;
  /** Chunk buffers to reuse: the stream passes through a few buffers, not one per chunk. */
  private readonly free: Buffer[] = [];
  private readonly waiting: number;

  constructor(
    private readonly sink: Sink,
    private readonly job: ChunkJob,
    private readonly o: ChunkPipelineOptions,
  ) {
    this.buf = Buffer.allocUnsafeSlow(o.chunkSize);
    this.waiting = o.waiting ?? 2 * o.concurrency;
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
    while (this.jobs.length) await this.writeHead();
  }

  private async dispatch(last: boolean): Promise<void> {
    const buf = this.buf;
    const chunk = buf.subarray(0, this.fill);
    const job: Job = { out: this.job(chunk, last, this.previous), settled: false };
    this.running++;
    const settle = () => {
      job.settled = true;
      this.running--;
      this.free.push(buf);
      this.wake?.();
    };
    job.out.then(settle, settle); // a failure is thrown where the result is written (writeHead)
    this.jobs.push(job);
    this.previous = chunk; // read by the next job's call only, before this buffer can be reused
    this.buf = this.free.pop() ?? Buffer.allocUnsafeSlow(this.o.chunkSize);
    this.fill = 0;
    // Write what is done at the head; wait while the pool is full or too many results wait.
    for (;;) {
      while (this.jobs.length && this.jobs[0].settled) await this.writeHead();
      const done = this.jobs.length - this.running;
      if (this.running < this.o.concurrency && done < this.waiting) return;
      await new Promise<void>((r) => (this.wake = r));
      this.wake = undefined;
    }
  }

  private async writeHead(): Promise<void> {
    const out = await this.jobs.shift()!.out;
    await this.sink.write(out);
    releaseBuffer(out.buffer);
  }
}
