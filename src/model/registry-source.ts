// A registry repository as an ImageSource: manifests by tag or digest (verified), blobs streamed
// and verified as they pass, all through one client (one token cache, one connection pool).
import type { Readable } from 'node:stream';
import { requireDigest } from '../oci/digest.js';
import { isIndex, isManifest } from '../oci/mediatypes.js';
import type { Descriptor } from '../oci/types.js';
import { RegistryClient, type RegistryClientOptions } from '../registry/client.js';
import { type Reference, formatReference, manifestReference } from '../registry/reference.js';
import { UserError } from '../util/errors.js';
import { MAX_DOCUMENT_BYTES, verifyDocument } from './document.js';
import type { ImageSource, RegistryLocation, VerifiedDocument } from './types.js';

export interface RegistrySourceOptions extends RegistryClientOptions {
  /** Share a client (the caller closes it); it must be for the reference's registry. */
  client?: RegistryClient;
}

export class RegistryImageSource implements ImageSource {
  readonly name: string;
  readonly location: RegistryLocation;
  private clientPromise?: Promise<RegistryClient>;
  private readonly scopes: string[];

  constructor(
    readonly ref: Reference,
    private readonly opts: RegistrySourceOptions = {},
  ) {
    this.name = formatReference(ref);
    this.location = { registry: ref.registry, repository: ref.repository };
    this.scopes = [`repository:${ref.repository}:pull`];
    if (opts.client) this.clientPromise = Promise.resolve(opts.client);
  }

  client(): Promise<RegistryClient> {
    this.clientPromise ??= RegistryClient.open(this.ref.registry, this.opts);
    return this.clientPromise;
  }

  /** Redacts secrets out of a UserError's message, keeping its kind and field. */
  private async redact<T>(fn: (c: RegistryClient) => Promise<T>): Promise<T> {
    const c = await this.client();
    try {
      return await fn(c);
    } catch (e) {
      throw c.secrets.redactError(e);
    }
  }

  async resolve(): Promise<Descriptor> {
    return this.redact(async (c) => {
      const m = await c.getManifest(this.ref.repository, manifestReference(this.ref), this.scopes);
      // Keep the bytes: a resolve is nearly always followed by a read of the same document.
      const desc = { mediaType: m.mediaType, digest: requireDigest(m.digest, this.name), size: m.bytes.length };
      this.fetched.set(desc.digest, m.bytes);
      return desc;
    });
  }

  private readonly fetched = new Map<string, Buffer>();

  async readDocument<T>(desc: Descriptor): Promise<VerifiedDocument<T>> {
    const digest = requireDigest(desc.digest, this.name);
    if (desc.size !== undefined && desc.size > MAX_DOCUMENT_BYTES) {
      throw new UserError(`${this.name}: ${digest} is ${desc.size} bytes, more than the ${MAX_DOCUMENT_BYTES} a document may have`, 1, { kind: 'too-large' });
    }
    const cached = this.fetched.get(digest);
    if (cached) {
      this.fetched.delete(digest);
      return verifyDocument<T>(cached, desc, this.name);
    }
    return this.redact(async (c) => {
      if (isIndex(desc.mediaType) || isManifest(desc.mediaType) || !desc.mediaType) {
        const m = await c.getManifest(this.ref.repository, digest, this.scopes);
        return verifyDocument<T>(m.bytes, { ...desc, mediaType: desc.mediaType || m.mediaType }, this.name);
      }
      // A config (or other JSON blob): read whole through the verified stream.
      const parts: Buffer[] = [];
      for await (const chunk of await c.openBlobStream(this.ref.repository, { digest, size: desc.size }, this.scopes)) parts.push(chunk as Buffer);
      return verifyDocument<T>(Buffer.concat(parts), desc, this.name);
    });
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    const digest = requireDigest(desc.digest, this.name);
    return this.redact((c) => c.openBlobStream(this.ref.repository, { digest, size: desc.size }, this.scopes));
  }

  async close(): Promise<void> {
    if (this.clientPromise && !this.opts.client) (await this.clientPromise.catch(() => undefined))?.close();
    this.clientPromise = undefined;
  }
}
