import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  pushReferrers
} from "./chunk-Q5NIKG2B.js";
import {
  copyImage
} from "./chunk-QFKBXV4K.js";
import {
  RegistryDestination
} from "./chunk-N376CUEI.js";
import {
  HttpTransport,
  RegistryClient,
  Secrets,
  resolveTransportOptions
} from "./chunk-SP237IYY.js";
import {
  LayoutImageSource,
  requireLayout
} from "./chunk-BW2MMCKN.js";
import {
  OciLayout
} from "./chunk-WCOFHWLI.js";
import {
  formatReference,
  normalizeRegistryHost,
  parseReference
} from "./chunk-GDDSSVQK.js";
import {
  requireDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/registry/push.ts
function mountSource(value, registry) {
  const slash = value.indexOf("/");
  const first = slash >= 0 ? value.slice(0, slash) : "";
  if (first && (first.includes(".") || first.includes(":") || first === "localhost")) {
    return normalizeRegistryHost(first) === normalizeRegistryHost(registry) ? value.slice(slash + 1) : void 0;
  }
  return value;
}
async function pushLayout(layoutDir, refs, opts = {}) {
  if (refs.length === 0) throw new UserError("push: give at least one image reference to push to", 1, { kind: "usage", field: "refs" });
  const parsed = refs.map((r) => parseReference(r));
  await requireLayout(layoutDir, "layout");
  const layout = new OciLayout(layoutDir);
  const rootDesc = await layout.resolveRef(opts.ref, parsed.map((r) => r.tag).filter((t) => t !== void 0));
  requireDigest(rootDesc.digest, `${layoutDir}/index.json`);
  const source = new LayoutImageSource(layoutDir, opts.ref, rootDesc);
  for (const r of parsed) {
    if (r.digest && r.digest !== rootDesc.digest) {
      throw new UserError(`${formatReference(r)} pins ${r.digest}, but the image in ${layoutDir} is ${rootDesc.digest}`, 1, { kind: "conflict", field: "refs" });
    }
  }
  const secrets = opts.secrets ?? new Secrets();
  const transportOpts = resolveTransportOptions(opts);
  const log = secrets.logger(transportOpts.logger);
  const transport = opts.transport ?? new HttpTransport({ ...transportOpts, logger: log });
  const hints = opts.mountFrom instanceof Map ? opts.mountFrom : new Map(Object.entries(opts.mountFrom ?? {}));
  const result = { digest: rootDesc.digest, mediaType: rootDesc.mediaType, size: rootDesc.size, tags: [], pushed: 0, skipped: 0, mounted: 0, referrers: [] };
  const subjects = /* @__PURE__ */ new Set([rootDesc.digest]);
  const groups = /* @__PURE__ */ new Map();
  for (const r of parsed) {
    const byRepo = groups.get(r.registry) ?? /* @__PURE__ */ new Map();
    groups.set(r.registry, byRepo);
    byRepo.set(r.repository, [...byRepo.get(r.repository) ?? [], r]);
  }
  try {
    for (const [registry, byRepo] of groups) {
      const client = await RegistryClient.open(registry, { ...opts, logger: log, secrets, transport });
      try {
        for (const [repository, repoRefs] of byRepo) {
          const started = Date.now();
          const mountFrom = /* @__PURE__ */ new Map();
          for (const [digest, v] of hints) {
            const src = mountSource(v, registry);
            if (src && src !== repository) mountFrom.set(digest, src);
          }
          const dest = new RegistryDestination(repoRefs[0], { client, chunkThreshold: opts.chunkThreshold, chunkSize: opts.chunkSize });
          dest.addMountSources(mountFrom.values());
          const out = await copyImage(source, dest, {
            tags: repoRefs.map((r) => r.tag ?? rootDesc.digest),
            mountFrom,
            concurrency: opts.concurrency,
            logger: log
          });
          result.digest = out.digest;
          result.mediaType = out.mediaType;
          result.size = out.size;
          result.pushed += out.pushed;
          result.skipped += out.skipped;
          result.mounted += out.mounted;
          for (const m of out.manifests) subjects.add(m.digest);
          for (const r of repoRefs) {
            const full = r.tag !== void 0 ? `${registry}/${repository}:${r.tag}` : `${registry}/${repository}@${out.digest}`;
            result.tags.push(full);
            log.info(`pushed ${full}`);
          }
          log.debug(`${registry}/${repository}: done in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
        }
      } finally {
        client.close();
      }
    }
    result.referrers = await pushReferrers(layout, [...subjects], parsed, { ...opts, logger: log, secrets, transport });
  } catch (e) {
    throw secrets.redactError(e);
  } finally {
    if (!opts.transport) transport.close();
  }
  return result;
}

export {
  pushLayout
};
