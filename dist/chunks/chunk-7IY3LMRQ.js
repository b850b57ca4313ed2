import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  compareBytes,
  workerScript
} from "./chunk-VXXBAIRV.js";
import {
  BLOCK,
  TRAILER,
  encodeHeader,
  writePlainHeader
} from "./chunk-6XK72JNS.js";
import {
  LAYOUT_VERSION
} from "./chunk-WCOFHWLI.js";
import {
  UsageError,
  UserError,
  fsError
} from "./chunk-S5NN2QBC.js";

// src/layer/tar-thread.ts
import { Worker } from "node:worker_threads";

// src/layer/tar-worker.ts
import * as workerThreads from "node:worker_threads";
import * as nodeFs from "node:fs";
import * as nodeCrypto from "node:crypto";
function tarWorkerMain(wt, fs2, crypto) {
  const port = wt.parentPort;
  const data = wt.workerData;
  const OUT = data.outBytes;
  const MAX_AHEAD2 = data.maxAhead;
  const META = data.metaBytes / 8;
  const ahead = new Int32Array(data.shared);
  const hash = crypto.createHash("sha256");
  const post = (m) => port.postMessage(m);
  let slot = 0;
  let out = Buffer.from(data.ring, 0, OUT);
  let fill = 0;
  let total = 0;
  const flush = () => {
    if (fill === 0) return;
    hash.update(out.subarray(0, fill));
    Atomics.add(ahead, 0, 1);
    post({ t: "data", s: slot, n: fill });
    slot = (slot + 1) % MAX_AHEAD2;
    fill = 0;
    while (Atomics.load(ahead, 0) >= MAX_AHEAD2) Atomics.wait(ahead, 0, Atomics.load(ahead, 0), 1e3);
    out = Buffer.from(data.ring, slot * OUT, OUT);
  };
  const put = (src, start, end) => {
    total += end - start;
    while (start < end) {
      const n = Math.min(OUT - fill, end - start);
      src.copy(out, fill, start, start + n);
      fill += n;
      start += n;
      if (fill === OUT) flush();
    }
  };
  const ZERO = Buffer.alloc(512);
  const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs2.constants;
  const OPEN_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
  const fail = (code, p) => Object.assign(new Error(code), { code, path: p });
  const openWalked = (p, dev, ino) => {
    let fd;
    try {
      fd = fs2.openSync(p, OPEN_FLAGS);
    } catch (e) {
      const code = e.code;
      if (code === "ELOOP" || code === "ENXIO" || code === "EISDIR") throw fail("OCI_REPLACED", p);
      throw e;
    }
    try {
      const st = fs2.fstatSync(fd);
      if (!st.isFile() || dev === dev && (st.dev !== dev || st.ino !== ino)) throw fail("OCI_REPLACED", p);
    } catch (e) {
      fs2.closeSync(fd);
      throw e;
    }
    return fd;
  };
  const copyFile = (p, size, dev, ino) => {
    const fd = openWalked(p, dev, ino);
    try {
      let got = 0;
      for (; ; ) {
        const want = OUT - fill;
        const n = fs2.readSync(fd, out, fill, want, null);
        if (n === 0) break;
        if (got + n > size) throw fail("OCI_CHANGED", p);
        total += n;
        fill += n;
        got += n;
        if (fill === OUT) flush();
        if (n < want && got === size) break;
      }
      if (got !== size) throw fail("OCI_CHANGED", p);
    } finally {
      fs2.closeSync(fd);
    }
  };
  let root = "";
  port.on("message", (m) => {
    try {
      if (m.t === "root") {
        root = m.root;
        return;
      }
      if (m.t === "end") {
        const trailer = Buffer.from(m.trailer.buffer, m.trailer.byteOffset, m.trailer.byteLength);
        put(trailer, 0, trailer.length);
        flush();
        post({ t: "end", diffId: "sha256:" + hash.digest("hex"), size: total });
        return;
      }
      const headers = Buffer.from(m.headers);
      const meta = new Float64Array(m.meta, 0, m.n * META);
      const paths = m.paths.split("\0");
      let ho = 0;
      let pi = 0;
      for (let i = 0; i < meta.length; i += META) {
        const hl = meta[i];
        const size = meta[i + 1];
        put(headers, ho, ho + hl);
        ho += hl;
        if (size < 0) continue;
        copyFile(root + paths[pi++], size, meta[i + 2], meta[i + 3]);
        const pad = (512 - size % 512) % 512;
        if (pad) put(ZERO, 0, pad);
      }
      post({ t: "batch" });
    } catch (err) {
      const e = err;
      post({ t: "error", code: e.code, message: String(e.message), path: e.path });
    }
  });
}
if (!workerThreads.isMainThread && workerThreads.workerData?.kind === "oci-bundle-tar") {
  tarWorkerMain(workerThreads, nodeFs, nodeCrypto);
}

