// The tar thread's start, apart from its use (tar-producer.ts): a thread takes ~50 ms to start
// (a new isolate and its modules), about twice that while the main thread is busy. A build whose
// layer is packed while walking starts it before the walk, so that start overlaps the walk's
// first folders instead of delaying the first bytes of the tar. (Started earlier still, by the
// CLI before the build's modules load, it gained nothing measurable on a first build and cost an
// unchanged rebuild, which packs nothing, ~8%.)
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-script.js';
import { tarWorkerMain, type TarWorkerData } from './tar-worker.js';

/** Per entry in a batch: header length, content size (-1: none), then the walk's 32-byte stamp. */
export const META_BYTES = 48;
export const OUT_BYTES = 1024 * 1024;
/** Ring slots: pieces of output (4 MiB) not yet consumed (16 gzip chunks: enough to keep the compressor fed). */
export const MAX_AHEAD = 4;

/** A started tar thread with its shared ring; produceTar takes it, and one never taken must be stopped. */
export class TarThread {
  readonly worker: Worker;
  readonly ahead: Int32Array;
  readonly ring: SharedArrayBuffer;
  /** An error the thread met before it was taken (it loads its script meanwhile). */
  failure: Error | undefined;
  private taken = false;

  constructor() {
    const shared = new SharedArrayBuffer(4);
    this.ahead = new Int32Array(shared);
    this.ring = new SharedArrayBuffer(MAX_AHEAD * OUT_BYTES);
    const workerData: TarWorkerData = { kind: 'oci-bundle-tar', shared, ring: this.ring, outBytes: OUT_BYTES, maxAhead: MAX_AHEAD, metaBytes: META_BYTES };
    const { script, eval: isEval } = workerScript('tar-worker.js', tarWorkerMain, ['node:worker_threads', 'node:fs', 'node:crypto']);
    this.worker = new Worker(script, { eval: isEval, workerData, resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 } });
    // Idle until taken: it must not keep the process alive; an error shows when it is used.
    this.worker.unref();
    this.worker.on('error', (e) => (this.failure ??= e));
  }

  /** For produceTar, once. */
  take(): this {
    if (this.taken) throw new Error('a tar thread was taken twice');
    this.taken = true;
    this.worker.ref();
    return this;
  }

  /** Ends the thread if no tar was produced on it. */
  stop(): void {
    if (!this.taken) void this.worker.terminate();
  }
}

let warm: TarThread | undefined;

/** Starts a tar thread now for this process's next tar (see the top of the file); the one started before if any. */
export function warmTarThread(): TarThread {
  return (warm ??= new TarThread());
}

/** Stops the warm thread if no tar took it (a build that failed before its layer). */
export function coolTarThread(): void {
  warm?.stop();
  warm = undefined;
}

/** The warm thread if there is one, else a new one. */
export function tarThread(): TarThread {
  const t = warm ?? new TarThread();
  warm = undefined;
  return t.take();
}
