import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  RegistryImageSource
} from "./chunk-2UK675TX.js";
import {
  RegistryDestination
} from "./chunk-6S4CYM5G.js";
import {
  compareBytes,
  workerScript
} from "./chunk-NQVSXONI.js";
import {
  LayoutImageSource
} from "./chunk-BW2MMCKN.js";
import {
  LAYOUT_VERSION,
  LayoutWriter,
  pickIndexEntry
} from "./chunk-WCOFHWLI.js";
import {
  verifyDocument
} from "./chunk-ZTXNH7V2.js";
import {
  DEFAULT_TAG,
  DOCKER_HUB,
  parseReference
} from "./chunk-HKXR72EX.js";
import {
  OciArchiveReader
} from "./chunk-ECDTXNWN.js";
import {
  COMPRESSION,
  requireLayerReadable
} from "./chunk-4GE4NKCU.js";
import {
  MAX_DOCUMENT_BYTES,
  isForeignLayer,
  isManifest,
  parseDigest,
  readVerifiedBlob,
  readVerifiedBytes,
  requireDigest
} from "./chunk-ODBDDFK3.js";
import {
  UsageError,
  UserError,
  fsError
} from "./chunk-S5NN2QBC.js";

// src/model/names.ts
function splitRef(body) {
  const m = /^(.*?)(?::([\w][\w.-]{0,127}))?$/.exec(body);
  return { path: m[1], ref: m[2] };
}
function parseImageName(text, field) {
  const fail = (why) => new UserError(`${field} "${text}": ${why}`, 2, { kind: "usage", field });
  if (text.startsWith("oci:")) {
    const { path: path6, ref: ref2 } = splitRef(text.slice(4));
    if (!path6) throw fail("give a folder: oci:DIR[:REF]");
    return { transport: "oci", dir: path6, ref: ref2, text };
  }
  if (text.startsWith("oci-archive:")) {
    const { path: path6, ref: ref2 } = splitRef(text.slice(12));
    if (!path6) throw fail("give a file: oci-archive:FILE[:REF]");
    return { transport: "oci-archive", file: path6, ref: ref2, text };
  }
  if (text.startsWith("docker-archive:")) {
    const body = text.slice(15);
    const colon = body.indexOf(":");
    const file = colon >= 0 ? body.slice(0, colon) : body;
    const name = colon >= 0 ? body.slice(colon + 1) : void 0;
    if (!file) throw fail("give a file: docker-archive:FILE[:NAME:TAG]");
    if (name !== void 0) parseReference(name);
    return { transport: "docker-archive", file, name, text };
  }
  const other = /^(dir|docker-daemon|containers-storage|ostree|sif|tarball):/.exec(text);
  if (other) throw fail(`the ${other[1]}: transport is not supported; use a registry reference, oci:DIR[:REF], oci-archive:FILE[:REF] or docker-archive:FILE[:NAME:TAG]`);
  const ref = text.startsWith("docker://") ? text.slice(9) : text;
  return { transport: "registry", ref: parseReference(ref), text: ref };
}

// src/layer/tar-thread.ts
import { Worker } from "node:worker_threads";

