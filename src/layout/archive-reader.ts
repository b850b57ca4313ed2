// An oci-archive (a tar of an OCI image layout, possibly gzip'd) read in place: one pass with the
// project's tar reader indexes the members by offset, then a member is read as a byte range of the
// archive file. Nothing is extracted, so a small archive cannot fill a temp folder.
// Bounds: the index holds at most MAX_MEMBERS entries; a member stream yields exactly the member's
// bytes; verified reads stop at the descriptor's size + 1 byte and check the digest (as
// src/layout/blob-read.ts does for layout folders). A gzip'd archive has no random access: its
// small members (the JSON documents) are kept from the indexing pass, within a memory budget, and
// a large member is read by decompressing again from the start, never by writing anything out.
import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import { parseDigest } from '../oci/digest.js';
import { TarReader, type TarEntryType, type TarIssue } from '../tar/reader.js';
import { UserError } from '../util/errors.js';
import { MAX_DOCUMENT_BYTES, type BlobExpectation } from './blob-read.js';
import { COMPRESSION } from '../oci/compression.js';
import { cleanEntryPath } from '../tar/entry-path.js';

/** Members an archive may list: a layout holds its blobs and two files. */
export const MAX_MEMBERS = 100_000;
/** Members of a gzip'd archive up to this size are kept from the indexing pass... */
const GZIP_KEEP_MEMBER = 1024 * 1024;
/** ...as long as they all fit in this budget. */
const GZIP_KEEP_TOTAL = 64 * 1024 * 1024;
const CHUNK = 1024 * 1024;

export interface ArchiveMember {
  /** Normalised path inside the layout (no leading "./" or "/", no "." or ".." parts). */
  path: string;
  type: TarEntryType;
  /** Offset of the content in the (uncompressed) tar stream. */
  offset: number;
  size: number;
}

/** A problem with an archive entry or its tar framing, for the caller to report or refuse. */
export interface ArchiveIssue {
  kind: 'tar' | 'entry-path' | 'entry-type' | 'duplicate' | 'file-and-folder' | 'too-many-members';
  /** For 'tar': the tar reader's issue. */
  tar?: TarIssue;
  /** The entry as stored, when the issue concerns one. */
  entry?: string;
  message: string;
}

function corrupt(what: string, msg: string): UserError {
  return new UserError(`${what} ${msg}; the archive is corrupt`, 1, { kind: 'corrupt' });
}

/** A member name as clean parts joined by "/"; undefined when ".." climbs out or the name is absolute. */
function memberPath(name: string): string | undefined {
  if (name.startsWith('/')) return undefined;
  return cleanEntryPath(name)?.join('/');
}

async function isGzip(file: string): Promise<boolean> {
  const fh = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/** The uncompressed tar stream of the archive, from its start. */
async function* tarStream(file: string, gzip: boolean): AsyncGenerator<Buffer> {
  const fh = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const raw = fh.createReadStream({ highWaterMark: CHUNK, autoClose: false });
    if (!gzip) {
      for await (const c of raw) yield c as Buffer;
      return;
    }
    const gunzip = COMPRESSION.gzip.decompressor();
    raw.pipe(gunzip);
    raw.on('error', (e) => gunzip.destroy(e));
    try {
      for await (const c of gunzip) yield c as Buffer;
    } finally {
      raw.destroy();
      gunzip.destroy();
    }
  } finally {
    await fh.close();
  }
}

export class OciArchiveReader {
  private readonly members = new Map<string, ArchiveMember>();
  /** Folders the archive lists as entries of their own. */
  private readonly dirs = new Set<string>();
  /** Content of small members of a gzip'd archive, from the indexing pass. */
  private readonly kept = new Map<string, Buffer>();
  /** What the indexing pass found wrong (in order). */
  readonly issues: ArchiveIssue[] = [];
  /** Bytes of the (uncompressed) tar stream. */
  tarBytes = 0;

  private constructor(
    readonly file: string,
    readonly gzip: boolean,
  ) {}

