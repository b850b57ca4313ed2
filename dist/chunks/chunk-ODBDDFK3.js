import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/oci/mediatypes.ts
var MediaType = {
  OciIndex: "application/vnd.oci.image.index.v1+json",
  OciManifest: "application/vnd.oci.image.manifest.v1+json",
  OciConfig: "application/vnd.oci.image.config.v1+json",
  OciLayer: "application/vnd.oci.image.layer.v1.tar",
  OciLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  OciLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  OciLayerNondist: "application/vnd.oci.image.layer.nondistributable.v1.tar",
  OciLayerNondistGzip: "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
  OciLayerNondistZstd: "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd",
  OciEmpty: "application/vnd.oci.empty.v1+json",
  DockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  DockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  DockerConfig: "application/vnd.docker.container.image.v1+json",
  DockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  DockerForeignLayerGzip: "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip"
};
var INDEX_TYPES = [MediaType.OciIndex, MediaType.DockerManifestList];
var MANIFEST_TYPES = [MediaType.OciManifest, MediaType.DockerManifest];
var CONFIG_TYPES = [MediaType.OciConfig, MediaType.DockerConfig];
function isIndex(mediaType) {
  return mediaType !== void 0 && INDEX_TYPES.includes(mediaType);
}
function isManifest(mediaType) {
  return mediaType !== void 0 && MANIFEST_TYPES.includes(mediaType);
}
function isDocker(mediaType) {
  return mediaType !== void 0 && mediaType.startsWith("application/vnd.docker.");
}
function layerCompression(mediaType) {
  switch (mediaType) {
    case MediaType.OciLayer:
    case MediaType.OciLayerNondist:
    case "application/vnd.docker.image.rootfs.diff.tar":
      return "none";
    case MediaType.OciLayerGzip:
    case MediaType.OciLayerNondistGzip:
    case MediaType.DockerLayerGzip:
    case MediaType.DockerForeignLayerGzip:
      return "gzip";
    case MediaType.OciLayerZstd:
    case MediaType.OciLayerNondistZstd:
    case "application/vnd.docker.image.rootfs.diff.tar.zstd":
      return "zstd";
    default:
      return void 0;
  }
}
function layerMediaType(compression) {
  return compression === "gzip" ? MediaType.OciLayerGzip : compression === "zstd" ? MediaType.OciLayerZstd : MediaType.OciLayer;
}
function isForeignLayer(mediaType) {
  return mediaType.includes("nondistributable") || mediaType === MediaType.DockerForeignLayerGzip;
}

// src/oci/digest.ts
import { createHash } from "node:crypto";
var SHA256_RE = /^sha256:[a-f0-9]{64}$/;
var SHA512_RE = /^sha512:[a-f0-9]{128}$/;
var DIGEST_GRAMMAR = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function shortDigest(d) {
  const colon = d.indexOf(":");
  return d.length > colon + 13 ? d.slice(0, colon + 13) + "\u2026" : d;
}
function sha256(data) {
  return "sha256:" + createHash("sha256").update(data).digest("hex");
}
function parseDigest(digest) {
  if (SHA256_RE.test(digest)) return { algorithm: "sha256", hex: digest.slice(7) };
  if (SHA512_RE.test(digest)) return { algorithm: "sha512", hex: digest.slice(7) };
  return void 0;
}
function requireDigest(value, where) {
  if (typeof value === "string" && parseDigest(value)) return value;
  const shown = typeof value === "string" ? JSON.stringify(value.length > 80 ? value.slice(0, 80) + "\u2026" : value) : typeof value;
  throw new UserError(`${where}: ${shown} is not a valid digest (sha256:<64 hex> or sha512:<128 hex>); the data is malformed`, 1, { kind: "malformed", field: "digest" });
}

