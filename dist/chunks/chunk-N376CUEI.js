import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  RegistryClient
} from "./chunk-SP237IYY.js";
import {
  formatReference
} from "./chunk-GDDSSVQK.js";
import {
  isForeignLayer,
  shortDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/model/registry-destination.ts
import { Readable } from "node:stream";
function lazyReadable(open, onSourceError) {
  let inner;
  const out = new Readable({
    read() {
      if (inner) {
        inner.resume();
        return;
      }
      open().then(
        (s) => {
          inner = s;
          s.on("data", (c) => {
            if (!out.push(c)) s.pause();
          });
          s.once("end", () => out.push(null));
          s.once("error", (e) => {
            onSourceError(e);
            out.destroy(e);
          });
        },
        (e) => {
          onSourceError(e);
          out.destroy(e);
        }
      );
    },
    destroy(err, cb) {
      inner?.destroy();
      cb(err);
    }
  });
  return out;
}
var RegistryDestination = class {
  constructor(ref, opts = {}) {
    this.ref = ref;
    this.opts = opts;
    this.name = formatReference(ref);
    this.location = { registry: ref.registry, repository: ref.repository };
    if (opts.client) this.clientPromise = Promise.resolve(opts.client);
  }
  ref;
  opts;
  name;
  location;
  concurrency = 3;
  clientPromise;
  /** Extra pull scopes for repositories blobs are mounted from. */
  mountScopes = /* @__PURE__ */ new Set();
  client() {
    this.clientPromise ??= RegistryClient.open(this.ref.registry, this.opts);
    return this.clientPromise;
  }
  /** Declares the repositories blobs may be mounted from, so the token asks for all scopes at once. */
  addMountSources(repositories) {
    for (const r of repositories) if (r !== this.ref.repository) this.mountScopes.add(r);
  }
  scopes() {
    return [`repository:${this.ref.repository}:pull,push`, ...[...this.mountScopes].map((s) => `repository:${s}:pull`)];
  }
  async hasBlob(desc) {
    if (isForeignLayer(desc.mediaType)) return true;
    const c = await this.client();
    return await c.headBlob(this.ref.repository, desc.digest, this.scopes()) !== void 0;
  }
  async hasManifest(desc) {
    const c = await this.client();
    const got = await c.headManifest(this.ref.repository, desc.digest, this.scopes());
    return got !== void 0 && got.digest === desc.digest;
  }
  async putBlob(desc, open, o = {}) {
    if (isForeignLayer(desc.mediaType)) return "exists";
    if (o.mountFrom) this.addMountSources([o.mountFrom]);
    const c = await this.client();
    let sourceError;
    const failed = (e) => sourceError ??= e;
    return c.pushBlob(
      this.ref.repository,
      desc,
      {
        open: (start, end) => {
          if (end <= start) return Readable.from([]);
          if (start === 0 && end === desc.size) return lazyReadable(open, failed);
          if (!o.openRange) throw new UserError(`internal: ranged read of ${shortDigest(desc.digest)} from a stream source`);
          const range = o.openRange;
          return lazyReadable(() => range(start, end), failed);
        }
      },
      {
        scopes: this.scopes(),
        mountFrom: o.mountFrom,
        chunkThreshold: o.openRange ? this.opts.chunkThreshold : Number.MAX_SAFE_INTEGER,
        chunkSize: this.opts.chunkSize,
        onProgress: o.onProgress
      }
    ).catch((e) => {
      throw sourceError instanceof UserError ? sourceError : e;
    });
  }
  async putManifest(doc, o) {
    const c = await this.client();
    const { digest, mediaType } = doc.descriptor;
    const refs = o.tags.length ? o.tags : [digest];
    for (const r of refs) await c.putManifest(this.ref.repository, r, doc.bytes, mediaType, this.scopes());
  }
  async commit() {
  }
  async abort() {
  }
  async close() {
    if (this.clientPromise && !this.opts.client) (await this.clientPromise.catch(() => void 0))?.close();
    this.clientPromise = void 0;
  }
};

export {
  RegistryDestination
};
