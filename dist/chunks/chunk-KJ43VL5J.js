import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);

// src/util/fields.ts
var FIELDS = {
  archive: { flag: "--archive", input: "archive" },
  base: { flag: "--base", input: "base" },
  context: { flag: "CONTEXT", input: "context" },
  dest: { flag: "--dest", input: "dest" },
  destination: { flag: "DEST", input: "tags" },
  entrypoint: { flag: "--entrypoint", input: "entrypoint" },
  cmd: { flag: "--cmd", input: "cmd" },
  layout: { flag: "LAYOUT", input: "layout" },
  load: { flag: "--load", input: "load" },
  output: { flag: "--output", input: "output" },
  password: { flag: "--password-stdin", input: "password" },
  platforms: { flag: "--platform", input: "platforms" },
  ref: { flag: "--ref", input: "layout" },
  refs: { flag: "REF", input: "tags" },
  source: { flag: "SOURCE", input: "source" },
  sources: { flag: "SOURCE", input: "sources" },
  sourcePassword: { flag: "--src-password-stdin", input: "source-password" },
  sourceUsername: { flag: "--src-username", input: "source-username" },
  tags: { flag: "--tag", input: "tags" },
  user: { flag: "--user", input: "user" },
  username: { flag: "--username", input: "username" },
  workdir: { flag: "--workdir", input: "workdir" }
};
function flagSuffix(field) {
  const f = field ? FIELDS[field] : void 0;
  return f ? ` (${f.flag})` : "";
}
function inputSuffix(field) {
  const f = field ? FIELDS[field] : void 0;
  return f ? ` (input "${f.input}")` : "";
}

// src/util/heap.ts
import v8 from "node:v8";
function boundYoungGeneration() {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

export {
  flagSuffix,
  inputSuffix,
  boundYoungGeneration
};
