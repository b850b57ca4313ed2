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
  buildImage,
  buildResultJson,
  parseCompression
} from "./chunk-GAVZ6CXD.js";
import "./chunk-6EMAODDR.js";
import {
  parseCommand,
  parseEnv,
  parseKeyValues,
  parseLevel,
  parseOwner,
  parsePort
} from "./chunk-UHNQPGPK.js";
import "./chunk-SAE2HFOO.js";
import "./chunk-7IY3LMRQ.js";
import "./chunk-VXXBAIRV.js";
import "./chunk-6XK72JNS.js";
import "./chunk-WCOFHWLI.js";
import "./chunk-GDDSSVQK.js";
import "./chunk-ZTXNH7V2.js";
import {
  parsePlatforms
} from "./chunk-ESWPBDHS.js";
import "./chunk-G2QEMWTQ.js";
import {
  stderrLogger
} from "./chunk-S37OTTBW.js";
import "./chunk-CCQRFRUT.js";
import "./chunk-ODBDDFK3.js";
import {
  UsageError
} from "./chunk-S5NN2QBC.js";

// src/cli/build.ts
var summary = "build an OCI image from a folder into an OCI layout";
var HELP = `Usage: oci-bundle build [CONTEXT] [options]

Packages CONTEXT (default ".") as an OCI image into an OCI image layout, reproducibly.

Options:
  --base REF               base image: a registry reference, oci:DIR[:TAG], or scratch (default)
  --dest PATH              where the context lands in the image (default /app)
  --entrypoint CMD         JSON array or a command line, e.g. '["/app/run","--fast"]'
  --cmd CMD                default arguments, same forms as --entrypoint
  --env K=V                environment variable (repeatable)
  --label K=V              config label (repeatable)
  --annotation K=V         manifest annotation (repeatable)
  --port N[/tcp|/udp|/sctp] exposed port (repeatable; tcp when no protocol is given)
  --workdir PATH           working directory (default: --dest)
  --user USER[:GROUP]      user the process runs as
  --platform OS/ARCH[/V]   platform(s), comma-separated (default linux/amd64)
  --layer GLOB             files matching GLOB go in their own layer (repeatable, in order)
  --ignore-file FILE       gitignore-style exclusions (default CONTEXT/.bundleignore)
  --owner UID:GID          owner of every file (default 0:0)
  --source-date-epoch N    timestamp for files and config (default $SOURCE_DATE_EPOCH,
                           else the git commit time of HEAD, else 0)
  --compression ALG        gzip (default), zstd or none
  --compression-level N    gzip 1-9 (default 5), zstd 1-19 (default 3)
  --output DIR             OCI layout to write (default ./oci-image)
  --archive FILE           also write the layout as one tar file (oci-archive)
  --tag REF                image reference; its tag names the image in the layout (repeatable)
  --cache-dir DIR          blob and layer cache (default $OCI_BUNDLE_CACHE, else the user cache dir)
  --no-cache               compress every layer even when an unchanged one is cached
  --push                   push to every --tag once built and validated
  --load                   load the image (this machine's platform) into docker, else podman,
                           with every --tag
  --sbom                   attach a CycloneDX SBOM of each platform image (an OCI referrer)
  --provenance             attach SLSA provenance of the image (an OCI referrer)
  --json                   print the result as JSON on stdout
${REGISTRY_HELP}`;
async function run(argv) {
  const { values: v, positionals } = parse(
    argv,
    {
      base: { type: "string", default: "scratch" },
      dest: { type: "string", default: "/app" },
      entrypoint: { type: "string" },
      cmd: { type: "string" },
      env: { type: "string", multiple: true, default: [] },
      label: { type: "string", multiple: true, default: [] },
      annotation: { type: "string", multiple: true, default: [] },
      port: { type: "string", multiple: true, default: [] },
      workdir: { type: "string" },
      user: { type: "string" },
      platform: { type: "string", multiple: true, default: [] },
      layer: { type: "string", multiple: true, default: [] },
      "ignore-file": { type: "string" },
      owner: { type: "string", default: "0:0" },
      "source-date-epoch": { type: "string" },
      compression: { type: "string", default: "gzip" },
      "compression-level": { type: "string" },
      output: { type: "string", default: "./oci-image" },
      archive: { type: "string" },
      tag: { type: "string", multiple: true, default: [] },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      push: { type: "boolean", default: false },
      load: { type: "boolean", default: false },
      sbom: { type: "boolean", default: false },
      provenance: { type: "boolean", default: false },
      ...REGISTRY_FLAGS
    },
    "build"
  );
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`build takes one CONTEXT folder, got ${positionals.length}: ${positionals.join(" ")}`);
  const owner = parseOwner(v.owner);
  const opts = {
    context: positionals[0] ?? ".",
    base: v.base,
    dest: v.dest,
    entrypoint: v.entrypoint !== void 0 ? parseCommand(v.entrypoint, "--entrypoint") : void 0,
    cmd: v.cmd !== void 0 ? parseCommand(v.cmd, "--cmd") : void 0,
    env: parseEnv(v.env),
    labels: parseKeyValues(v.label, "--label"),
    annotations: parseKeyValues(v.annotation, "--annotation"),
    ports: v.port.map(parsePort),
    workdir: v.workdir,
    user: v.user,
    platforms: parsePlatforms(v.platform),
    layerGlobs: v.layer,
    ignoreFile: v["ignore-file"],
    uid: owner.uid,
    gid: owner.gid,
    sourceDateEpoch: v["source-date-epoch"],
    compression: parseCompression(v.compression),
    compressionLevel: v["compression-level"] !== void 0 ? parseLevel(v["compression-level"]) : void 0,
    output: v.output,
    archive: v.archive,
    tags: v.tag,
    cacheDir: v["cache-dir"],
    reuseLayers: !v["no-cache"],
    push: v.push,
    load: v.load,
    sbom: v.sbom,
    provenance: v.provenance,
    registry: await registryOptions(v, "build")
  };
  const result = await buildImage(opts, stderrLogger);
  if (v.json) {
    process.stdout.write(JSON.stringify(buildResultJson(result), null, 2) + "\n");
  } else {
    process.stdout.write(result.digest + "\n");
  }
  return 0;
}
export {
  run,
  summary
};
