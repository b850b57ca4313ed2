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
} from "./chunk-CWK6A6PN.js";

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
  TarFormatError,
  readTar
};
