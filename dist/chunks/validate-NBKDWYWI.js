import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  formatProblem,
  validateLayout
} from "./chunk-7NNFJVB5.js";
import "./chunk-T54QEYBR.js";
import "./chunk-ZL7SEONU.js";
import "./chunk-KBR43FTS.js";
import "./chunk-G2QEMWTQ.js";
import "./chunk-S37OTTBW.js";
import "./chunk-CCQRFRUT.js";
import "./chunk-ODBDDFK3.js";
import "./chunk-S5NN2QBC.js";
export {
  formatProblem,
  validateLayout
};
