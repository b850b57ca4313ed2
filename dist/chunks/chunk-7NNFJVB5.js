import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  checkSchema,
  classifyDigest,
  classifyWhiteout
} from "./chunk-T54QEYBR.js";
import {
  OciArchiveReader
} from "./chunk-ZL7SEONU.js";
import {
  TarReader
} from "./chunk-G2QEMWTQ.js";
import {
  humanSize
} from "./chunk-S37OTTBW.js";
import {
  COMPRESSION
} from "./chunk-CCQRFRUT.js";
import {
  CONFIG_TYPES,
  MAX_DOCUMENT_BYTES,
  MediaType,
  REF_NAME,
  isDocker,
  isForeignLayer,
  isIndex,
  isManifest,
  layerCompression,
  parseDigest,
  readBounded,
  readCappedFile,
  readVerifiedFile,
  shortDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError,
  errorMessage
} from "./chunk-S5NN2QBC.js";

// src/validate/validate.ts
import { promises as fs2 } from "node:fs";
import { createHash as createHash3 } from "node:crypto";

// src/validate/archive.ts
import path2 from "node:path";

// src/validate/layout-files.ts
import { promises as fs } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
var FolderFiles = class {
  constructor(dir, index) {
    this.dir = dir;
    this.index = index;
  }
  dir;
  index;
  blobFile(algorithm, hex) {
    return path.join(this.dir, "blobs", algorithm, hex);
  }
  readTop(name, max) {
    if (name === "index.json" && this.index) return Promise.resolve(this.index);
    const read = readCappedFile(path.join(this.dir, name), name, max);
    if (name === "oci-layout" && this.index) return read.catch(() => Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
    return read;
  }
  async blobsFolder() {
    try {
      return (await fs.lstat(path.join(this.dir, "blobs"))).isDirectory() ? "ok" : "not-a-folder";
    } catch {
      return "missing";
    }
  }
  async statBlob(algorithm, hex) {
    const shown = `blobs/${algorithm}/${hex}`;
    try {
      const st = await fs.lstat(this.blobFile(algorithm, hex));
      if (st.isFile()) return { present: true, size: st.size };
      return { present: false, reason: `${shown} is ${st.isSymbolicLink() ? "a symbolic link" : "not"} a regular file` };
    } catch (e) {
      const code = e.code;
      return { present: false, reason: code === "ENOENT" || code === "ENOTDIR" ? `${shown} does not exist` : `${shown} cannot be read: ${code ?? e.message}` };
    }
  }
  openBlob(algorithm, hex, size) {
    return Readable.from(readBounded(this.blobFile(algorithm, hex), size, `blob ${algorithm}:${hex}`), { objectMode: false });
  }
  async listBlobs() {
    const out = [];
    const root = path.join(this.dir, "blobs");
    for (const alg of await fs.readdir(root).catch(() => [])) {
      for (const f of await fs.readdir(path.join(root, alg)).catch(() => [])) {
        out.push({ digest: `${alg}:${f}`, size: (await fs.lstat(path.join(root, alg, f)).catch(() => void 0))?.size ?? 0 });
      }
    }
    return out;
  }
};
var ArchiveFiles = class {
  constructor(archive) {
    this.archive = archive;
  }
  archive;
  async readTop(name, max) {
    return this.archive.readMember(name, name, max);
  }
  async blobsFolder() {
    if (this.archive.isFolder("blobs")) return "ok";
    return this.archive.member("blobs") ? "not-a-folder" : "missing";
  }
  async statBlob(algorithm, hex) {
    const m = this.archive.member(`blobs/${algorithm}/${hex}`);
    return m ? { present: true, size: m.size } : { present: false, reason: `blobs/${algorithm}/${hex} is not in the archive` };
  }
  openBlob(algorithm, hex) {
    return this.archive.openMember(`blobs/${algorithm}/${hex}`);
  }
  async listBlobs() {
    const out = [];
    for (const m of this.archive.list()) {
      const parts = m.path.split("/");
      if (parts.length === 3 && parts[0] === "blobs") out.push({ digest: `${parts[1]}:${parts[2]}`, size: m.size });
    }
    return out;
  }
};

// src/validate/problems.ts
function where(...parts) {
  return parts.filter((p) => p !== void 0 && p !== "").join(" \u2192 ");
}
var LABEL = { error: "error", warning: "warning", info: "note" };
function formatProblem(p) {
  return `${LABEL[p.severity]}: ${p.where ? p.where + ": " : ""}${p.message} [${p.rule}]`;
}
var Problems = class {
  constructor(capPerScope = 25) {
    this.capPerScope = capPerScope;
  }
  capPerScope;
  list = [];
  counts = /* @__PURE__ */ new Map();
  suppressed = /* @__PURE__ */ new Map();
  add(severity, where2, rule, message, scope, digest) {
    if (scope !== void 0) {
      const key = `${scope}\0${rule}`;
      const n = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, n);
      if (n > this.capPerScope) {
        const s = this.suppressed.get(key);
        if (s) s.n++;
        else this.suppressed.set(key, { p: { severity, where: scope, rule, message: "", ...digest ? { digest } : {} }, n: 1 });
        return;
      }
    }
    this.list.push({ severity, where: where2, rule, message, ...digest ? { digest } : {} });
  }
  /** The same collector, with every problem added through it about the blob `digest`. */
  about(digest) {
    return {
      add: (severity, where2, rule, message, scope) => this.add(severity, where2, rule, message, scope, digest),
      error: (where2, rule, message, scope) => this.add("error", where2, rule, message, scope, digest),
      warn: (where2, rule, message, scope) => this.add("warning", where2, rule, message, scope, digest),
      info: (where2, rule, message, scope) => this.add("info", where2, rule, message, scope, digest)
    };
  }
  error(where2, rule, message, scope) {
    this.add("error", where2, rule, message, scope);
  }
  warn(where2, rule, message, scope) {
    this.add("warning", where2, rule, message, scope);
  }
  info(where2, rule, message, scope) {
    this.add("info", where2, rule, message, scope);
  }
  /** Adds one summary line per capped rule ("… and 120 more like this"). */
  flushSuppressed() {
    for (const { p, n } of this.suppressed.values()) {
      this.list.push({ ...p, message: `${n} more problem${n === 1 ? "" : "s"} of this kind not listed` });
    }
    this.suppressed.clear();
  }
  hasErrors() {
    return this.list.some((p) => p.severity === "error");
  }
};

