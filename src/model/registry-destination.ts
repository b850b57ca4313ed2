// A registry repository as an ImageDestination: HEAD before upload, a cross-repository mount when
// told where the blob is, else an upload straight from the source's stream (one PUT; a retry
// re-opens the source). Manifests go up with their exact bytes, by digest or under a tag.
import { Readable } from 'node:stream';
import { isForeignLayer } from '../oci/mediatypes.js';
import type { Descriptor } from '../oci/types.js';
import { RegistryClient, type RegistryClientOptions, shortDigest } from '../registry/client.js';
import { formatReference, type Reference } from '../registry/reference.js';
import { UserError } from '../util/errors.js';
import type { BlobOpener, BlobPutOptions, BlobPutResult, ImageDestination, RegistryLocation, VerifiedDocument } from './types.js';

export interface RegistryDestinationOptions extends RegistryClientOptions {
  /** Share a client (the caller closes it); it must be for the reference's registry. */
  client?: RegistryClient;
  /** Blobs larger than this go up in chunks when the source can be read by range (default 16 MiB). */
  chunkThreshold?: number;
  chunkSize?: number;
}

/**
 * A readable that opens its real source on first read: the transport wants a synchronous
 * `open()`, sources open asynchronously.
 */
function lazyReadable(open: () => Promise<Readable>, onSourceError: (e: Error) => void): Readable {
  let inner: Readable | undefined;
  const out = new Readable({
    read() {
      if (inner) {
        inner.resume();
        return;
      }
      open().then(
        (s) => {
          inner = s;
          s.on('data', (c: Buffer) => {
            if (!out.push(c)) s.pause();
          });
          s.once('end', () => out.push(null));
          s.once('error', (e) => {
            onSourceError(e);
            out.destroy(e);
          });
        },
        (e: Error) => {
          onSourceError(e);
          out.destroy(e);
        },
      );
    },
    destroy(err, cb) {
      inner?.destroy();
      cb(err);
    },
  });
  return out;
}

export class RegistryDestination implements ImageDestination {
  readonly name: string;
  readonly location: RegistryLocation;
  readonly concurrency = 3;
  private clientPromise?: Promise<RegistryClient>;
  /** Extra pull scopes for repositories blobs are mounted from. */
  private readonly mountScopes = new Set<string>();

  constructor(
    readonly ref: Reference,
    private readonly opts: RegistryDestinationOptions = {},
  ) {
    this.name = formatReference(ref);
    this.location = { registry: ref.registry, repository: ref.repository };
    if (opts.client) this.clientPromise = Promise.resolve(opts.client);
  }

  client(): Promise<RegistryClient> {
    this.clientPromise ??= RegistryClient.open(this.ref.registry, this.opts);
    return this.clientPromise;
  }

  /** Declares the repositories blobs may be mounted from, so the token asks for all scopes at once. */
  addMountSources(repositories: Iterable<string>): void {
    for (const r of repositories) if (r !== this.ref.repository) this.mountScopes.add(r);
  }

  private scopes(): string[] {
    return [`repository:${this.ref.repository}:pull,push`, ...[...this.mountScopes].map((s) => `repository:${s}:pull`)];
  }

  async hasBlob(desc: Descriptor): Promise<boolean> {
    if (isForeignLayer(desc.mediaType)) return true;
    const c = await this.client();
    return (await c.headBlob(this.ref.repository, desc.digest, this.scopes())) !== undefined;
  }

  async hasManifest(desc: Descriptor): Promise<boolean> {
    const c = await this.client();
    const got = await c.headManifest(this.ref.repository, desc.digest, this.scopes());
    return got !== undefined && got.digest === desc.digest;
  }

  async putBlob(desc: Descriptor, open: BlobOpener, o: BlobPutOptions = {}): Promise<BlobPutResult> {
    if (isForeignLayer(desc.mediaType)) return 'exists';
    if (o.mountFrom) this.addMountSources([o.mountFrom]);
    const c = await this.client();
    // The source's own error (a corrupt or missing blob) is what the user needs, not the
    // transport's "cannot read the data to send" around it.
    let sourceError: Error | undefined;
    const failed = (e: Error) => (sourceError ??= e);
    return c.pushBlob(
      this.ref.repository,
      desc,
      {
        open: (start, end) => {
          if (end <= start) return Readable.from([]);
          if (start === 0 && end === desc.size) return lazyReadable(open, failed);
          // Only a source that can seek is uploaded in chunks (chunkThreshold below).
          if (!o.openRange) throw new UserError(`internal: ranged read of ${shortDigest(desc.digest)} from a stream source`);
          const range = o.openRange;
          return lazyReadable(() => range(start, end), failed);
        },
      },
      {
        scopes: this.scopes(),
        mountFrom: o.mountFrom,
        chunkThreshold: o.openRange ? this.opts.chunkThreshold : Number.MAX_SAFE_INTEGER,
        chunkSize: this.opts.chunkSize,
        onProgress: o.onProgress,
      },
    ).catch((e: unknown) => {
      throw sourceError instanceof UserError ? sourceError : e;
    });
  }

  async putManifest(doc: VerifiedDocument, o: { tags: string[]; child?: boolean }): Promise<void> {
    const c = await this.client();
    const { digest, mediaType } = doc.descriptor;
    const refs = o.tags.length ? o.tags : [digest];
    for (const r of refs) await c.putManifest(this.ref.repository, r, doc.bytes, mediaType, this.scopes());
  }

  async commit(): Promise<void> {}
  async abort(): Promise<void> {}

  async close(): Promise<void> {
    if (this.clientPromise && !this.opts.client) (await this.clientPromise.catch(() => undefined))?.close();
    this.clientPromise = undefined;
  }
}
