// oci-archive (a tar of an OCI image layout, as skopeo's oci-archive: writes it) as a source and
// a destination. The source unpacks the layout's files into a temp folder with the project's one
// tar parser (only oci-layout, index.json and blobs/<alg>/<hex> as regular files; anything else
// is ignored) and reads that as a layout, so every blob is verified on read. The destination
// writes a layout into a temp folder beside the archive and tars it deterministically on commit.
import { closeSync, createReadStream, mkdirSync, openSync, promises as fs, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { writeArchive } from '../layout/archive.js';
import type { Descriptor } from '../oci/types.js';
import { TarReader } from '../tar/reader.js';
import { UserError, fsError } from '../util/errors.js';
import { LayoutDestination } from './layout-destination.js';
import { LayoutImageSource } from './layout-source.js';
import type { BlobOpener, BlobPutResult, ImageDestination, ImageSource, VerifiedDocument } from './types.js';

const LAYOUT_FILE = /^(?:\.\/)?(oci-layout|index\.json|blobs\/(?:sha256\/[0-9a-f]{64}|sha512\/[0-9a-f]{128}))$/;
const FATAL = new Set(['checksum', 'truncated-data', 'truncated-header', 'bad-header', 'oversized-extension']);

/** Extracts the layout files of the archive `file` into `dir` (names checked, so nothing lands outside). */
async function extractLayout(file: string, dir: string, name: string): Promise<void> {
  let fd: number | undefined;
  let failure: UserError | undefined;
  const reader = new TarReader({
    onEntry(e) {
      const m = LAYOUT_FILE.exec(e.path);
      if (!m || e.type !== 'file' || failure) return;
      const dest = path.join(dir, m[1]);
      try {
        mkdirSync(path.dirname(dest), { recursive: true });
        fd = openSync(dest, 'wx', 0o600);
      } catch (err) {
        failure = (err as NodeJS.ErrnoException).code === 'EEXIST' ? new UserError(`${name} holds ${m[1]} twice; it is malformed`, 1, { kind: 'malformed' }) : fsError(err, dest, `unpacking ${name}`);
      }
    },
    onData(chunk) {
      if (fd !== undefined) writeSync(fd, chunk);
    },
    onEntryEnd() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
    onIssue(i) {
      if (FATAL.has(i.kind)) failure ??= new UserError(`${name} is not a readable tar archive: ${i.message}`, 1, { kind: 'corrupt' });
    },
  });
  try {
    for await (const chunk of createReadStream(file)) {
      reader.write(chunk as Buffer);
      if (failure) break;
    }
    if (!failure) reader.end();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw fsError(e, file, `reading ${name}`, 'source');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (failure) throw failure;
}

/** `oci-archive:FILE[:REF]` as a source. */
export class ArchiveImageSource implements ImageSource {
  readonly name: string;
  private layout?: Promise<{ dir: string; source: LayoutImageSource }>;

  constructor(
    readonly file: string,
    readonly ref?: string,
  ) {
    this.name = `oci-archive:${file}${ref ? ':' + ref : ''}`;
  }

  private open(): Promise<LayoutImageSource> {
    this.layout ??= (async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'oci-bundle-archive-'));
      try {
        await extractLayout(this.file, dir, this.name);
      } catch (e) {
        await fs.rm(dir, { recursive: true, force: true });
        throw e;
      }
      return { dir, source: new LayoutImageSource(dir, this.ref) };
    })();
    return this.layout.then((l) => l.source);
  }

  async resolve(): Promise<Descriptor> {
    const s = await this.open();
    try {
      return await s.resolve();
    } catch (e) {
      if (e instanceof UserError && e.kind !== 'malformed' && e.kind !== 'corrupt') {
        throw new UserError(`${this.name}: ${e.message.replace(/\/tmp\/oci-bundle-archive-[^ ]*/g, 'the archive')}`, e.exitCode, { kind: e.kind, field: 'source' });
      }
      throw e;
    }
  }

  async readDocument<T>(desc: Descriptor): Promise<VerifiedDocument<T>> {
    return (await this.open()).readDocument<T>(desc);
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    return (await this.open()).openBlob(desc);
  }

  async openBlobRange(desc: Descriptor, start: number, end: number): Promise<Readable> {
    return (await this.open()).openBlobRange(desc, start, end);
  }

  async close(): Promise<void> {
    const l = await this.layout?.catch(() => undefined);
    this.layout = undefined;
    if (l) await fs.rm(l.dir, { recursive: true, force: true });
  }
}

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