// src/validate/archive.ts
var SEVERE_TAR = /* @__PURE__ */ new Set(["checksum", "truncated-data", "truncated-header", "bad-header", "oversized-extension", "pax-records"]);
async function openArchive(file, problems, onProgress) {
  const label = "archive";
  onProgress?.(`indexing ${file}`);
  let archive;
  try {
    archive = await OciArchiveReader.open(file);
  } catch (e) {
    problems.error(label, "archive-read", `cannot read the archive ${file}: ${errorMessage(e)}`);
    return void 0;
  }
  let badEntries = 0;
  for (const i of archive.issues) {
    const at = i.entry !== void 0 ? where(label, `entry "${i.entry}"`) : label;
    switch (i.kind) {
      case "tar": {
        const k = i.tar.kind;
        problems.add(SEVERE_TAR.has(k) ? "error" : k === "trailing-data" ? "info" : "warning", label, "archive-tar", `${path2.basename(file)}: ${i.message}`);
        break;
      }
      case "entry-path":
        badEntries++;
        problems.error(at, "archive-entry-path", i.message, label);
        break;
      case "file-and-folder":
        problems.error(at, "archive-entry-path", i.message, label);
        break;
      case "entry-type":
        problems.warn(at, "archive-entry-type", i.message, label);
        break;
      case "duplicate":
        problems.warn(at, "archive-duplicate", i.message, label);
        break;
      case "too-many-members":
        problems.error(label, "archive-read", i.message);
        break;
    }
  }
  if (archive.list().length === 0) {
    if (badEntries === 0) problems.error(label, "archive-read", `${path2.basename(file)} holds no files: it is not an oci-archive (a tar of an OCI image layout)`);
    return void 0;
  }
  return new ArchiveFiles(archive);
}

// src/validate/blobs.ts
import { createHash } from "node:crypto";
var READ_CHUNK = 1024 * 1024;
function split(digest) {
  const i = digest.indexOf(":");
  return [digest.slice(0, i), digest.slice(i + 1)];
}
var BlobStore = class {
  constructor(files, onHash) {
    this.files = files;
    this.onHash = onHash;
  }
  files;
  onHash;
  stats = /* @__PURE__ */ new Map();
  digests = /* @__PURE__ */ new Map();
  /** Distinct blobs hashed, and their bytes. */
  hashedCount = 0;
  bytesHashed = 0;
  /** Callers pass digests that classifyDigest accepted (algorithm and hex checked). */
  stat(digest) {
    let p = this.stats.get(digest);
    if (!p) {
      p = this.files.statBlob(...split(digest));
      this.stats.set(digest, p);
    }
    return p;
  }
  /** The blob's bytes, never more than the size stat() found (call stat() first). */
  async open(digest) {
    const st = await this.stat(digest);
    if (!st.present) throw new Error(st.reason);
    const [alg, hex] = split(digest);
    return this.files.openBlob(alg, hex, st.size);
  }
  /** Reads a small blob whole (JSON documents; the caller checked the size first). */
  async read(digest) {
    const parts = [];
    for await (const c of await this.open(digest)) parts.push(c);
    return Buffer.concat(parts);
  }
  /** Has this blob's content been hashed already (by any route)? */
  wasHashed(digest) {
    return this.digests.has(digest);
  }
  /** Records a digest computed by someone reading the blob anyway (document read, layer check). */
  record(digest, result) {
    if (this.digests.has(digest)) return;
    this.digests.set(digest, Promise.resolve(result));
    this.count(digest, result.size);
  }
  /** The digest of what is stored under `digest`, computed once by streaming. Rejects on read errors. */
  hash(digest, algorithm) {
    let p = this.digests.get(digest);
    if (!p) {
      p = (async () => {
        const h = createHash(algorithm);
        let size = 0;
        for await (const chunk of await this.open(digest)) {
          h.update(chunk);
          size += chunk.length;
        }
        this.count(digest, size);
        return { digest: `${algorithm}:${h.digest("hex")}`, size };
      })();
      this.digests.set(digest, p);
    }
    return p;
  }
  count(digest, size) {
    this.hashedCount++;
    this.bytesHashed += size;
    this.onHash?.(digest, size);
  }
};

// src/validate/json.ts
var MAX_JSON_DEPTH = 64;
var MAX_DUPLICATES = 25;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseJson(bytes) {
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, error: `it is ${bytes.length} bytes, more than the ${MAX_DOCUMENT_BYTES} a document may have` };
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    return { ok: false, error: "it starts with a byte order mark (JSON documents must be plain UTF-8)" };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: "it is not valid UTF-8" };
  }
  if (text.trim() === "") return { ok: false, error: "it is empty" };
  const depth = nestingDepth(text);
  if (depth > MAX_JSON_DEPTH) return { ok: false, error: `it nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep` };
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `it is not valid JSON (${e.message})` };
  }
  return { ok: true, value, duplicateKeys: findDuplicateKeys(text) };
}
function nestingDepth(text) {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > MAX_JSON_DEPTH) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}
var shownKey = (k) => k.length > 64 ? `${k.slice(0, 61)}...` : k;
function findDuplicateKeys(text, max = MAX_DUPLICATES) {
  const stack = [];
  const out = [];
  const pathOf = () => stack.map((_f, i) => {
    if (i === 0) return "";
    const parent = stack[i - 1];
    return parent.obj ? `.${shownKey(parent.key ?? "")}` : `[${parent.index}]`;
  }).join("").replace(/^\./, "");
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") stack.push({ obj: true, keys: /* @__PURE__ */ new Set(), expectKey: true });
    else if (c === "[") stack.push({ obj: false, index: 0 });
    else if (c === "}" || c === "]") stack.pop();
    else if (c === ",") {
      const top = stack[stack.length - 1];
      if (top?.obj) top.expectKey = true;
      else if (top) top.index++;
    } else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1));
        if (top.keys.has(key)) {
          if (out.length >= max) return out;
          const p = pathOf();
          out.push(p ? `${p}.${shownKey(key)}` : shownKey(key));
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    }
  }
  return out;
}

// src/validate/layer-check.ts
import { createHash as createHash2 } from "node:crypto";
import { once } from "node:events";

