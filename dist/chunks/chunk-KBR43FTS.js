import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);

// src/tar/entry-path.ts
function cleanEntryPath(name) {
  if (name.includes("\0")) return void 0;
  const out = [];
  for (const p of name.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (out.length === 0) return void 0;
      out.pop();
      continue;
    }
    out.push(p);
  }
  return out;
}

export {
  cleanEntryPath
};
