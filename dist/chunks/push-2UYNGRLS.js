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
  pushLayout
} from "./chunk-B5QD3C4I.js";
import "./chunk-Q5NIKG2B.js";
import "./chunk-2FV4Z5XU.js";
import "./chunk-QFKBXV4K.js";
import "./chunk-SAE2HFOO.js";
import "./chunk-N376CUEI.js";
import "./chunk-SP237IYY.js";
import "./chunk-BW2MMCKN.js";
import "./chunk-WCOFHWLI.js";
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

// src/cli/push.ts
var summary = "push an image from an OCI layout to one or more registry references";
var HELP = `Usage: oci-bundle push LAYOUT REF... [options]

Pushes the image in the OCI image layout LAYOUT to every REF (e.g. ghcr.io/acme/app:1.0,
localhost:5000/app:dev, docker.io/acme/app:latest). Blobs the registry already has are skipped.

Options:
  --ref NAME                 the image in the layout, by its org.opencontainers.image.ref.name
                             (default: the only image, else the one the tags of REF... name)
  --json                     print {digest, mediaType, size, tags, pushed, skipped, mounted} on stdout
  -h, --help                 this help
${REGISTRY_HELP}Progress goes to stderr; OCI_BUNDLE_DEBUG=1 logs every request (never credentials).
`;
async function run(argv) {
  const { values, positionals } = parse(
    argv,
    {
      ref: { type: "string" },
      json: { type: "boolean" },
      ...REGISTRY_FLAGS
    },
    "push"
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [layout, ...refs] = positionals;
  if (!layout) throw new UsageError("push: give the OCI layout folder and at least one reference: oci-bundle push LAYOUT REF...");
  if (refs.length === 0) throw new UsageError(`push: give at least one image reference to push ${layout} to (e.g. localhost:5000/app:latest)`);
  const reg = await registryOptions(values, "push");
  const result = await pushLayout(layout, refs, {
    ref: values.ref,
    ...reg,
    logger: stderrLogger
  });
  if (values.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } else {
    process.stdout.write(`${result.digest}
`);
  }
  return 0;
}
export {
  run,
  summary
};
