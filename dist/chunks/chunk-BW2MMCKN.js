import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  OciLayout
} from "./chunk-WCOFHWLI.js";
import {
  verifyDocument
} from "./chunk-ZTXNH7V2.js";
import {
  MAX_DOCUMENT_BYTES,
  openRegularFile,
  readVerifiedBlob,
  readVerifiedBytes,
  requireDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError,
  fsError
} from "./chunk-S5NN2QBC.js";

// src/model/layout-source.ts
import { promises as fs } from "node:fs";
async function requireLayout(dir, field) {
  if (await OciLayout.isLayout(dir)) return;
  try {
    await fs.access(dir);
  } catch (e) {
    throw fsError(e, dir, "reading the OCI layout", field);
  }
  throw new UserError(`${dir} is not an OCI image layout (it has no oci-layout file)`, 1, { kind: "input", field });
}
var LayoutImageSource = class {
  /**
   * `ref`: the index.json entry (its ref.name, or a digest); undefined: the only one.
   * `pinned`: the entry already resolved by the caller (e.g. with tag hints), used as is.
   */
  constructor(dir, ref, pinned, naming) {
    this.ref = ref;
    this.pinned = pinned;
    this.naming = naming;
    this.layout = new OciLayout(dir);
    this.name = `oci:${dir}${ref ? ":" + ref : ""}`;
  }
  ref;
  pinned;
  naming;
  name;
  layout;
  async resolve() {
    if (this.pinned) return this.pinned;
    await requireLayout(this.layout.dir);
    const desc = await this.layout.resolveRef(this.ref, [], this.naming);
    requireDigest(desc.digest, `${this.layout.dir}/index.json`);
    return desc;
  }
  async readDocument(desc) {
    const digest = requireDigest(desc.digest, this.name);
    const bytes = await readVerifiedBytes(this.layout.blobPath(digest), { digest, size: desc.size }, `${this.name}: blob ${digest}`, MAX_DOCUMENT_BYTES);
    return verifyDocument(bytes, desc, this.name);
  }
  async openBlob(desc) {
    return this.blobStream(desc);
  }
  /** openBlob at once (the stream fails on its first read when the blob is bad); `what` names it in messages. */
  blobStream(desc, what) {
    const digest = requireDigest(desc.digest, what ?? this.name);
    return readVerifiedBlob(this.layout.blobPath(digest), { digest, size: desc.size }, what ?? `${this.name}: blob ${digest}`);
  }
  async openBlobRange(desc, start, end) {
    const digest = requireDigest(desc.digest, this.name);
    const what = `${this.name}: blob ${digest}`;
    const fh = await openRegularFile(this.layout.blobPath(digest), what);
    const { size } = await fh.stat();
    if (size !== desc.size) {
      await fh.close();
      throw new UserError(`${what} is ${size} bytes, its descriptor says ${desc.size}; the layout is corrupt`, 1, { kind: "corrupt" });
    }
    return fh.createReadStream({ start, end: end - 1, autoClose: true });
  }
  async close() {
  }
};

export {
  requireLayout,
  LayoutImageSource
};
