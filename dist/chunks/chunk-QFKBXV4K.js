import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  entriesFor,
  pickPlatform,
  platformList
} from "./chunk-SAE2HFOO.js";
import {
  normalizeRegistryHost
} from "./chunk-GDDSSVQK.js";
import {
  indexEntries,
  verifyDocument
} from "./chunk-ZTXNH7V2.js";
import {
  configPlatform,
  hostPlatform,
  platformString
} from "./chunk-ESWPBDHS.js";
import {
  humanSize
} from "./chunk-S37OTTBW.js";
import {
  DOCKER_REFERENCE_DIGEST,
  isForeignLayer,
  isIndex,
  isManifest,
  sha256,
  shortDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/model/copy.ts
var silent = { info: () => {
}, debug: () => {
} };
var short = shortDigest;
async function pool(items, n, fn) {
  let next = 0;
  let failure;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (e) {
        failure ??= { e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
  if (failure) throw failure.e;
}
function sameRegistryRepository(source, dest) {
  const s = source.location;
  const d = dest.location;
  if (!s || !d || normalizeRegistryHost(s.registry) !== normalizeRegistryHost(d.registry) || s.repository === d.repository) return void 0;
  return s.repository;
}
function subsetIndex(top, keep) {
  const doc = { ...top.doc, manifests: keep };
  const bytes = Buffer.from(JSON.stringify(doc), "utf8");
  return verifyDocument(bytes, { mediaType: top.descriptor.mediaType, digest: sha256(bytes), size: bytes.length }, "the new index");
}
function choose(source, index, wanted) {
  const entries = indexEntries(index, source.name);
  const images = entries.filter((e) => !e.attestation && e.platform);
  const keep = /* @__PURE__ */ new Set();
  for (const w of wanted) {
    const found = entriesFor(images, w);
    if (found.length === 0) {
      const has = platformList(images) || "none";
      throw new UserError(`${source.name} has no ${platformString(w)} image; it has: ${has}`, 1, { kind: "not-found", field: "platforms" });
    }
    for (const e of found) keep.add(e.descriptor);
  }
  const kept = new Set([...keep].map((d) => d.digest));
  for (const e of entries) {
    if (e.attestation && kept.has(e.descriptor.annotations?.[DOCKER_REFERENCE_DIGEST] ?? "")) keep.add(e.descriptor);
  }
  return entries.map((e) => e.descriptor).filter((d) => keep.has(d));
}
async function plan(source, dest, top, o) {
  const p = { documents: [], blobs: /* @__PURE__ */ new Map(), manifests: [] };
  const seen = /* @__PURE__ */ new Set();
  const log = o.logger ?? silent;
  const visitManifest = async (doc, platform2, child) => {
    p.manifests.push({ digest: doc.descriptor.digest, platform: platform2 ? platformString(platform2) : void 0 });
    if (source.location && dest.hasManifest && await dest.hasManifest(doc.descriptor)) {
      log.debug(`${dest.name} has ${short(doc.descriptor.digest)} already`);
    } else {
      for (const d of [doc.doc.config, ...doc.doc.layers]) {
        if (!isForeignLayer(d.mediaType) && !p.blobs.has(d.digest)) p.blobs.set(d.digest, d);
      }
    }
    p.documents.push({ doc, child });
  };
  const visit = async (doc, child, platform2) => {
    const mt = doc.descriptor.mediaType;
    if (isManifest(mt)) return visitManifest(doc, platform2, child);
    if (!isIndex(mt)) throw new UserError(`${source.name}: ${doc.descriptor.digest} is a ${mt}, not an image manifest or index`, 1, { kind: "unsupported" });
    for (const e of indexEntries(doc, source.name)) {
      if (seen.has(e.descriptor.digest)) continue;
      seen.add(e.descriptor.digest);
      let childDoc;
      try {
        childDoc = await source.readDocument(e.descriptor);
      } catch (err) {
        if (err instanceof UserError && err.kind === "not-found" && dest.hasManifest && await dest.hasManifest(e.descriptor)) continue;
        throw err;
      }
      await visit(childDoc, true, e.platform);
    }
    p.documents.push({ doc, child });
  };
  let chosen = top;
  if (isIndex(top.descriptor.mediaType)) {
    const index = top;
    if (dest.singleImage) {
      const entries = indexEntries(index, source.name).filter((e) => !e.attestation && e.platform);
      const wanted = o.platforms?.length ? o.platforms : [hostPlatform()];
      if (wanted.length > 1) throw new UserError(`${dest.name} takes one image; give one --platform`, 2, { kind: "usage", field: "platforms" });
      const pick = pickPlatform(entries, wanted, { onlyOne: !o.platforms?.length });
      if (!pick) {
        throw new UserError(`${source.name} has no ${platformString(wanted[0])} image for ${dest.name}; it has: ${platformList(entries)}`, 1, {
          kind: "not-found",
          field: "platforms"
        });
      }
      chosen = await source.readDocument(pick.descriptor);
      if (!isManifest(chosen.descriptor.mediaType)) throw new UserError(`${source.name}: ${pick.descriptor.digest} is not an image manifest`, 1, { kind: "unsupported" });
      await visitManifest(chosen, pick.platform, false);
      return { plan: p, top: chosen };
    }
    if (o.platforms?.length) {
      const keep = choose(source, index, o.platforms);
      if (keep.length !== index.doc.manifests.length) chosen = subsetIndex(index, keep);
    }
    await visit(chosen, false);
    return { plan: p, top: chosen };
  }
  if (!isManifest(top.descriptor.mediaType)) throw new UserError(`${source.name} is a ${top.descriptor.mediaType}, not an image manifest or index`, 1, { kind: "unsupported" });
  const m = top;
  let platform;
  if (o.platforms?.length) {
    const config = await source.readDocument(m.doc.config);
    platform = configPlatform(config.doc, `${source.name} config`);
    if (!pickPlatform([{ platform }], o.platforms)) {
      throw new UserError(`${source.name} is a single ${platformString(platform)} image; it has no ${o.platforms.map(platformString).join(", ")}`, 1, { kind: "not-found", field: "platforms" });
    }
  }
  await visitManifest(m, platform, false);
  return { plan: p, top };
}
async function copyImage(source, dest, o = {}) {
  const log = o.logger ?? silent;
  const rootDesc = await source.resolve();
  const read = await source.readDocument(rootDesc);
  const { plan: p, top } = await plan(source, dest, read, o);
  const tags = o.tags ?? [];
  const result = {
    digest: top.descriptor.digest,
    mediaType: top.descriptor.mediaType,
    size: top.bytes.length,
    tags: [...tags],
    pushed: 0,
    skipped: 0,
    mounted: 0,
    manifests: p.manifests
  };
  const blobs = [...p.blobs.values()];
  const total = blobs.reduce((n, b) => n + b.size, 0);
  log.info(`copying ${top.descriptor.digest} to ${dest.name}: ${blobs.length} blob${blobs.length === 1 ? "" : "s"}, ${humanSize(total)}`);
  const mountRepo = sameRegistryRepository(source, dest);
  const counts = { pushed: 0, exists: 0, mounted: 0 };
  try {
    await pool(blobs, o.concurrency ?? dest.concurrency ?? 3, async (b) => {
      const t0 = Date.now();
      let nextReport = 0.25;
      const outcome = await dest.putBlob(b, () => source.openBlob(b), {
        mountFrom: mountRepo ?? o.mountFrom?.get(b.digest),
        openRange: source.openBlobRange ? (start, end) => source.openBlobRange(b, start, end) : void 0,
        // A line per quarter of a large blob, so a long upload shows it is moving.
        onProgress: (sent) => {
          if (sent < b.size && sent / b.size >= nextReport) {
            log.info(`  ${short(b.digest)} ${humanSize(sent)} of ${humanSize(b.size)}`);
            while (sent / b.size >= nextReport) nextReport += 0.25;
          }
        }
      });
      counts[outcome]++;
      const verb = outcome === "exists" ? "already there" : outcome === "pushed" && !dest.location ? "written" : outcome;
      log.info(`  ${short(b.digest)} ${humanSize(b.size)}: ${verb}${outcome === "pushed" ? ` (${((Date.now() - t0) / 1e3).toFixed(1)} s)` : ""}`);
    });
    for (const d of p.documents) await dest.putManifest(d.doc, d.child ? { tags: [], child: true } : { tags });
    await dest.commit();
  } catch (e) {
    await dest.abort().catch(() => {
    });
    throw e;
  }
  result.pushed = counts.pushed;
  result.skipped = counts.exists;
  result.mounted = counts.mounted;
  return result;
}

export {
  copyImage
};
