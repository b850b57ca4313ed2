// src/layer/walk-helper.ts
import * as workerThreads from "node:worker_threads";
import * as nodeFs from "node:fs";
var STAT_FIELDS = 7;
var CLAIM_FREE = 0;
var CLAIM_WALK = 2;
function walkHelperMain(wt, fs) {
  const data = wt.workerData;
  const claims = new Int32Array(data.claims);
  const signal = new Int32Array(data.signal);
  const port = data.port;
  const pending = [];
  const posted = (m, transfer = []) => {
    port.postMessage(m, transfer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  Atomics.store(signal, 2, 1);
  Atomics.notify(signal, 2);
  for (; ; ) {
    const sent = Atomics.load(signal, 1);
    let m;
    while (m = wt.receiveMessageOnPort(port)) {
      if (m.message.t === "stop") return;
      const { ids, paths } = m.message;
      for (let i = 0; i < ids.length; i++) pending.push([ids[i], paths[i]]);
    }
    const job = pending.pop();
    if (!job) {
      Atomics.wait(signal, 1, sent, 100);
      continue;
    }
    const [id, dir] = job;
    if (Atomics.compareExchange(claims, id, 0, 1) !== 0) continue;
    try {
      const names = fs.readdirSync(dir);
      const stats = new Float64Array(names.length * 7);
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
      posted({ id, names, stats }, [stats.buffer]);
    } catch {
      posted({ id, failed: true });
    }
  }
}
if (!workerThreads.isMainThread && workerThreads.workerData?.kind === "oci-bundle-walk") {
  walkHelperMain(workerThreads, nodeFs);
}
var MAX_FOLDERS = 1 << 16;
var MAX_WAIT_MS = 1e4;
var WalkHelper = class _WalkHelper {
  constructor(worker, port, claims, signal) {
    this.worker = worker;
    this.port = port;
    this.claims = claims;
    this.signal = signal;
  }
  worker;
  port;
  claims;
  signal;
  results = /* @__PURE__ */ new Map();
  nextId = 0;
  /** Folders whose listing the walk took from the helper. */
  helped = 0;
  /** Starts the thread, given how to (worker-script.ts); undefined if it cannot start (the walk goes on alone). */
  static start(how) {
    try {
      const claims = new SharedArrayBuffer(4 * MAX_FOLDERS);
      const signal = new SharedArrayBuffer(12);
      const { port1, port2 } = new workerThreads.MessageChannel();
      const workerData2 = { kind: "oci-bundle-walk", claims, signal, port: port2 };
      const worker = new workerThreads.Worker(how.script, { eval: how.eval, workerData: workerData2, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
      worker.on("error", () => {
      });
      worker.unref();
      return new _WalkHelper(worker, port1, new Int32Array(claims), new Int32Array(signal));
    } catch {
      return void 0;
    }
  }
  /** Offers folders (paths ending in a separator); returns their ids (undefined once out of slots). */
  offer(paths) {
    const ids = [];
    const out = paths.map(() => {
      if (this.nextId >= MAX_FOLDERS) return void 0;
      ids.push(this.nextId);
      return this.nextId++;
    });
    if (ids.length) {
      this.port.postMessage({ t: "dirs", ids, paths: paths.slice(0, ids.length) });
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
  take(id, patienceMs = 0) {
    const until = Date.now() + patienceMs;
    while (Atomics.load(this.claims, id) === CLAIM_FREE && Date.now() < until) Atomics.wait(this.signal, 0, Atomics.load(this.signal, 0), 5);
    if (Atomics.compareExchange(this.claims, id, CLAIM_FREE, CLAIM_WALK) === CLAIM_FREE) return void 0;
    const deadline = Date.now() + MAX_WAIT_MS;
    for (; ; ) {
      const seen = Atomics.load(this.signal, 0);
      let m;
      while (m = workerThreads.receiveMessageOnPort(this.port)) this.results.set(m.message.id, m.message);
      const r = this.results.get(id);
      if (r) {
        this.results.delete(id);
        if ("failed" in r) return void 0;
        this.helped++;
        return r;
      }
      if (Date.now() > deadline) return void 0;
      Atomics.wait(this.signal, 0, seen, 50);
    }
  }
  /** Waits (up to `ms`) until the thread runs; for tests, which want it to take part. */
  waitUntilRunning(ms) {
    return Atomics.wait(this.signal, 2, 0, ms) !== "timed-out" || Atomics.load(this.signal, 2) === 1;
  }
  /** Listings the helper has posted so far. */
  posted() {
    return Atomics.load(this.signal, 0);
  }
  stop() {
    this.port.postMessage({ t: "stop" });
    Atomics.add(this.signal, 1, 1);
    Atomics.notify(this.signal, 1);
    this.port.close();
    void this.worker.terminate();
  }
};
export {
  CLAIM_FREE,
  CLAIM_WALK,
  STAT_FIELDS,
  WalkHelper,
  walkHelperMain
};
