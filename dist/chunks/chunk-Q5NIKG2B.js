import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  layoutReferrers
} from "./chunk-2FV4Z5XU.js";
import {
  RegistryClient,
  withRetries
} from "./chunk-SP237IYY.js";
import {
  MediaType,
  shortDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/registry/referrers.ts
import { createReadStream } from "node:fs";
import { Readable, Writable } from "node:stream";
function referrersTag(digest) {
  return digest.replace(":", "-");
}
function scopesFor(repository, push) {
  return [`repository:${repository}:${push ? "pull,push" : "pull"}`];
}
async function putWithSubject(client, repository, reference, bytes, mediaType) {
  const scopes = scopesFor(repository, true);
  const op = `PUT manifest ${reference.startsWith("sha256:") ? shortDigest(reference) : reference}`;
  return withRetries(client.opts, { op, host: client.registry }, async () => {
    const res = await client.send({ method: "PUT", url: client.url(`/v2/${repository}/manifests/${reference}`), headers: { "content-type": mediaType }, body: bytes }, scopes, op);
    if (res.status < 200 || res.status > 299) await client.fail(res, op, scopes);
    await res.discard();
    return res.header("oci-subject") !== void 0;
  });
}
async function fallbackIndex(client, repository, subject, push) {
  const tag = referrersTag(subject);
  const scopes = scopesFor(repository, push);
  const there = await client.headManifest(repository, tag, scopes, [MediaType.OciIndex]);
  if (!there) return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
  const got = await client.getManifest(repository, tag, scopes, [MediaType.OciIndex]);
  const index = JSON.parse(got.bytes.toString("utf8"));
  if (!Array.isArray(index.manifests)) throw new UserError(`${client.registry}/${repository}:${tag} is not an image index; it cannot list the referrers of ${subject} (remove or rename that tag)`);
  return index;
}
function listed(r) {
  const d = { mediaType: r.descriptor.mediaType, digest: r.descriptor.digest, size: r.descriptor.size, artifactType: r.manifest.artifactType ?? r.manifest.config.mediaType };
  if (r.manifest.annotations && Object.keys(r.manifest.annotations).length) d.annotations = r.manifest.annotations;
  return d;
}
async function pushOne(client, layout, repository, r) {
  const scopes = scopesFor(repository, true);
  for (const b of [r.manifest.config, ...r.manifest.layers]) {
    await client.pushBlob(repository, b, { open: (start, end) => end <= start ? Readable.from([]) : createReadStream(layout.blobPath(b.digest), { start, end: end - 1 }) }, { scopes });
  }
  const bytes = await layout.readBlob(r.descriptor.digest);
  const api = await putWithSubject(client, repository, r.descriptor.digest, bytes, MediaType.OciManifest);
  const subject = r.manifest.subject.digest;
  if (!api) {
    const index = await fallbackIndex(client, repository, subject, true);
    const entry = listed(r);
    const manifests = [...index.manifests.filter((m) => m.digest !== entry.digest), entry];
    const updated = { ...index, schemaVersion: 2, mediaType: MediaType.OciIndex, manifests };
    await putWithSubject(client, repository, referrersTag(subject), Buffer.from(JSON.stringify(updated)), MediaType.OciIndex);
  }
  return { repository, subject, digest: r.descriptor.digest, artifactType: listed(r).artifactType, via: api ? "api" : "tag" };
}
async function pushReferrers(layout, subjects, targets, opts) {
  const referrers = await layoutReferrers(layout, new Set(subjects));
  const out = [];
  if (referrers.length === 0) return out;
  const byRegistry = /* @__PURE__ */ new Map();
  for (const t of targets) byRegistry.set(t.registry, (byRegistry.get(t.registry) ?? /* @__PURE__ */ new Set()).add(t.repository));
  for (const [registry, repositories] of byRegistry) {
    const client = await RegistryClient.open(registry, opts);
    try {
      for (const repository of repositories) {
        for (const r of referrers) {
          const p = await pushOne(client, layout, repository, r);
          out.push(p);
          opts.logger?.info(`attached ${p.artifactType} ${shortDigest(p.digest)} to ${registry}/${repository}@${shortDigest(p.subject)}${p.via === "tag" ? ` (no referrers API: listed at tag ${referrersTag(p.subject)})` : ""}`);
        }
      }
    } finally {
      client.close();
    }
  }
  return out;
}
async function listReferrers(client, repository, subject) {
  const scopes = scopesFor(repository, false);
  const op = `GET referrers of ${shortDigest(subject)}`;
  const api = await withRetries(client.opts, { op, host: client.registry }, async () => {
    const res = await client.send({ method: "GET", url: client.url(`/v2/${repository}/referrers/${subject}`), headers: { accept: MediaType.OciIndex } }, scopes, op);
    if (res.status === 404 || res.status === 405 || res.status === 400) {
      await res.discard();
      return void 0;
    }
    if (res.status !== 200) return client.fail(res, op, scopes);
    const text = await res.text(4 * 1024 * 1024);
    try {
      const index2 = JSON.parse(text);
      return Array.isArray(index2.manifests) ? index2.manifests : void 0;
    } catch {
      return void 0;
    }
  });
  if (api) return { via: "api", manifests: api };
  const index = await fallbackIndex(client, repository, subject, false);
  return { via: "tag", manifests: index.manifests };
}
async function fetchDocument(client, repository, artifact) {
  const scopes = scopesFor(repository, false);
  const got = await client.getManifest(repository, artifact, scopes, [MediaType.OciManifest]);
  const manifest = JSON.parse(got.bytes.toString("utf8"));
  const layer = manifest.layers?.[0];
  if (!layer) throw new UserError(`artifact ${artifact} in ${client.registry}/${repository} holds no document (no layers)`);
  if (layer.size > 64 * 1024 * 1024) throw new UserError(`the document of artifact ${artifact} is ${layer.size} bytes; too large to print`);
  let chunks = [];
  await client.fetchBlob(repository, layer.digest, layer.size, () => {
    chunks = [];
    return new Writable({
      write(c, _e, cb) {
        chunks.push(c);
        cb();
      }
    });
  }, scopes);
  return { manifest, bytes: Buffer.concat(chunks) };
}

export {
  pushReferrers,
  listReferrers,
  fetchDocument
};
