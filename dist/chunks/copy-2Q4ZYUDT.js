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
  parse,
  readStdin
} from "./chunk-RQUCLO55.js";
import {
  copyByName
} from "./chunk-BR334HKB.js";
import "./chunk-QFKBXV4K.js";
import "./chunk-SAE2HFOO.js";
import {
  parseImageName
} from "./chunk-G26UQIDC.js";
import "./chunk-7IY3LMRQ.js";
import "./chunk-VXXBAIRV.js";
import "./chunk-TB6QQ2BM.js";
import "./chunk-N376CUEI.js";
import "./chunk-SP237IYY.js";
import "./chunk-4EH3YF2U.js";
import "./chunk-6XK72JNS.js";
import "./chunk-BW2MMCKN.js";
import "./chunk-WCOFHWLI.js";
import "./chunk-GDDSSVQK.js";
import "./chunk-ZTXNH7V2.js";
import {
  parsePlatforms
} from "./chunk-ESWPBDHS.js";
import "./chunk-ZL7SEONU.js";
import "./chunk-KBR43FTS.js";
import "./chunk-G2QEMWTQ.js";
import {
  stderrLogger
} from "./chunk-S37OTTBW.js";
import "./chunk-CCQRFRUT.js";
import "./chunk-ODBDDFK3.js";
import {
  UsageError
} from "./chunk-S5NN2QBC.js";

// src/cli/copy.ts
var summary = "copy an image between registries, OCI layouts and archives (promote, retag, export)";
var HELP = `Usage: oci-bundle copy SOURCE DEST [options]

Copies an image and everything it names. SOURCE and DEST are registry references
(ghcr.io/acme/app:sha-abc, localhost:5000/app@sha256:\u2026) or
  oci:DIR[:REF]                  an OCI image layout (REF: its org.opencontainers.image.ref.name)
  oci-archive:FILE[:REF]         a tar of an OCI image layout
  docker-archive:FILE[:NAME:TAG] (DEST only, one platform) for docker load / podman load
Registry to registry keeps the digest; blobs the destination has are skipped, and blobs of
another repository of the same registry are mounted. A retag within a repository moves only
the manifest.

Options:
  --platform P               copy only this platform out of an index (repeatable; makes a new
                             index, so a new digest)
  --all                      copy every platform (the default)
  --tag REF                  also store under REF: a tag of DEST's repository, or a full
                             reference (repeatable)
  --json                     print {digest, mediaType, size, images, pushed, skipped, mounted, manifests}
  --src-username USER        user name for SOURCE's registry; its password from
  --src-password-stdin       ... stdin (or OCI_BUNDLE_SRC_PASSWORD)
${REGISTRY_HELP}--username/--password-stdin are offered to DEST's registry only.
`;
async function run(argv) {
  const { values, positionals } = parse(
    argv,
    {
      platform: { type: "string", multiple: true },
      all: { type: "boolean" },
      tag: { type: "string", multiple: true },
      json: { type: "boolean" },
      "src-username": { type: "string" },
      "src-password-stdin": { type: "boolean" },
      ...REGISTRY_FLAGS
    },
    "copy"
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [source, dest, ...rest] = positionals;
  if (!source || !dest) throw new UsageError("copy: give SOURCE and DEST, e.g. oci-bundle copy ghcr.io/acme/app:sha-abc ghcr.io/acme/app:v1.2.3", source ? void 0 : "source");
  if (rest.length) throw new UsageError(`copy: unexpected argument "${rest[0]}"; more names go in --tag`, "tags");
  const platformList = values.platform ?? [];
  if (values.all && platformList.length) throw new UsageError("copy: --all and --platform exclude each other", "platforms");
  if (values["src-password-stdin"] && values["password-stdin"]) throw new UsageError("copy: only one of --password-stdin and --src-password-stdin can read stdin; pass the other password in OCI_BUNDLE_PASSWORD or OCI_BUNDLE_SRC_PASSWORD", "sourcePassword");
  const destName = parseImageName(dest, "destination");
  const srcName = parseImageName(source, "source");
  const reg = await registryOptions(values, "copy");
  const destinationRegistry = {
    insecureRegistries: reg.insecureRegistries,
    explicit: reg.explicit && destName.transport === "registry" ? { ...reg.explicit, registries: [destName.ref.registry] } : void 0
  };
  let srcExplicit;
  const srcUser = values["src-username"];
  if (values["src-password-stdin"] && !srcUser) throw new UsageError("copy: --src-password-stdin needs --src-username", "sourceUsername");
  if (srcUser !== void 0) {
    if (srcName.transport !== "registry") throw new UsageError("copy: --src-username is for a registry SOURCE", "sourceUsername");
    let password;
    if (values["src-password-stdin"]) password = await readStdin();
    else password = process.env.OCI_BUNDLE_SRC_PASSWORD;
    if (!password) throw new UsageError("copy: --src-username needs --src-password-stdin or OCI_BUNDLE_SRC_PASSWORD", "sourcePassword");
    srcExplicit = { username: srcUser, password, source: "--src-username", registries: [srcName.ref.registry] };
  }
  const result = await copyByName(source, dest, {
    platforms: platformList.length ? parsePlatforms(platformList) : void 0,
    tags: values.tag ?? [],
    // --username is scoped to DEST's registry: it also serves a SOURCE on that registry.
    sourceRegistry: { insecureRegistries: reg.insecureRegistries, explicit: srcExplicit ?? destinationRegistry.explicit },
    destinationRegistry,
    logger: stderrLogger
  });
  process.stdout.write(values.json ? JSON.stringify(result, null, 2) + "\n" : result.digest + "\n");
  return 0;
}
export {
  run,
  summary
};