// src/layer/tar-worker.ts
import * as workerThreads from "node:worker_threads";
import * as nodeFs from "node:fs";
import * as nodeCrypto from "node:crypto";
function tarWorkerMain(wt, fs6, crypto) {
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
  const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs6.constants;
  const OPEN_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
  const fail = (code, p) => Object.assign(new Error(code), { code, path: p });
  const openWalked = (p, dev, ino) => {
    let fd;
    try {
      fd = fs6.openSync(p, OPEN_FLAGS);
    } catch (e) {
      const code = e.code;
      if (code === "ELOOP" || code === "ENXIO" || code === "EISDIR") throw fail("OCI_REPLACED", p);
      throw e;
    }
    try {
      const st = fs6.fstatSync(fd);
      if (!st.isFile() || dev === dev && (st.dev !== dev || st.ino !== ino)) throw fail("OCI_REPLACED", p);
    } catch (e) {
      fs6.closeSync(fd);
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
        const n = fs6.readSync(fd, out, fill, want, null);
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
      fs6.closeSync(fd);
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

// src/layer/tar.ts
var BLOCK = 512;
var TRAILER = Buffer.alloc(2 * BLOCK);
var TYPEFLAG = { file: "0", hardlink: "1", symlink: "2", dir: "5" };
var MAX_OCTAL_7 = 2097151;
var MAX_OCTAL_11 = 8589934591;
function padding(size) {
  const r = size % BLOCK;
  return r === 0 ? 0 : BLOCK - r;
}
function isAscii(s) {
  return /^[\x20-\x7e]*$/.test(s);
}
function splitUstarName(name) {
  if (!isAscii(name)) return void 0;
  if (name.length <= 100) return { prefix: "", name };
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== "/") continue;
    const head = name.slice(0, i);
    const tail = name.slice(i + 1);
    if (tail.length === 0) continue;
    if (tail.length > 100) break;
    if (head.length <= 155) return { prefix: head, name: tail };
  }
  return void 0;
}
function writeAscii(buf, off, len, s) {
  const n = Math.min(len, s.length);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return -1;
    buf[off + i] = c;
    sum += c;
  }
  return sum;
}
function writeOctal(buf, off, len, n) {
  buf[off + len - 1] = 0;
  let sum = 0;
  for (let i = off + len - 2; i >= off; i--) {
    const c = 48 + n % 8;
    buf[i] = c;
    sum += c;
    n = Math.floor(n / 8);
  }
  return sum;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}
var USTAR_MAGIC = Buffer.from("ustar\x0000", "latin1");
var FIXED_SUM = 8 * 32 + USTAR_MAGIC.reduce((a, c) => a + c, 0) + 2 * 7 * 48;
function writeUstarBlock(buf, off, h, name, prefix, linkname, typeflag) {
  const nameSum = writeAscii(buf, off, 100, name);
  const linkSum = nameSum < 0 ? -1 : writeAscii(buf, off + 157, 100, linkname);
  const prefixSum = linkSum < 0 ? -1 : writeAscii(buf, off + 345, 155, prefix);
  if (prefixSum < 0) {
    buf.fill(0, off, off + BLOCK);
    return false;
  }
  let sum = FIXED_SUM + nameSum + linkSum + prefixSum;
  sum += writeOctal(buf, off + 100, 8, h.mode & 4095);
  sum += writeOctal(buf, off + 108, 8, Math.min(h.uid, MAX_OCTAL_7));
  sum += writeOctal(buf, off + 116, 8, Math.min(h.gid, MAX_OCTAL_7));
  sum += writeOctal(buf, off + 124, 12, Math.min(h.size, MAX_OCTAL_11));
  sum += writeOctal(buf, off + 136, 12, Math.min(h.mtime, MAX_OCTAL_11));
  const type = typeflag.charCodeAt(0);
  buf[off + 156] = type;
  sum += type;
  USTAR_MAGIC.copy(buf, off + 257);
  writeOctal(buf, off + 329, 8, 0);
  writeOctal(buf, off + 337, 8, 0);
  writeOctal(buf, off + 148, 7, sum);
  buf[off + 155] = 32;
  return true;
}
function ustarBlock(h, name, prefix, linkname, typeflag) {
  const b = Buffer.alloc(BLOCK);
  if (!writeUstarBlock(b, 0, h, name, prefix, linkname, typeflag)) throw new Error(`tar header: "${name}" is not printable ASCII`);
  return b;
}
function writePlainHeader(buf, off, h) {
  const linkname = h.linkname ?? "";
  if (linkname.length > 100) return 0;
  if (h.size > MAX_OCTAL_11 || h.uid > MAX_OCTAL_7 || h.gid > MAX_OCTAL_7 || h.mtime > MAX_OCTAL_11) return 0;
  if (h.name.length <= 100) return writeUstarBlock(buf, off, h, h.name, "", linkname, TYPEFLAG[h.type]) ? BLOCK : 0;
  const split = splitUstarName(h.name);
  if (!split) return 0;
  return writeUstarBlock(buf, off, h, split.name, split.prefix, linkname, TYPEFLAG[h.type]) ? BLOCK : 0;
}
function encodeHeader(h) {
  const pax = [];
  const split = splitUstarName(h.name);
  const linkname = h.linkname ?? "";
  const linkFits = isAscii(linkname) && linkname.length <= 100;
  if (!split) pax.push(paxRecord("path", h.name));
  if (!linkFits) pax.push(paxRecord("linkpath", linkname));
  if (h.size > MAX_OCTAL_11) pax.push(paxRecord("size", String(h.size)));
  if (h.uid > MAX_OCTAL_7) pax.push(paxRecord("uid", String(h.uid)));
  if (h.gid > MAX_OCTAL_7) pax.push(paxRecord("gid", String(h.gid)));
  if (h.mtime > MAX_OCTAL_11) pax.push(paxRecord("mtime", String(h.mtime)));
  const fallbackName = split ?? { prefix: "", name: asciiFallback(h.name, 100) };
  const main = ustarBlock(h, fallbackName.name, fallbackName.prefix, linkFits ? linkname : asciiFallback(linkname, 100), TYPEFLAG[h.type]);
  if (pax.length === 0) return main;
  const body = Buffer.from(pax.join(""), "utf8");
  const paxHeader = ustarBlock(
    { name: "PaxHeader", type: "file", mode: 420, uid: 0, gid: 0, size: body.length, mtime: Math.min(h.mtime, MAX_OCTAL_11) },
    "PaxHeader",
    "",
    "",
    "x"
  );
  return Buffer.concat([paxHeader, body, Buffer.alloc(padding(body.length)), main]);
}
function asciiFallback(s, max) {
  const ascii = s.replace(/[^\x20-\x7e]/g, "_");
  return ascii.length <= max ? ascii : ascii.slice(ascii.length - max);
}

