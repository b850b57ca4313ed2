import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  mergeImages
} from "./chunks/chunk-4CBKMYXN.js";
import {
  repositoryOf,
  summaryCode,
  summaryText
} from "./chunks/chunk-YT3UNLP5.js";
import {
  group,
  listInput,
  registryInputs,
  runAction,
  setOutput,
  summary
} from "./chunks/chunk-IMBMK4BE.js";
import "./chunks/chunk-UURSCLTD.js";
import "./chunks/chunk-WEVMFMJ5.js";
import "./chunks/chunk-HC4RTRIB.js";
import "./chunks/chunk-F7DJEHPN.js";
import "./chunks/chunk-R4F2VUVR.js";
import "./chunks/chunk-TF3KOHCS.js";
import "./chunks/chunk-NJ2EJLCE.js";
import "./chunks/chunk-5OT6ZM4B.js";

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
