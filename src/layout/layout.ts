// OCI image layout on disk: oci-layout, index.json, blobs/<alg>/<hex>.
// Reads are streaming; writes are atomic (temp file + rename) and index.json is replaced last,
// so an interrupted or failed write leaves the previous layout readable.
import { createReadStream, promises as fs } from 'node:fs';
import { readCappedFile } from './blob-read.js';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { MediaType } from '../oci/mediatypes.js';
import { parseDigest, sha256 } from '../oci/digest.js';
import type { Descriptor, ImageIndex, OciLayoutHeader } from '../oci/types.js';
import { UserError, fsError } from '../util/errors.js';

export const LAYOUT_VERSION = '1.0.0';
export const REF_NAME = 'org.opencontainers.image.ref.name';
/** JSON documents (manifests, configs, indexes) larger than this are refused: they are not real. */
export const MAX_JSON_BLOB = 64 * 1024 * 1024;

export class OciLayout {
  constructor(readonly dir: string) {}

  blobPath(digest: string): string {
    const d = parseDigest(digest);
    if (!d) throw new UserError(`invalid digest "${digest}" in ${this.dir}`);
    return path.join(this.dir, 'blobs', d.algorithm, d.hex);
  }

  async hasBlob(digest: string): Promise<boolean> {
    try {
      await fs.access(this.blobPath(digest));
      return true;
    } catch {
      return false;
    }
  }

  async blobSize(digest: string): Promise<number | undefined> {
    try {
      return (await fs.stat(this.blobPath(digest))).size;
    } catch {
      return undefined;
    }
  }

  openBlob(digest: string): Readable {
    return createReadStream(this.blobPath(digest));
  }

  /** Reads a small blob (a JSON document) whole. */
  async readBlob(digest: string): Promise<Buffer> {
    const p = this.blobPath(digest);
    try {
      const st = await fs.stat(p);
      if (st.size > MAX_JSON_BLOB) throw new UserError(`blob ${digest} in ${this.dir} is ${st.size} bytes, too large for a JSON document`);
      return await fs.readFile(p);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw fsError(e, p, 'reading blob');
    }
  }

  async readJsonBlob<T>(digest: string): Promise<T> {
    const buf = await this.readBlob(digest);
    try {
      return JSON.parse(buf.toString('utf8')) as T;
    } catch (e) {
      throw new UserError(`blob ${digest} in ${this.dir} is not valid JSON: ${(e as Error).message}`);
    }
  }

  async readIndex(): Promise<ImageIndex> {
    const p = path.join(this.dir, 'index.json');
    let text: string;
    try {
      // Capped, and never a FIFO or a symlink to a device (readCappedFile).
      text = (await readCappedFile(p, 'the OCI layout index (index.json)')).toString('utf8');
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw fsError(e, p, 'reading the OCI layout index');
    }
    try {
      return JSON.parse(text) as ImageIndex;
    } catch (e) {
      throw new UserError(`${p} is not valid JSON: ${(e as Error).message}`);
    }
  }

