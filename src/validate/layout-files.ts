// The files of a layout as the validator reads them, from a folder or in place from an
// oci-archive (src/layout/archive-reader.ts): the two top files, the blobs folder, and blobs as
// streams bounded by the size they were found with (a blob that grows, or is a symlink, a FIFO
// or a device, is an error, never an endless read).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readBounded, readCappedFile } from '../layout/blob-read.js';
import { OciArchiveReader } from '../layout/archive-reader.js';

export type BlobStat = { present: true; size: number } | { present: false; reason: string };

export interface LayoutFiles {
  /** oci-layout or index.json, whole; UserError kinds: not-found, too-large, corrupt (not a regular file), io. */
  readTop(name: 'oci-layout' | 'index.json', max: number): Promise<Buffer>;
  /** Is there a blobs folder? */
  blobsFolder(): Promise<'ok' | 'missing' | 'not-a-folder'>;
  statBlob(algorithm: string, hex: string): Promise<BlobStat>;
  /** The blob's bytes: fails past `size` bytes (the size it was found with). */
  openBlob(algorithm: string, hex: string, size: number): Readable;
  /** Every blob file, as algorithm:hex, with its size. */
  listBlobs(): Promise<Array<{ digest: string; size: number }>>;
}

export class FolderFiles implements LayoutFiles {
  constructor(
    readonly dir: string,
    /** index.json's bytes to use instead of the file's (see ValidateOptions.index). */
    private readonly index?: Buffer,
  ) {}

  private blobFile(algorithm: string, hex: string): string {
    return path.join(this.dir, 'blobs', algorithm, hex);
  }

  readTop(name: 'oci-layout' | 'index.json', max: number): Promise<Buffer> {
    if (name === 'index.json' && this.index) return Promise.resolve(this.index);
    const read = readCappedFile(path.join(this.dir, name), name, max);
    // With the index as it will be, oci-layout is also as the commit will write it (a failed
    // concurrent build may remove an uncommitted one meanwhile).
    if (name === 'oci-layout' && this.index) return read.catch(() => Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
    return read;
  }

  async blobsFolder(): Promise<'ok' | 'missing' | 'not-a-folder'> {
    try {
      return (await fs.lstat(path.join(this.dir, 'blobs'))).isDirectory() ? 'ok' : 'not-a-folder';
    } catch {
      return 'missing';
    }
  }

  async statBlob(algorithm: string, hex: string): Promise<BlobStat> {
    const shown = `blobs/${algorithm}/${hex}`;
    try {
      const st = await fs.lstat(this.blobFile(algorithm, hex));
      if (st.isFile()) return { present: true, size: st.size };
      return { present: false, reason: `${shown} is ${st.isSymbolicLink() ? 'a symbolic link' : 'not'} a regular file` };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { present: false, reason: code === 'ENOENT' || code === 'ENOTDIR' ? `${shown} does not exist` : `${shown} cannot be read: ${code ?? (e as Error).message}` };
    }
  }

  openBlob(algorithm: string, hex: string, size: number): Readable {
    // The verified reader's bounded read; the digest is the validator's to compute and report.
    return Readable.from(readBounded(this.blobFile(algorithm, hex), size, `blob ${algorithm}:${hex}`), { objectMode: false });
  }

  async listBlobs(): Promise<Array<{ digest: string; size: number }>> {
    const out: Array<{ digest: string; size: number }> = [];
    const root = path.join(this.dir, 'blobs');
    for (const alg of await fs.readdir(root).catch(() => [] as string[])) {
      for (const f of await fs.readdir(path.join(root, alg)).catch(() => [] as string[])) {
        out.push({ digest: `${alg}:${f}`, size: (await fs.lstat(path.join(root, alg, f)).catch(() => undefined))?.size ?? 0 });
      }
    }
    return out;
  }
}

/** The layout inside an oci-archive, read in place. */
export class ArchiveFiles implements LayoutFiles {
  constructor(readonly archive: OciArchiveReader) {}

  async readTop(name: 'oci-layout' | 'index.json', max: number): Promise<Buffer> {
    return this.archive.readMember(name, name, max);
  }

  async blobsFolder(): Promise<'ok' | 'missing' | 'not-a-folder'> {
    if (this.archive.isFolder('blobs')) return 'ok';
    return this.archive.member('blobs') ? 'not-a-folder' : 'missing';
  }

  async statBlob(algorithm: string, hex: string): Promise<BlobStat> {
    const m = this.archive.member(`blobs/${algorithm}/${hex}`);
    return m ? { present: true, size: m.size } : { present: false, reason: `blobs/${algorithm}/${hex} is not in the archive` };
  }

  openBlob(algorithm: string, hex: string): Readable {
    return this.archive.openMember(`blobs/${algorithm}/${hex}`);
  }

  async listBlobs(): Promise<Array<{ digest: string; size: number }>> {
    const out: Array<{ digest: string; size: number }> = [];
    for (const m of this.archive.list()) {
      const parts = m.path.split('/');
      if (parts.length === 3 && parts[0] === 'blobs') out.push({ digest: `${parts[1]}:${parts[2]}`, size: m.size });
    }
    return out;
  }
}
