import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  copyImage
} from "./chunk-QFKBXV4K.js";
import {
  RegistryImageSource
} from "./chunk-TB6QQ2BM.js";
import {
  RegistryDestination
} from "./chunk-N376CUEI.js";
import {
  RegistryClient
} from "./chunk-SP237IYY.js";
import {
  formatReference,
  parseReference
} from "./chunk-GDDSSVQK.js";
import {
  verifyDocument
} from "./chunk-ZTXNH7V2.js";
import {
  configPlatform,
  platformString
} from "./chunk-ESWPBDHS.js";
import {
  MediaType,
  isIndex,
  isManifest,
  sha256
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/image/merge.ts
async function readSource(source, spec) {
  const top = await source.readDocument(await source.resolve());
  const mt = top.descriptor.mediaType;
  if (isIndex(mt)) throw new UserError(`source ${spec} is an index, not a single-platform image; give each platform's image digest`, 1, { kind: "input", field: "sources" });
  if (!isManifest(mt)) throw new UserError(`source ${spec} is a ${mt}, not an image manifest`, 1, { kind: "input", field: "sources" });
  const config = await source.readDocument(top.doc.config);
  return { spec, source, manifest: top, platform: configPlatform(config.doc, `source ${spec} config`) };
}
async function mergeImages(tags, sources, opts) {
  const log = opts.logger;
  if (tags.length === 0) throw new UserError("merge needs at least one --tag for the index", 2, { kind: "usage", field: "tags" });
  if (sources.length === 0) throw new UserError("merge needs the images to join, as repo@sha256:\u2026 (one per platform)", 2, { kind: "usage", field: "sources" });
  const targets = tags.map((t) => parseReference(t));
  const refs = sources.map((s) => {
    const r = parseReference(s);
    if (!r.digest) throw new UserError(`source ${s} must name an image by digest (repo@sha256:\u2026), as the build step's "image" output does`, 2, { kind: "usage", field: "sources" });
    return r;
  });
  const registry = targets[0].registry;
  for (const r of [...targets, ...refs]) {
    if (r.registry !== registry) throw new UserError(`merge works within one registry: ${formatReference(r)} is not on ${registry}`, 2, { kind: "usage", field: "tags" });
  }
  for (const t of targets) if (!t.tag) throw new UserError(`--tag ${formatReference(t)} needs a tag`, 2, { kind: "usage", field: "tags" });
  const client = await RegistryClient.open(registry, opts);
  try {
    const images = [];
    for (const [i, r] of refs.entries()) images.push(await readSource(new RegistryImageSource(r, { client }), sources[i]));
    const seen = /* @__PURE__ */ new Map();
    for (const img of images) {
      const p = platformString(img.platform);
      if (seen.has(p)) throw new UserError(`sources ${seen.get(p)} and ${img.spec} are both ${p}; give one image per platform`, 1, { kind: "input", field: "sources" });
      seen.set(p, img.spec);
    }
    const index = {
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: images.map((img) => ({ mediaType: img.manifest.descriptor.mediaType, digest: img.manifest.descriptor.digest, size: img.manifest.bytes.length, platform: img.platform }))
    };
    const bytes = Buffer.from(JSON.stringify(index), "utf8");
    const indexDoc = verifyDocument(bytes, { mediaType: MediaType.OciIndex, digest: sha256(bytes), size: bytes.length }, "the merged index");
    const digest = indexDoc.descriptor.digest;
    const pushed = [];
    for (const t of targets) {
      const dest = new RegistryDestination(t, { client });
      dest.addMountSources(images.map((i) => i.source.ref.repository));
      for (const img of images) {
        if (img.source.ref.repository === t.repository) continue;
        const r = await copyImage(img.source, dest, { tags: [], logger: { info: (m) => log.debug(m), debug: (m) => log.debug(m) } });
        log.debug(`${t.repository}: ${img.spec}: ${r.pushed} pushed, ${r.mounted} mounted, ${r.skipped} present`);
      }
      await dest.putManifest(indexDoc, { tags: [t.tag] });
      pushed.push(formatReference(t));
      log.info(`pushed index ${digest} to ${formatReference(t)} (${images.map((i) => platformString(i.platform)).join(", ")})`);
    }
    return {
      digest,
      mediaType: MediaType.OciIndex,
      size: bytes.length,
      tags: pushed,
      manifests: images.map((img) => ({ source: img.spec, digest: img.manifest.descriptor.digest, platform: platformString(img.platform) }))
    };
  } finally {
    client.close();
  }
}

export {
  mergeImages
};
