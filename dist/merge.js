import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  mergeImages
} from "./chunks/chunk-STRP523J.js";
import {
  repositoryOf,
  summaryCode,
  summaryText
} from "./chunks/chunk-DKTWIDWS.js";
import {
  group,
  listInput,
  registryInputs,
  runAction,
  setOutput,
  summary
} from "./chunks/chunk-AMKFJD35.js";
import "./chunks/chunk-KJ43VL5J.js";
import "./chunks/chunk-HC4RTRIB.js";
import "./chunks/chunk-2UK675TX.js";
import "./chunks/chunk-6S4CYM5G.js";
import "./chunks/chunk-SAE2HFOO.js";
import "./chunks/chunk-OKXZQMDJ.js";
import "./chunks/chunk-ZTXNH7V2.js";
import "./chunks/chunk-HKXR72EX.js";
import "./chunks/chunk-ESWPBDHS.js";
import "./chunks/chunk-S37OTTBW.js";
import "./chunks/chunk-ODBDDFK3.js";
import "./chunks/chunk-S5NN2QBC.js";

// src/action/merge.ts
async function main() {
  const registry = registryInputs();
  const tags = listInput("tags");
  const sources = listInput("sources");
  const result = await group("merge", () => mergeImages(tags, sources, { ...registry, logger: registry.logger }));
  setOutput("digest", result.digest);
  setOutput("image", `${repositoryOf(result.tags[0])}@${result.digest}`);
  await summary.addHeading("oci-bundle merge", 2).addTable([
    [{ data: "digest", header: true }, summaryCode(result.digest)],
    [{ data: "tags", header: true }, result.tags.map(summaryCode).join("<br>")],
    ...result.manifests.map((m) => [{ data: summaryText(m.platform), header: true }, summaryCode(m.digest)])
  ]).write();
}
void runAction(main);
