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
  formatReference,
  manifestReference
} from "./chunk-GDDSSVQK.js";
import {
  verifyDocument
} from "./chunk-ZTXNH7V2.js";
import {
  MAX_DOCUMENT_BYTES,
  isIndex,
  isManifest,
  requireDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/model/registry-source.ts
var RegistryImageSource = class {
  constructor(ref, opts = {}) {
    this.ref = ref;
    this.opts = opts;
    this.name = formatReference(ref);
    this.location = { registry: ref.registry, repository: ref.repository };
    this.scopes = [`repository:${ref.repository}:pull`];
    if (opts.client) this.clientPromise = Promise.resolve(opts.client);
  }
  ref;
  opts;
  name;
  location;
  clientPromise;
  scopes;
  client() {
    this.clientPromise ??= RegistryClient.open(this.ref.registry, this.opts);
    return this.clientPromise;
  }
  /** Redacts secrets out of a UserError's message, keeping its kind and field. */
  async redact(fn) {
    const c = await this.client();
    try {
      return await fn(c);
    } catch (e) {
      throw c.secrets.redactError(e);
    }
  }
  async resolve() {
    return this.redact(async (c) => {
      const m = await c.getManifest(this.ref.repository, manifestReference(this.ref), this.scopes);
      const desc = { mediaType: m.mediaType, digest: requireDigest(m.digest, this.name), size: m.bytes.length };
      this.fetched.set(desc.digest, m.bytes);
      return desc;
    });
  }
  fetched = /* @__PURE__ */ new Map();
  async readDocument(desc) {
    const digest = requireDigest(desc.digest, this.name);
    if (desc.size !== void 0 && desc.size > MAX_DOCUMENT_BYTES) {
      throw new UserError(`${this.name}: ${digest} is ${desc.size} bytes, more than the ${MAX_DOCUMENT_BYTES} a document may have`, 1, { kind: "too-large" });
    }
    const cached = this.fetched.get(digest);
    if (cached) {
      this.fetched.delete(digest);
      return verifyDocument(cached, desc, this.name);
    }
    return this.redact(async (c) => {
      if (isIndex(desc.mediaType) || isManifest(desc.mediaType) || !desc.mediaType) {
        const m = await c.getManifest(this.ref.repository, digest, this.scopes);
        return verifyDocument(m.bytes, { ...desc, mediaType: desc.mediaType || m.mediaType }, this.name);
      }
      const parts = [];
      for await (const chunk of await c.openBlobStream(this.ref.repository, { digest, size: desc.size }, this.scopes)) parts.push(chunk);
      return verifyDocument(Buffer.concat(parts), desc, this.name);
    });
  }
  async openBlob(desc) {
    const digest = requireDigest(desc.digest, this.name);
    return this.redact((c) => c.openBlobStream(this.ref.repository, { digest, size: desc.size }, this.scopes));
  }
  async close() {
    if (this.clientPromise && !this.opts.client) (await this.clientPromise.catch(() => void 0))?.close();
    this.clientPromise = void 0;
  }
};

export {
  RegistryImageSource
};
