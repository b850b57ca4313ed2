import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  indexEntries
} from "./chunk-ZTXNH7V2.js";
import {
  hostLinuxPlatform,
  hostPlatform,
  platformMatches,
  platformString
} from "./chunk-ESWPBDHS.js";
import {
  isIndex,
  isManifest
} from "./chunk-ODBDDFK3.js";

// src/model/platforms.ts
function imageEntries(index, where, o = {}) {
  return indexEntries(index, where).filter((e) => !e.attestation && (isManifest(e.descriptor.mediaType) || !!o.nested && isIndex(e.descriptor.mediaType)));
}
function pickPlatform(entries, want, o = {}) {
  for (const w of want) {
    const found = entries.find((e) => e.platform && platformMatches(w, e.platform));
    if (found) return found;
  }
  return o.onlyOne && entries.length === 1 ? entries[0] : void 0;
}
function entriesFor(entries, w) {
  return entries.filter((e) => e.platform && platformMatches(w, e.platform));
}
function platformList(entries) {
  return entries.map((e) => e.platform ? platformString(e.platform) : "unknown").join(", ");
}
function enginePlatforms() {
  const host = hostPlatform();
  const linux = hostLinuxPlatform();
  return host.os === "windows" ? [host, linux] : [linux];
}

export {
  imageEntries,
  pickPlatform,
  entriesFor,
  platformList,
  enginePlatforms
};