// src/validate/layer-entries.ts
function normalizePath(p) {
  const absolute = p.startsWith("/");
  const parts = [];
  let escapes = false;
  let dotdot = false;
  for (const c of p.split("/")) {
    if (c === "" || c === ".") continue;
    if (c === "..") {
      dotdot = true;
      if (parts.length === 0) escapes = true;
      else parts.pop();
      continue;
    }
    parts.push(c);
  }
  return { parts, escapes, dotdot, absolute };
}
var LayerEntryRules = class {
  constructor(capPerRule = 25) {
    this.capPerRule = capPerRule;
  }
  capPerRule;
  issues = [];
  /** Normalised path → entry type, of everything this layer holds. */
  paths = /* @__PURE__ */ new Map();
  unresolvedLinks = [];
  counts = /* @__PURE__ */ new Map();
  add(severity, rule, entry, message) {
    const n = (this.counts.get(rule) ?? 0) + 1;
    this.counts.set(rule, n);
    if (n <= this.capPerRule) this.issues.push({ severity, rule, entry, message });
  }
  /** Rules whose issues went over the cap, with how many were left out. */
  suppressed() {
    return [...this.counts].filter(([, n]) => n > this.capPerRule).map(([rule, n]) => ({ rule, count: n - this.capPerRule }));
  }
  onEntry(e) {
    const name = e.path;
    if (name === "") {
      this.add("error", "layer-entry-name", name, `an entry at byte ${e.offset} has an empty name`);
      return;
    }
    const n = normalizePath(name);
    if (n.escapes) {
      this.add("error", "layer-path-escape", name, `"${name}" escapes the root of the filesystem ("..")`);
      return;
    }
    if (n.dotdot) this.add("warning", "layer-path-dotdot", name, `"${name}" has ".." components (it stays inside the root, but writers should not emit them)`);
    if (n.absolute) this.add("info", "layer-path-absolute", name, `"${name}" is an absolute path; readers strip the leading "/"`);
    const key = n.parts.join("/");
    if (key === "") {
      if (e.type !== "dir") this.add("error", "layer-entry-name", name, `"${name}" names the root but is a ${e.type}, not a directory`);
      return;
    }
    if (this.paths.has(key)) {
      this.add("error", "layer-duplicate-path", name, `"${key}" appears more than once in the layer (the spec forbids duplicate paths)`);
    }
    const parent = n.parts.slice(0, -1).join("/");
    const parentType = parent ? this.paths.get(parent) : void 0;
    if (parentType !== void 0 && parentType !== "dir" && parentType !== "symlink") {
      this.add("error", "layer-parent-not-dir", name, `"${key}" is inside "${parent}", which this layer made a ${parentType}`);
    }
    switch (e.type) {
      case "other":
        this.add("warning", "layer-entry-type", name, `"${key}" has tar type "${e.typeflag}", which layers should not use (files, dirs, links, devices and FIFOs only)`);
        break;
      case "sparse":
        this.add("warning", "layer-sparse", name, `"${key}" is a sparse file; layers SHOULD NOT use them`);
        break;
      case "hardlink":
        this.checkHardlink(e, key);
        break;
      default:
        break;
    }
    this.checkWhiteout(e, key, n.parts[n.parts.length - 1]);
    this.paths.set(key, e.type);
  }
  checkHardlink(e, key) {
    if (e.linkpath === "") {
      this.add("error", "layer-hardlink", e.path, `hard link "${key}" has no target`);
      return;
    }
    const t = normalizePath(e.linkpath);
    if (t.escapes) {
      this.add("error", "layer-hardlink-escape", e.path, `hard link "${key}" points outside the root: "${e.linkpath}"`);
      return;
    }
    const target = t.parts.join("/");
    if (target === "" || target === key) {
      this.add("error", "layer-hardlink", e.path, `hard link "${key}" points at ${target === "" ? "the root" : "itself"}`);
      return;
    }
    const type = this.paths.get(target);
    if (type === "dir") this.add("error", "layer-hardlink-dir", e.path, `hard link "${key}" points at the directory "${target}" (hard links to directories are not allowed)`);
    else if (type === void 0) this.unresolvedLinks.push({ entry: e.path, target });
  }
  checkWhiteout(e, key, base) {
    const wh = classifyWhiteout(base);
    if (wh.kind === "none") return;
    if (wh.kind === "invalid") {
      this.add("error", "layer-whiteout-name", e.path, `"${key}" is a whiteout that names nothing ("${base}"); unpackers refuse it`);
      return;
    }
    if (wh.kind === "aufs-meta") {
      this.add("warning", "layer-whiteout-name", e.path, `"${key}" is an aufs metadata entry (".wh..wh." prefix), not an OCI whiteout`);
      return;
    }
    const what = wh.kind === "opaque" ? "opaque whiteout" : "whiteout";
    if (e.type !== "file" && e.type !== "hardlink") {
      this.add("error", "layer-whiteout-type", e.path, `${what} "${key}" is a ${e.type === "dir" ? "directory" : e.type}; whiteouts must be empty regular files`);
    } else if (e.type === "file" && e.size !== 0) {
      this.add("error", "layer-whiteout-type", e.path, `${what} "${key}" has ${e.size} bytes of content; whiteouts must be empty regular files`);
    }
  }
};

// src/validate/layer-check.ts
async function checkLayer(open, opts) {
  const rules = new LayerEntryRules();
  const tarIssues = [];
  const tar = new TarReader({ onEntry: (e) => rules.onEntry(e), onIssue: (i) => tarIssues.push(i) });
  const stored = createHash2(opts.digestAlgorithm);
  let size = 0;
  let unreadable;
  let skipped;
  const diffHash = createHash2(opts.diffIdAlgorithm);
  let decompressor;
  if (opts.compression !== "none") {
    const entry = COMPRESSION[opts.compression];
    if (entry.available()) decompressor = entry.decompressor();
    else skipped = `${opts.compression} layers cannot be decompressed on Node ${process.versions.node} (node:zlib has zstd from Node 22.15); its diff_id and tar entries were not checked`;
  }
  let failed;
  if (decompressor) {
    decompressor.on("data", (chunk) => {
      diffHash.update(chunk);
      tar.write(chunk);
    });
    decompressor.on("error", (e) => {
      failed ??= e;
    });
  }
  for await (const c of await open()) {
    const chunk = c;
    stored.update(chunk);
    size += chunk.length;
    if (opts.compression === "none") {
      if (opts.diffIdAlgorithm !== opts.digestAlgorithm) diffHash.update(chunk);
      tar.write(chunk);
    } else if (decompressor && !failed) {
      if (!decompressor.write(chunk) && !failed) {
        try {
          await once(decompressor, "drain");
        } catch {
        }
      }
    }
  }
  if (decompressor && !failed) {
    decompressor.end();
    try {
      await once(decompressor, "end");
    } catch {
    }
  }
  const digest = `${opts.digestAlgorithm}:${stored.digest("hex")}`;
  let diffId;
  if (failed) {
    unreadable = `the layer is not a readable ${opts.compression} stream: ${describeZlibError(failed)}`;
  } else if (!skipped) {
    if (opts.compression === "none" && opts.diffIdAlgorithm === opts.digestAlgorithm) diffId = digest;
    else diffId = `${opts.diffIdAlgorithm}:${diffHash.digest("hex")}`;
  }
  const summary = failed || skipped ? { entries: tar.entries } : tar.end();
  return {
    digest,
    size,
    diffId,
    unreadable,
    skipped,
    tarIssues: failed || skipped ? [] : tarIssues,
    entryIssues: skipped ? [] : rules.issues,
    suppressed: rules.suppressed(),
    entries: summary.entries,
    paths: rules.paths,
    unresolvedLinks: failed || skipped ? [] : rules.unresolvedLinks
  };
}
function describeZlibError(e) {
  const code = e.code;
  const msg = typeof e?.message === "string" ? e.message : errorMessage(e);
  return code && !msg.includes(code) ? `${msg} (${code})` : msg;
}

