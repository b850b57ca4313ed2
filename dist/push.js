import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  pushLayout
} from "./chunks/chunk-B5QD3C4I.js";
import "./chunks/chunk-Q5NIKG2B.js";
import "./chunks/chunk-2FV4Z5XU.js";
import {
  repositoryOf,
  summaryCode,
  summaryText
} from "./chunks/chunk-MIWT6U6C.js";
import "./chunks/chunk-QFKBXV4K.js";
import {
  group,
  input,
  listInput,
  registryInputs,
  runAction,
  setOutput,
  summary
} from "./chunks/chunk-AMKFJD35.js";
import "./chunks/chunk-HC4RTRIB.js";
import "./chunks/chunk-KJ43VL5J.js";
import "./chunks/chunk-SAE2HFOO.js";
import "./chunks/chunk-N376CUEI.js";
import "./chunks/chunk-SP237IYY.js";
import "./chunks/chunk-BW2MMCKN.js";
import "./chunks/chunk-WCOFHWLI.js";
import "./chunks/chunk-GDDSSVQK.js";
import "./chunks/chunk-ZTXNH7V2.js";
import "./chunks/chunk-ESWPBDHS.js";
import "./chunks/chunk-S37OTTBW.js";
import "./chunks/chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunks/chunk-S5NN2QBC.js";

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
