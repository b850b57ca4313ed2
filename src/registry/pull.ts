// Reading from registries: manifests (GET/HEAD with an Accept list for OCI and Docker v2s2
// manifests and indexes), tag → digest resolution, and blobs streamed into a file or a writable
// with digest verification. The image model's registry source lives in src/model/registry-source.ts.
import type { Writable } from 'node:stream';
import { UserError } from '../util/errors.js';
import { requireDigest } from '../oci/digest.js';
import { RegistryImageSource as ModelRegistrySource } from '../model/registry-source.js';
import type { RegistryLocation } from '../model/types.js';
import { RegistryClient, type FetchedManifestBytes, type ManifestInfo, type RegistryClientOptions } from './client.js';
import { type Reference, formatReference, manifestReference, parseReference, repositoryName } from './reference.js';

export interface PullOptions extends RegistryClientOptions {
  /** Reuse this client (its token cache and connections); it must be for the reference's registry. */
  client?: RegistryClient;
}

/** The scope a pull from `repository` needs. */
export function pullScopes(repository: string): string[] {
  return [`repository:${repository}:pull`];
}

function asRef(ref: Reference | string): Reference {
  return typeof ref === 'string' ? parseReference(ref) : ref;
}


async function withClient<T>(ref: Reference, opts: PullOptions, fn: (c: RegistryClient) => Promise<T>): Promise<T> {
  if (opts.client && opts.client.registry !== ref.registry) {
    throw new Error(`client for ${opts.client.registry} used for ${ref.registry}`);
  }
  const client = opts.client ?? (await RegistryClient.open(ref.registry, opts));
  try {
    return await fn(client);
  } catch (e) {
    throw client.secrets.redactError(e);
  } finally {
    if (!opts.client) client.close();
  }
}

/** GETs the manifest or index a reference names (by digest when pinned, else by tag). */
export function pullManifest(ref: Reference | string, opts: PullOptions = {}): Promise<FetchedManifestBytes> {
  const r = asRef(ref);
  return withClient(r, opts, (c) => c.getManifest(r.repository, manifestReference(r), pullScopes(r.repository)));
}

/** HEADs the manifest a reference names: digest, media type, size; undefined when it does not exist. */
export function headManifest(ref: Reference | string, opts: PullOptions = {}): Promise<ManifestInfo | undefined> {
  const r = asRef(ref);
  return withClient(r, opts, (c) => c.headManifest(r.repository, manifestReference(r), pullScopes(r.repository)));
}

/** The digest a reference points at (its own digest when pinned; else asks the registry). */
export async function resolveDigest(ref: Reference | string, opts: PullOptions = {}): Promise<string> {
  const r = asRef(ref);
  if (r.digest) return r.digest;
  const info = await headManifest(r, opts);
  if (!info) throw new UserError(`${formatReference(r)}: not found`);
  return info.digest;
}

/**
 * Downloads a blob of the reference's repository into `dest` (a path, or a factory of a fresh
 * Writable per attempt), verifying digest and (when given) size. Returns the bytes written.
 */
export function fetchBlob(ref: Reference | string, digest: string, dest: string | (() => Writable), opts: PullOptions & { size?: number } = {}): Promise<number> {
  const r = asRef(ref);
  return withClient(r, opts, (c) => c.fetchBlob(r.repository, digest, opts.size, dest, pullScopes(r.repository)));
}

/**
 * A registry repository read through one client: the image model's source (src/model/
 * registry-source.ts) with the older whole-manifest and blob-to-file reads kept for callers.
 */
export class RegistryImageSource extends ModelRegistrySource {
  /** Where blobs can be mounted from when pushing to the same registry. */
  get mountFrom(): RegistryLocation {
    return this.location;
  }

  static parse(spec: string, opts: RegistryClientOptions = {}): RegistryImageSource {
    return new RegistryImageSource(parseReference(spec), opts);
  }

  /** The manifest the reference points at (no argument) or the one with this digest, as served. */
  async manifest(digest?: string): Promise<FetchedManifestBytes> {
    const client = await this.client();
    return withClient(this.ref, { client }, (c) => c.getManifest(this.ref.repository, digest ? requireDigest(digest, this.name) : manifestReference(this.ref), pullScopes(this.ref.repository)));
  }

  /** Writes a blob to `dest`, verifying its digest and size. Returns the bytes written. */
  async fetchBlob(digest: string, size: number, dest: string): Promise<number> {
    const client = await this.client();
    return withClient(this.ref, { client }, (c) => c.fetchBlob(this.ref.repository, requireDigest(digest, this.name), size, dest, pullScopes(this.ref.repository)));
  }

  /** registry/repository, for messages. */
  get repositoryName(): string {
    return repositoryName(this.ref);
  }
}
