import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  cleanEntryPath
} from "./chunk-KBR43FTS.js";
import {
  TarReader
} from "./chunk-G2QEMWTQ.js";
import {
  COMPRESSION
} from "./chunk-CCQRFRUT.js";
import {
  MAX_DOCUMENT_BYTES,
  parseDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/layout/archive-reader.ts
import { createHash } from "node:crypto";
import { constants, promises as fs } from "node:fs";
import { Readable } from "node:stream";
var MAX_MEMBERS = 1e5;
var GZIP_KEEP_MEMBER = 1024 * 1024;
var GZIP_KEEP_TOTAL = 64 * 1024 * 1024;
var CHUNK = 1024 * 1024;
function corrupt(what, msg) {
  return new UserError(`${what} ${msg}; the archive is corrupt`, 1, { kind: "corrupt" });
}
function memberPath(name) {
  if (name.startsWith("/")) return void 0;
  return cleanEntryPath(name)?.join("/");
}
async function isGzip(file) {
  const fh = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 31 && head[1] === 139;
  } finally {
    await fh.close();
  }
}
async function* tarStream(file, gzip) {
  const fh = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const raw = fh.createReadStream({ highWaterMark: CHUNK, autoClose: false });
    if (!gzip) {
      for await (const c of raw) yield c;
      return;
    }
    const gunzip = COMPRESSION.gzip.decompressor();
    raw.pipe(gunzip);
    raw.on("error", (e) => gunzip.destroy(e));
    try {
      for await (const c of gunzip) yield c;
    } finally {
      raw.destroy();
      gunzip.destroy();
    }
  } finally {
    await fh.close();
  }
}
var OciArchiveReader = class _OciArchiveReader {
  constructor(file, gzip) {
    this.file = file;
    this.gzip = gzip;
  }
  file;
  gzip;
  members = /* @__PURE__ */ new Map();
  /** Folders the archive lists as entries of their own. */
  dirs = /* @__PURE__ */ new Set();
  /** Content of small members of a gzip'd archive, from the indexing pass. */
  kept = /* @__PURE__ */ new Map();
  /** What the indexing pass found wrong (in order). */
  issues = [];
  /** Bytes of the (uncompressed) tar stream. */
  tarBytes = 0;
  /**
   * Indexes `file`. Throws (UserError) only when the file cannot be read at all; damage found
   * in the tar is in `issues`, and the index holds what was read before it.
   */
  static async open(file) {
    let st;
    try {
      st = await fs.stat(file);
    } catch (e) {
      throw new UserError(`cannot read the archive ${file}: ${e.code ?? e.message}`, 1, { kind: e.code === "ENOENT" ? "not-found" : "io" });
    }
    if (!st.isFile()) throw new UserError(`${file} is not a regular file, so it is not an oci-archive`, 1, { kind: "input" });
    const r = new _OciArchiveReader(file, await isGzip(file));
    await r.index();
    return r;
  }
  async index() {
    const dirs = this.dirs;
    let keptTotal = 0;
    let collecting;
    let full = false;
    const reader = new TarReader({
      onEntry: (e) => {
        collecting = void 0;
        if (full) return;
        const p = memberPath(e.path);
        if (p === void 0) {
          this.issues.push({ kind: "entry-path", entry: e.path, message: `the archive entry "${e.path}" ${e.path.startsWith("/") ? "is an absolute path" : "escapes the layout folder"}; ignored` });
          return;
        }
        if (p === "") return;
        if (e.type === "dir") {
          dirs.add(p);
          return;
        }
        if (e.type !== "file") {
          this.issues.push({ kind: "entry-type", entry: e.path, message: `the archive entry "${e.path}" is a ${e.type}; an oci-archive holds only files and folders, so it was ignored` });
          return;
        }
        if (dirs.has(p)) {
          this.issues.push({ kind: "file-and-folder", entry: e.path, message: `"${p}" is both a folder and a file in the archive` });
          return;
        }
        if (this.members.has(p)) this.issues.push({ kind: "duplicate", entry: e.path, message: `"${p}" appears more than once in the archive; the last copy is used` });
        else if (this.members.size >= MAX_MEMBERS) {
          full = true;
          this.issues.push({ kind: "too-many-members", message: `the archive has more than ${MAX_MEMBERS} files; an OCI layout never has that many, so the rest was not read` });
          return;
        }
        this.members.set(p, { path: p, type: e.type, offset: e.offset + 512, size: e.size });
        this.kept.delete(p);
        if (this.gzip && e.size <= GZIP_KEEP_MEMBER && keptTotal + e.size <= GZIP_KEEP_TOTAL) {
          collecting = { path: p, parts: [] };
          keptTotal += e.size;
        }
      },
      onData: (chunk) => {
        collecting?.parts.push(Buffer.from(chunk));
      },
      onEntryEnd: () => {
        if (collecting) this.kept.set(collecting.path, Buffer.concat(collecting.parts));
        collecting = void 0;
      },
      onIssue: (i) => this.issues.push({ kind: "tar", tar: i, message: i.message })
    });
    try {
      for await (const c of tarStream(this.file, this.gzip)) reader.write(c);
    } catch (e) {
      throw new UserError(`cannot read the archive ${this.file}: ${e.message}`, 1, { kind: "corrupt" });
    }
    this.tarBytes = reader.end().bytes;
  }
  /** Every file member, in archive order of first appearance. */
  list() {
    return [...this.members.values()];
  }
  /** The member at `p` (a normalised path, e.g. "blobs/sha256/<hex>"), if the archive has it. */
  member(p) {
    return this.members.get(p);
  }
  /** Is `p` a folder of the archive (listed as an entry, or holding a member)? */
  isFolder(p) {
    if (this.dirs.has(p)) return true;
    const prefix = `${p}/`;
    for (const m of this.members.keys()) if (m.startsWith(prefix)) return true;
    return false;
  }
  /** The member's bytes as a stream: exactly its size, never past it. */
  openMember(p) {
    const m = this.members.get(p);
    if (!m) throw new UserError(`${p} is not in the archive ${this.file}`, 1, { kind: "not-found" });
    const kept = this.kept.get(p);
    if (kept) return Readable.from([kept], { objectMode: false });
    return Readable.from(this.gzip ? this.gzipRange(m) : this.fileRange(m), { objectMode: false });
  }
  async *fileRange(m) {
    if (m.size === 0) return;
    const fh = await fs.open(this.file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      let done = 0;
      while (done < m.size) {
        const n = Math.min(CHUNK, m.size - done);
        const buf = Buffer.allocUnsafe(n);
        const { bytesRead } = await fh.read(buf, 0, n, m.offset + done);
        if (bytesRead === 0) throw corrupt(`member ${m.path} of ${this.file}`, "ends early (the archive changed while it was read)");
        done += bytesRead;
        yield bytesRead === n ? buf : buf.subarray(0, bytesRead);
      }
    } finally {
      await fh.close();
    }
  }
  async *gzipRange(m) {
    if (m.size === 0) return;
    const end = m.offset + m.size;
    let pos = 0;
    for await (const c of tarStream(this.file, true)) {
      const from = Math.max(m.offset, pos);
      const to = Math.min(end, pos + c.length);
      if (from < to) yield c.subarray(from - pos, to - pos);
      pos += c.length;
      if (pos >= end) return;
    }
    throw corrupt(`member ${m.path} of ${this.file}`, "ends early (the archive changed while it was read)");
  }
  /** A small member read whole (index.json, oci-layout), refused when over `max` bytes. */
  async readMember(p, what, max = MAX_DOCUMENT_BYTES) {
    const m = this.members.get(p);
    if (!m) throw new UserError(`${what} is missing from the archive ${this.file}`, 1, { kind: "not-found" });
    if (m.size > max) throw new UserError(`${what} in ${this.file} is ${m.size} bytes, more than the ${max} allowed`, 1, { kind: "too-large" });
    const parts = [];
    for await (const c of this.openMember(p)) parts.push(c);
    return Buffer.concat(parts);
  }
  readIndex() {
    return this.readMember("index.json", "the layout index (index.json)");
  }
  readOciLayout() {
    return this.readMember("oci-layout", "the oci-layout file");
  }
  /** The member path of a blob; undefined for a digest that is not one (never a path). */
  static blobPath(digest) {
    const d = parseDigest(digest);
    return d ? `blobs/${d.algorithm}/${d.hex}` : void 0;
  }
  /**
   * A blob as a verified stream, like readVerifiedBlob for a layout folder: fails when the member
   * is missing, larger or smaller than `want.size`, or its digest differs.
   */
  readVerifiedBlob(want, what = `blob ${want.digest}`) {
    const d = parseDigest(want.digest);
    const p = _OciArchiveReader.blobPath(want.digest);
    if (!d || !p) throw new UserError(`${what}: "${want.digest}" is not a valid digest`, 1, { kind: "malformed", field: "digest" });
    const m = this.members.get(p);
    if (!m) throw new UserError(`${what} is missing from the archive ${this.file}`, 1, { kind: "not-found" });
    if (m.size !== want.size) throw corrupt(what, `is ${m.size} bytes, its descriptor says ${want.size}`);
    const source = this.openMember(p);
    async function* verify() {
      const hash = createHash(d.algorithm);
      for await (const c of source) {
        hash.update(c);
        yield c;
      }
      if (`${d.algorithm}:${hash.digest("hex")}` !== want.digest) throw corrupt(what, "does not match its digest");
    }
    return Readable.from(verify(), { objectMode: false });
  }
  /** A small blob (a JSON document) read whole and verified; refuses sizes over `max`. */
  async readVerifiedBytes(want, what = `blob ${want.digest}`, max = MAX_DOCUMENT_BYTES) {
    if (!Number.isSafeInteger(want.size) || want.size < 0) throw new UserError(`${what}: its descriptor's size ${want.size} is not a valid size`, 1, { kind: "malformed" });
    if (want.size > max) throw new UserError(`${what} is ${want.size} bytes, more than the ${max} a document may have`, 1, { kind: "too-large" });
    const parts = [];
    for await (const c of this.readVerifiedBlob(want, what)) parts.push(c);
    return Buffer.concat(parts);
  }
};

export {
  OciArchiveReader
};