// src/layer/tar-producer.ts
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

// src/model/archive.ts
import { promises as fs3 } from "node:fs";
import path3 from "node:path";

// src/model/layout-destination.ts
import { createHash } from "node:crypto";
import { createWriteStream, promises as fs2 } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var LayoutDestination = class {
  constructor(dir, name = `oci:${dir}`) {
    this.dir = dir;
    this.name = name;
  }
  dir;
  name;
  concurrency = 2;
  writer;
  roots = [];
  /** One writer for the whole copy (puts run concurrently: the promise, not its result, is shared). */
  open() {
    this.writer ??= LayoutWriter.open(this.dir);
    return this.writer;
  }
  async hasBlob(desc) {
    if (isForeignLayer(desc.mediaType)) return true;
    const w = await this.open();
    return await w.blobSize(requireDigest(desc.digest, this.name)) === desc.size;
  }
  async putBlob(desc, open) {
    if (await this.hasBlob(desc)) return "exists";
    const w = await this.open();
    const digest = requireDigest(desc.digest, this.name);
    const hash = createHash(parseDigest(digest).algorithm);
    let n = 0;
    const tmp = w.tempPath();
    const count = new Transform({
      transform(chunk, _e, cb) {
        hash.update(chunk);
        n += chunk.length;
        cb(null, chunk);
      }
    });
    try {
      await pipeline(await open(), count, createWriteStream(tmp));
    } catch (e) {
      await fs2.rm(tmp, { force: true });
      if (e instanceof UserError) throw e;
      if (e.syscall) throw fsError(e, tmp, `writing blob ${digest} into ${this.dir}`);
      throw e;
    }
    const got = `${parseDigest(digest).algorithm}:${hash.digest("hex")}`;
    if (n !== desc.size || got !== digest) {
      await fs2.rm(tmp, { force: true });
      throw new UserError(`blob ${digest} arrived as ${n} bytes hashing to ${got}; refusing it`, 1, { kind: "corrupt" });
    }
    await w.commitTempBlob(tmp, digest);
    return "pushed";
  }
  async putManifest(doc, o) {
    const w = await this.open();
    const { digest, mediaType, size } = doc.descriptor;
    if (!await w.hasBlob(digest)) {
      const tmp = w.tempPath();
      await fs2.writeFile(tmp, doc.bytes);
      await w.commitTempBlob(tmp, digest);
    }
    if (!o.child) this.roots.push({ desc: { mediaType, digest, size }, tags: o.tags });
  }
  async commit() {
    const w = await this.open();
    for (const r of this.roots) w.setRefs(r.desc, r.tags);
    await w.commit();
    w.finish();
  }
  async abort() {
    const w = await this.writer?.catch(() => void 0);
    await w?.rollback();
  }
  async close() {
  }
};

