import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  copyByName
} from "./chunks/chunk-BR334HKB.js";
import "./chunks/chunk-QFKBXV4K.js";
import {
  group,
  input,
  listInput,
  maskSecret,
  registryInputs,
  runAction,
  setOutput,
  summary
} from "./chunks/chunk-AMKFJD35.js";
import "./chunks/chunk-HC4RTRIB.js";
import "./chunks/chunk-KJ43VL5J.js";
import "./chunks/chunk-SAE2HFOO.js";
import {
  parseImageName
} from "./chunks/chunk-G26UQIDC.js";
import "./chunks/chunk-7IY3LMRQ.js";
import "./chunks/chunk-VXXBAIRV.js";
import "./chunks/chunk-TB6QQ2BM.js";
import "./chunks/chunk-N376CUEI.js";
import "./chunks/chunk-SP237IYY.js";
import "./chunks/chunk-4EH3YF2U.js";
import "./chunks/chunk-6XK72JNS.js";
import "./chunks/chunk-BW2MMCKN.js";
import "./chunks/chunk-WCOFHWLI.js";
import "./chunks/chunk-GDDSSVQK.js";
import "./chunks/chunk-ZTXNH7V2.js";
import {
  parsePlatforms
} from "./chunks/chunk-ESWPBDHS.js";
import "./chunks/chunk-ZL7SEONU.js";
import "./chunks/chunk-KBR43FTS.js";
import "./chunks/chunk-G2QEMWTQ.js";
import "./chunks/chunk-S37OTTBW.js";
import "./chunks/chunk-CCQRFRUT.js";
import "./chunks/chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunks/chunk-S5NN2QBC.js";

// src/action/copy.ts
async function main() {
  const registry = registryInputs();
  const source = input("source");
  if (!source) throw new UserError('input "source" is required: the image to copy, e.g. ghcr.io/acme/app@sha256:\u2026', 1, { kind: "usage", field: "source" });
  const [dest, ...more] = listInput("tags");
  if (!dest) throw new UserError('input "tags" is required: where to copy the image, e.g. ghcr.io/acme/app:v1.2.3', 1, { kind: "usage", field: "tags" });
  const destName = parseImageName(dest, "tags");
  const srcName = parseImageName(source, "source");
  const srcUser = input("source-username");
  const srcPassword = input("source-password");
  maskSecret(srcPassword);
  if (!!srcUser !== !!srcPassword) throw new UserError('inputs "source-username" and "source-password" go together; set both or neither', 1, { kind: "usage", field: "sourcePassword" });
  const destExplicit = registry.explicit && destName.transport === "registry" ? { ...registry.explicit, registries: [destName.ref.registry] } : void 0;
  const srcExplicit = srcUser && srcPassword && srcName.transport === "registry" ? { username: srcUser, password: srcPassword, source: "the source-username/source-password inputs", registries: [srcName.ref.registry] } : destExplicit;
  const platforms = listInput("platforms");
  const result = await group(
    "copy",
    () => copyByName(source, dest, {
      platforms: platforms.length ? parsePlatforms(platforms) : void 0,
      tags: more,
      sourceRegistry: { ...registry, explicit: srcExplicit },
      destinationRegistry: { ...registry, explicit: destExplicit },
      logger: registry.logger
    })
  );
  const first = result.images[0];
  setOutput("digest", result.digest);
  setOutput("image", destName.transport === "registry" ? `${first.replace(/[:@][^/]*$/, "")}@${result.digest}` : first);
  setOutput("tags", result.images.join("\n"));
  await summary.addHeading("oci-bundle copy", 2).addTable([
    [{ data: "source", header: true }, `<code>${result.source}</code>`],
    [{ data: "digest", header: true }, `<code>${result.digest}</code>`],
    [{ data: "tags", header: true }, result.images.map((t) => `<code>${t}</code>`).join("<br>")],
    [{ data: "blobs", header: true }, `${result.pushed} uploaded, ${result.mounted} mounted, ${result.skipped} already there`]
  ]).write();
}
void runAction(main);
