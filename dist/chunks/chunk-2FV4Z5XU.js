import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  CREATED,
  MediaType,
  REF_NAME,
  TITLE,
  sha256
} from "./chunk-ODBDDFK3.js";

// src/supply/referrer.ts
var EMPTY_JSON = Buffer.from("{}");
var EMPTY_DESCRIPTOR = { mediaType: MediaType.OciEmpty, digest: sha256(EMPTY_JSON), size: EMPTY_JSON.length };
function subjectOf(d) {
  return { mediaType: d.mediaType, digest: d.digest, size: d.size };
}
function artifactManifest(artifactType, document, subject, created) {
  return {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType,
    config: EMPTY_DESCRIPTOR,
    layers: [document],
    subject: subjectOf(subject),
    annotations: { [CREATED]: created }
  };
}
async function attachToLayout(layout, artifactType, bytes, title, subject, created) {
  await layout.writeBlob(MediaType.OciEmpty, EMPTY_JSON);
  const document = { ...await layout.writeBlob(artifactType, bytes), annotations: { [TITLE]: title } };
  const manifest = artifactManifest(artifactType, document, subject, created);
  const { descriptor } = await layout.writeJson(MediaType.OciManifest, manifest);
  const listed = { ...descriptor, artifactType, annotations: { [CREATED]: created } };
  layout.setRefs(listed, []);
  return { manifest: listed, document };
}
async function layoutReferrers(layout, subjects) {
  const index = await layout.readIndex();
  const out = [];
  for (const d of index.manifests ?? []) {
    if (d.annotations?.[REF_NAME] !== void 0 || d.mediaType !== MediaType.OciManifest || !d.artifactType) continue;
    if (!await layout.hasBlob(d.digest)) continue;
    const manifest = await layout.readJsonBlob(d.digest);
    if (!manifest.subject || subjects && !subjects.has(manifest.subject.digest)) continue;
    out.push({ descriptor: d, manifest });
  }
  return out;
}

export {
  attachToLayout,
  layoutReferrers
};
