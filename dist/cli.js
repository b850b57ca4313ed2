#!/usr/bin/env node
import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  VERSION
} from "./chunks/chunk-X2G43WL6.js";
import {
  boundYoungGeneration,
  flagSuffix
} from "./chunks/chunk-KJ43VL5J.js";
import {
  debugEnabled,
  errorLine
} from "./chunks/chunk-S37OTTBW.js";
import {
  UserError,
  errorMessage
} from "./chunks/chunk-S5NN2QBC.js";

// src/cli/commands.ts
function lazy(summary, load) {
  return { summary, run: async (argv) => (await load()).run(argv) };
}
var COMMANDS = {
  build: lazy("build an OCI image from a folder into an OCI layout", () => import("./chunks/build-ND46LXAF.js")),
  validate: lazy("check an OCI image layout or oci-archive against the image spec", () => import("./chunks/validate-RITLT5ZM.js")),
  push: lazy("push an image from an OCI layout to one or more registry references", () => import("./chunks/push-2UYNGRLS.js")),
  merge: lazy("join single-platform images (repo@sha256:\u2026) into one multi-platform index", () => import("./chunks/merge-S2JZ3LPJ.js")),
  unpack: lazy("unpack an image from an OCI layout into a runtime bundle for runc", () => import("./chunks/unpack-REOXMG6Q.js")),
  copy: lazy("copy an image between registries, OCI layouts and archives (promote, retag, export)", () => import("./chunks/copy-2Q4ZYUDT.js")),
  referrers: lazy("list an image's referrers (SBOM, provenance) or print one", () => import("./chunks/referrers-GGL2M5MN.js"))
};
function usage() {
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
  return `Usage: oci-bundle <command> [options]

Commands:
${lines.join("\n")}

Run "oci-bundle <command> --help" for a command's options.
`;
}

// src/cli/main.ts
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    process.stdout.write(`oci-bundle ${VERSION}
`);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`oci-bundle: unknown command "${name}"; run "oci-bundle --help" for the list
`);
    return 2;
  }
  return cmd.run(rest);
}
boundYoungGeneration();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UserError) {
      process.stderr.write(`oci-bundle: error: ${errorLine(e.message + flagSuffix(e.field))}
`);
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`oci-bundle: internal error: ${errorLine(errorMessage(e))} (please report it; OCI_BUNDLE_DEBUG=1 shows the stack)
`);
      if (debugEnabled() && e instanceof Error) process.stderr.write(`${e.stack}
`);
      process.exitCode = 1;
    }
  }
);