// src/validate/referrers-check.ts
import path3 from "node:path";
var IN_TOTO = "application/vnd.in-toto+json";
var CYCLONEDX = "application/vnd.cyclonedx+json";
async function readJson(dir, digest) {
  if (typeof digest !== "string") return void 0;
  const d = parseDigest(digest);
  if (!d) return void 0;
  let bytes;
  try {
    bytes = await readVerifiedFile(path3.join(dir, "blobs", d.algorithm, d.hex), digest, `blob ${digest}`, MAX_DOCUMENT_BYTES);
  } catch {
    return void 0;
  }
  try {
    return { bytes, doc: JSON.parse(bytes.toString("utf8")) };
  } catch {
    return { bytes, doc: void 0 };
  }
}
async function checkDocument(dir, m, subject, at, p) {
  const layer = Array.isArray(m.layers) && isObject(m.layers[0]) ? m.layers[0] : void 0;
  if (!layer || m.artifactType !== IN_TOTO && m.artifactType !== CYCLONEDX) return;
  const got = await readJson(dir, layer.digest);
  if (!got) return;
  const doc = got.doc;
  if (!isObject(doc)) {
    p.error(where(at, "layers[0]"), "referrer-document", `the ${m.artifactType} document is not a JSON object`);
    return;
  }
  if (m.artifactType === CYCLONEDX && doc.bomFormat !== "CycloneDX") {
    p.error(where(at, "layers[0]"), "referrer-document", 'the SBOM is not a CycloneDX document (bomFormat is not "CycloneDX")');
  }
  if (m.artifactType === IN_TOTO) {
    const hex = subject.slice(subject.indexOf(":") + 1);
    const subjects = Array.isArray(doc.subject) ? doc.subject : [];
    if (typeof doc._type !== "string" || !doc._type.startsWith("https://in-toto.io/Statement/")) {
      p.error(where(at, "layers[0]"), "referrer-document", "the provenance is not an in-toto statement (no https://in-toto.io/Statement/ _type)");
    } else if (!subjects.some((s) => isObject(s) && isObject(s.digest) && Object.values(s.digest).includes(hex))) {
      p.error(where(at, "layers[0]"), "referrer-document", `the in-toto statement's subjects do not include ${subject}, the manifest it is attached to`);
    }
  }
}
async function checkReferrers(dir, p) {
  let index;
  try {
    index = JSON.parse((await readCappedFile(path3.join(dir, "index.json"), "index.json", MAX_DOCUMENT_BYTES)).toString("utf8"));
  } catch {
    return;
  }
  const entries = isObject(index) && Array.isArray(index.manifests) ? index.manifests : [];
  for (const [i, d] of entries.entries()) {
    if (!isObject(d) || isObject(d.annotations) && d.annotations[REF_NAME] !== void 0 || d.mediaType !== MediaType.OciManifest) continue;
    const got = await readJson(dir, d.digest);
    if (!got || !isObject(got.doc) || !isObject(got.doc.subject)) continue;
    const m = got.doc;
    const subj = m.subject;
    const at = where("index.json", `manifests[${i}]`);
    const config = isObject(m.config) ? m.config : void 0;
    const artifactType = typeof m.artifactType === "string" ? m.artifactType : config?.mediaType !== MediaType.OciEmpty ? config?.mediaType : void 0;
    if (typeof artifactType !== "string") p.error(at, "referrer-artifact-type", "a referrer must say what it is: artifactType (or a config media type) is missing");
    if (typeof d.artifactType === "string" && typeof m.artifactType === "string" && d.artifactType !== m.artifactType) {
      p.error(where(at, "artifactType"), "referrer-artifact-type", `index.json says ${d.artifactType} but the manifest's artifactType is ${m.artifactType}`);
    }
    if (!Array.isArray(m.layers) || m.layers.length === 0) p.warn(where(at, "layers"), "referrer-no-layers", "the referrer has no layers: it carries no document");
    const subject = typeof subj.digest === "string" ? subj.digest : "";
    const target = await readJson(dir, subject);
    if (!target) {
      p.error(where(at, "subject"), "referrer-subject-missing", `the referrer's subject ${subject || "(no digest)"} is not in the layout; push cannot carry the referrer without it`);
      continue;
    }
    if (typeof subj.size === "number" && subj.size !== target.bytes.length) {
      p.error(where(at, "subject", "size"), "referrer-subject", `the subject is ${target.bytes.length} bytes, the descriptor says ${subj.size}`);
    }
    const declared = isObject(target.doc) && typeof target.doc.mediaType === "string" ? target.doc.mediaType : void 0;
    if (declared && subj.mediaType !== declared) p.error(where(at, "subject", "mediaType"), "referrer-subject", `the subject is a ${declared}, the descriptor says ${String(subj.mediaType)}`);
    await checkDocument(dir, m, subject, at, p);
  }
}

