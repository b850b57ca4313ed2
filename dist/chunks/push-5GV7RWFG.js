import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  pushLayout
} from "./chunk-B5QD3C4I.js";
import "./chunk-Q5NIKG2B.js";
import "./chunk-2FV4Z5XU.js";
import "./chunk-QFKBXV4K.js";
import "./chunk-SAE2HFOO.js";
import "./chunk-N376CUEI.js";
import "./chunk-SP237IYY.js";
import "./chunk-BW2MMCKN.js";
import "./chunk-WCOFHWLI.js";
import "./chunk-GDDSSVQK.js";
import "./chunk-ZTXNH7V2.js";
import "./chunk-ESWPBDHS.js";
import "./chunk-S37OTTBW.js";
import "./chunk-ODBDDFK3.js";
import "./chunk-S5NN2QBC.js";
export {
  pushLayout
};
