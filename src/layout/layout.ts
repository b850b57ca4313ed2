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
import lockfile from 'proper-lockfile';
import { UserError, fsError } from '../util/errors.js';
import { CONTAINERD_NAME, REF_NAME } from '../oci/annotations.js';

export const LAYOUT_VERSION = '1.0.0';
/** The lock folder proper-lockfile makes while index.json is rewritten (never part of the layout). */
export const INDEX_LOCK = 'index.json.lock';
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
   * Picks the image to use. With `ref`: the index.json entry of that org.opencontainers.image.ref.name
   * (or digest). Without: the one image the layout holds (several entries naming one digest are
   * one image, as `build --tag a --tag b` writes); else the entries whose ref name is one of
   * `tagHint` (the tags being pushed to), when they name one image. Errors list what the layout has.
   */
  async resolveRef(ref?: string, tagHint: string[] = [], naming: EntryNaming = { choose: 'choose one with --ref', field: 'ref' }): Promise<Descriptor> {
    const index = await this.readIndex();
    return pickIndexEntry(index.manifests ?? [], ref, { where: `the OCI layout ${this.dir}`, ...naming, tagHint });
  }
}

/**
 * The one resolver of an index.json entry, for layouts and oci-archives alike. With `ref`: the
 * entry of that ref name (or digest). Without: the one image listed (several entries naming one
 * digest are one image, as `build --tag a --tag b` writes); else the entries whose ref name is one
 * of `tagHint` (the tags being pushed to), when they name one image. Unnamed artifact entries are
 * referrers of an image (its SBOM, provenance), not images. Errors list what the index has;
 * `choose` says how to name one, `field` is the input that names it.
 */
/** How the caller's user names an entry: the advice (`choose one with --ref`) and the field at fault. */
export interface EntryNaming {
  choose: string;
  field?: string;
}

export function pickIndexEntry(entries: Descriptor[], ref: string | undefined, o: EntryNaming & { where: string; tagHint?: string[] }): Descriptor {
  const manifests = entries.filter((m) => !(m.artifactType && m.annotations?.[REF_NAME] === undefined));
  if (manifests.length === 0) throw new UserError(`${o.where} has no images (index.json lists none)`, 1, { kind: 'not-found', field: o.field });
  const names = manifests.map((m) => m.annotations?.[REF_NAME]).filter((n): n is string => !!n);
  if (ref === undefined) {
    if (new Set(manifests.map((m) => m.digest)).size === 1) return manifests[0];
    const tagHint = o.tagHint ?? [];
    const hinted = manifests.filter((m) => tagHint.includes(m.annotations?.[REF_NAME] ?? '\0'));
    if (hinted.length && new Set(hinted.map((m) => m.digest)).size === 1) return hinted[0];
    const images = new Set(manifests.map((m) => m.digest)).size;
    const why = hinted.length ? `the tags ${tagHint.join(', ')} name ${new Set(hinted.map((m) => m.digest)).size} different images` : `holds ${images} images`;
    throw new UserError(`${o.where} ${hinted.length ? 'is ambiguous: ' + why : why}; ${o.choose} (${names.join(', ') || 'none named'}): ${describeEntries(manifests)}`, 1, { kind: 'conflict', field: o.field });
  }
  const found = manifests.find((m) => m.annotations?.[REF_NAME] === ref || m.digest === ref);
  if (!found) throw new UserError(`no image named "${ref}" in ${o.where}; it has: ${names.join(', ') || 'no named images'}`, 1, { kind: 'not-found', field: o.field });
  return found;
}

/** "name → sha256:0123456789ab…" for each entry, for error messages. */
function describeEntries(manifests: Descriptor[]): string {
  return manifests.map((m) => `${m.annotations?.[REF_NAME] ?? '(unnamed)'} → ${m.digest.slice(0, 19)}…`).join(', ');
}

/** The lock on a layout's index.json: held only for its read-modify-write, a few milliseconds. */
async function withIndexLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  const lockPath = path.join(dir, INDEX_LOCK);
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: lockPath,
      realpath: false,
      // A lock not refreshed for 10 s belongs to a process that died: taken over.
      stale: 10_000,
      retries: { retries: 200, factor: 1.2, minTimeout: 20, maxTimeout: 500, randomize: true },
      onCompromised: () => {},
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new UserError(`another process has held ${lockPath} for a long time; if no build is writing to ${dir}, remove that folder`, 1, { kind: 'conflict', field: 'output' });
    }
    throw fsError(e, dir, 'locking the OCI layout index', 'output');
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => {});
  }
}

/** index.json with the entries named in `refNames` pointing at `desc` (see LayoutWriter.setRefs). */
export function applyRefs(index: ImageIndex, desc: Descriptor, refNames: string[], imageNames: Record<string, string> = {}): ImageIndex {
  const others = (index.manifests ?? []).filter((m) => {
    const name = m.annotations?.[REF_NAME];
    if (name === undefined) return !(refNames.length === 0 && m.digest === desc.digest);
    return !refNames.includes(name);
  });
  // containerd's `ctr images import` names an image after io.containerd.image.name (the full
  // reference), else after the tag alone; skopeo, umoci and podman read ref.name.
  const named = (n: string) => ({ ...(desc.annotations ?? {}), ...(imageNames[n] ? { [CONTAINERD_NAME]: imageNames[n] } : {}), [REF_NAME]: n });
  const added = refNames.length ? refNames.map((n) => ({ ...desc, annotations: named(n) })) : [desc];
  return { ...index, schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [...others, ...added] };
}

