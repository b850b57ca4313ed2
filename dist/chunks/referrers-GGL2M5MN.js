import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  PROVENANCE_MEDIA_TYPE,
  SBOM_MEDIA_TYPE
} from "./chunk-BM5HTUWE.js";
import {
  REGISTRY_FLAGS,
  REGISTRY_HELP,
  registryOptions
} from "./chunk-4IIFJ5PN.js";
import {
  parse
} from "./chunk-RQUCLO55.js";
import "./chunk-X2G43WL6.js";
import "./chunk-UHNQPGPK.js";
import {
  fetchDocument,
  listReferrers
} from "./chunk-Q5NIKG2B.js";
import {
  layoutReferrers
} from "./chunk-2FV4Z5XU.js";
import "./chunk-HC4RTRIB.js";
import {
  RegistryClient
} from "./chunk-SP237IYY.js";
import {
  OciLayout
} from "./chunk-WCOFHWLI.js";
import {
  parseReference
} from "./chunk-GDDSSVQK.js";
import {
  parsePlatform,
  platformString
} from "./chunk-ESWPBDHS.js";
import {
  stderrLogger
} from "./chunk-S37OTTBW.js";
import {
  isIndex
} from "./chunk-ODBDDFK3.js";
import {
  UsageError,
  UserError
} from "./chunk-S5NN2QBC.js";

// src/supply/inspect.ts
function subjectsOf(top) {
  const out = [{ digest: top.digest }];
  if (isIndex(top.mediaType)) {
    const index = JSON.parse(top.bytes.toString("utf8"));
    for (const m of index.manifests ?? []) out.push({ digest: m.digest, platform: m.platform ? platformString(m.platform) : void 0 });
  }
  return out;
}
function entry(s, d) {
  return { subject: s.digest, platform: s.platform, digest: d.digest, artifactType: d.artifactType ?? "unknown", size: d.size, ...d.annotations ? { annotations: d.annotations } : {} };
}
async function fromLayout(spec) {
  const m = /^oci:(.*?)(?::([\w][\w.-]{0,127}))?$/.exec(spec);
  const layout = new OciLayout(m[1]);
  if (!await OciLayout.isLayout(layout.dir)) throw new UserError(`${layout.dir} is not an OCI image layout (it has no oci-layout file)`);
  const top = await layout.resolveRef(m[2]);
  const bytes = await layout.readBlob(top.digest);
  const subjects = subjectsOf({ digest: top.digest, mediaType: top.mediaType, bytes });
  const bySubject = new Map(subjects.map((s) => [s.digest, s]));
  const found = await layoutReferrers(layout, new Set(bySubject.keys()));
  const referrers = found.map((r) => entry(bySubject.get(r.manifest.subject.digest), { ...r.descriptor, artifactType: r.manifest.artifactType ?? r.descriptor.artifactType }));
  return {
    image: spec,
    digest: top.digest,
    via: "layout",
    referrers,
    async document(e) {
      const manifest = await layout.readJsonBlob(e.digest);
      const layer = manifest.layers?.[0];
      if (!layer) throw new UserError(`artifact ${e.digest} in ${layout.dir} holds no document (no layers)`);
      return layout.readBlob(layer.digest);
    },
    close() {
    }
  };
}
async function fromRegistry(spec, opts) {
  const ref = parseReference(spec);
  const client = await RegistryClient.open(ref.registry, opts);
  try {
    const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? "latest", [`repository:${ref.repository}:pull`]);
    const referrers = [];
    let via = "tag";
    for (const s of subjectsOf(top)) {
      const got = await listReferrers(client, ref.repository, s.digest);
      via = got.via;
      for (const d of got.manifests) referrers.push(entry(s, d));
    }
    return {
      image: spec,
      digest: top.digest,
      via,
      referrers,
      async document(e) {
        return (await fetchDocument(client, ref.repository, e.digest)).bytes;
      },
      close: () => client.close()
    };
  } catch (e) {
    client.close();
    throw e;
  }
}
function attachments(spec, opts = {}) {
  return spec.startsWith("oci:") ? fromLayout(spec) : fromRegistry(spec, opts);
}

// src/cli/referrers.ts
var summary = "list an image's referrers (SBOM, provenance) or print one";
var HELP = `Usage: oci-bundle referrers IMAGE [options]

Lists the artifacts attached to IMAGE as OCI referrers: a registry reference (through the
registry's referrers API, or the sha256-<hex> tag on registries without it) or oci:DIR[:TAG].

Options:
  --sbom                 print the CycloneDX SBOM instead of the list
  --provenance           print the SLSA provenance (in-toto statement) instead of the list
  --platform OS/ARCH[/V] which platform's SBOM, for a multi-platform image
  --json                 print the list as JSON
  -h, --help             this help
${REGISTRY_HELP}`;
function pick(list, type, platform, image) {
  let found = list.filter((e) => e.artifactType === type);
  if (platform) found = found.filter((e) => e.platform === platform || !e.platform && found.length === 1);
  const what = type === SBOM_MEDIA_TYPE ? "SBOM" : "provenance";
  if (found.length === 0) throw new UserError(`${image} has no ${what} attached${platform ? ` for ${platform}` : ""}; build it with --${type === SBOM_MEDIA_TYPE ? "sbom" : "provenance"}`);
  const platforms = [...new Set(found.map((e) => e.platform).filter(Boolean))];
  if (platforms.length > 1) throw new UsageError(`${image} has an ${what} for each of ${platforms.join(", ")}; choose one with --platform`);
  return found[0];
}
async function run(argv) {
  const { values: v, positionals } = parse(
    argv,
    {
      sbom: { type: "boolean", default: false },
      provenance: { type: "boolean", default: false },
      platform: { type: "string" },
      json: { type: "boolean", default: false },
      ...REGISTRY_FLAGS
    },
    "referrers"
  );
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("referrers takes one IMAGE: a registry reference or oci:DIR[:TAG]");
  if (v.sbom && v.provenance) throw new UsageError("referrers: choose one of --sbom and --provenance");
  const platform = v.platform !== void 0 ? platformString(parsePlatform(v.platform)) : void 0;
  const a = await attachments(positionals[0], { ...await registryOptions(v, "referrers"), logger: stderrLogger });
  try {
    if (v.sbom || v.provenance) {
      const e = pick(a.referrers, v.sbom ? SBOM_MEDIA_TYPE : PROVENANCE_MEDIA_TYPE, platform, a.image);
      process.stdout.write(await a.document(e));
      return 0;
    }
    if (v.json) {
      process.stdout.write(JSON.stringify({ image: a.image, digest: a.digest, via: a.via, referrers: a.referrers }, null, 2) + "\n");
      return 0;
    }
    for (const e of a.referrers) process.stdout.write(`${e.digest} ${e.artifactType} ${e.size} ${e.subject}${e.platform ? ` ${e.platform}` : ""}
`);
    if (a.referrers.length === 0) stderrLogger.info(`nothing is attached to ${a.image} (${a.digest})`);
    return 0;
  } finally {
    a.close();
  }
}
export {
  run,
  summary
};
