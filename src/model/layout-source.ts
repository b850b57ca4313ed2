// An OCI image layout as an ImageSource: `oci:DIR[:REF]`. Every read goes through the verified
// blob reader (regular files only, bounded by the descriptor, digest checked).
import { promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { OciLayout, type EntryNaming } from '../layout/layout.js';
import { MAX_DOCUMENT_BYTES, openRegularFile, readVerifiedBlob, readVerifiedBytes } from '../layout/blob-read.js';
import { requireDigest } from '../oci/digest.js';
import type { Descriptor } from '../oci/types.js';
import { UserError, fsError } from '../util/errors.js';
import { verifyDocument } from './document.js';
import type { ImageSource, VerifiedDocument } from './types.js';

/** Refuses a folder that is not a layout, with the reason the user can act on. */
export async function requireLayout(dir: string, field?: string): Promise<void> {
  if (await OciLayout.isLayout(dir)) return;
  try {
    await fs.access(dir);
  } catch (e) {
    throw fsError(e, dir, 'reading the OCI layout', field);
  }
  throw new UserError(`${dir} is not an OCI image layout (it has no oci-layout file)`, 1, { kind: 'input', field });
}

export class LayoutImageSource implements ImageSource {
  readonly name: string;
  readonly layout: OciLayout;

  /**
   * `ref`: the index.json entry (its ref.name, or a digest); undefined: the only one.
   * `pinned`: the entry already resolved by the caller (e.g. with tag hints), used as is.
   */
  constructor(
    dir: string,
    readonly ref?: string,
    private readonly pinned?: Descriptor,
    /** How an entry is named where this source was given (push: --ref; copy and bases: oci:DIR:REF). */
    private readonly naming?: EntryNaming,
  ) {
    this.layout = new OciLayout(dir);
    this.name = `oci:${dir}${ref ? ':' + ref : ''}`;
  }

  async resolve(): Promise<Descriptor> {
    if (this.pinned) return this.pinned;
    await requireLayout(this.layout.dir);
    const desc = await this.layout.resolveRef(this.ref, [], this.naming);
    requireDigest(desc.digest, `${this.layout.dir}/index.json`);
    return desc;
  }

  async readDocument<T>(desc: Descriptor): Promise<VerifiedDocument<T>> {
    const digest = requireDigest(desc.digest, this.name);
    const bytes = await readVerifiedBytes(this.layout.blobPath(digest), { digest, size: desc.size }, `${this.name}: blob ${digest}`, MAX_DOCUMENT_BYTES);
    return verifyDocument<T>(bytes, desc, this.name);
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    return this.blobStream(desc);
  }

  /** openBlob at once (the stream fails on its first read when the blob is bad); `what` names it in messages. */
  blobStream(desc: Descriptor, what?: string): Readable {
    const digest = requireDigest(desc.digest, what ?? this.name);
    return readVerifiedBlob(this.layout.blobPath(digest), { digest, size: desc.size }, what ?? `${this.name}: blob ${digest}`);
  }

  async openBlobRange(desc: Descriptor, start: number, end: number): Promise<Readable> {
    const digest = requireDigest(desc.digest, this.name);
    const what = `${this.name}: blob ${digest}`;
    const fh = await openRegularFile(this.layout.blobPath(digest), what);
    const { size } = await fh.stat();
    if (size !== desc.size) {
      await fh.close();
      throw new UserError(`${what} is ${size} bytes, its descriptor says ${desc.size}; the layout is corrupt`, 1, { kind: 'corrupt' });
    }
    return fh.createReadStream({ start, end: end - 1, autoClose: true });
  }

  async close(): Promise<void> {}
}
