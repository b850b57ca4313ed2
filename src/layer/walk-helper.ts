// The walk's helper thread: lists folders ahead of the walk (walk.ts) on the second core, so a
// walk that has nothing else to overlap with (an unchanged rebuild's) takes its lstats on two
// threads. The walk hands it the subfolders of each folder it opens; the helper takes them last
// first (far from where the walk is) and posts each listing: the names and seven numbers per name.
// Every folder is claimed once, by whichever thread gets there first (a compare-and-swap on a
// shared slot), so no folder is read twice; the walk uses a listing exactly as its own.
//
// In dist/ this module is a bundle entry of its own (dist/walk-helper.js), started by file URL.
// Run from the TypeScript sources (the tests), the walk starts `walkHelperMain`'s own text
// instead; so the function uses nothing from outside itself but what it is passed.
import * as workerThreads from 'node:worker_threads';
import * as nodeFs from 'node:fs';

/** Numbers per name in a listing: mode, nlink, size, dev, ino, mtimeMs, ctimeMs. */
export const STAT_FIELDS = 7;

/** A folder's claim slot: nobody yet (0), the helper (1; written inside walkHelperMain as a literal), the walk. */
export const CLAIM_FREE = 0;
export const CLAIM_WALK = 2;

export interface WalkHelperData {
  kind: 'oci-bundle-walk';
  /** Int32Array: each folder id's claim (0 free, 1 the helper's, 2 the walk's). */
  claims: SharedArrayBuffer;
  /** Int32Array: [0] listings posted, [1] batches of folders sent, [2] 1 once the helper runs. */
  signal: SharedArrayBuffer;
  port: workerThreads.MessagePort;
}

/** Walk -> helper: folders by id and path (ending in a separator). */
export type ToWalkHelper = { t: 'dirs'; ids: number[]; paths: string[] } | { t: 'stop' };

/** Helper -> walk: a folder's listing, or that it could not be read (the walk then reads it itself, for its own error). */
export type FromWalkHelper = { id: number; names: string[]; stats: Float64Array } | { id: number; failed: true };

