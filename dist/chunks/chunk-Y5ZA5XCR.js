import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  checkPlatform
} from "./chunk-OXIAN2M3.js";
import {
  parseJson
} from "./chunk-CWK6A6PN.js";
import {
  MAX_DOCUMENT_BYTES,
  layerCompression,
  readCappedFile,
  readVerifiedBlob,
  readVerifiedBytes,
  requireDigest
} from "./chunk-GDYRYPG4.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/unpack/layer-stream.ts
import { createHash } from "node:crypto";
import { PassThrough, Transform, pipeline } from "node:stream";
import zlib from "node:zlib";

// src/unpack/layout-read.ts
import path from "node:path";
var REF_NAME = "org.opencontainers.image.ref.name";
function malformed(msg) {
  return new UserError(msg, 1, { kind: "malformed" });
}
function blobFile(layoutDir, digest, where) {
  const d = requireDigest(digest, where);
  const i = d.indexOf(":");
  return path.join(layoutDir, "blobs", d.slice(0, i), d.slice(i + 1));
}
function checkDescriptor(raw, where) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw malformed(`${where} is not a descriptor (an object)`);
  const r = raw;
  const digest = requireDigest(r.digest, where);
  if (typeof r.size !== "number" || !Number.isSafeInteger(r.size) || r.size < 0) throw malformed(`${where}: the size ${JSON.stringify(r.size)} is not a byte count; the layout is malformed`);
  if (r.mediaType !== void 0 && typeof r.mediaType !== "string") throw malformed(`${where}: mediaType is not a string; the layout is malformed`);
  const d = { ...r, digest, size: r.size };
  if (r.platform !== void 0) d.platform = checkPlatform(r.platform, where);
  if (r.annotations !== void 0) {
    const a = r.annotations;
    if (typeof a !== "object" || a === null || Array.isArray(a) || !Object.values(a).every((v) => typeof v === "string")) {
      throw malformed(`${where}: annotations must map strings to strings; the layout is malformed`);
    }
  }
  return d;
}
function parse(bytes, what) {
  const r = parseJson(bytes);
  if (!r.ok) throw malformed(`${what} cannot be read: ${r.error}`);
  return r.value;
}
async function readLayoutIndex(layoutDir) {
  const file = path.join(layoutDir, "index.json");
  const v = parse(await readCappedFile(file, "the layout index (index.json)", MAX_DOCUMENT_BYTES), file);
  const manifests = v?.manifests;
  if (!Array.isArray(manifests)) throw malformed(`${file} has no manifests list; it is not a valid OCI layout`);
  return manifests.map((m, i) => checkDescriptor(m, `${file} manifests[${i}]`));
}
async function resolveLayoutRef(layoutDir, ref) {
  const manifests = await readLayoutIndex(layoutDir);
  if (manifests.length === 0) throw new UserError(`the OCI layout ${layoutDir} has no images (index.json lists none)`, 1, { kind: "not-found" });
  const names = manifests.map((m) => m.annotations?.[REF_NAME]).filter((n) => !!n);
  if (ref === void 0) {
    if (manifests.length === 1) return manifests[0];
    throw new UserError(`the OCI layout ${layoutDir} holds ${manifests.length} images; choose one with --ref (${names.join(", ") || "none named"})`, 1, { kind: "input", field: "ref" });
  }
  const found = manifests.find((m) => m.annotations?.[REF_NAME] === ref || m.digest === ref);
  if (!found) throw new UserError(`no image named "${ref}" in the OCI layout ${layoutDir}; it has: ${names.join(", ") || "no named images"}`, 1, { kind: "not-found", field: "ref" });
  return found;
}
async function readLayoutDocument(layoutDir, desc, what) {
  const file = blobFile(layoutDir, desc.digest, `the ${what}'s descriptor`);
  const bytes = await readVerifiedBytes(file, { digest: desc.digest, size: desc.size }, `the ${what} ${desc.digest}`);
  return parse(bytes, `the ${what} ${desc.digest} in ${layoutDir}`);
}
function openLayoutBlob(layoutDir, desc, what) {
  return readVerifiedBlob(blobFile(layoutDir, desc.digest, what), { digest: desc.digest, size: desc.size }, what);
}

// src/unpack/layer-stream.ts
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
function zstdDecompressAvailable() {
  return typeof zlib.createZstdDecompress === "function";
}
function checkLayerSupported(desc, index) {
  const compression = layerCompression(desc.mediaType);
  if (compression === void 0) {
    throw new UserError(`layer ${index + 1} (${desc.digest}) has media type "${desc.mediaType}", which is not a filesystem layer; cannot unpack it`);
  }
  if (compression === "zstd" && !zstdDecompressAvailable()) {
    throw new UserError(`layer ${index + 1} (${desc.digest}) is zstd-compressed, which needs Node.js 22.15 or newer (this is ${process.version})`);
  }
}
function openLayerTar(layout, desc, diffId, label = `layer blob ${desc.digest}`) {
  const compression = layerCompression(desc.mediaType);
  const blob = new Meter(algorithmOf(desc.digest));
  const tar = new Meter(algorithmOf(diffId));
  let decompress;
  if (compression === "gzip") decompress = zlib.createGunzip();
  else if (compression === "zstd") decompress = zlib.createZstdDecompress();
  else decompress = new PassThrough();
  const out = pipeline(openLayoutBlob(layout.dir, desc, label), blob, decompress, tar, () => {
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

export {
  checkDescriptor,
  resolveLayoutRef,
  readLayoutDocument,
  zstdDecompressAvailable,
  checkLayerSupported,
  openLayerTar
};
