// OCI 1.1 referrers on registries. Pushing: the artifact manifest's blobs, then the manifest by
// digest; a registry with the referrers API says so with an OCI-Subject header on that PUT.
// Without it (Distribution 2.x, many mirrors) the referrers tag schema is kept instead: an index
// at tag "sha256-<hex>" of the subject lists its referrers, updated read-modify-write so entries
// put there by others (signatures, attestations) stay. Listing uses the API, else that tag.
import { createReadStream } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import type { OciLayout } from '../layout/layout.js';
import { MediaType } from '../oci/mediatypes.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../oci/types.js';
import { layoutReferrers, type LayoutReferrer } from '../supply/referrer.js';
import { UserError } from '../util/errors.js';
import { RegistryClient, type RegistryClientOptions, shortDigest } from './client.js';
import { withRetries } from './transport.js';
import type { Reference } from './reference.js';

/** The referrers tag schema's tag for a subject: "sha256:<hex>" -> "sha256-<hex>". */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-');
}

export interface PushedReferrer {
  repository: string;
  subject: string;
  digest: string;
  artifactType: string;
  /** How the registry learnt about it: its referrers API, or the fallback tag we updated. */
  via: 'api' | 'tag';
}

function scopesFor(repository: string, push: boolean): string[] {
  return [`repository:${repository}:${push ? 'pull,push' : 'pull'}`];
}