export function walkHelperMain(wt: typeof workerThreads, fs: typeof nodeFs): void {
  const data = wt.workerData as WalkHelperData;
  const claims = new Int32Array(data.claims);
  const signal = new Int32Array(data.signal);
  const port = data.port;
  const pending: Array<[number, string]> = [];
  const posted = (m: FromWalkHelper, transfer: ArrayBuffer[] = []): void => {
    port.postMessage(m, transfer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  Atomics.store(signal, 2, 1);
  Atomics.notify(signal, 2);
  for (;;) {
    // Read before looking for messages: a batch sent after the look then ends the wait at once.
    const sent = Atomics.load(signal, 1);
    let m: { message: ToWalkHelper } | undefined;
    while ((m = wt.receiveMessageOnPort(port) as { message: ToWalkHelper } | undefined)) {
      if (m.message.t === 'stop') return;
      const { ids, paths } = m.message;
      for (let i = 0; i < ids.length; i++) pending.push([ids[i], paths[i]]);
    }
    const job = pending.pop();
    if (!job) {
      // Nothing to do until the walk sends more (or stops).
      Atomics.wait(signal, 1, sent, 100);
      continue;
    }
    const [id, dir] = job;
    // 0: free, 1: the helper's (see CLAIM_FREE): a folder the walk took first is skipped.
    if (Atomics.compareExchange(claims, id, 0, 1) !== 0) continue;
    try {
      const names = fs.readdirSync(dir);
      const stats = new Float64Array(names.length * 7); // STAT_FIELDS
      for (let i = 0, o = 0; i < names.length; i++, o += 7) {
        const s = fs.lstatSync(dir + names[i]);
        stats[o] = s.mode;
        stats[o + 1] = s.nlink;
        stats[o + 2] = s.size;
        stats[o + 3] = s.dev;
        stats[o + 4] = s.ino;
        stats[o + 5] = s.mtimeMs;
        stats[o + 6] = s.ctimeMs;
      }
      posted({ id, names, stats }, [stats.buffer as ArrayBuffer]);
    } catch {
      posted({ id, failed: true });
    }
  }
}

// Started as a thread by the walk (dist/walk-helper.js): run.
if (!workerThreads.isMainThread && (workerThreads.workerData as WalkHelperData | undefined)?.kind === 'oci-bundle-walk') {
  walkHelperMain(workerThreads, nodeFs);
}

/** A listing the helper made: names, and STAT_FIELDS numbers per name. */
export interface Listing {
  names: string[];
  stats: Float64Array;
}

/** Folders the helper may take (the claim slots); a bigger tree's other folders are the walk's own. */
const MAX_FOLDERS = 1 << 16;
/** Longest wait for one listing: past it (a helper gone wrong) the walk reads the folder itself. */
const MAX_WAIT_MS = 10_000;

/** The walk's side of the helper thread. */
export class WalkHelper {
  private readonly results = new Map<number, FromWalkHelper>();
  private nextId = 0;
  /** Folders whose listing the walk took from the helper. */
  helped = 0;

  private constructor(
    private readonly worker: workerThreads.Worker,
    private readonly port: workerThreads.MessagePort,
    private readonly claims: Int32Array,
    private readonly signal: Int32Array,
  ) {}

  /** Starts the thread, given how to (worker-script.ts); undefined if it cannot start (the walk goes on alone). */
  static start(how: { script: string | URL; eval: boolean }): WalkHelper | undefined {
    try {
      const claims = new SharedArrayBuffer(4 * MAX_FOLDERS);
      const signal = new SharedArrayBuffer(12);
      const { port1, port2 } = new workerThreads.MessageChannel();
      const workerData: WalkHelperData = { kind: 'oci-bundle-walk', claims, signal, port: port2 };
      const worker = new workerThreads.Worker(how.script, { eval: how.eval, workerData, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
      worker.on('error', () => {}); // a helper that fails only stops helping (take() stops waiting)
      worker.unref();
      return new WalkHelper(worker, port1, new Int32Array(claims), new Int32Array(signal));
    } catch {
      return undefined;
    }
  }

  /** Offers folders (paths ending in a separator); returns their ids (undefined once out of slots). */
  offer(paths: string[]): Array<number | undefined> {
    const ids: number[] = [];
    const out = paths.map(() => {
      if (this.nextId >= MAX_FOLDERS) return undefined;
      ids.push(this.nextId);
      return this.nextId++;
    });
    if (ids.length) {
      this.port.postMessage({ t: 'dirs', ids, paths: paths.slice(0, ids.length) } satisfies ToWalkHelper);
      Atomics.add(this.signal, 1, 1);
      Atomics.notify(this.signal, 1);
    }
    return out;
  }

  /**
   * The helper's listing of folder `id`, waiting for it if the helper has begun it; undefined
   * when the walk is to read the folder itself (it got there first, or the helper could not).
   * `patienceMs` (tests): how long to let the helper begin the folder before the walk claims it.
   */
  take(id: number, patienceMs = 0): Listing | undefined {
    // Tests only: give the helper a chance to begin the folder first (the walk then waits for it).
    const until = Date.now() + patienceMs;
    while (Atomics.load(this.claims, id) === CLAIM_FREE && Date.now() < until) Atomics.wait(this.signal, 0, Atomics.load(this.signal, 0), 5);
    if (Atomics.compareExchange(this.claims, id, CLAIM_FREE, CLAIM_WALK) === CLAIM_FREE) return undefined;
    const deadline = Date.now() + MAX_WAIT_MS;
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      let m: { message: FromWalkHelper } | undefined;
      while ((m = workerThreads.receiveMessageOnPort(this.port) as { message: FromWalkHelper } | undefined)) this.results.set(m.message.id, m.message);
      const r = this.results.get(id);
      if (r) {
        this.results.delete(id);
        if ('failed' in r) return undefined;
        this.helped++;
        return r;
      }
      if (Date.now() > deadline) return undefined;
      Atomics.wait(this.signal, 0, seen, 50);
    }
  }

  /** Waits (up to `ms`) until the thread runs; for tests, which want it to take part. */
  waitUntilRunning(ms: number): boolean {
    return Atomics.wait(this.signal, 2, 0, ms) !== 'timed-out' || Atomics.load(this.signal, 2) === 1;
  }

  /** Listings the helper has posted so far. */
  posted(): number {
    return Atomics.load(this.signal, 0);
  }

  stop(): void {
    this.port.postMessage({ t: 'stop' } satisfies ToWalkHelper);
    Atomics.add(this.signal, 1, 1);
    Atomics.notify(this.signal, 1);
    this.port.close();
    void this.worker.terminate();
  }
}
