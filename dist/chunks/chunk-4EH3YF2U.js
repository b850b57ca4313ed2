import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  TRAILER,
  encodeHeader,
  padding
} from "./chunk-6XK72JNS.js";
import {
  DEFAULT_TAG,
  DOCKER_HUB,
  parseReference
} from "./chunk-GDDSSVQK.js";
import {
  COMPRESSION,
  requireLayerReadable
} from "./chunk-CCQRFRUT.js";
import {
  MAX_DOCUMENT_BYTES,
  requireDigest
} from "./chunk-ODBDDFK3.js";
import {
  UsageError,
  UserError,
  fsError
} from "./chunk-S5NN2QBC.js";

// src/model/docker-archive.ts
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
var MAX_TAR_ENTRY = 8589934591;
function dockerRepoTag(ref) {
  const r = parseReference(ref);
  if (r.tag === void 0) throw new UsageError(`"${ref}" names a digest; an image loaded into docker or podman needs a tag, like app:1.0`, "tags");
  let name = `${r.registry}/${r.repository}`;
  if (r.registry === DOCKER_HUB) name = r.repository.startsWith("library/") ? r.repository.slice("library/".length) : r.repository;
  return `${name}:${r.tag ?? DEFAULT_TAG}`;
}
function blobName(digest, where) {
  const [alg, hex] = requireDigest(digest, where).split(":");
  return `blobs/${alg}/${hex}`;
}
var FIXED = { uid: 0, gid: 0, mtime: 0 };
function dirEntry(name) {
  return {
    name,
    async *chunks() {
      yield encodeHeader({ ...FIXED, name, type: "dir", mode: 493, size: 0 });
    }
  };
}
function bytesEntry(name, bytes) {
  return {
    name,
    async *chunks() {
      yield encodeHeader({ ...FIXED, name, type: "file", mode: 420, size: bytes.length });
      yield bytes;
      yield Buffer.alloc(padding(bytes.length));
    }
  };
}
async function* streamEntry(name, size, stream, what) {
  yield encodeHeader({ ...FIXED, name, type: "file", mode: 420, size });
  let n = 0;
  for await (const chunk of stream) {
    n += chunk.length;
    if (n > size) throw new UserError(`${what} grew past its ${size} bytes while being archived`, 1, { kind: "corrupt" });
    yield chunk;
  }
  if (n !== size) throw new UserError(`${what} is ${n} bytes, expected ${size}`, 1, { kind: "corrupt" });
  yield Buffer.alloc(padding(size));
}
function blobEntry(name, image, desc, what) {
  return { name, chunks: () => streamEntry(name, desc.size, image.openBlob(desc), what) };
}
function zstdEntry(name, image, desc, diffId, scratchDir, what) {
  return {
    name,
    async *chunks() {
      const tmp = path.join(scratchDir, `.oci-bundle-layer-${randomBytes(6).toString("hex")}.tar`);
      try {
        const alg = diffId.split(":")[0];
        const hash = createHash(alg);
        const decompress = COMPRESSION.zstd.decompressor();
        const fh = await fs.open(tmp, "wx", 384);
        let size = 0;
        try {
          await pipeline(image.openBlob(desc), decompress, async (tar) => {
            for await (const c of tar) {
              const chunk = c;
              hash.update(chunk);
              size += chunk.length;
              await fh.write(chunk);
            }
          });
        } finally {
          await fh.close();
        }
        const got = `${alg}:${hash.digest("hex")}`;
        if (got !== diffId) throw new UserError(`${what} does not match the image config: its uncompressed content is ${got}, rootfs.diff_ids says ${diffId}`, 1, { kind: "corrupt" });
        if (size > MAX_TAR_ENTRY) throw new UserError(`${what} is ${size} bytes uncompressed, more than a docker-archive entry can hold`, 1, { kind: "too-large" });
        yield* streamEntry(name, size, createReadStream(tmp), what);
      } catch (e) {
        if (e instanceof UserError) throw e;
        if (e.syscall) throw fsError(e, scratchDir, "re-encoding a zstd layer for docker");
        throw new UserError(`${what} is not valid zstd: ${e.message}`, 1, { kind: "corrupt" });
      } finally {
        await fs.rm(tmp, { force: true });
      }
    }
  };
}
async function configBytes(image) {
  const desc = image.manifest.config;
  if (!Number.isSafeInteger(desc.size) || desc.size < 0 || desc.size > MAX_DOCUMENT_BYTES) {
    throw new UserError(`the image config ${desc.digest} has size ${desc.size}, more than the ${MAX_DOCUMENT_BYTES} bytes a config may have`, 1, { kind: "too-large" });
  }
  const parts = [];
  for await (const c of image.openBlob(desc)) parts.push(c);
  return Buffer.concat(parts);
}
async function* dockerArchiveChunks(image, repoTags, scratchDir, stats) {
  const { manifest, config } = image;
  const diffIds = config.rootfs?.diff_ids;
  if (!Array.isArray(diffIds) || diffIds.length !== manifest.layers.length) {
    throw new UserError(`the image has ${manifest.layers.length} layers but its config lists ${Array.isArray(diffIds) ? diffIds.length : "no"} diff_ids; the image is malformed`, 1, { kind: "malformed" });
  }
  const entries = /* @__PURE__ */ new Map();
  const configName = blobName(manifest.config.digest, "the manifest's config");
  const layerNames = [];
  let reencoded = 0;
  for (const [i, desc] of manifest.layers.entries()) {
    const what = `layer ${i + 1} (${requireDigest(desc.digest, `layer ${i + 1} of the manifest`)})`;
    const diffId = requireDigest(diffIds[i], `diff_id ${i + 1} of the image config`);
    const compression = requireLayerReadable(desc.mediaType, what, " docker can load");
    if (compression === "zstd") {
      const name = blobName(diffId, what);
      layerNames.push(name);
      if (!entries.has(name)) entries.set(name, zstdEntry(name, image, desc, diffId, scratchDir, what));
      reencoded++;
    } else {
      const name = blobName(desc.digest, what);
      layerNames.push(name);
      if (!entries.has(name)) entries.set(name, blobEntry(name, image, desc, what));
    }
  }
  const tags = [...new Set(repoTags.map(dockerRepoTag))];
  const cfg = await configBytes(image);
  entries.set(configName, bytesEntry(configName, cfg));
  for (const name of [...entries.keys()]) {
    const dir = name.slice(0, name.lastIndexOf("/") + 1);
    if (!entries.has(dir)) entries.set(dir, dirEntry(dir));
  }
  entries.set("blobs/", dirEntry("blobs/"));
  const doc = [{ Config: configName, RepoTags: tags, Layers: layerNames }];
  entries.set("manifest.json", bytesEntry("manifest.json", Buffer.from(JSON.stringify(doc) + "\n")));
  const names = [...entries.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  for (const name of names) yield* entries.get(name).chunks();
  yield TRAILER;
  if (stats) stats.reencoded = reencoded;
}
async function writeDockerArchive(image, file, repoTags) {
  const target = path.resolve(file);
  const st = await fs.stat(target).catch(() => void 0);
  if (st?.isDirectory()) throw new UserError(`${file} is a folder; give a file name for the docker-archive, such as image.tar`, 1, { kind: "input" });
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.tmp-${randomBytes(6).toString("hex")}`);
  const stats = { reencoded: 0 };
  let fh;
  let size = 0;
  try {
    fh = await fs.open(tmp, "wx", 420);
    for await (const chunk of dockerArchiveChunks(image, repoTags, dir, stats)) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await fh.close();
    fh = void 0;
    await fs.rename(tmp, target);
  } catch (e) {
    await fh?.close().catch(() => {
    });
    await fs.rm(tmp, { force: true });
    if (e instanceof UserError) throw e;
    throw fsError(e, file, "writing the docker-archive");
  }
  return { size, repoTags: [...new Set(repoTags.map(dockerRepoTag))], imageId: image.manifest.config.digest, reencoded: stats.reencoded };
}

export {
  dockerRepoTag,
  dockerArchiveChunks,
  writeDockerArchive
};
