import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  openImageSource,
  parseImageName
} from "./chunk-G26UQIDC.js";
import "./chunk-7IY3LMRQ.js";
import "./chunk-VXXBAIRV.js";
import "./chunk-TB6QQ2BM.js";
import "./chunk-N376CUEI.js";
import "./chunk-SP237IYY.js";
import "./chunk-4EH3YF2U.js";
import "./chunk-6XK72JNS.js";
import "./chunk-BW2MMCKN.js";
import "./chunk-WCOFHWLI.js";
import "./chunk-GDDSSVQK.js";
import "./chunk-ZTXNH7V2.js";
import "./chunk-ESWPBDHS.js";
import "./chunk-ZL7SEONU.js";
import "./chunk-KBR43FTS.js";
import "./chunk-G2QEMWTQ.js";
import "./chunk-S37OTTBW.js";
import "./chunk-CCQRFRUT.js";
import "./chunk-ODBDDFK3.js";
import "./chunk-S5NN2QBC.js";

// src/image/open-source.ts
function openSource(spec, registry = {}) {
  const source = openImageSource(parseImageName(spec, "base"), registry, "base");
  return Object.assign(source, { mountFrom: source.location });
}
export {
  openSource
};