// src/layer/tar-thread.ts
var META_BYTES = 48;
var OUT_BYTES = 1024 * 1024;
var MAX_AHEAD = 4;
var TarThread = class {
  worker;
  ahead;
  ring;
  /** An error the thread met before it was taken (it loads its script meanwhile). */
  failure;
  taken = false;
  constructor() {
    const shared = new SharedArrayBuffer(4);
    this.ahead = new Int32Array(shared);
    this.ring = new SharedArrayBuffer(MAX_AHEAD * OUT_BYTES);
    const workerData2 = { kind: "oci-bundle-tar", shared, ring: this.ring, outBytes: OUT_BYTES, maxAhead: MAX_AHEAD, metaBytes: META_BYTES };
    const { script, eval: isEval } = workerScript("tar-worker.js", tarWorkerMain, ["node:worker_threads", "node:fs", "node:crypto"]);
    this.worker = new Worker(script, { eval: isEval, workerData: workerData2, resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 } });
    this.worker.unref();
    this.worker.on("error", (e) => this.failure ??= e);
  }
  /** For produceTar, once. */
  take() {
    if (this.taken) throw new Error("a tar thread was taken twice");
    this.taken = true;
    this.worker.ref();
    return this;
  }
  /** Ends the thread if no tar was produced on it. */
  stop() {
    if (!this.taken) void this.worker.terminate();
  }
};
var warm;
function warmTarThread() {
  return warm ??= new TarThread();
}
function coolTarThread() {
  warm?.stop();
  warm = void 0;
}
function tarThread() {
  const t = warm ?? new TarThread();
  warm = void 0;
  return t.take();
}

// src/layout/archive.ts
import { promises as fs } from "node:fs";
import path2 from "node:path";
import { randomBytes } from "node:crypto";

// src/layer/tar-producer.ts
import path from "node:path";
var BATCH_ENTRIES = 2048;
function arrayFeed(entries) {
  let next = 0;
  return (max) => {
    const out = entries.slice(next, next + max);
    next += out.length;
    return out;
  };
}
function produceTar(entries, root) {
  const feed = Array.isArray(entries) ? arrayFeed(entries) : entries;
  const tar = tarThread();
  const { worker, ahead, ring } = tar;
  const queue = [];
  let wake;
  let failure;
  let done = false;
  let resolveResult;
  let rejectResult;
  const result = new Promise((res, rej) => {
    resolveResult = res;
    rejectResult = rej;
  });
  result.catch(() => {
  });
  const slots = [0, 1].map(() => {
    const meta = Buffer.from(new SharedArrayBuffer(BATCH_ENTRIES * META_BYTES));
    return { headers: Buffer.from(new SharedArrayBuffer(BATCH_ENTRIES * BLOCK)), meta, nums: new Float64Array(meta.buffer) };
  });
  let batches = 0;
  let ended = false;
  const sendBatch = () => {
    if (ended || failure) return;
    let batch;
    try {
      batch = feed(BATCH_ENTRIES);
    } catch (e) {
      fail(e);
      return;
    }
    if (batch.length === 0) {
      send({ t: "end", trailer: TRAILER });
      ended = true;
      return;
    }
    const n = batch.length;
    const slot = slots[batches++ % 2];
    let headers = slot.headers;
    headers.fill(0);
    const meta = slot.meta;
    const nums = slot.nums;
    const paths = [];
    let ho = 0;
    for (let i = 0, mo = 0; i < n; i++, mo += META_BYTES) {
      const e = batch[i];
      const eh = e.header;
      const src = e.source;
      let hl = writePlainHeader(headers, ho, eh);
      if (hl === 0) {
        const h = encodeHeader(eh);
        hl = h.length;
        if (ho + hl + (n - i - 1) * BLOCK > headers.length) {
          const bigger = Buffer.from(new ArrayBuffer(ho + hl + (n - i - 1) * BLOCK));
          headers.copy(bigger, 0, 0, ho);
          headers = bigger;
        }
        h.copy(headers, ho);
      }
      ho += hl;
      const content = eh.type === "file" && eh.size > 0 && src !== void 0;
      nums[mo / 8] = hl;
      nums[mo / 8 + 1] = content ? eh.size : -1;
      if (content && src.stamp) meta.write(src.stamp, mo + 16, 32, "latin1");
      else nums[mo / 8 + 2] = NaN;
      if (content) paths.push(src.raw ?? src.rel);
    }
    send({ t: "batch", headers: headers.buffer, meta: meta.buffer, n, paths: paths.join("\0") });
  };
  const fail = (e) => {
    failure ??= e;
    wake?.();
    rejectResult(failure);
    void worker.terminate();
  };
  const send = (m) => worker.postMessage(m);
  worker.on("message", (m) => {
    if (m.t === "data") {
      queue.push(Buffer.from(ring, m.s * OUT_BYTES, m.n));
      wake?.();
    } else if (m.t === "batch") {
      sendBatch();
    } else if (m.t === "end") {
      done = true;
      wake?.();
      resolveResult({ diffId: m.diffId, size: m.size });
      void worker.terminate();
    } else if (m.t === "error") {
      const file = m.path ?? "a file of the build context";
      if (!m.code) fail(new Error(`tar producer: ${m.message}`));
      else if (m.code === "OCI_CHANGED") fail(new UserError(`${file} changed size while it was being packaged; rebuild once the build output is complete`));
      else if (m.code === "OCI_REPLACED") fail(new UserError(`${file} was replaced (by a symlink, a special file or another file) since the build context was read; it is not packaged: rebuild once the build output is complete`));
      else fail(fsError(Object.assign(new Error(m.message), { code: m.code }), file, "reading a file of the build context"));
    }
  });
  worker.on("error", (e) => fail(e));
  if (tar.failure) fail(tar.failure);
  send({ t: "root", root: root + path.sep });
  sendBatch();
  sendBatch();
  async function* chunks() {
    try {
      for (; ; ) {
        if (failure) throw failure;
        const b = queue.shift();
        if (b) {
          yield b;
          Atomics.sub(ahead, 0, 1);
          Atomics.notify(ahead, 0);
          continue;
        }
        if (done) return;
        await new Promise((r) => wake = r);
        wake = void 0;
      }
    } finally {
      if (!done) fail(failure ?? new Error("tar production stopped"));
    }
  }
  return { chunks: chunks(), result, stop: () => done || fail(new Error("tar production stopped")) };
}

