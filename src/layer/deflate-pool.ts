// Raw deflate on worker threads. Compression stays off libuv's thread pool, which file reads
// need: with zlib's async calls, queued deflate jobs would stall the reads that feed them.
// The pool size changes only the speed: each job's bytes depend on its input alone.
import { Worker } from 'node:worker_threads';
import os from 'node:os';

// Plain CommonJS run with eval, so it works from the single-file bundle and from sources alike.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
parentPort.on('message', (job) => {
  try {
    const opts = { level: job.level, finishFlush: job.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
    if (job.dict) opts.dictionary = Buffer.from(job.dict);
    const out = zlib.deflateRawSync(Buffer.from(job.chunk), opts);
    const ab = out.buffer.byteLength === out.length && out.byteOffset === 0 ? out.buffer : out.buffer.slice(out.byteOffset, out.byteOffset + out.length);
    parentPort.postMessage({ id: job.id, out: ab }, [ab]);
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: String(e && e.message || e) });
  }
});
`;

interface Job {
  id: number;
  resolve(b: Buffer): void;
  reject(e: Error): void;
}

class DeflatePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<{ msg: object; transfer: ArrayBuffer[]; job: Job }> = [];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;

  constructor(private readonly size: number) {}

  private spawn(): Worker {
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.on('message', (m: { id: number; out?: ArrayBuffer; error?: string }) => {
      const job = this.jobs.get(m.id);
      this.jobs.delete(m.id);
      this.release(w);
      if (!job) return;
      if (m.error !== undefined) job.reject(new Error(`deflate failed: ${m.error}`));
      else job.resolve(Buffer.from(m.out!));
    });
    w.on('error', (e) => {
      for (const j of this.jobs.values()) j.reject(e);
      this.jobs.clear();
    });
    w.unref();
    this.workers.push(w);
    return w;
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) {
      w.postMessage(next.msg, next.transfer);
      return;
    }
    this.idle.push(w);
    if (this.jobs.size === 0) for (const x of this.workers) x.unref();
  }

  /** Deflates `chunk` (transferred: the caller must not touch it afterwards). */
  deflate(chunk: Buffer, dict: Buffer | undefined, level: number, last: boolean): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const job = { id, resolve, reject };
      this.jobs.set(id, job);
      // Own the bytes exactly: a Buffer may be a view on a larger (pooled) ArrayBuffer.
      const ab = chunk.byteOffset === 0 && chunk.buffer.byteLength === chunk.length ? (chunk.buffer as ArrayBuffer) : (chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.length) as ArrayBuffer);
      const msg = { id, chunk: ab, dict: dict ? new Uint8Array(dict) : undefined, level, last };
      for (const x of this.workers) x.ref();
      let w = this.idle.pop();
      if (!w && this.workers.length < this.size) w = this.spawn();
      if (w) {
        w.ref();
        w.postMessage(msg, [ab]);
      } else this.waiting.push({ msg, transfer: [ab], job });
    });
  }
}

let shared: DeflatePool | undefined;

/** The process-wide pool: one worker per core (1 to 8; OCI_BUNDLE_WORKERS overrides). */
export function deflatePool(size?: number): DeflatePool {
  if (size !== undefined) return new DeflatePool(size);
  const fromEnv = Number(process.env.OCI_BUNDLE_WORKERS);
  const n = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : os.availableParallelism?.() ?? os.cpus().length;
  shared ??= new DeflatePool(Math.min(8, Math.max(1, n)));
  return shared;
}
export type { DeflatePool };