// src/model/archive.ts
var ArchiveDestination = class {
  constructor(file, mtime = 0) {
    this.file = file;
    this.mtime = mtime;
    this.name = `oci-archive:${file}`;
  }
  file;
  mtime;
  name;
  concurrency = 2;
  inner;
  open() {
    this.inner ??= (async () => {
      const parent = path3.dirname(path3.resolve(this.file));
      let dir;
      try {
        dir = await fs3.mkdtemp(path3.join(parent, `.${path3.basename(this.file)}.layout-`));
      } catch (e) {
        throw fsError(e, parent, `writing ${this.name}`, "destination");
      }
      return { dir, dest: new LayoutDestination(path3.join(dir, "layout"), this.name) };
    })();
    return this.inner.then((i) => i.dest);
  }
  async hasBlob(desc) {
    return (await this.open()).hasBlob(desc);
  }
  async putBlob(desc, open) {
    return (await this.open()).putBlob(desc, open);
  }
  async putManifest(doc, o) {
    return (await this.open()).putManifest(doc, o);
  }
  async commit() {
    const dest = await this.open();
    await dest.commit();
    await writeArchive(dest.dir, this.file, this.mtime);
    await this.cleanup();
  }
  async abort() {
    await this.cleanup();
  }
  async cleanup() {
    const i = await this.inner?.catch(() => void 0);
    this.inner = void 0;
    if (i) await fs3.rm(i.dir, { recursive: true, force: true });
  }
  async close() {
    await this.cleanup();
  }
};

// src/model/archive-files.ts
var ArchiveFilesSource = class {
  constructor(file, ref, open, field = "source") {
    this.file = file;
    this.ref = ref;
    this.open = open;
    this.field = field;
    this.name = `oci-archive:${file}${ref ? ":" + ref : ""}`;
  }
  file;
  ref;
  open;
  field;
  name;
  files;
  reader() {
    this.files ??= this.open(this.file);
    return this.files;
  }
  async resolve() {
    const bytes = await (await this.reader()).readIndex();
    let index;
    try {
      index = JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new UserError(`${this.name}: index.json is not valid JSON`, 1, { kind: "malformed" });
    }
    const where = `oci-archive:${this.file}`;
    const desc = pickIndexEntry(Array.isArray(index.manifests) ? index.manifests : [], this.ref, { where, choose: `name one as ${where}:REF`, field: this.field });
    requireDigest(desc.digest, `${this.name}: index.json`);
    return desc;
  }
  async readDocument(desc) {
    const digest = requireDigest(desc.digest, this.name);
    const bytes = await (await this.reader()).readVerifiedBytes({ digest, size: desc.size }, `${this.name}: blob ${digest}`, MAX_DOCUMENT_BYTES);
    return verifyDocument(bytes, desc, this.name);
  }
  async openBlob(desc) {
    const digest = requireDigest(desc.digest, this.name);
    return (await this.reader()).readVerifiedBlob({ digest, size: desc.size }, `${this.name}: blob ${digest}`);
  }
  async close() {
    this.files = void 0;
  }
};

// src/model/docker-archive-destination.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { promises as fs5 } from "node:fs";
import path5 from "node:path";
import { pipeline as pipeline3 } from "node:stream/promises";

