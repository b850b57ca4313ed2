// src/layer/tar-worker.ts
import * as workerThreads from "node:worker_threads";
import * as nodeFs from "node:fs";
import * as nodeCrypto from "node:crypto";
function tarWorkerMain(wt, fs, crypto) {
  const port = wt.parentPort;
  const data = wt.workerData;
  const OUT = data.outBytes;
  const MAX_AHEAD = data.maxAhead;
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
    slot = (slot + 1) % MAX_AHEAD;
    fill = 0;
    while (Atomics.load(ahead, 0) >= MAX_AHEAD) Atomics.wait(ahead, 0, Atomics.load(ahead, 0), 1e3);
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
  const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;
  const OPEN_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
  const fail = (code, p) => Object.assign(new Error(code), { code, path: p });
  const openWalked = (p, dev, ino) => {
    let fd;
    try {
      fd = fs.openSync(p, OPEN_FLAGS);
    } catch (e) {
      const code = e.code;
      if (code === "ELOOP" || code === "ENXIO" || code === "EISDIR") throw fail("OCI_REPLACED", p);
      throw e;
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile() || dev === dev && (st.dev !== dev || st.ino !== ino)) throw fail("OCI_REPLACED", p);
    } catch (e) {
      fs.closeSync(fd);
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
        const n = fs.readSync(fd, out, fill, want, null);
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
      fs.closeSync(fd);
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
export {
  tarWorkerMain
};
