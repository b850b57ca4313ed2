import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  REGISTRY_FLAGS,
  REGISTRY_HELP,
  registryOptions
} from "./chunk-4IIFJ5PN.js";
import {
  parse
} from "./chunk-RQUCLO55.js";
import {
  mergeImages
} from "./chunk-XRE6DRNM.js";
import "./chunk-QFKBXV4K.js";
import "./chunk-SAE2HFOO.js";
import "./chunk-TB6QQ2BM.js";
import "./chunk-N376CUEI.js";
import "./chunk-SP237IYY.js";
import "./chunk-GDDSSVQK.js";
import "./chunk-ZTXNH7V2.js";
import "./chunk-ESWPBDHS.js";
import {
  stderrLogger
} from "./chunk-S37OTTBW.js";
import "./chunk-ODBDDFK3.js";
import {
  UsageError
} from "./chunk-S5NN2QBC.js";

// src/cli/merge.ts
var summary = "join single-platform images (repo@sha256:\u2026) into one multi-platform index";
var HELP = `Usage: oci-bundle merge --tag REF [--tag REF...] SOURCE... [options]

Reads the platform of each SOURCE (a single-platform image pushed by digest, repo@sha256:\u2026, e.g.
one per matrix job) from its config and pushes one OCI image index naming them all under every
--tag. Blobs are mounted across repositories of the same registry.

Options:
  --tag REF                  where to push the index (repeatable, at least one)
  --json                     print {digest, mediaType, size, tags, manifests} on stdout
${REGISTRY_HELP}`;
async function run(argv) {
  const { values, positionals } = parse(argv, { tag: { type: "string", multiple: true }, json: { type: "boolean" }, ...REGISTRY_FLAGS }, "merge");
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const tags = values.tag ?? [];
  if (tags.length === 0) throw new UsageError("merge: give at least one --tag for the index");
  if (positionals.length === 0) throw new UsageError("merge: give the images to join, as repo@sha256:\u2026 (one per platform)");
  const reg = await registryOptions(values, "merge");
  const result = await mergeImages(tags, positionals, { ...reg, logger: stderrLogger });
  process.stdout.write(values.json ? JSON.stringify(result, null, 2) + "\n" : result.digest + "\n");
  return 0;
}
export {
  run,
  summary
};
