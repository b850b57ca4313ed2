import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  UsageError
} from "./chunk-S5NN2QBC.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function checkValues(argv, options, command) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return;
    if (!a.startsWith("--") || a.includes("=")) continue;
    const spec = options[a.slice(2)];
    if (spec?.type !== "string") continue;
    const next = argv[i + 1];
    if (next === void 0 || next.startsWith("-") && next !== "-") {
      const flag = a.slice(2);
      throw new UsageError(`${command}: ${a} needs a value (${a} VALUE); to give a value that starts with "-", write ${a}=-VALUE`, flag);
    }
    i++;
  }
}
function parse(argv, options, command) {
  checkValues(argv, options, command);
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e.message.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
    throw new UsageError(`${command}: ${msg}; see "oci-bundle ${command} --help"`);
  }
}
async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

export {
  parse,
  readStdin
};