// src/model/docker-archive.ts
import { createHash as createHash2, randomBytes as randomBytes2 } from "node:crypto";
import { createReadStream, promises as fs4 } from "node:fs";
import path4 from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
var MAX_TAR_ENTRY = 8589934591;
function dockerRepoTag(ref) {
  const r = parseReference(ref);
  if (r.tag === void 0) throw new UsageError(`"${ref}" names a digest; an image loaded into docker or podman needs a tag, like app:1.0`, "tags");
  let name = `${r.registry}/${r.repository}`;
  if (r.registry === DOCKER_HUB) name = r.repository.startsWith("library/") ? r.repository.slice("library/".length) : r.repository;
  return `${name}:${r.tag ?? DEFAULT_TAG}`;
}
function blobName(digest, where) {
  const [alg, hex] = requireDigest(digest, where).split(":");
  return `blobs/${alg}/${hex}`;
}
var FIXED = { uid: 0, gid: 0, mtime: 0 };
function dirEntry(name) {
  return {
    name,
    async *chunks() {
      yield encodeHeader({ ...FIXED, name, type: "dir", mode: 493, size: 0 });
    }
  };
}
function bytesEntry(name, bytes) {
  return {
    name,
    async *chunks() {
      yield encodeHeader({ ...FIXED, name, type: "file", mode: 420, size: bytes.length });
      yield bytes;
      yield Buffer.alloc(padding(bytes.length));
    }
  };
}
async function* streamEntry(name, size, stream, what) {
  yield encodeHeader({ ...FIXED, name, type: "file", mode: 420, size });
  let n = 0;
  for await (const chunk of stream) {
    n += chunk.length;
    if (n > size) throw new UserError(`${what} grew past its ${size} bytes while being archived`, 1, { kind: "corrupt" });
    yield chunk;
  }
  if (n !== size) throw new UserError(`${what} is ${n} bytes, expected ${size}`, 1, { kind: "corrupt" });
  yield Buffer.alloc(padding(size));
}
function blobEntry(name, image, desc, what) {
  return { name, chunks: () => streamEntry(name, desc.size, image.openBlob(desc), what) };
}
function zstdEntry(name, image, desc, diffId, scratchDir, what) {
  return {
    name,
    async *chunks() {
      const tmp = path4.join(scratchDir, `.oci-bundle-layer-${randomBytes2(6).toString("hex")}.tar`);
      try {
        const alg = diffId.split(":")[0];
        const hash = createHash2(alg);
        const decompress = COMPRESSION.zstd.decompressor();
        const fh = await fs4.open(tmp, "wx", 384);
        let size = 0;
        try {
          await pipeline2(image.openBlob(desc), decompress, async (tar) => {
            for await (const c of tar) {
              const chunk = c;
              hash.update(chunk);
              size += chunk.length;
              await fh.write(chunk);
            }
          });
        } finally {
          await fh.close();
        }
        const got = `${alg}:${hash.digest("hex")}`;
        if (got !== diffId) throw new UserError(`${what} does not match the image config: its uncompressed content is ${got}, rootfs.diff_ids says ${diffId}`, 1, { kind: "corrupt" });
        if (size > MAX_TAR_ENTRY) throw new UserError(`${what} is ${size} bytes uncompressed, more than a docker-archive entry can hold`, 1, { kind: "too-large" });
        yield* streamEntry(name, size, createReadStream(tmp), what);
      } catch (e) {
        if (e instanceof UserError) throw e;
        if (e.syscall) throw fsError(e, scratchDir, "re-encoding a zstd layer for docker");
        throw new UserError(`${what} is not valid zstd: ${e.message}`, 1, { kind: "corrupt" });
      } finally {
        await fs4.rm(tmp, { force: true });
      }
    }
  };
}
async function configBytes(image) {
  const desc = image.manifest.config;
  if (!Number.isSafeInteger(desc.size) || desc.size < 0 || desc.size > MAX_DOCUMENT_BYTES) {
    throw new UserError(`the image config ${desc.digest} has size ${desc.size}, more than the ${MAX_DOCUMENT_BYTES} bytes a config may have`, 1, { kind: "too-large" });
  }
  const parts = [];
  for await (const c of image.openBlob(desc)) parts.push(c);
  return Buffer.concat(parts);
}
async function* dockerArchiveChunks(image, repoTags, scratchDir, stats) {
  const { manifest, config } = image;
  const diffIds = config.rootfs?.diff_ids;
  if (!Array.isArray(diffIds) || diffIds.length !== manifest.layers.length) {
    throw new UserError(`the image has ${manifest.layers.length} layers but its config lists ${Array.isArray(diffIds) ? diffIds.length : "no"} diff_ids; the image is malformed`, 1, { kind: "malformed" });
  }
  const entries = /* @__PURE__ */ new Map();
  const configName = blobName(manifest.config.digest, "the manifest's config");
  const layerNames = [];
  let reencoded = 0;
  for (const [i, desc] of manifest.layers.entries()) {
    const what = `layer ${i + 1} (${requireDigest(desc.digest, `layer ${i + 1} of the manifest`)})`;
    const diffId = requireDigest(diffIds[i], `diff_id ${i + 1} of the image config`);
    const compression = requireLayerReadable(desc.mediaType, what, " docker can load");
    if (compression === "zstd") {
      const name = blobName(diffId, what);
      layerNames.push(name);
      if (!entries.has(name)) entries.set(name, zstdEntry(name, image, desc, diffId, scratchDir, what));
      reencoded++;
    } else {
      const name = blobName(desc.digest, what);
      layerNames.push(name);
      if (!entries.has(name)) entries.set(name, blobEntry(name, image, desc, what));
    }
  }
  const tags = [...new Set(repoTags.map(dockerRepoTag))];
  const cfg = await configBytes(image);
  entries.set(configName, bytesEntry(configName, cfg));
  for (const name of [...entries.keys()]) {
    const dir = name.slice(0, name.lastIndexOf("/") + 1);
    if (!entries.has(dir)) entries.set(dir, dirEntry(dir));
  }
  entries.set("blobs/", dirEntry("blobs/"));
  const doc = [{ Config: configName, RepoTags: tags, Layers: layerNames }];
  entries.set("manifest.json", bytesEntry("manifest.json", Buffer.from(JSON.stringify(doc) + "\n")));
  const names = [...entries.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  for (const name of names) yield* entries.get(name).chunks();
  yield TRAILER;
  if (stats) stats.reencoded = reencoded;
}
async function writeDockerArchive(image, file, repoTags) {
  const target = path4.resolve(file);
  const st = await fs4.stat(target).catch(() => void 0);
  if (st?.isDirectory()) throw new UserError(`${file} is a folder; give a file name for the docker-archive, such as image.tar`, 1, { kind: "input" });
  const dir = path4.dirname(target);
  const tmp = path4.join(dir, `.${path4.basename(target)}.tmp-${randomBytes2(6).toString("hex")}`);
  const stats = { reencoded: 0 };
  let fh;
  let size = 0;
  try {
    fh = await fs4.open(tmp, "wx", 420);
    for await (const chunk of dockerArchiveChunks(image, repoTags, dir, stats)) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await fh.close();
    fh = void 0;
    await fs4.rename(tmp, target);
  } catch (e) {
    await fh?.close().catch(() => {
    });
    await fs4.rm(tmp, { force: true });
    if (e instanceof UserError) throw e;
    throw fsError(e, file, "writing the docker-archive");
  }
  return { size, repoTags: [...new Set(repoTags.map(dockerRepoTag))], imageId: image.manifest.config.digest, reencoded: stats.reencoded };
}

// src/model/docker-archive-destination.ts
var DockerArchiveDestination = class {
  /**
   * `file` is the archive to write; `name` (NAME:TAG, from `docker-archive:FILE:NAME:TAG`) names
   * the image, and plain tags copy passes are tags of its repository.
   */
  constructor(file, imageName) {
    this.file = file;
    this.imageName = imageName;
    this.name = `docker-archive:${file}`;
    const target = path5.resolve(file);
    this.stage = path5.join(path5.dirname(target), `.${path5.basename(target)}.blobs-${randomBytes3(6).toString("hex")}`);
    if (imageName !== void 0) dockerRepoTag(imageName);
  }
  file;
  imageName;
  name;
  singleImage = true;
  concurrency = 1;
  stage;
  staged = /* @__PURE__ */ new Set();
  manifest;
  tags = [];
  created = false;
  result;
  /** A full reference as it is; a plain tag (no "/" or ":") in the repository of the image's name. */
  reference(tag) {
    if (this.imageName === void 0 || /[/:@]/.test(tag)) return tag;
    const r = parseReference(this.imageName);
    return `${r.registry}/${r.repository}:${tag}`;
  }
  blobPath(desc) {
    const [alg, hex] = requireDigest(desc.digest, `${this.name}: a blob`).split(":");
    return path5.join(this.stage, `${alg}-${hex}`);
  }
  hasBlob(desc) {
    return Promise.resolve(this.staged.has(desc.digest));
  }
  /** Stages the blob; copy's source stream is verified, and it is read back verified on commit. */
  async putBlob(desc, open) {
    if (this.staged.has(desc.digest)) return "exists";
    const file = this.blobPath(desc);
    try {
      if (!this.created) {
        await fs5.mkdir(this.stage, { mode: 448 });
        this.created = true;
      }
      const tmp = `${file}.part`;
      await pipeline3(await open(), (await fs5.open(tmp, "w", 384)).createWriteStream());
      await fs5.rename(tmp, file);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw fsError(e, this.file, "staging a blob for the docker-archive");
    }
    this.staged.add(desc.digest);
    return "pushed";
  }
  putManifest(doc, o) {
    if (o.child || !isManifest(doc.descriptor.mediaType)) {
      return Promise.reject(new UserError(`${this.name} takes one image manifest, not an index; choose one platform`, 1, { kind: "unsupported", field: "platforms" }));
    }
    if (this.manifest) return Promise.reject(new UserError(`${this.name} takes one image; it was given a second`, 1, { kind: "unsupported" }));
    this.manifest = doc.doc;
    this.tags = [...this.imageName !== void 0 ? [this.imageName] : [], ...o.tags.map((t) => this.reference(t))];
    for (const t of this.tags) dockerRepoTag(t);
    return Promise.resolve();
  }
  async commit() {
    const manifest = this.manifest;
    if (!manifest) throw new UserError(`${this.name}: no image manifest was given to write`, 1, { kind: "failed" });
    const foreign = manifest.layers.find((l) => isForeignLayer(l.mediaType) && !this.staged.has(l.digest));
    if (foreign) throw new UserError(`${this.name}: layer ${foreign.digest} is non-distributable and not at hand, so it cannot go into a docker-archive`, 1, { kind: "unsupported" });
    const configBytes2 = await readVerifiedBytes(this.blobPath(manifest.config), manifest.config, `image config ${manifest.config.digest}`);
    let config;
    try {
      config = JSON.parse(configBytes2.toString("utf8"));
    } catch {
      throw new UserError(`image config ${manifest.config.digest} is not valid JSON`, 1, { kind: "malformed" });
    }
    this.result = await writeDockerArchive({ manifest, config, openBlob: (d) => readVerifiedBlob(this.blobPath(d), d, `blob ${d.digest}`) }, this.file, this.tags);
    await this.close();
  }
  /** The target is only ever renamed into place, so undoing means dropping the staged blobs. */
  abort() {
    return this.close();
  }
  async close() {
    if (this.created) await fs5.rm(this.stage, { recursive: true, force: true });
    this.created = false;
    this.staged.clear();
  }
};

// src/model/open.ts
function openImageSource(name, registry = {}, field = "source") {
  switch (name.transport) {
    case "registry":
      return new RegistryImageSource(name.ref, registry);
    case "oci":
      return new LayoutImageSource(name.dir, name.ref, void 0, { choose: `name one as oci:${name.dir}:REF`, field });
    case "oci-archive":
      return new ArchiveFilesSource(name.file, name.ref, (file) => OciArchiveReader.open(file), field);
    case "docker-archive":
      throw new UserError(`${name.text}: docker-archive is a destination only (for docker load / podman load)`, 2, { kind: "usage", field });
  }
}
function openImageDestination(name, registry = {}) {
  switch (name.transport) {
    case "registry":
      return { destination: new RegistryDestination(name.ref, registry), tags: name.ref.tag ? [name.ref.tag] : [] };
    case "oci":
      return { destination: new LayoutDestination(name.dir), tags: name.ref ? [name.ref] : [] };
    case "oci-archive":
      return { destination: new ArchiveDestination(name.file), tags: name.ref ? [name.ref] : [] };
    case "docker-archive":
      return { destination: new DockerArchiveDestination(name.file, name.name), tags: [] };
  }
}

export {
  warmTarThread,
  coolTarThread,
  produceTar,
  checkArchivePath,
  writeArchive,
  parseImageName,
  dockerRepoTag,
  dockerArchiveChunks,
  openImageSource,
  openImageDestination
};
