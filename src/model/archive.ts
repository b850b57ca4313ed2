// oci-archive (a tar of an OCI image layout, as skopeo's oci-archive: writes it) as a destination:
// a layout in a temp folder beside the archive, tarred deterministically on commit. (The source
// reads the archive in place: src/model/archive-files.ts over src/layout/archive-reader.ts.)
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeArchive } from '../layout/archive.js';
import type { Descriptor } from '../oci/types.js';
import { fsError } from '../util/errors.js';
import { LayoutDestination } from './layout-destination.js';
import type { BlobOpener, BlobPutResult, ImageDestination, VerifiedDocument } from './types.js';

/** `oci-archive:FILE[:REF]` as a destination: a layout in a temp folder, tarred on commit. */
export class ArchiveDestination implements ImageDestination {
  readonly name: string;
  readonly concurrency = 2;
  private inner?: Promise<{ dir: string; dest: LayoutDestination }>;

  constructor(
    readonly file: string,
    /** Seconds since the epoch for the tar entries (deterministic archives). */
    private readonly mtime = 0,
  ) {
    this.name = `oci-archive:${file}`;
  }

  private open(): Promise<LayoutDestination> {
    this.inner ??= (async () => {
      const parent = path.dirname(path.resolve(this.file));
      let dir: string;
      try {
        dir = await fs.mkdtemp(path.join(parent, `.${path.basename(this.file)}.layout-`));
      } catch (e) {
        throw fsError(e, parent, `writing ${this.name}`, 'destination');
      }
      return { dir, dest: new LayoutDestination(path.join(dir, 'layout'), this.name) };
    })();
    return this.inner.then((i) => i.dest);
  }

  async hasBlob(desc: Descriptor): Promise<boolean> {
    return (await this.open()).hasBlob(desc);
  }

  async putBlob(desc: Descriptor, open: BlobOpener): Promise<BlobPutResult> {
    return (await this.open()).putBlob(desc, open);
  }

  async putManifest(doc: VerifiedDocument, o: { tags: string[]; child?: boolean }): Promise<void> {
    return (await this.open()).putManifest(doc, o);
  }

  async commit(): Promise<void> {
    const dest = await this.open();
    await dest.commit();
    await writeArchive(dest.dir, this.file, this.mtime);
    await this.cleanup();
  }

  async abort(): Promise<void> {
    await this.cleanup();
  }

  private async cleanup(): Promise<void> {
    const i = await this.inner?.catch(() => undefined);
    this.inner = undefined;
    if (i) await fs.rm(i.dir, { recursive: true, force: true });
  }

  async close(): Promise<void> {
    await this.cleanup();
  }
}