// src/layout/blob-read.ts
import { constants, promises as fs } from "node:fs";
import { createHash as createHash2 } from "node:crypto";
import { Readable } from "node:stream";
var MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
var CHUNK = 1024 * 1024;
function corrupt(what, msg) {
  return new UserError(`${what} ${msg}; the layout is corrupt`, 1, { kind: "corrupt" });
}
async function openRegularFile(file, what) {
  let fh;
  try {
    fh = await fs.open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") throw corrupt(what, `at ${file} is a symlink, not a file`);
    if (code === "ENOENT") throw new UserError(`${what} is missing (${file}); the layout is incomplete`, 1, { kind: "not-found" });
    throw new UserError(`${what}: cannot open ${file}: ${e.message}`, 1, { kind: "io" });
  }
  const st = await fh.stat();
  if (!st.isFile()) {
    await fh.close();
    throw corrupt(what, `at ${file} is not a regular file`);
  }
  return fh;
}
async function* readBounded(file, size, what) {
  const fh = await openRegularFile(file, what);
  let total = 0;
  try {
    for (; ; ) {
      const want = Math.min(CHUNK, size - total + 1);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await fh.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > size) throw corrupt(what, `is larger than its descriptor's ${size} bytes`);
      yield bytesRead === want ? buf : buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}
function readVerifiedBlob(file, want, what = `blob ${want.digest}`) {
  const d = parseDigest(want.digest);
  if (!d) throw new UserError(`${what}: "${want.digest}" is not a valid digest`, 1, { kind: "malformed", field: "digest" });
  async function* read() {
    const hash = createHash2(d.algorithm);
    let total = 0;
    for await (const chunk of readBounded(file, want.size, what)) {
      total += chunk.length;
      hash.update(chunk);
      yield chunk;
    }
    if (total !== want.size) throw corrupt(what, `is ${total} bytes, its descriptor says ${want.size}`);
    if (`${d.algorithm}:${hash.digest("hex")}` !== want.digest) throw corrupt(what, "does not match its digest");
  }
  return Readable.from(read(), { objectMode: false });
}
async function readVerifiedBytes(file, want, what = `blob ${want.digest}`, max = MAX_DOCUMENT_BYTES) {
  if (!Number.isSafeInteger(want.size) || want.size < 0) throw new UserError(`${what}: its descriptor's size ${want.size} is not a valid size`, 1, { kind: "malformed" });
  if (want.size > max) throw new UserError(`${what} is ${want.size} bytes, more than the ${max} a document may have`, 1, { kind: "too-large" });
  const parts = [];
  for await (const c of readVerifiedBlob(file, want, what)) parts.push(c);
  return Buffer.concat(parts);
}
async function readVerifiedFile(file, digest, what = `blob ${digest}`, max = MAX_DOCUMENT_BYTES) {
  const fh = await openRegularFile(file, what);
  let size;
  try {
    size = (await fh.stat()).size;
  } finally {
    await fh.close();
  }
  return readVerifiedBytes(file, { digest, size }, what, max);
}
async function readCappedFile(file, what, max = MAX_DOCUMENT_BYTES) {
  const fh = await openRegularFile(file, what);
  try {
    const st = await fh.stat();
    if (st.size > max) throw new UserError(`${what} (${file}) is ${st.size} bytes, more than the ${max} allowed`, 1, { kind: "too-large" });
    const buf = Buffer.alloc(Math.min(max + 1, st.size + 1));
    let n = 0;
    for (; ; ) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n > max) throw new UserError(`${what} (${file}) grew past the ${max} bytes allowed`, 1, { kind: "too-large" });
      if (n === buf.length) break;
    }
    return buf.subarray(0, n);
  } finally {
    await fh.close();
  }
}

// src/oci/annotations.ts
var OCI_IMAGE_PREFIX = "org.opencontainers.image.";
var REF_NAME = `${OCI_IMAGE_PREFIX}ref.name`;
var CREATED = `${OCI_IMAGE_PREFIX}created`;
var TITLE = `${OCI_IMAGE_PREFIX}title`;
var SOURCE = `${OCI_IMAGE_PREFIX}source`;
var URL = `${OCI_IMAGE_PREFIX}url`;
var REVISION = `${OCI_IMAGE_PREFIX}revision`;
var VERSION = `${OCI_IMAGE_PREFIX}version`;
var BASE_NAME = `${OCI_IMAGE_PREFIX}base.name`;
var BASE_DIGEST = `${OCI_IMAGE_PREFIX}base.digest`;
var CONTAINERD_NAME = "io.containerd.image.name";
var DOCKER_REFERENCE_TYPE = "vnd.docker.reference.type";
var DOCKER_REFERENCE_DIGEST = "vnd.docker.reference.digest";

export {
  MediaType,
  CONFIG_TYPES,
  isIndex,
  isManifest,
  isDocker,
  layerCompression,
  layerMediaType,
  isForeignLayer,
  DIGEST_GRAMMAR,
  shortDigest,
  sha256,
  parseDigest,
  requireDigest,
  MAX_DOCUMENT_BYTES,
  openRegularFile,
  readBounded,
  readVerifiedBlob,
  readVerifiedBytes,
  readVerifiedFile,
  readCappedFile,
  OCI_IMAGE_PREFIX,
  REF_NAME,
  CREATED,
  TITLE,
  SOURCE,
  URL,
  REVISION,
  VERSION,
  BASE_NAME,
  BASE_DIGEST,
  CONTAINERD_NAME,
  DOCKER_REFERENCE_TYPE,
  DOCKER_REFERENCE_DIGEST
};