  /** True when dir holds an `oci-layout` file. */
  static async isLayout(dir: string): Promise<boolean> {
    try {
      await fs.access(path.join(dir, 'oci-layout'));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Picks the index.json entry named `ref` (its org.opencontainers.image.ref.name), or the only
   * entry when ref is undefined. Errors list what the layout has.
   */
  async resolveRef(ref?: string): Promise<Descriptor> {
    const index = await this.readIndex();
    const manifests = index.manifests ?? [];
    if (manifests.length === 0) throw new UserError(`the OCI layout ${this.dir} has no images (index.json lists none)`);
    const names = manifests.map((m) => m.annotations?.[REF_NAME]).filter((n): n is string => !!n);
    if (ref === undefined) {
      if (manifests.length === 1) return manifests[0];
      throw new UserError(`the OCI layout ${this.dir} holds ${manifests.length} images; choose one with --ref (${names.join(', ') || 'none named'})`);
    }
    const found = manifests.find((m) => m.annotations?.[REF_NAME] === ref || m.digest === ref);
    if (!found) throw new UserError(`no image named "${ref}" in the OCI layout ${this.dir}; it has: ${names.join(', ') || 'no named images'}`);
    return found;
  }
}

/**
 * A write session on a layout folder. Tracks what it created so a failed build can remove
 * exactly that and nothing else.
 */
export class LayoutWriter extends OciLayout {
  private readonly createdBlobs: string[] = [];
  private readonly tempFiles = new Set<string>();
  private createdDir = false;
  private wasEmpty = false;
  /** index.json as it was before commit(): null when there was none. */
  private previousIndex: string | null | undefined;
  private index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };

  private constructor(dir: string) {
    super(dir);
  }

  /**
   * Opens `dir` for writing: creates it when missing, reuses it when it is an OCI layout
   * (keeping its other images), refuses any other non-empty folder.
   */
  static async open(dir: string): Promise<LayoutWriter> {
    const w = new LayoutWriter(path.resolve(dir));
    let entries: string[] | undefined;
    try {
      const st = await fs.stat(w.dir);
      if (!st.isDirectory()) throw new UserError(`output ${dir} exists and is not a folder; choose another --output`);
      entries = await fs.readdir(w.dir);
    } catch (e) {
      if (e instanceof UserError) throw e;
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(e, dir, 'opening the output folder');
    }
    if (entries === undefined) {
      try {
        await fs.mkdir(w.dir, { recursive: true });
      } catch (e) {
        throw fsError(e, dir, 'creating the output folder');
      }
      w.createdDir = true;
    } else if (entries.length === 0) {
      w.wasEmpty = true;
    } else {
      if (!entries.includes('oci-layout')) {
        throw new UserError(`output ${dir} is a non-empty folder that is not an OCI image layout; refusing to write into it (choose an empty or new --output)`);
      }
      w.index = await w.readIndex();
      if (!Array.isArray(w.index.manifests)) throw new UserError(`${path.join(dir, 'index.json')} has no manifests list; it is not a valid OCI layout`);
    }
    await fs.mkdir(path.join(w.dir, 'blobs', 'sha256'), { recursive: true });
    return w;
  }

  /** A fresh temporary path inside the layout (same filesystem, so rename is atomic). */
  tempPath(): string {
    const p = path.join(this.dir, `.oci-bundle-tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    this.tempFiles.add(p);
    return p;
  }

  /** Moves a finished temp file into the blob store under its digest. */
  async commitTempBlob(tmp: string, digest: string): Promise<void> {
    const dest = this.blobPath(digest);
    this.tempFiles.delete(tmp);
    if (await this.hasBlob(digest)) {
      await fs.rm(tmp, { force: true });
      return;
    }
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await fs.rename(tmp, dest);
    this.createdBlobs.push(dest);
  }

  /** Adds an existing, verified file as a blob: a hard link when possible, else a copy. */
  async addBlobFile(src: string, digest: string): Promise<void> {
    if (await this.hasBlob(digest)) return;
    const dest = this.blobPath(digest);
    await fs.mkdir(path.dirname(dest), { recursive: true });
    const tmp = this.tempPath();
    try {
      await fs.link(src, tmp);
    } catch {
      await fs.copyFile(src, tmp);
    }
    await this.commitTempBlob(tmp, digest);
  }

  /** Writes bytes as a blob (JSON documents); returns its descriptor. */
  async writeBlob(mediaType: string, bytes: Buffer): Promise<Descriptor> {
    const digest = sha256(bytes);
    if (!(await this.hasBlob(digest))) {
      const tmp = this.tempPath();
      await fs.writeFile(tmp, bytes);
      await this.commitTempBlob(tmp, digest);
    }
    return { mediaType, digest, size: bytes.length };
  }

  /** Serialises once and stores exactly those bytes: the digest is of what is on disk. */
  async writeJson(mediaType: string, doc: unknown): Promise<{ descriptor: Descriptor; bytes: Buffer }> {
    const bytes = Buffer.from(JSON.stringify(doc), 'utf8');
    return { descriptor: await this.writeBlob(mediaType, bytes), bytes };
  }

  /**
   * Points each ref name at `desc`, replacing entries of the same name and keeping the rest.
   * With no names, adds the descriptor unnamed (replacing an unnamed entry of the same digest).
   */
  setRefs(desc: Descriptor, refNames: string[]): void {
    const others = this.index.manifests.filter((m) => {
      const name = m.annotations?.[REF_NAME];
      if (name === undefined) return !(refNames.length === 0 && m.digest === desc.digest);
      return !refNames.includes(name);
    });
    const added = refNames.length
      ? refNames.map((n) => ({ ...desc, annotations: { ...(desc.annotations ?? {}), [REF_NAME]: n } }))
      : [desc];
    this.index = { ...this.index, schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [...others, ...added] };
  }

  currentIndex(): ImageIndex {
    return this.index;
  }

  /**
   * Writes oci-layout, then replaces index.json atomically. Until finish(), rollback() can still
   * put the previous index back (a build validates its output between the two).
   */
  async commit(): Promise<void> {
    if (this.previousIndex === undefined) {
      this.previousIndex = await fs.readFile(path.join(this.dir, 'index.json'), 'utf8').catch(() => null);
    }
    const header: OciLayoutHeader = { imageLayoutVersion: LAYOUT_VERSION };
    await this.atomicWrite('oci-layout', JSON.stringify(header));
    await this.atomicWrite('index.json', JSON.stringify(this.index, null, 2) + '\n');
  }

  /** The session is over: what it wrote stays. */
  finish(): void {
    this.createdBlobs.length = 0;
    this.createdDir = false;
    this.wasEmpty = false;
    this.previousIndex = undefined;
  }

  private async atomicWrite(name: string, text: string): Promise<void> {
    const tmp = this.tempPath();
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, path.join(this.dir, name));
    this.tempFiles.delete(tmp);
  }

  /** Undoes this session: removes temp files and blobs it added, and the folder if it made it. */
  async rollback(): Promise<void> {
    for (const t of this.tempFiles) await fs.rm(t, { force: true }).catch(() => {});
    this.tempFiles.clear();
    if (this.createdDir) {
      await fs.rm(this.dir, { recursive: true, force: true }).catch(() => {});
      return;
    }
    if (this.wasEmpty) {
      for (const e of await fs.readdir(this.dir).catch(() => [] as string[])) {
        await fs.rm(path.join(this.dir, e), { recursive: true, force: true }).catch(() => {});
      }
      return;
    }
    if (typeof this.previousIndex === 'string') await this.atomicWrite('index.json', this.previousIndex);
    for (const b of this.createdBlobs) await fs.rm(b, { force: true }).catch(() => {});
    this.createdBlobs.length = 0;
  }
}
