import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  checkPlatform,
  isAttestationEntry
} from "./chunk-ESWPBDHS.js";
import {
  MediaType,
  isIndex,
  isManifest,
  parseDigest,
  requireDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/model/document.ts
import { createHash } from "node:crypto";
function malformed(msg, field) {
  return new UserError(msg, 1, { kind: "malformed", field });
}
function digestOf(bytes, digest) {
  const alg = parseDigest(digest)?.algorithm ?? "sha256";
  return `${alg}:${createHash(alg).update(bytes).digest("hex")}`;
}
function verifyDocument(bytes, desc, where) {
  const digest = requireDigest(desc.digest, where);
  const what = `${where}: ${digest}`;
  if (desc.size !== void 0 && bytes.length !== desc.size) {
    throw new UserError(`${what} is ${bytes.length} bytes, its descriptor says ${desc.size}`, 1, { kind: "corrupt" });
  }
  const got = digestOf(bytes, digest);
  if (got !== digest) throw new UserError(`${what} hashes to ${got}; refusing it`, 1, { kind: "corrupt" });
  let doc;
  try {
    doc = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw malformed(`${what} is not valid JSON`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw malformed(`${what} is not a JSON object`);
  const declared = doc.mediaType;
  if (declared !== void 0 && typeof declared !== "string") throw malformed(`${what}: its mediaType is not a string`, "mediaType");
  let mediaType = desc.mediaType;
  if (declared && mediaType && declared !== mediaType) throw malformed(`${what}: the descriptor says ${mediaType} but the document says ${declared}`, "mediaType");
  if (!mediaType) mediaType = declared || (doc.manifests ? MediaType.OciIndex : MediaType.OciManifest);
  if (isIndex(mediaType) && !Array.isArray(doc.manifests)) throw malformed(`${what} is an index without a manifests list`);
  if (isManifest(mediaType)) {
    const m = doc;
    if (m.schemaVersion !== 2 || typeof m.config !== "object" || m.config === null || !Array.isArray(m.layers)) {
      throw malformed(`${what} is not a schema 2 image manifest (it needs config and layers)`);
    }
    checkDescriptor(m.config, `${what} config`);
    m.layers.forEach((l, i) => checkDescriptor(l, `${what} layers[${i}]`));
  }
  return { descriptor: { ...desc, mediaType, size: bytes.length }, bytes, doc };
}
function checkDescriptor(raw, where) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw malformed(`${where} is not a descriptor (an object)`);
  const r = raw;
  const digest = requireDigest(r.digest, where);
  if (typeof r.size !== "number" || !Number.isSafeInteger(r.size) || r.size < 0) throw malformed(`${where}: the size ${JSON.stringify(r.size)} is not a byte count; the image is malformed`, "size");
  if (r.mediaType !== void 0 && typeof r.mediaType !== "string") throw malformed(`${where}: mediaType is not a string; the image is malformed`, "mediaType");
  const d = { ...r, digest, size: r.size };
  if (r.platform !== void 0) d.platform = checkPlatform(r.platform, where);
  if (r.annotations !== void 0) {
    const a = r.annotations;
    if (typeof a !== "object" || a === null || Array.isArray(a) || !Object.values(a).every((v) => typeof v === "string")) {
      throw malformed(`${where}: annotations must map strings to strings; the image is malformed`);
    }
  }
  return d;
}
function indexEntries(index, where) {
  return index.doc.manifests.map((m, i) => {
    const { platform } = checkDescriptor(m, `${where}: entry ${i + 1} of the index`);
    return { descriptor: m, platform, attestation: isAttestationEntry({ platform, annotations: m.annotations }) };
  });
}

export {
  verifyDocument,
  indexEntries
};