// src/layout/archive.ts
async function checkArchivePath(archivePath) {
  const st = await fs.stat(archivePath).catch(() => void 0);
  if (st?.isDirectory()) throw new UsageError(`--archive ${archivePath} is a folder; give a file name such as image.tar`, "archive");
}
async function writeArchive(layoutDir, archivePath, mtime, indexFile) {
  await checkArchivePath(archivePath);
  const entries = [];
  const base = { uid: 0, gid: 0, mtime };
  const addFile = async (rel, from = rel) => {
    const abs = path2.join(layoutDir, from);
    const s = await fs.stat(abs);
    const source = { rel: from, type: "file", executable: false, size: s.size };
    entries.push({ header: { ...base, name: rel, type: "file", mode: 420, size: s.size }, source });
  };
  const header = { imageLayoutVersion: LAYOUT_VERSION };
  const layoutFile = path2.join(layoutDir, "oci-layout");
  if (!await fs.stat(layoutFile).catch(() => void 0)) await fs.writeFile(layoutFile, JSON.stringify(header));
  await addFile("oci-layout");
  await addFile("index.json", indexFile ? path2.relative(layoutDir, indexFile) : "index.json");
  entries.push({ header: { ...base, name: "blobs/", type: "dir", mode: 493, size: 0 } });
  const algs = (await fs.readdir(path2.join(layoutDir, "blobs"))).sort(compareBytes);
  for (const alg of algs) {
    entries.push({ header: { ...base, name: `blobs/${alg}/`, type: "dir", mode: 493, size: 0 } });
    for (const hex of (await fs.readdir(path2.join(layoutDir, "blobs", alg))).sort(compareBytes)) await addFile(`blobs/${alg}/${hex}`);
  }
  const tmp = path2.join(path2.dirname(path2.resolve(archivePath)), `.${path2.basename(archivePath)}.tmp-${randomBytes(6).toString("hex")}`);
  let fh;
  let size = 0;
  try {
    fh = await fs.open(tmp, "w");
    const tar = produceTar(entries, layoutDir);
    for await (const chunk of tar.chunks) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await tar.result;
    await fh.close();
    fh = void 0;
    await fs.rename(tmp, archivePath);
  } catch (e) {
    await fh?.close().catch(() => {
    });
    await fs.rm(tmp, { force: true }).catch(() => {
    });
    if (e instanceof UserError) throw e;
    throw fsError(e, archivePath, "writing the archive", "archive");
  }
  return size;
}

export {
  warmTarThread,
  coolTarThread,
  produceTar,
  checkArchivePath,
  writeArchive
};
