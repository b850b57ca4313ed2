// An oci-archive read in place, as an ImageSource, over any reader of the archive's members that
// offers verified reads (the validate branch's OciArchiveReader in src/layout/archive-reader.ts
// has exactly this shape). Nothing is extracted: documents and blobs are read from their ranges.
import type { Readable } from 'node:stream';
import type { BlobExpectation } from '../layout/blob-read.js';
import { pickIndexEntry } from '../layout/layout.js';
import { requireDigest } from '../oci/digest.js';
import type { Descriptor, ImageIndex } from '../oci/types.js';
import { UserError } from '../util/errors.js';
import { MAX_DOCUMENT_BYTES, verifyDocument } from './document.js';
import type { ImageSource, VerifiedDocument } from './types.js';

/** What the source needs of an archive reader. */
export interface ArchiveFiles {
  readIndex(): Promise<Buffer>;
  readVerifiedBytes(want: BlobExpectation, what: string, max?: number): Promise<Buffer>;
  readVerifiedBlob(want: BlobExpectation, what: string): Readable;
}

export class ArchiveFilesSource implements ImageSource {
  readonly name: string;
  private files?: Promise<ArchiveFiles>;

  constructor(
    readonly file: string,
    readonly ref: string | undefined,
    private readonly open: (file: string) => Promise<ArchiveFiles>,
    /** The field that names this source (copy's SOURCE, build's --base). */
    private readonly field = 'source',
  ) {
    this.name = `oci-archive:${file}${ref ? ':' + ref : ''}`;
  }

  private reader(): Promise<ArchiveFiles> {
    this.files ??= this.open(this.file);
    return this.files;
  }

  async resolve(): Promise<Descriptor> {
    const bytes = await (await this.reader()).readIndex();
    let index: ImageIndex;
    try {
      index = JSON.parse(bytes.toString('utf8')) as ImageIndex;
    } catch {
      throw new UserError(`${this.name}: index.json is not valid JSON`, 1, { kind: 'malformed' });
    }
    const where = `oci-archive:${this.file}`;
    const desc = pickIndexEntry(Array.isArray(index.manifests) ? index.manifests : [], this.ref, { where, choose: `name one as ${where}:REF`, field: this.field });
    requireDigest(desc.digest, `${this.name}: index.json`);
    return desc;
  }

  async readDocument<T>(desc: Descriptor): Promise<VerifiedDocument<T>> {
    const digest = requireDigest(desc.digest, this.name);
    const bytes = await (await this.reader()).readVerifiedBytes({ digest, size: desc.size }, `${this.name}: blob ${digest}`, MAX_DOCUMENT_BYTES);
    return verifyDocument<T>(bytes, desc, this.name);
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    const digest = requireDigest(desc.digest, this.name);
    return (await this.reader()).readVerifiedBlob({ digest, size: desc.size }, `${this.name}: blob ${digest}`);
  }

  async close(): Promise<void> {
    this.files = undefined;
  }
}
