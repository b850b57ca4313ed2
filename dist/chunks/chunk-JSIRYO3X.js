import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  MAX_EXTENSION,
  MAX_PAX_RECORDS,
  TarReader
} from "./chunk-G2QEMWTQ.js";
import {
  layerDecompressor,
  requireLayerReadable
} from "./chunk-CCQRFRUT.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/unpack/layer-stream.ts
import { createHash } from "node:crypto";
import { Transform, pipeline } from "node:stream";
var Meter = class extends Transform {
  hash;
  bytes = 0;
  constructor(algorithm) {
    super();
    this.hash = createHash(algorithm);
  }
  _transform(chunk, _enc, cb) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }
};
function algorithmOf(digest) {
  const alg = digest.split(":")[0];
  if (alg !== "sha256" && alg !== "sha512") throw new UserError(`unsupported digest algorithm in "${digest}"`);
  return alg;
}
function checkLayerSupported(desc, index) {
  requireLayerReadable(desc.mediaType, `layer ${index + 1} (${desc.digest})`, "; cannot unpack it");
}
function openLayerTar(source, desc, diffId, label = `layer blob ${desc.digest}`) {
  const blob = new Meter(algorithmOf(desc.digest));
  const tar = new Meter(algorithmOf(diffId));
  const decompress = layerDecompressor(desc.mediaType, label);
  const out = pipeline(source.blobStream(desc, label), blob, decompress, tar, () => {
  });
  return {
    tar: out,
    verify() {
      const got = `${algorithmOf(desc.digest)}:${blob.hash.digest("hex")}`;
      if (got !== desc.digest) throw new UserError(`layer blob ${desc.digest} is corrupt: its content hashes to ${got}`);
      if (blob.bytes !== desc.size) throw new UserError(`layer blob ${desc.digest} is ${blob.bytes} bytes, but the manifest says ${desc.size}`);
      const diff = `${algorithmOf(diffId)}:${tar.hash.digest("hex")}`;
      if (diff !== diffId) throw new UserError(`layer ${desc.digest} does not match the image config: its uncompressed content is ${diff}, rootfs.diff_ids says ${diffId}`);
    },
    close() {
      out.destroy();
    }
  };
}

// src/unpack/tar-reader.ts
var TarFormatError = class extends Error {
};
var ACCEPTED = /* @__PURE__ */ new Set(["no-end-marker", "trailing-data", "ignored-size"]);
var Events = class {
  constructor(source) {
    this.source = source;
    this.parser = new TarReader({
      onEntry: (entry) => this.push({ entry }),
      onData: (data) => this.push({ data }),
      onEntryEnd: () => this.push({ end: true }),
      onIssue: (issue) => {
        if (!ACCEPTED.has(issue.kind)) this.failure ??= new TarFormatError(this.describe(issue));
      }
    });
  }
  source;
  parser;
  queue = [];
  head = 0;
  failure;
  done = false;
  /** Bytes taken from the source so far. */
  bytes = 0;
  push(e) {
    if (!this.failure) this.queue.push(e);
  }
  /** The next event, or undefined at the end of a readable stream; throws what the parser found wrong. */
  async next() {
    while (this.head === this.queue.length) {
      if (this.failure) throw this.failure;
      if (this.done) return void 0;
      this.queue = [];
      this.head = 0;
      const r = await this.source.next();
      if (r.done) {
        this.done = true;
        this.parser.end();
      } else {
        this.bytes += r.value.length;
        this.parser.write(r.value);
      }
    }
    return this.queue[this.head++];
  }
  describe(i) {
    switch (i.kind) {
      case "checksum":
        return `invalid tar header at byte ${i.offset} (bad checksum)`;
      case "bad-header":
        return `invalid tar header at byte ${i.offset} (unreadable size)`;
      case "truncated-header":
      case "truncated-data":
      case "truncated-padding":
        return `the tar stream is truncated at byte ${this.bytes}`;
      case "lone-zero-block":
        return `invalid tar stream: an entry follows a zero block at byte ${i.offset}`;
      case "oversized-extension":
        return `a tar meta header at byte ${i.offset} is too large (over ${MAX_EXTENSION} bytes)`;
      case "pax-records":
        return `pax extended headers before byte ${i.offset} hold more than ${MAX_PAX_RECORDS} records`;
      default:
        return `invalid tar stream: ${i.message}`;
    }
  }
};
function unpackEntry(e) {
  return {
    name: e.path,
    kind: e.type === "sparse" || e.type === "other" ? "unknown" : e.type,
    typeflag: e.typeflag,
    mode: e.mode,
    uid: e.uid,
    gid: e.gid,
    size: e.size,
    mtime: e.mtime,
    linkname: e.linkpath,
    devmajor: e.devmajor,
    devminor: e.devminor,
    xattrs: e.xattrs,
    sparse: e.sparse
  };
}
async function* readTar(source) {
  const events = new Events(source[Symbol.asyncIterator]());
  for (; ; ) {
    const ev = await events.next();
    if (!ev) return;
    if (!("entry" in ev)) throw new Error("tar reader out of step");
    if (ev.entry.invalid) throw new TarFormatError(ev.entry.invalid);
    let finished = false;
    let bodyStarted = false;
    const content = async function* () {
      while (!finished) {
        const e = await events.next();
        if (!e || "entry" in e) throw new Error("tar reader out of step");
        if ("end" in e) finished = true;
        else yield e.data;
      }
    };
    yield {
      entry: unpackEntry(ev.entry),
      body: async function* () {
        if (bodyStarted) throw new Error("tar entry body read twice (or after the next entry)");
        bodyStarted = true;
        yield* content();
      }
    };
    bodyStarted = true;
    for await (const _ of content()) ;
  }
}

export {
  checkLayerSupported,
  openLayerTar,
  TarFormatError,
  readTar
};
