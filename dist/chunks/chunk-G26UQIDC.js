import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  writeArchive
} from "./chunk-7IY3LMRQ.js";
import {
  RegistryImageSource
} from "./chunk-TB6QQ2BM.js";
import {
  RegistryDestination
} from "./chunk-N376CUEI.js";
import {
  dockerRepoTag,
  writeDockerArchive
} from "./chunk-4EH3YF2U.js";
import {
  LayoutImageSource
} from "./chunk-BW2MMCKN.js";
import {
  LayoutWriter,
  pickIndexEntry
} from "./chunk-WCOFHWLI.js";
import {
  parseReference
} from "./chunk-GDDSSVQK.js";
import {
  verifyDocument
} from "./chunk-ZTXNH7V2.js";
import {
  OciArchiveReader
} from "./chunk-ZL7SEONU.js";
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
    const { path: path3, ref: ref2 } = splitRef(text.slice(4));
    if (!path3) throw fail("give a folder: oci:DIR[:REF]");
    return { transport: "oci", dir: path3, ref: ref2, text };
  }
  if (text.startsWith("oci-archive:")) {
    const { path: path3, ref: ref2 } = splitRef(text.slice(12));
    if (!path3) throw fail("give a file: oci-archive:FILE[:REF]");
    return { transport: "oci-archive", file: path3, ref: ref2, text };
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

// src/model/archive.ts
import { promises as fs2 } from "node:fs";
import path from "node:path";

// src/model/layout-destination.ts
import { createHash } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
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
      await fs.rm(tmp, { force: true });
      if (e instanceof UserError) throw e;
      if (e.syscall) throw fsError(e, tmp, `writing blob ${digest} into ${this.dir}`);
      throw e;
    }
    const got = `${parseDigest(digest).algorithm}:${hash.digest("hex")}`;
    if (n !== desc.size || got !== digest) {
      await fs.rm(tmp, { force: true });
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
      await fs.writeFile(tmp, doc.bytes);
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
      const parent = path.dirname(path.resolve(this.file));
      let dir;
      try {
        dir = await fs2.mkdtemp(path.join(parent, `.${path.basename(this.file)}.layout-`));
      } catch (e) {
        throw fsError(e, parent, `writing ${this.name}`, "destination");
      }
      return { dir, dest: new LayoutDestination(path.join(dir, "layout"), this.name) };
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
    if (i) await fs2.rm(i.dir, { recursive: true, force: true });
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
import { randomBytes } from "node:crypto";
import { promises as fs3 } from "node:fs";
import path2 from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
var DockerArchiveDestination = class {
  /**
   * `file` is the archive to write; `name` (NAME:TAG, from `docker-archive:FILE:NAME:TAG`) names
   * the image, and plain tags copy passes are tags of its repository.
   */
  constructor(file, imageName) {
    this.file = file;
    this.imageName = imageName;
    this.name = `docker-archive:${file}`;
    const target = path2.resolve(file);
    this.stage = path2.join(path2.dirname(target), `.${path2.basename(target)}.blobs-${randomBytes(6).toString("hex")}`);
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
    return path2.join(this.stage, `${alg}-${hex}`);
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
        await fs3.mkdir(this.stage, { mode: 448 });
        this.created = true;
      }
      const tmp = `${file}.part`;
      await pipeline2(await open(), (await fs3.open(tmp, "w", 384)).createWriteStream());
      await fs3.rename(tmp, file);
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
    const configBytes = await readVerifiedBytes(this.blobPath(manifest.config), manifest.config, `image config ${manifest.config.digest}`);
    let config;
    try {
      config = JSON.parse(configBytes.toString("utf8"));
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
    if (this.created) await fs3.rm(this.stage, { recursive: true, force: true });
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
  parseImageName,
  openImageSource,
  openImageDestination
};
