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

// src/image/config.ts
var DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function sortedRecord(r) {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function scratchConfig(i) {
  const c = {};
  if (i.user) c.User = i.user;
  if (i.ports.length) c.ExposedPorts = Object.fromEntries([...new Set(i.ports)].sort().map((p) => [p, {}]));
  c.Env = i.env.some((e) => e.startsWith("PATH=")) ? i.env : [DEFAULT_PATH, ...i.env];
  if (i.entrypoint) c.Entrypoint = i.entrypoint;
  if (i.cmd) c.Cmd = i.cmd;
  c.WorkingDir = i.workdir;
  if (Object.keys(i.labels).length) c.Labels = sortedRecord(i.labels);
  const config = {
    created: i.created,
    architecture: i.platform.architecture,
    os: i.platform.os,
    config: c,
    rootfs: { type: "layers", diff_ids: i.diffIds },
    history: i.history
  };
  if (i.platform.variant) config.variant = i.platform.variant;
  if (i.platform["os.version"]) config["os.version"] = i.platform["os.version"];
  return config;
}
function rfc3339(epochSeconds) {
  return new Date(epochSeconds * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function envKey(e) {
  const i = e.indexOf("=");
  return i < 0 ? e : e.slice(0, i);
}
function mergeEnv(base, ours) {
  const oursByKey = new Map(ours.map((e) => [envKey(e), e]));
  const out = base.map((e) => oursByKey.get(envKey(e)) ?? e);
  const baseKeys = new Set(base.map(envKey));
  for (const e of ours) if (!baseKeys.has(envKey(e))) out.push(e);
  return out;
}
function derivedConfig(base, i, baseHistory) {
  const bc = { ...base.config ?? {} };
  const c = { ...bc };
  if (i.user) c.User = i.user;
  const ports = [...Object.keys(bc.ExposedPorts ?? {}), ...i.ports];
  if (ports.length) c.ExposedPorts = Object.fromEntries([...new Set(ports)].sort().map((p) => [p, {}]));
  const env = mergeEnv(bc.Env ?? [], i.env);
  c.Env = env.some((e) => e.startsWith("PATH=")) ? env : [DEFAULT_PATH, ...env];
  if (i.entrypoint) {
    c.Entrypoint = i.entrypoint;
    c.Cmd = i.cmd ?? null;
  } else if (i.cmd) c.Cmd = i.cmd;
  c.WorkingDir = i.workdir;
  const labels = { ...bc.Labels ?? {}, ...i.labels };
  if (Object.keys(labels).length) c.Labels = sortedRecord(labels);
  if (c.Cmd === null) delete c.Cmd;
  const config = {
    ...base,
    created: i.created,
    architecture: i.platform.architecture,
    os: i.platform.os,
    config: c,
    rootfs: { type: "layers", diff_ids: [...base.rootfs?.diff_ids ?? [], ...i.diffIds] },
    history: [...baseHistory, ...i.history]
  };
  if (i.platform.variant) config.variant = i.platform.variant;
  for (const k of ["container", "container_config", "docker_version", "id", "parent"]) delete config[k];
  return config;
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
  DEFAULT_PATH,
  sortedRecord,
  scratchConfig,
  rfc3339,
  derivedConfig,
  TarFormatError,
  readTar
};