/** PUTs a manifest by digest; true when the registry answered with OCI-Subject (it has the referrers API). */
async function putWithSubject(client: RegistryClient, repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<boolean> {
  const scopes = scopesFor(repository, true);
  const op = `PUT manifest ${reference.startsWith('sha256:') ? shortDigest(reference) : reference}`;
  return withRetries(client.opts, { op, host: client.registry }, async () => {
    const res = await client.send({ method: 'PUT', url: client.url(`/v2/${repository}/manifests/${reference}`), headers: { 'content-type': mediaType }, body: bytes }, scopes, op);
    if (res.status < 200 || res.status > 299) await client.fail(res, op, scopes);
    await res.discard();
    return res.header('oci-subject') !== undefined;
  });
}

/** The index at the fallback tag, or an empty one when there is none yet. */
async function fallbackIndex(client: RegistryClient, repository: string, subject: string, push: boolean): Promise<ImageIndex> {
  const tag = referrersTag(subject);
  const scopes = scopesFor(repository, push);
  const there = await client.headManifest(repository, tag, scopes, [MediaType.OciIndex]);
  if (!there) return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
  const got = await client.getManifest(repository, tag, scopes, [MediaType.OciIndex]);
  const index = JSON.parse(got.bytes.toString('utf8')) as ImageIndex;
  if (!Array.isArray(index.manifests)) throw new UserError(`${client.registry}/${repository}:${tag} is not an image index; it cannot list the referrers of ${subject} (remove or rename that tag)`);
  return index;
}

/** The descriptor of an artifact manifest as a referrers list carries it. */
function listed(r: LayoutReferrer): Descriptor {
  const d: Descriptor = { mediaType: r.descriptor.mediaType, digest: r.descriptor.digest, size: r.descriptor.size, artifactType: r.manifest.artifactType ?? r.manifest.config.mediaType };
  if (r.manifest.annotations && Object.keys(r.manifest.annotations).length) d.annotations = r.manifest.annotations;
  return d;
}

async function pushOne(client: RegistryClient, layout: OciLayout, repository: string, r: LayoutReferrer): Promise<PushedReferrer> {
  const scopes = scopesFor(repository, true);
  for (const b of [r.manifest.config, ...r.manifest.layers]) {
    await client.pushBlob(repository, b, { open: (start, end) => (end <= start ? Readable.from([]) : createReadStream(layout.blobPath(b.digest), { start, end: end - 1 })) }, { scopes });
  }
  const bytes = await layout.readBlob(r.descriptor.digest);
  const api = await putWithSubject(client, repository, r.descriptor.digest, bytes, MediaType.OciManifest);
  const subject = r.manifest.subject!.digest;
  if (!api) {
    const index = await fallbackIndex(client, repository, subject, true);
    const entry = listed(r);
    const manifests = [...index.manifests.filter((m) => m.digest !== entry.digest), entry];
    const updated: ImageIndex = { ...index, schemaVersion: 2, mediaType: MediaType.OciIndex, manifests };
    await putWithSubject(client, repository, referrersTag(subject), Buffer.from(JSON.stringify(updated)), MediaType.OciIndex);
  }
  return { repository, subject, digest: r.descriptor.digest, artifactType: listed(r).artifactType!, via: api ? 'api' : 'tag' };
}

/**
 * Pushes the layout's artifact manifests whose subject is one of `subjects` (the image just
 * pushed: its index and manifests) to every repository of `targets`.
 */
export async function pushReferrers(layout: OciLayout, subjects: string[], targets: Reference[], opts: RegistryClientOptions): Promise<PushedReferrer[]> {
  const referrers = await layoutReferrers(layout, new Set(subjects));
  const out: PushedReferrer[] = [];
  if (referrers.length === 0) return out;
  const byRegistry = new Map<string, Set<string>>();
  for (const t of targets) byRegistry.set(t.registry, (byRegistry.get(t.registry) ?? new Set()).add(t.repository));
  for (const [registry, repositories] of byRegistry) {
    const client = await RegistryClient.open(registry, opts);
    try {
      for (const repository of repositories) {
        for (const r of referrers) {
          const p = await pushOne(client, layout, repository, r);
          out.push(p);
          opts.logger?.info(`attached ${p.artifactType} ${shortDigest(p.digest)} to ${registry}/${repository}@${shortDigest(p.subject)}${p.via === 'tag' ? ` (no referrers API: listed at tag ${referrersTag(p.subject)})` : ''}`);
        }
      }
    } finally {
      client.close();
    }
  }
  return out;
}

/** What is attached to `subject` in a repository: by the referrers API, else the fallback tag. */
export async function listReferrers(client: RegistryClient, repository: string, subject: string): Promise<{ via: 'api' | 'tag'; manifests: Descriptor[] }> {
  const scopes = scopesFor(repository, false);
  const op = `GET referrers of ${shortDigest(subject)}`;
  const api = await withRetries(client.opts, { op, host: client.registry }, async () => {
    const res = await client.send({ method: 'GET', url: client.url(`/v2/${repository}/referrers/${subject}`), headers: { accept: MediaType.OciIndex } }, scopes, op);
    // No such route (404), or one the registry refuses as unknown: the API is not there.
    if (res.status === 404 || res.status === 405 || res.status === 400) {
      await res.discard();
      return undefined;
    }
    if (res.status !== 200) return client.fail(res, op, scopes);
    const text = await res.text(4 * 1024 * 1024);
    try {
      const index = JSON.parse(text) as ImageIndex;
      return Array.isArray(index.manifests) ? index.manifests : undefined;
    } catch {
      return undefined;
    }
  });
  if (api) return { via: 'api', manifests: api };
  const index = await fallbackIndex(client, repository, subject, false);
  return { via: 'tag', manifests: index.manifests };
}

/** The document an artifact manifest holds (its first layer), verified. */
export async function fetchDocument(client: RegistryClient, repository: string, artifact: string): Promise<{ manifest: ImageManifest; bytes: Buffer }> {
  const scopes = scopesFor(repository, false);
  const got = await client.getManifest(repository, artifact, scopes, [MediaType.OciManifest]);
  const manifest = JSON.parse(got.bytes.toString('utf8')) as ImageManifest;
  const layer = manifest.layers?.[0];
  if (!layer) throw new UserError(`artifact ${artifact} in ${client.registry}/${repository} holds no document (no layers)`);
  if (layer.size > 64 * 1024 * 1024) throw new UserError(`the document of artifact ${artifact} is ${layer.size} bytes; too large to print`);
  let chunks: Buffer[] = [];
  await client.fetchBlob(repository, layer.digest, layer.size, () => {
    chunks = [];
    return new Writable({
      write(c: Buffer, _e, cb) {
        chunks.push(c);
        cb();
      },
    });
  }, scopes);
  return { manifest, bytes: Buffer.concat(chunks) };
}