  /**
   * Indexes `file`. Throws (UserError) only when the file cannot be read at all; damage found
   * in the tar is in `issues`, and the index holds what was read before it.
   */
  static async open(file: string): Promise<OciArchiveReader> {
    let st;
    try {
      st = await fs.stat(file);
    } catch (e) {
      throw new UserError(`cannot read the archive ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 1, { kind: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'io' });
    }
    if (!st.isFile()) throw new UserError(`${file} is not a regular file, so it is not an oci-archive`, 1, { kind: 'input' });
    const r = new OciArchiveReader(file, await isGzip(file));
    await r.index();
    return r;
  }

  private async index(): Promise<void> {
    const dirs = this.dirs;
    let keptTotal = 0;
    let collecting: { path: string; parts: Buffer[] } | undefined;
    let full = false;
    const reader = new TarReader({
      onEntry: (e) => {
        collecting = undefined;
        if (full) return;
        const p = memberPath(e.path);
        if (p === undefined) {
          this.issues.push({ kind: 'entry-path', entry: e.path, message: `the archive entry "${e.path}" ${e.path.startsWith('/') ? 'is an absolute path' : 'escapes the layout folder'}; ignored` });
          return;
        }
        if (p === '') return;
        if (e.type === 'dir') {
          dirs.add(p);
          return;
        }
        if (e.type !== 'file') {
          this.issues.push({ kind: 'entry-type', entry: e.path, message: `the archive entry "${e.path}" is a ${e.type}; an oci-archive holds only files and folders, so it was ignored` });
          return;
        }
        if (dirs.has(p)) {
          this.issues.push({ kind: 'file-and-folder', entry: e.path, message: `"${p}" is both a folder and a file in the archive` });
          return;
        }
        if (this.members.has(p)) this.issues.push({ kind: 'duplicate', entry: e.path, message: `"${p}" appears more than once in the archive; the last copy is used` });
        else if (this.members.size >= MAX_MEMBERS) {
          full = true;
          this.issues.push({ kind: 'too-many-members', message: `the archive has more than ${MAX_MEMBERS} files; an OCI layout never has that many, so the rest was not read` });
          return;
        }
        this.members.set(p, { path: p, type: e.type, offset: e.offset + 512, size: e.size });
        this.kept.delete(p);
        if (this.gzip && e.size <= GZIP_KEEP_MEMBER && keptTotal + e.size <= GZIP_KEEP_TOTAL) {
          collecting = { path: p, parts: [] };
          keptTotal += e.size;
        }
      },
      onData: (chunk) => {
        collecting?.parts.push(Buffer.from(chunk));
      },
      onEntryEnd: () => {
        if (collecting) this.kept.set(collecting.path, Buffer.concat(collecting.parts));
        collecting = undefined;
      },
      onIssue: (i) => this.issues.push({ kind: 'tar', tar: i, message: i.message }),
    });
    try {
      for await (const c of tarStream(this.file, this.gzip)) reader.write(c);
    } catch (e) {
      throw new UserError(`cannot read the archive ${this.file}: ${(e as Error).message}`, 1, { kind: 'corrupt' });
    }
    this.tarBytes = reader.end().bytes;
  }

  /** Every file member, in archive order of first appearance. */
  list(): ArchiveMember[] {
    return [...this.members.values()];
  }

  /** The member at `p` (a normalised path, e.g. "blobs/sha256/<hex>"), if the archive has it. */
  member(p: string): ArchiveMember | undefined {
    return this.members.get(p);
  }

  /** Is `p` a folder of the archive (listed as an entry, or holding a member)? */
  isFolder(p: string): boolean {
    if (this.dirs.has(p)) return true;
    const prefix = `${p}/`;
    for (const m of this.members.keys()) if (m.startsWith(prefix)) return true;
    return false;
  }

  /** The member's bytes as a stream: exactly its size, never past it. */
  openMember(p: string): Readable {
    const m = this.members.get(p);
    if (!m) throw new UserError(`${p} is not in the archive ${this.file}`, 1, { kind: 'not-found' });
    const kept = this.kept.get(p);
    if (kept) return Readable.from([kept], { objectMode: false });
    return Readable.from(this.gzip ? this.gzipRange(m) : this.fileRange(m), { objectMode: false });
  }

  private async *fileRange(m: ArchiveMember): AsyncGenerator<Buffer> {
    if (m.size === 0) return;
    const fh = await fs.open(this.file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      let done = 0;
      while (done < m.size) {
        const n = Math.min(CHUNK, m.size - done);
        const buf = Buffer.allocUnsafe(n);
        const { bytesRead } = await fh.read(buf, 0, n, m.offset + done);
        if (bytesRead === 0) throw corrupt(`member ${m.path} of ${this.file}`, 'ends early (the archive changed while it was read)');
        done += bytesRead;
        yield bytesRead === n ? buf : buf.subarray(0, bytesRead);
      }
    } finally {
      await fh.close();
    }
  }

  private async *gzipRange(m: ArchiveMember): AsyncGenerator<Buffer> {
    if (m.size === 0) return;
    const end = m.offset + m.size;
    let pos = 0;
    for await (const c of tarStream(this.file, true)) {
      const from = Math.max(m.offset, pos);
      const to = Math.min(end, pos + c.length);
      if (from < to) yield c.subarray(from - pos, to - pos);
      pos += c.length;
      if (pos >= end) return;
    }
    throw corrupt(`member ${m.path} of ${this.file}`, 'ends early (the archive changed while it was read)');
  }

  /** A small member read whole (index.json, oci-layout), refused when over `max` bytes. */
  async readMember(p: string, what: string, max = MAX_DOCUMENT_BYTES): Promise<Buffer> {
    const m = this.members.get(p);
    if (!m) throw new UserError(`${what} is missing from the archive ${this.file}`, 1, { kind: 'not-found' });
    if (m.size > max) throw new UserError(`${what} in ${this.file} is ${m.size} bytes, more than the ${max} allowed`, 1, { kind: 'too-large' });
    const parts: Buffer[] = [];
    for await (const c of this.openMember(p)) parts.push(c as Buffer);
    return Buffer.concat(parts);
  }

  readIndex(): Promise<Buffer> {
    return this.readMember('index.json', 'the layout index (index.json)');
  }

  readOciLayout(): Promise<Buffer> {
    return this.readMember('oci-layout', 'the oci-layout file');
  }

  /** The member path of a blob; undefined for a digest that is not one (never a path). */
  static blobPath(digest: string): string | undefined {
    const d = parseDigest(digest);
    return d ? `blobs/${d.algorithm}/${d.hex}` : undefined;
  }

  /**
   * A blob as a verified stream, like readVerifiedBlob for a layout folder: fails when the member
   * is missing, larger or smaller than `want.size`, or its digest differs.
   */
  readVerifiedBlob(want: BlobExpectation, what = `blob ${want.digest}`): Readable {
    const d = parseDigest(want.digest);
    const p = OciArchiveReader.blobPath(want.digest);
    if (!d || !p) throw new UserError(`${what}: "${want.digest}" is not a valid digest`, 1, { kind: 'malformed', field: 'digest' });
    const m = this.members.get(p);
    if (!m) throw new UserError(`${what} is missing from the archive ${this.file}`, 1, { kind: 'not-found' });
    if (m.size !== want.size) throw corrupt(what, `is ${m.size} bytes, its descriptor says ${want.size}`);
    const source = this.openMember(p);
    async function* verify(): AsyncGenerator<Buffer> {
      const hash = createHash(d!.algorithm);
      for await (const c of source) {
        hash.update(c as Buffer);
        yield c as Buffer;
      }
      if (`${d!.algorithm}:${hash.digest('hex')}` !== want.digest) throw corrupt(what, 'does not match its digest');
    }
    return Readable.from(verify(), { objectMode: false });
  }

  /** A small blob (a JSON document) read whole and verified; refuses sizes over `max`. */
  async readVerifiedBytes(want: BlobExpectation, what = `blob ${want.digest}`, max = MAX_DOCUMENT_BYTES): Promise<Buffer> {
    if (!Number.isSafeInteger(want.size) || want.size < 0) throw new UserError(`${what}: its descriptor's size ${want.size} is not a valid size`, 1, { kind: 'malformed' });
    if (want.size > max) throw new UserError(`${what} is ${want.size} bytes, more than the ${max} a document may have`, 1, { kind: 'too-large' });
    const parts: Buffer[] = [];
    for await (const c of this.readVerifiedBlob(want, what)) parts.push(c as Buffer);
    return Buffer.concat(parts);
  }
}
