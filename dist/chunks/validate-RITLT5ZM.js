import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  parse
} from "./chunk-RQUCLO55.js";
import {
  formatProblem,
  validateLayout
} from "./chunk-7NNFJVB5.js";
import "./chunk-T54QEYBR.js";
import "./chunk-ZL7SEONU.js";
import "./chunk-KBR43FTS.js";
import "./chunk-G2QEMWTQ.js";
import {
  humanSize
} from "./chunk-S37OTTBW.js";
import "./chunk-CCQRFRUT.js";
import "./chunk-ODBDDFK3.js";
import {
  UsageError
} from "./chunk-S5NN2QBC.js";

// src/cli/validate.ts
var summary = "check an OCI image layout or oci-archive against the image spec";
var HELP = `Usage: oci-bundle validate PATH [options]

Checks the OCI image layout folder (or oci-archive tar) PATH against the OCI image spec 1.1:
oci-layout and index.json, every reachable index, manifest and config (JSON schemas), every
blob's presence, size and digest, every layer's diff_id and tar entries (paths that escape the
root, duplicates, bad whiteouts and hard links), and each platform against its config. Docker
v2 schema 2 manifests and manifest lists are accepted too.

Every problem is listed with where it is and the rule it breaks. Errors make the layout invalid;
warnings (SHOULD rules) and notes do not.

Options:
  --ref NAME   check only the image named NAME (org.opencontainers.image.ref.name, or a digest)
  --json       print the problems as a JSON list on stdout:
               [{"severity", "where", "rule", "message", "digest"?}, ...]
               (digest: the blob a problem is about, when it is about one)
  -h, --help   this help

Exit status: 0 valid, 1 invalid, 2 usage error.
`;
async function run(argv) {
  const { values, positionals } = parse(argv, { ref: { type: "string" }, json: { type: "boolean", default: false } }, "validate");
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("validate: give the OCI layout folder or oci-archive to check: oci-bundle validate PATH");
  if (positionals.length > 1) throw new UsageError(`validate takes one PATH, got ${positionals.length}: ${positionals.join(" ")}`);
  if (values.ref === "") throw new UsageError("validate: --ref is empty");
  const target = positionals[0];
  process.stdout.on("error", (e) => {
    if (e.code !== "EPIPE") process.stderr.write(`oci-bundle: cannot write the report: ${e.message}
`);
  });
  const json = values.json === true;
  const progress = process.stderr.isTTY && !json ? (m) => process.stderr.write(`\r\x1B[K${m}`) : void 0;
  const report = await validateLayout(target, { ref: values.ref, onProgress: progress });
  if (progress) process.stderr.write("\r\x1B[K");
  const errors = report.problems.filter((p) => p.severity === "error").length;
  const warnings = report.problems.filter((p) => p.severity === "warning").length;
  const s = report.stats;
  const checked = `${s.manifests} manifest${s.manifests === 1 ? "" : "s"}, ${s.configs} config${s.configs === 1 ? "" : "s"}, ${s.layers} layer${s.layers === 1 ? "" : "s"}, ${s.blobsHashed} blobs hashed (${humanSize(s.bytesHashed)})`;
  const verdict = report.valid ? `${target}: valid (${checked})${warnings ? `; ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}` : `${target}: INVALID: ${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""} (${checked})`;
  if (json) {
    process.stdout.write(JSON.stringify(report.problems, null, 2) + "\n");
    process.stderr.write(verdict + "\n");
  } else {
    for (const p of report.problems) process.stdout.write(formatProblem(p) + "\n");
    process.stdout.write(verdict + "\n");
  }
  return report.valid ? 0 : 1;
}
export {
  run,
  summary
};
