// An oci-archive read in place, as an ImageSource, over any reader of the archive's members that
// offers verified reads (the validate branch's OciArchiveReader in src/layout/archive-reader.ts
// has exactly this shape). Nothing is extracted: documents and blobs are read from their ranges.
import type { Readable } from 'node:stream';
import type { BlobExpectation } from '../layout/blob-read.js';
import { REF_NAME } from '../oci/annotations.js';
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

/** The index.json entry named `ref` (ref.name or digest), or the one image when ref is undefined. */
export function pickIndexEntry(index: ImageIndex, ref: string | undefined, where: string): Descriptor {
  const manifests = Array.isArray(index.manifests) ? index.manifests : [];
  const names = manifests.map((m) => m.annotations?.[REF_NAME]).filter((n): n is string => !!n);
  if (ref === undefined) {
    if (manifests.length > 0 && new Set(manifests.map((m) => m.digest)).size === 1) return manifests[0];
    throw new UserError(`${where} holds ${manifests.length} images; name one as ${where}:REF (${names.join(', ') || 'none named'})`, 1, { kind: manifests.length ? 'conflict' : 'not-found', field: 'source' });
  }
  const found = manifests.find((m) => m.annotations?.[REF_NAME] === ref || m.digest === ref);
  if (!found) throw new UserError(`no image named "${ref}" in ${where}; it has: ${names.join(', ') || 'no named images'}`, 1, { kind: 'not-found', field: 'source' });
  return found;
}

export class ArchiveFilesSource implements ImageSource {
  readonly name: string;
  private files?: Promise<ArchiveFiles>;

  constructor(
    readonly file: string,
    readonly ref: string | undefined,
    private readonly open: (file: string) => Promise<ArchiveFiles>,
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
    const desc = pickIndexEntry(index, this.ref, `oci-archive:${this.file}`);
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
