import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  repositoryOf,
  summaryCode,
  summaryText
} from "./chunks/chunk-YT3UNLP5.js";
import {
  group,
  input,
  listInput,
  registryInputs,
  runAction,
  setOutput,
  summary
} from "./chunks/chunk-IMBMK4BE.js";
import "./chunks/chunk-UURSCLTD.js";
import "./chunks/chunk-HC4RTRIB.js";
import {
  pushLayout
} from "./chunks/chunk-GI2QH2U4.js";
import "./chunks/chunk-NHFOM4W7.js";
import "./chunks/chunk-YO2YFIW5.js";
import "./chunks/chunk-KDXMICER.js";
import "./chunks/chunk-F7DJEHPN.js";
import "./chunks/chunk-R4F2VUVR.js";
import "./chunks/chunk-TF3KOHCS.js";
import "./chunks/chunk-NJ2EJLCE.js";
import {
  UserError
} from "./chunks/chunk-5OT6ZM4B.js";

// src/action/push.ts
async function main() {
  const registry = registryInputs();
  const layout = input("layout");
  if (!layout) throw new UserError(`input "layout" is required: the build step's "layout" output`);
  const tags = listInput("tags");
  if (tags.length === 0) throw new UserError('input "tags" is required: the image references to push to');
  const result = await group("push", () => pushLayout(layout, tags, registry));
  setOutput("digest", result.digest);
  setOutput("image", `${repositoryOf(result.tags[0])}@${result.digest}`);
  setOutput("tags", result.tags.join("\n"));
  await summary.addHeading("oci-bundle push", 2).addTable([
    [{ data: "digest", header: true }, summaryCode(result.digest)],
    [{ data: "tags", header: true }, result.tags.map(summaryCode).join("<br>")],
    [{ data: "blobs", header: true }, `${result.pushed} uploaded, ${result.mounted} mounted, ${result.skipped} already there`]
  ]).addCodeBlock(summaryText(`docker pull ${repositoryOf(result.tags[0])}@${result.digest}`), "sh").write();
}
void runAction(main);