// src/validate/validate.ts
var MAX_DEPTH = 8;
var REF_NAME_RE = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
var DOCKER_SCHEMA1 = ["application/vnd.docker.distribution.manifest.v1+json", "application/vnd.docker.distribution.manifest.v1+prettyjws"];
async function validateLayout(target, opts = {}) {
  const problems = new Problems();
  const stats = { indexes: 0, manifests: 0, configs: 0, layers: 0, blobsHashed: 0, bytesHashed: 0 };
  try {
    let st;
    try {
      st = await fs2.stat(target);
    } catch (e) {
      const code = e.code;
      problems.error("", "layout-path", code === "ENOENT" ? `${target} does not exist` : `cannot read ${target}: ${code ?? errorMessage(e)}`);
    }
    let files;
    if (st?.isDirectory()) files = new FolderFiles(target, opts.index);
    else if (st?.isFile()) files = await openArchive(target, problems, opts.onProgress);
    else if (st) problems.error("", "layout-path", `${target} is neither a folder (an OCI layout) nor a file (an oci-archive)`);
    if (files !== void 0) {
      const v = new Validator(files, problems, opts, stats);
      await v.run();
      if (st?.isDirectory()) await checkReferrers(target, problems);
      stats.blobsHashed = v.blobs.hashedCount;
      stats.bytesHashed = v.blobs.bytesHashed;
    }
  } catch (e) {
    problems.error("", "validator", `validation stopped early: ${errorMessage(e)}`);
  }
  problems.flushSuppressed();
  return { valid: !problems.hasErrors(), problems: problems.list, stats };
}
var short = shortDigest;
function kindOf(v) {
  if (!isObject(v)) return "unknown";
  if (typeof v.mediaType === "string") {
    if (isIndex(v.mediaType)) return "index";
    if (isManifest(v.mediaType)) return "manifest";
  }
  if (Array.isArray(v.manifests)) return "index";
  if ("config" in v && "layers" in v) return "manifest";
  if ("rootfs" in v || "architecture" in v && "os" in v) return "config";
  return "unknown";
}
var KIND_NAME = { index: "an image index", manifest: "an image manifest", config: "an image config", unknown: "not an OCI document" };
var Validator = class {
  constructor(files, p, opts, stats) {
    this.files = files;
    this.p = p;
    this.opts = opts;
    this.stats = stats;
    this.blobs = new BlobStore(files, (digest, size) => opts.onProgress?.(`hashed ${digest} (${humanSize(size)})`));
  }
  files;
  p;
  opts;
  stats;
  blobs;
  docs = /* @__PURE__ */ new Map();
  visited = /* @__PURE__ */ new Set();
  manifestConfigs = /* @__PURE__ */ new Map();
  layers = /* @__PURE__ */ new Map();
  badDigestReported = /* @__PURE__ */ new Set();
  linkReported = /* @__PURE__ */ new Set();
  reached = /* @__PURE__ */ new Set();
  async run() {
    await this.checkLayoutFile();
    const blobs = await this.files.blobsFolder();
    if (blobs === "not-a-folder") this.p.error("blobs", "layout-blobs", "blobs is not a folder");
    else if (blobs === "missing") this.p.error("blobs", "layout-blobs", "the blobs folder is missing (a layout MUST have one, even if empty)");
    const index = await this.readTopJson("index.json", "layout-index");
    if (index === void 0) return;
    this.stats.indexes++;
    this.schema("ociIndex", index, "index.json", "index-schema");
    if (!isObject(index)) return;
    if (index.mediaType === void 0) this.p.warn("index.json", "media-type-missing", `no mediaType field (it SHOULD be ${MediaType.OciIndex})`);
    const manifests = Array.isArray(index.manifests) ? index.manifests : [];
    this.checkRefNames(manifests);
    let selected = manifests.map((d, i) => ({ d, i }));
    if (this.opts.ref !== void 0) {
      const ref = this.opts.ref;
      selected = selected.filter(({ d }) => isObject(d) && (isObject(d.annotations) && d.annotations[REF_NAME] === ref || d.digest === ref));
      if (selected.length === 0) {
        const names = manifests.map((d) => isObject(d) && isObject(d.annotations) ? d.annotations[REF_NAME] : void 0).filter((n) => typeof n === "string");
        this.p.error("index.json", "ref-not-found", `no image named "${ref}" in index.json; it has: ${names.join(", ") || "no named images"}`);
      }
    } else if (manifests.length === 0) {
      this.p.warn("index.json", "index-empty", "index.json lists no images");
    }
    for (const { d, i } of selected) await this.indexEntry(d, where("index.json", `manifests[${i}]`), 1);
    if (this.opts.ref === void 0) await this.countUnreferenced();
  }
  // ---- layout files -------------------------------------------------------------------------
  async checkLayoutFile() {
    const v = await this.readTopJson("oci-layout", "layout-oci-layout");
    if (v === void 0) return;
    if (isObject(v) && typeof v.imageLayoutVersion === "string" && v.imageLayoutVersion !== "1.0.0") {
      this.p.error("oci-layout", "layout-version", `imageLayoutVersion "${v.imageLayoutVersion}" is not supported (this validator knows 1.0.0)`);
      return;
    }
    this.schema("ociLayout", v, "oci-layout", "layout-oci-layout");
  }
  /** Reads oci-layout / index.json: a problem (and undefined) when missing or not JSON. */
  async readTopJson(name, rule) {
    let bytes;
    try {
      bytes = await this.files.readTop(name, MAX_DOCUMENT_BYTES);
    } catch (e) {
      const kind = e instanceof UserError ? e.kind : void 0;
      const what = name === "oci-layout" ? "oci-layout is missing: this is not an OCI image layout" : `${name} is missing: the layout lists no images`;
      if (kind === "not-found") this.p.error(name, rule, what);
      else if (kind === "too-large") this.p.error(name, rule, `${name} is more than ${humanSize(MAX_DOCUMENT_BYTES)}, too large to be a real ${name}`);
      else if (kind === "corrupt") this.p.error(name, rule, `${name} is not a regular file`);
      else this.p.error(name, rule, `cannot read ${name}: ${errorMessage(e)}`);
      return void 0;
    }
    const r = parseJson(bytes);
    if (!r.ok) {
      this.p.error(name, rule, `${name} cannot be parsed: ${r.error}`);
      return void 0;
    }
    for (const k of r.duplicateKeys) this.p.error(name, "json-duplicate-key", `key "${k}" appears twice; readers disagree on which one counts`);
    return r.value;
  }
  checkRefNames(manifests) {
    const seen = /* @__PURE__ */ new Map();
    manifests.forEach((d, i) => {
      if (!isObject(d) || !isObject(d.annotations)) return;
      const name = d.annotations[REF_NAME];
      if (typeof name !== "string") return;
      const at = where("index.json", `manifests[${i}]`, "annotations");
      if (!REF_NAME_RE.test(name)) this.p.warn(at, "ref-name", `ref name "${name}" does not follow the ref.name grammar (components of [A-Za-z0-9] joined by - . _ : @ + or --, separated by /)`);
      const first = seen.get(name);
      if (first !== void 0) this.p.warn(at, "ref-name-duplicate", `ref name "${name}" is also on manifests[${first}]; tools pick the first`);
      else seen.set(name, i);
    });
  }
  // ---- descriptors and blobs ----------------------------------------------------------------
  /** The checkable parts of a descriptor; undefined when its digest cannot be used (already reported by the schema, or an algorithm we cannot compute). */
  desc(raw, at) {
    if (!isObject(raw)) return void 0;
    const c = classifyDigest(raw.digest);
    if (c.kind === "invalid") return void 0;
    if (c.kind === "unknown-algorithm") {
      this.p.warn(at, "digest-algorithm", `digest algorithm "${c.algorithm}" is not one this validator can compute (sha256, sha512); the blob was not verified`);
      return void 0;
    }
    const d = {
      mediaType: typeof raw.mediaType === "string" ? raw.mediaType : void 0,
      digest: raw.digest,
      algorithm: c.algorithm,
      size: typeof raw.size === "number" && Number.isSafeInteger(raw.size) && raw.size >= 0 ? raw.size : void 0,
      raw
    };
    this.reached.add(d.digest);
    if (typeof raw.data === "string") this.checkData(d, raw.data, at);
    return d;
  }
  checkData(d, data, at) {
    const bytes = Buffer.from(data, "base64");
    const digest = `${d.algorithm}:${createHash3(d.algorithm).update(bytes).digest("hex")}`;
    if (digest !== d.digest) this.p.about(d.digest).error(where(at, "data"), "descriptor-data", `the embedded data hashes to ${digest}, not to the descriptor's digest`);
    else if (d.size !== void 0 && bytes.length !== d.size) this.p.about(d.digest).error(where(at, "data"), "descriptor-data", `the embedded data is ${bytes.length} bytes, the descriptor says ${d.size}`);
  }
  /** Is the blob there and as big as the descriptor says? Returns its real size. */
  async present(d, at, missingIsWarning = false) {
    const st = await this.blobs.stat(d.digest);
    if (!st.present) {
      if (missingIsWarning) this.p.about(d.digest).warn(at, "blob-missing-foreign", `the non-distributable layer ${d.digest} is not in the layout (${st.reason}); it is fetched from its urls`);
      else this.p.about(d.digest).error(at, "blob-missing", `blob ${d.digest} is missing: ${st.reason}`);
      return void 0;
    }
    if (d.size !== void 0 && d.size !== st.size) {
      this.p.about(d.digest).error(where(at, "size"), "descriptor-size", `size is ${d.size} but blob ${short(d.digest)} has ${st.size} bytes`);
    }
    return st.size;
  }
  digestMatches(d, computed, at) {
    if (computed === d.digest || this.badDigestReported.has(d.digest)) return;
    this.badDigestReported.add(d.digest);
    this.p.about(d.digest).error(at, "blob-digest", `the content of blob ${d.digest} hashes to ${computed}: the blob is corrupt or was changed`);
  }
  /** Verifies an opaque blob (unknown media type, artifact content): present, size, digest. */
  async opaque(d, at) {
    if (await this.present(d, at) === void 0) return;
    try {
      const r = await this.blobs.hash(d.digest, d.algorithm);
      this.digestMatches(d, r.digest, at);
    } catch (e) {
      this.p.about(d.digest).error(at, "blob-read", `cannot read blob ${d.digest}: ${errorMessage(e)}`);
    }
  }
  /** Reads a JSON document blob once: size, digest, UTF-8, JSON syntax, duplicate keys. */
  async document(d, at, what) {
    const size = await this.present(d, at);
    if (size === void 0) return void 0;
    let p = this.docs.get(d.digest);
    if (!p) {
      p = (async () => {
        if (size > MAX_DOCUMENT_BYTES) {
          this.p.about(d.digest).error(at, "document-too-large", `the ${what} blob is ${humanSize(size)}; a JSON document this large is not credible, so it was not parsed`);
          await this.opaque(d, at);
          return void 0;
        }
        let bytes;
        try {
          bytes = await this.blobs.read(d.digest);
        } catch (e) {
          this.p.about(d.digest).error(at, "blob-read", `cannot read blob ${d.digest}: ${errorMessage(e)}`);
          return void 0;
        }
        const computed = `${d.algorithm}:${createHash3(d.algorithm).update(bytes).digest("hex")}`;
        this.blobs.record(d.digest, { digest: computed, size: bytes.length });
        this.digestMatches(d, computed, at);
        const r = parseJson(bytes);
        if (!r.ok) {
          this.p.about(d.digest).error(at, "json-invalid", `the ${what} (${short(d.digest)}) cannot be parsed: ${r.error}`);
          return void 0;
        }
        for (const k of r.duplicateKeys) this.p.about(d.digest).error(at, "json-duplicate-key", `in the ${what}, key "${k}" appears twice; readers disagree on which one counts`);
        return r.value;
      })();
      this.docs.set(d.digest, p);
    }
    return p;
  }
  schema(name, doc, at, rule) {
    const issues = checkSchema(name, doc);
    for (const i of issues) this.p.error(where(at, ...i.path), rule, i.message);
    return issues;
  }
  // ---- indexes and manifests ----------------------------------------------------------------
  /** An entry of an index: a manifest, a nested index, or something we only verify. */
  async indexEntry(raw, at, depth) {
    const d = this.desc(raw, at);
    if (!d) return;
    const mt = d.mediaType;
    if (isIndex(mt)) await this.index(d, at, depth);
    else if (isManifest(mt)) await this.manifest(d, at, depth);
    else if (mt !== void 0 && DOCKER_SCHEMA1.includes(mt)) {
      this.p.warn(at, "docker-schema1", "Docker image manifest v2 schema 1 (deprecated): only its digest and size were checked");
      await this.opaque(d, at);
    } else {
      if (mt !== void 0) this.p.info(at, "unknown-media-type", `media type ${mt} is not an image index or manifest; only its digest and size were checked`);
      await this.opaque(d, at);
    }
  }
  async index(d, at, depth) {
    if (depth > MAX_DEPTH) {
      this.p.error(at, "index-depth", `indexes are nested more than ${MAX_DEPTH} deep; not followed further`);
      return;
    }
    const v = await this.document(d, at, "index");
    if (v === void 0) return;
    const kind = kindOf(v);
    if (kind !== "index") {
      this.p.about(d.digest).error(at, "media-type-mismatch", `the descriptor says ${d.mediaType} (an index) but the blob is ${KIND_NAME[kind]}`);
      if (kind === "manifest") await this.manifest({ ...d, mediaType: v.mediaType === MediaType.DockerManifest ? MediaType.DockerManifest : MediaType.OciManifest }, at, depth);
      return;
    }
    if (this.visited.has(d.digest)) return;
    this.visited.add(d.digest);
    this.stats.indexes++;
    const docker = d.mediaType === MediaType.DockerManifestList;
    if (docker) this.p.info(at, "docker-manifest-list", "Docker manifest list (v2 schema 2)");
    this.schema(docker ? "dockerManifestList" : "ociIndex", v, at, "index-schema");
    const idx = v;
    if (!docker && idx.mediaType === void 0) this.p.warn(at, "media-type-missing", "the index has no mediaType (it SHOULD be set)");
    const entries = Array.isArray(idx.manifests) ? idx.manifests : [];
    for (const [j, child] of entries.entries()) await this.indexEntry(child, where(at, `manifests[${j}]`), depth + 1);
    if (isObject(idx.subject)) await this.subject(idx.subject, where(at, "subject"));
  }
  async manifest(d, at, depth) {
    const v = await this.document(d, at, "manifest");
    if (v === void 0) return;
    const kind = kindOf(v);
    if (kind !== "manifest") {
      this.p.about(d.digest).error(at, "media-type-mismatch", `the descriptor says ${d.mediaType} (a manifest) but the blob is ${KIND_NAME[kind]}`);
      if (kind === "index") await this.index({ ...d, mediaType: v.mediaType === MediaType.DockerManifestList ? MediaType.DockerManifestList : MediaType.OciIndex }, at, depth + 1);
      return;
    }
    let cfg = this.manifestConfigs.get(d.digest);
    if (!cfg) {
      cfg = this.manifestBody(d, v, at);
      this.manifestConfigs.set(d.digest, cfg);
    }
    const config = await cfg;
    if (isObject(d.raw.platform) && config) this.comparePlatform(d.raw.platform, config, where(at, "platform"));
  }
  /** Checks a manifest's content once; returns its config (for platform checks). */
  async manifestBody(d, m, at) {
    this.stats.manifests++;
    const docker = d.mediaType === MediaType.DockerManifest;
    if (docker) this.p.info(at, "docker-manifest", "Docker v2 schema 2 manifest");
    this.schema(docker ? "dockerManifest" : "ociManifest", m, at, "manifest-schema");
    if (!docker && m.mediaType === void 0) this.p.warn(at, "media-type-missing", "the manifest has no mediaType (it SHOULD be set; some clients need it)");
    const mixed = /* @__PURE__ */ new Set();
    const noteMixed = (mt) => {
      if (mt === void 0 || mt === MediaType.OciEmpty) return;
      if (isDocker(mt) !== docker) mixed.add(mt);
    };
    let config;
    let image = false;
    const cAt = where(at, "config");
    const c = this.desc(m.config, cAt);
    if (c) {
      noteMixed(c.mediaType);
      if (c.mediaType !== void 0 && CONFIG_TYPES.includes(c.mediaType)) {
        image = true;
        config = await this.config(c, cAt);
      } else if (c.mediaType === MediaType.OciEmpty) {
        await this.empty(c, cAt);
      } else {
        this.p.info(cAt, "artifact", `config media type ${c.mediaType}: an artifact, not an image; its config and layers were checked as opaque blobs`);
        await this.opaque(c, cAt);
      }
      if (c.mediaType === MediaType.OciEmpty && typeof m.artifactType !== "string") {
        this.p.error(at, "manifest-artifact-type", "artifactType MUST be set when the config is the empty descriptor");
      }
    }
    const layers = Array.isArray(m.layers) ? m.layers : [];
    if (Array.isArray(m.layers) && layers.length === 0) this.p.warn(where(at, "layers"), "manifest-no-layers", "the manifest has no layers (it SHOULD have at least one)");
    const rootfs = config && isObject(config.rootfs) ? config.rootfs : void 0;
    const diffIds = rootfs && Array.isArray(rootfs.diff_ids) ? rootfs.diff_ids : void 0;
    if (image && config && diffIds && diffIds.length !== layers.length) {
      this.p.error(where(cAt, "rootfs", "diff_ids"), "config-diff-ids-count", `the config lists ${diffIds.length} diff_ids for ${layers.length} layers (one per layer, in order)`);
    }
    if (image && config && Array.isArray(config.history)) {
      const nonEmpty = config.history.filter((h) => !(isObject(h) && h.empty_layer === true)).length;
      if (nonEmpty !== layers.length) {
        this.p.warn(where(cAt, "history"), "config-history-count", `the config history has ${nonEmpty} entries that are not empty_layer for ${layers.length} layers`);
      }
    }
    const stack = [];
    for (const [j, raw] of layers.entries()) {
      const lAt = where(at, `layers[${j}]`);
      const l = this.desc(raw, lAt);
      if (!l) continue;
      noteMixed(l.mediaType);
      const comp = l.mediaType !== void 0 ? layerCompression(l.mediaType) : void 0;
      if (l.mediaType === MediaType.OciEmpty) {
        await this.empty(l, lAt);
        continue;
      }
      if (!image) {
        await this.opaque(l, lAt);
        continue;
      }
      if (comp === void 0) {
        this.p.warn(lAt, "layer-media-type", `media type ${l.mediaType} is not a layer type this validator knows; only its digest and size were checked`);
        await this.opaque(l, lAt);
        continue;
      }
      if (l.mediaType?.includes("nondistributable")) this.p.info(lAt, "layer-nondistributable", "non-distributable layer media types are deprecated (image-spec 1.1)");
      const expected = diffIds?.[j];
      const exp = classifyDigest(expected);
      const r = await this.layer(l, lAt, comp, exp.kind === "supported" ? exp.algorithm : "sha256");
      if (!r) continue;
      if (r.diffId !== void 0 && exp.kind === "supported" && r.diffId !== expected) {
        this.p.about(l.digest).error(where(cAt, "rootfs", `diff_ids[${j}]`), "config-diff-id", `diff_id is ${expected} but layers[${j}] uncompressed hashes to ${r.diffId}`);
      }
      stack.push({ r, at: lAt, digest: l.digest });
    }
    this.checkLinks(stack);
    if (mixed.size) this.p.warn(at, "mixed-media-types", `a ${docker ? "Docker" : "OCI"} manifest refers to ${docker ? "OCI" : "Docker"} media types (${[...mixed].join(", ")}); some registries and runtimes refuse mixed manifests`);
    if (isObject(m.subject)) await this.subject(m.subject, where(at, "subject"));
    return config;
  }
  async config(c, at) {
    const v = await this.document(c, at, "config");
    if (v === void 0) return void 0;
    const kind = kindOf(v);
    if (kind === "index" || kind === "manifest") {
      this.p.about(c.digest).error(at, "media-type-mismatch", `the descriptor says ${c.mediaType} (a config) but the blob is ${KIND_NAME[kind]}`);
      return void 0;
    }
    if (!this.visited.has(c.digest)) {
      this.visited.add(c.digest);
      this.stats.configs++;
      this.schema("imageConfig", v, at, "config-schema");
    }
    return isObject(v) ? v : void 0;
  }
  async empty(d, at) {
    const v = await this.document(d, at, "empty descriptor");
    if (v !== void 0 && !(isObject(v) && Object.keys(v).length === 0)) {
      this.p.warn(at, "empty-descriptor", `media type ${MediaType.OciEmpty} promises the content {}, but the blob holds something else`);
    }
  }
  /** A subject points at another image (referrers); it usually is not in the layout. */
  async subject(raw, at) {
    const d = this.desc(raw, at);
    if (!d) return;
    const st = await this.blobs.stat(d.digest);
    if (!st.present) {
      this.p.info(at, "subject-missing", `the subject ${short(d.digest)} is not in the layout (it may live in the registry)`);
      return;
    }
    await this.opaque(d, at);
  }
  comparePlatform(p, cfg, at) {
    const fields = ["os", "architecture", "variant", "os.version"];
    const diffs = [];
    for (const f of fields) {
      const a = p[f];
      const b = cfg[f];
      if (typeof a === "string" && typeof b === "string" && a !== b) diffs.push(`${f} "${a}" but the config says "${b}"`);
    }
    if (diffs.length) this.p.error(at, "platform-mismatch", `the platform says ${diffs.join(", and ")}`);
  }
  // ---- layers -------------------------------------------------------------------------------
  async layer(l, at, comp, diffAlg) {
    const foreign = l.mediaType !== void 0 && isForeignLayer(l.mediaType) && Array.isArray(l.raw.urls) && l.raw.urls.length > 0;
    const size = await this.present(l, at, foreign);
    if (size === void 0) return void 0;
    const key = `${l.digest}|${comp}|${diffAlg}`;
    let p = this.layers.get(key);
    if (p) return p;
    p = (async () => {
      this.stats.layers++;
      this.opts.onProgress?.(`checking layer ${short(l.digest)} (${humanSize(size)})`);
      let r;
      const known = this.opts.verified?.get(l.digest);
      if (known && known.size === size) {
        return { digest: l.digest, size, diffId: known.diffId, tarIssues: [], entryIssues: [], suppressed: [], entries: 0, paths: /* @__PURE__ */ new Map(), unresolvedLinks: [] };
      }
      try {
        r = await checkLayer(() => this.blobs.open(l.digest), { compression: comp, digestAlgorithm: l.algorithm, diffIdAlgorithm: diffAlg });
      } catch (e) {
        this.p.about(l.digest).error(at, "blob-read", `cannot read blob ${l.digest}: ${errorMessage(e)}`);
        return void 0;
      }
      this.blobs.record(l.digest, { digest: r.digest, size: r.size });
      this.digestMatches(l, r.digest, at);
      const about = this.p.about(l.digest);
      if (r.unreadable) about.error(at, "layer-unreadable", r.unreadable);
      if (r.skipped) about.warn(at, "layer-zstd-unchecked", r.skipped);
      for (const i of r.tarIssues) this.tarIssue(i, at, about);
      for (const i of r.entryIssues) about.add(i.severity, where(at, `entry "${i.entry}"`), i.rule, i.message);
      for (const s of r.suppressed) about.info(at, s.rule, `${s.count} more entries break this rule; not listed`);
      return r;
    })();
    this.layers.set(key, p);
    return p;
  }
  tarIssue(i, at, about) {
    const severity = ["truncated-padding", "no-end-marker", "ignored-size"].includes(i.kind) ? "warning" : i.kind === "trailing-data" ? "info" : "error";
    const rule = severity === "error" ? "layer-tar" : "layer-tar-end";
    about.add(severity, i.path ? where(at, `entry "${i.path}"`) : at, i.kind === "ignored-size" ? "layer-tar" : rule, `tar: ${i.message}`);
  }
  /**
   * Hard links whose target is not earlier in their layer must find it in a lower layer: the
   * nearest lower layer that has the path decides what it is. Linear: only paths some link
   * targets are looked at, each distinct layer is matched against them once (from its smaller
   * side), and the stack is walked once keeping the nearest type of each target.
   */
  checkLinks(stack) {
    const targets = /* @__PURE__ */ new Set();
    for (const { r } of stack) for (const link of r.unresolvedLinks) targets.add(link.target);
    if (targets.size === 0) return;
    const hitsOf = /* @__PURE__ */ new Map();
    const hits = (r) => {
      let h = hitsOf.get(r);
      if (!h) {
        h = [];
        if (r.paths.size <= targets.size) {
          for (const [p, t] of r.paths) if (targets.has(p)) h.push([p, t]);
        } else {
          for (const p of targets) {
            const t = r.paths.get(p);
            if (t !== void 0) h.push([p, t]);
          }
        }
        hitsOf.set(r, h);
      }
      return h;
    };
    const nearest = /* @__PURE__ */ new Map();
    for (const { r, at, digest } of stack) {
      for (const link of r.unresolvedLinks) {
        const type = nearest.get(link.target);
        if (type !== void 0 && type !== "dir") continue;
        const key = `${digest}\0${link.entry}`;
        if (this.linkReported.has(key)) continue;
        this.linkReported.add(key);
        if (type === "dir") this.p.about(digest).error(where(at, `entry "${link.entry}"`), "layer-hardlink-dir", `hard link "${link.entry}" points at "${link.target}", a directory of a lower layer (hard links to directories are not allowed)`, at);
        else this.p.about(digest).error(where(at, `entry "${link.entry}"`), "layer-hardlink-target", `hard link target "${link.target}" is neither earlier in this layer nor in a lower layer`, at);
      }
      for (const [p, t] of hits(r)) nearest.set(p, t);
    }
  }
  // ---- garbage ------------------------------------------------------------------------------
  async countUnreferenced() {
    let n = 0;
    let bytes = 0;
    for (const b of await this.files.listBlobs()) {
      if (this.reached.has(b.digest)) continue;
      n++;
      bytes += b.size;
    }
    if (n) this.p.info("blobs", "unreferenced-blobs", `${n} blob${n === 1 ? " is" : "s are"} not referenced from index.json (${humanSize(bytes)}; allowed, but garbage)`);
  }
};

export {
  formatProblem,
  validateLayout
};
