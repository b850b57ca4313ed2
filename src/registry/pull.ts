// Reading from registries: manifests (GET/HEAD with an Accept list for OCI and Docker v2s2
// manifests and indexes), tag → digest resolution, and blobs streamed into a file or a writable
// with digest verification. Also an ImageSource for base images pulled from a registry.
import type { Writable } from 'node:stream';
import { UserError } from '../util/errors.js';
import type { ImageSource, FetchedManifest } from '../image/source.js';
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

/** Rewrites a UserError with every secret the client knows replaced by ***. */
function redacted(e: unknown, client: RegistryClient): unknown {
  if (e instanceof UserError) {
    const msg = client.secrets.redact(e.message);
    if (msg !== e.message) return new UserError(msg, e.exitCode);
  }
  return e;
}

async function withClient<T>(ref: Reference, opts: PullOptions, fn: (c: RegistryClient) => Promise<T>): Promise<T> {
  if (opts.client && opts.client.registry !== ref.registry) {
    throw new Error(`client for ${opts.client.registry} used for ${ref.registry}`);
  }
  const client = opts.client ?? (await RegistryClient.open(ref.registry, opts));
  try {
    return await fn(client);
  } catch (e) {
    throw redacted(e, client);
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

/** A base image in a registry, read through one client (call close() when done). */
export class RegistryImageSource implements ImageSource {
  readonly name: string;
  readonly mountFrom: { registry: string; repository: string };
  private clientPromise?: Promise<RegistryClient>;

  constructor(
    readonly ref: Reference,
    private readonly opts: RegistryClientOptions = {},
  ) {
    this.name = formatReference(ref);
    this.mountFrom = { registry: ref.registry, repository: ref.repository };
  }

  static parse(spec: string, opts: RegistryClientOptions = {}): RegistryImageSource {
    return new RegistryImageSource(parseReference(spec), opts);
  }

  private client(): Promise<RegistryClient> {
    this.clientPromise ??= RegistryClient.open(this.ref.registry, this.opts);
    return this.clientPromise;
  }

  async manifest(digest?: string): Promise<FetchedManifest> {
    const client = await this.client();
    return withClient(this.ref, { client }, (c) => c.getManifest(this.ref.repository, digest ?? manifestReference(this.ref), pullScopes(this.ref.repository)));
  }

  async fetchBlob(digest: string, size: number, dest: string): Promise<number> {
    const client = await this.client();
    return withClient(this.ref, { client }, (c) => c.fetchBlob(this.ref.repository, digest, size, dest, pullScopes(this.ref.repository)));
  }

  /** registry/repository, for messages. */
  get repositoryName(): string {
    return repositoryName(this.ref);
  }

  async close(): Promise<void> {
    if (this.clientPromise) (await this.clientPromise.catch(() => undefined))?.close();
  }
}
