import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  mergeImages
} from "./chunks/chunk-XRE6DRNM.js";
import {
  repositoryOf,
  summaryCode,
  summaryText
} from "./chunks/chunk-MIWT6U6C.js";
import "./chunks/chunk-QFKBXV4K.js";
import {
  group,
  listInput,
  registryInputs,
  runAction,
  setOutput,
  summary
} from "./chunks/chunk-AMKFJD35.js";
import "./chunks/chunk-HC4RTRIB.js";
import "./chunks/chunk-KJ43VL5J.js";
import "./chunks/chunk-SAE2HFOO.js";
import "./chunks/chunk-TB6QQ2BM.js";
import "./chunks/chunk-N376CUEI.js";
import "./chunks/chunk-SP237IYY.js";
import "./chunks/chunk-GDDSSVQK.js";
import "./chunks/chunk-ZTXNH7V2.js";
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