/**
 * A write session on a layout folder, safe when several builds write into one folder at once.
 * Blobs are content-addressed and renamed into place without a lock. index.json is never kept
 * from open(): commit() re-reads it under a lock and applies only this session's ref changes.
 * Until then nothing another process can see names this session's image, so a failure only has
 * to remove the blobs it created — and only those no committed image references (see rollback).
 */
export class LayoutWriter extends OciLayout {
  private readonly createdBlobs = new Set<string>();
  /** Every blob this session's image needs (written, linked or found already there). */
  private readonly usedBlobs = new Set<string>();
  private readonly tempFiles = new Set<string>();
  private createdDir = false;
  private wasEmpty = false;
  private committed = false;
  /** This session's index changes, applied in order at commit: the image's refs, then its referrers. */
  private readonly changes: Array<{ desc: Descriptor; names: string[]; imageNames?: Record<string, string> }> = [];

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
      if (!st.isDirectory()) throw new UserError(`output ${dir} exists and is not a folder; choose another --output`, 2, { kind: 'usage', field: 'output' });
      entries = await fs.readdir(w.dir);
    } catch (e) {
      if (e instanceof UserError) throw e;
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(e, dir, 'opening the output folder', 'output');
    }
    if (entries === undefined) {
      try {
        await makeDir(w.dir);
      } catch (e) {
        throw fsError(e, dir, 'creating the output folder', 'output');
      }
      w.createdDir = true;
    } else {
      // What a layout may hold while other builds write into it before their first commit.
      const foreign = entries.filter((e) => e !== INDEX_LOCK && e !== 'blobs' && !e.startsWith(TEMP_PREFIX));
      if (!entries.includes('oci-layout') && foreign.length) {
        throw new UserError(`output ${dir} is a non-empty folder that is not an OCI image layout; refusing to write into it (choose an empty or new --output)`, 1, { kind: 'conflict', field: 'output' });
      }
      w.wasEmpty = !entries.includes('oci-layout');
      if (entries.includes('index.json')) {
        const index = await w.readIndex();
        if (!Array.isArray(index.manifests)) throw new UserError(`${path.join(dir, 'index.json')} has no manifests list; it is not a valid OCI layout`, 1, { kind: 'malformed', field: 'output' });
      }
    }
    try {
      await fs.mkdir(path.join(w.dir, 'blobs', 'sha256'), { recursive: true });
      // A new layout is one from the start (oci-layout, no index.json yet), so the build can
      // validate its image in place before it commits; a rollback removes it again.
      if (w.createdDir || w.wasEmpty) await w.atomicWrite('oci-layout', JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION } satisfies OciLayoutHeader));
    } catch (e) {
      throw fsError(e, path.join(dir, 'blobs'), 'writing the OCI layout', 'output');
    }
    return w;
  }

  /** A fresh temporary path inside the layout (same filesystem, so rename is atomic). */
  tempPath(): string {
    const p = path.join(this.dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
    this.tempFiles.add(p);
    return p;
  }

  /** Moves a finished temp file into the blob store under its digest. */
  async commitTempBlob(tmp: string, digest: string): Promise<void> {
    const dest = this.blobPath(digest);
    this.tempFiles.delete(tmp);
    this.usedBlobs.add(digest);
    if (await this.hasBlob(digest)) {
      await fs.rm(tmp, { force: true });
      return;
    }
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await fs.rename(tmp, dest);
    this.createdBlobs.add(digest);
  }

  /** Adds an existing, verified file as a blob: a hard link when possible, else a copy. */
  async addBlobFile(src: string, digest: string): Promise<void> {
    this.usedBlobs.add(digest);
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
    this.usedBlobs.add(digest);
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
   * What commit() will do: point each ref name at `desc`, replacing entries of the same name and
   * keeping the rest. With no names, the descriptor is added unnamed (replacing an unnamed entry
   * of the same digest).
   */
  setRefs(desc: Descriptor, refNames: string[], imageNames?: Record<string, string>): void {
    this.changes.push({ desc, names: refNames, imageNames });
  }

  private applyChanges(index: ImageIndex): ImageIndex {
    return this.changes.reduce((acc, c) => applyRefs(acc, c.desc, c.names, c.imageNames), index);
  }

  /** index.json as it is now on disk (an empty index when there is none). */
  private async currentIndex(): Promise<ImageIndex> {
    const exists = await fs.stat(path.join(this.dir, 'index.json')).then(
      () => true,
      () => false,
    );
    if (!exists) return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
    const index = await this.readIndex();
    if (!Array.isArray(index.manifests)) throw new UserError(`${path.join(this.dir, 'index.json')} has no manifests list; it is not a valid OCI layout`, 1, { kind: 'malformed', field: 'output' });
    return index;
  }

  /** index.json as commit() would write it if nobody else committed in between. */
  async prospectiveIndex(): Promise<string> {
    const index = await this.currentIndex();
    return serialiseIndex(this.applyChanges(index));
  }

  /**
   * index.json naming only this session's image (and its referrers): the build validates its
   * own image against it before anyone can see it, whatever other builds commit meanwhile.
   */
  sessionIndex(): Buffer {
    if (!this.changes.length) throw new Error('sessionIndex before setRefs');
    return Buffer.from(serialiseIndex(this.applyChanges({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] })));
  }

  /**
   * The last step of a build that can fail: under the index lock, checks that every blob this
   * image needs is still there (a failed concurrent build removes only what no committed image
   * references), re-reads index.json, applies this session's refs and replaces it atomically.
   */
  async commit(): Promise<void> {
    await withIndexLock(this.dir, async () => {
      await this.checkBlobsPresent();
      const index = await this.currentIndex();
      const header: OciLayoutHeader = { imageLayoutVersion: LAYOUT_VERSION };
      await this.atomicWrite('oci-layout', JSON.stringify(header));
      await this.atomicWrite('index.json', serialiseIndex(this.applyChanges(index)));
    });
    this.committed = true;
    this.createdBlobs.clear();
  }

  /**
   * Throws a 'conflict' error when a blob this session's image needs is gone: a concurrent build
   * that failed removed a blob both were using (before anything referenced it).
   */
  async checkBlobsPresent(): Promise<void> {
    for (const d of this.usedBlobs) {
      if (!(await this.hasBlob(d))) {
        throw new UserError(`blob ${d} vanished from ${this.dir} while this build ran (a concurrent build that failed removed it); run the build again`, 1, { kind: 'conflict', field: 'output' });
      }
    }
  }

  /** Kept for callers that end a session explicitly: after commit() nothing is undone. */
  finish(): void {
    this.committed = true;
    this.createdBlobs.clear();
  }

  private async atomicWrite(name: string, text: string): Promise<void> {
    const tmp = this.tempPath();
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, path.join(this.dir, name));
    this.tempFiles.delete(tmp);
  }

  /** Digests of every blob reachable from index.json as it is now. */
  private async referencedBlobs(): Promise<Set<string>> {
    const seen = new Set<string>();
    const visit = async (d: Descriptor, depth: number): Promise<void> => {
      if (seen.has(d.digest) || depth > 8) return;
      seen.add(d.digest);
      if (!/manifest|index/.test(d.mediaType ?? 'manifest')) return;
      const doc = await this.readJsonBlob<{ manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[]; blobs?: Descriptor[] }>(d.digest).catch(() => undefined);
      if (!doc) return;
      for (const c of doc.manifests ?? []) await visit(c, depth + 1);
      if (doc.config) seen.add(doc.config.digest);
      for (const l of [...(doc.layers ?? []), ...(doc.blobs ?? [])]) seen.add(l.digest);
    };
    for (const m of (await this.currentIndex()).manifests) await visit(m, 0);
    return seen;
  }

  /**
   * Undoes an uncommitted session: removes its temp files, and the blobs it created that no
   * committed image references (another build may have found one of them there and committed
   * it in between; that build's blob stays). Decided under the index lock, so a commit and a
   * removal never interleave. The folder and its blobs folder go too when this session made them
   * and they are empty.
   */
  async rollback(): Promise<void> {
    for (const t of this.tempFiles) await fs.rm(t, { force: true }).catch(() => {});
    this.tempFiles.clear();
    if (this.committed) return;
    if (this.createdBlobs.size) {
      await withIndexLock(this.dir, async () => {
        const keep = await this.referencedBlobs();
        for (const d of this.createdBlobs) if (!keep.has(d)) await fs.rm(this.blobPath(d), { force: true }).catch(() => {});
      }).catch(() => {});
      this.createdBlobs.clear();
    }
    if (this.createdDir || this.wasEmpty) {
      const hasIndex = await fs.stat(path.join(this.dir, 'index.json')).then(
        () => true,
        () => false,
      );
      if (!hasIndex) await fs.rm(path.join(this.dir, 'oci-layout'), { force: true }).catch(() => {});
      for (const d of [path.join(this.dir, 'blobs', 'sha256'), path.join(this.dir, 'blobs'), ...(this.createdDir ? [this.dir] : [])]) {
        await fs.rmdir(d).catch(() => {}); // only when empty: another build may be writing here
      }
    }
  }
}

const TEMP_PREFIX = '.oci-bundle-tmp-';

/**
 * mkdir -p that reports the real cause: Node's recursive mkdir says ENOENT when the first folder
 * it must create is on a read-only file system; creating that one folder alone says EROFS.
 */
async function makeDir(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    let first = dir;
    while (path.dirname(first) !== first && !(await fs.stat(path.dirname(first)).catch(() => undefined))) first = path.dirname(first);
    await fs.mkdir(first);
    throw e;
  }
}

function serialiseIndex(index: ImageIndex): string {
  return JSON.stringify(index, null, 2) + '\n';
}
