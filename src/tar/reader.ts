// The one tar parser of the project: a push parser for tar streams (ustar, POSIX pax local and
// global headers, GNU long names and base-256 numbers). `validate` feeds it to check layers and
// archives; `unpack` reads layers through a pull adapter over it (src/unpack/tar-reader.ts).
// It reports problems as issues with byte offsets (header checksum failures, truncation, a missing
// end marker and junk after it...) and leaves it to its caller to decide which ones are fatal.
// Memory and work are bounded: one 512-byte header block plus the body of pax / GNU long-name
// records (capped in bytes and in records); a global pax header replaces the previous one (it
// does not accumulate), so what applies to each entry is at most one header's records. File
// contents are passed through as views of the input, never kept.

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo' | 'sparse' | 'other';

export interface TarEntry {
  /** The path as stored (pax `path` or GNU long name applied), not normalised. */
  path: string;
  linkpath: string;
  type: TarEntryType;
  /** The typeflag character, e.g. '0', '5', 'S' ('0' for the old NUL flag). */
  typeflag: string;
  /** Bytes of content that follow the header (0 for links, dirs, devices, FIFOs whatever their size field says). */
  size: number;
  /** Permission bits (mode & 0o7777). */
  mode: number;
  uid: number;
  gid: number;
  /** Seconds since the epoch, possibly fractional (pax). */
  mtime: number;
  /** Device numbers of character and block devices (0 for other types). */
  devmajor: number;
  devminor: number;
  /** pax SCHILY.xattr.* records, by attribute name. */
  xattrs: Record<string, string>;
  /** A sparse file (GNU 'S' type or pax GNU.sparse.* records). */
  sparse: boolean;
  /**
   * Why a field other than the size could not be read (mode, ids, mtime, device numbers, or a pax
   * uid/gid/size/mtime record), when one could not: that field then reads 0 (or the header's
   * value). Checking tolerates it; extracting refuses the entry.
   */
  invalid?: string;
  /** Offset of the entry's (first) header in the uncompressed stream. */
  offset: number;
}

export type TarIssueKind = 'checksum' | 'truncated-data' | 'truncated-padding' | 'truncated-header' | 'no-end-marker' | 'trailing-data' | 'bad-header' | 'ignored-size' | 'lone-zero-block' | 'oversized-extension' | 'pax-records' | 'pax';

export interface TarIssue {
  kind: TarIssueKind;
  message: string;
  offset: number;
  /** The entry it concerns, when there is one. */
  path?: string;
}

export interface TarReaderHandlers {
  onEntry(entry: TarEntry): void;
  /** Content of the current entry, in order (optional: contents are skipped otherwise). */
  onData?(chunk: Buffer): void;
  onEntryEnd?(entry: TarEntry): void;
  onIssue(issue: TarIssue): void;
}

/** pax records and GNU long names larger than this are refused (a real path is < 4 KiB). */
export const MAX_EXTENSION = 1024 * 1024;
/** Records in one pax header (or the local ones of one entry): real writers emit a handful. */
export const MAX_PAX_RECORDS = 256;
const BLOCK = 512;

type State = 'header' | 'data' | 'padding' | 'extension' | 'end' | 'stopped';

export class TarReader {
  private state: State = 'header';
  private readonly block = Buffer.alloc(BLOCK);
  private blockFill = 0;
  /** Stream offset of the next byte. */
  private offset = 0;
  private remaining = 0;
  private padding = 0;
  private current?: TarEntry;
  private extBuf: Buffer[] = [];
  private extKind: 'x' | 'g' | 'L' | 'K' = 'x';
  private extLen = 0;
  private zeroBlocks = 0;
  private pendingPax: Record<string, string> = Object.create(null) as Record<string, string>;
  private globalPax: GlobalPax = NO_GLOBAL;
  private longName?: string;
  private longLink?: string;
  private trailingNonZero = false;
  entries = 0;

  constructor(private readonly h: TarReaderHandlers) {}

  write(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length && this.state !== 'stopped') {
      switch (this.state) {
        case 'header': {
          const n = Math.min(BLOCK - this.blockFill, chunk.length - pos);
          chunk.copy(this.block, this.blockFill, pos, pos + n);
          this.blockFill += n;
          pos += n;
          this.offset += n;
          if (this.blockFill === BLOCK) {
            this.blockFill = 0;
            this.onHeaderBlock(this.offset - BLOCK);
          }
          break;
        }
        case 'data':
        case 'extension': {
          const n = Math.min(this.remaining, chunk.length - pos);
          const piece = chunk.subarray(pos, pos + n);
          if (this.state === 'data') this.h.onData?.(piece);
          else this.collectExtension(piece);
          pos += n;
          this.offset += n;
          this.remaining -= n;
          if (this.remaining === 0) this.finishBody();
          break;
        }
        case 'padding': {
          const n = Math.min(this.padding, chunk.length - pos);
          pos += n;
          this.offset += n;
          this.padding -= n;
          if (this.padding === 0) this.state = 'header';
          break;
        }
        case 'end': {
          // After the end marker: block padding (zeros) is normal; anything else is suspicious.
          if (!this.trailingNonZero) {
            for (let i = pos; i < chunk.length; i++) {
              if (chunk[i] !== 0) {
                this.trailingNonZero = true;
                this.h.onIssue({ kind: 'trailing-data', offset: this.offset + (i - pos), message: 'non-zero bytes after the end-of-archive marker (ignored by readers)' });
                break;
              }
            }
          }
          this.offset += chunk.length - pos;
          pos = chunk.length;
          break;
        }
      }
    }
  }

  /** Call at the end of the stream. */
  end(): { entries: number; bytes: number } {
    const off = this.offset;
    switch (this.state) {
      case 'header':
        if (this.blockFill > 0) {
          this.h.onIssue({ kind: 'truncated-header', offset: off - this.blockFill, message: `the stream ends inside a header block (${this.blockFill} of 512 bytes)` });
        } else if (this.zeroBlocks === 1) {
          this.h.onIssue({ kind: 'no-end-marker', offset: off, message: 'the end-of-archive marker is one zero block instead of two' });
        } else if (this.offset === 0) {
          this.h.onIssue({ kind: 'no-end-marker', offset: 0, message: 'the tar stream is empty (not even an end-of-archive marker)' });
        } else {
          this.h.onIssue({ kind: 'no-end-marker', offset: off, message: 'the tar stream ends without an end-of-archive marker (two zero blocks)' });
        }
        break;
      case 'data':
      case 'extension':
        this.h.onIssue({
          kind: 'truncated-data',
          offset: off,
          path: this.current?.path,
          message: `the stream ends inside the content of ${this.current ? `"${this.current.path}"` : 'an extended header'}: ${this.remaining} more bytes were announced`,
        });
        break;
      case 'padding':
        this.h.onIssue({
          kind: 'truncated-padding',
          offset: off,
          message: `the stream ends right after the last entry's content, without its padding to 512 bytes or an end-of-archive marker (Go's archive/tar accepts this; GNU tar reports "Unexpected EOF")`,
        });
        break;
      default:
        break;
    }
    return { entries: this.entries, bytes: this.offset };
  }

  private stop(): void {
    this.state = 'stopped';
  }

  private onHeaderBlock(at: number): void {
    const b = this.block;
    if (isZero(b)) {
      this.zeroBlocks++;
      if (this.zeroBlocks === 2) this.state = 'end';
      return;
    }
    if (this.zeroBlocks === 1) {
      this.h.onIssue({ kind: 'lone-zero-block', offset: at - BLOCK, message: 'a single zero block inside the archive (readers stop here and miss what follows)' });
      this.zeroBlocks = 0;
    }
    const stored = parseNumber(b, 148, 8);
    const { unsigned, signed } = checksums(b);
    if (stored === undefined || (stored !== unsigned && stored !== signed)) {
      this.h.onIssue({
        kind: 'checksum',
        offset: at,
        message: `header checksum mismatch at byte ${at} (stored ${stored ?? 'unreadable'}, computed ${unsigned}): the archive is corrupt; nothing after this point was checked`,
      });
      this.stop();
      return;
    }
    const typeflag = b[156] === 0 ? '0' : String.fromCharCode(b[156]);
    const size = parseNumber(b, 124, 12);
    if (size === undefined) {
      this.h.onIssue({ kind: 'bad-header', offset: at, message: `unreadable size field in the header at byte ${at}; nothing after this point was checked` });
      this.stop();
      return;
    }
    const magic = b.toString('latin1', 257, 263);
    const ustar = magic === 'ustar\0';
    let name = cstring(b, 0, 100);
    if (ustar) {
      const prefix = cstring(b, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
      if (size > MAX_EXTENSION) {
        this.h.onIssue({ kind: 'oversized-extension', offset: at, message: `an extended header of ${size} bytes at byte ${at} (more than ${MAX_EXTENSION}); nothing after this point was checked` });
        this.stop();
        return;
      }
      this.extKind = typeflag;
      this.extBuf = [];
      this.extLen = 0;
      this.current = undefined;
      this.startBody(size, 'extension');
      return;
    }
    const local = this.pendingPax;
    const g = this.globalPax;
    this.pendingPax = Object.create(null) as Record<string, string>;
    // Field by field (never a merged copy): an entry costs its own records, whatever the global header holds.
    const pax = (k: string): string | undefined => local[k] ?? g.records[k];
    const path = pax('path') ?? this.longName ?? name;
    let type = entryType(typeflag);
    // Old (V7) archives mark directories only by a trailing slash on a NUL typeflag (as Go's reader).
    if (b[156] === 0 && path.endsWith('/')) type = 'dir';
    const fields = new Fields(b);
    const entry: TarEntry = {
      path,
      linkpath: pax('linkpath') ?? this.longLink ?? cstring(b, 157, 100),
      typeflag,
      type,
      size: fields.paxSize(pax('size'), size),
      mode: (fields.header(100, 8, 'mode') ?? 0) & 0o7777,
      uid: fields.id(pax('uid'), 108, 'uid'),
      gid: fields.id(pax('gid'), 116, 'gid'),
      mtime: fields.mtime(pax('mtime')),
      devmajor: type === 'char' || type === 'block' ? fields.header(329, 8, 'devmajor') ?? 0 : 0,
      devminor: type === 'char' || type === 'block' ? fields.header(337, 8, 'devminor') ?? 0 : 0,
      xattrs: xattrs(local, g.xattrs),
      sparse: typeflag === 'S' || g.sparse || Object.keys(local).some((k) => k.startsWith('GNU.sparse.')),
      offset: at,
    };
    if (fields.invalid) entry.invalid = fields.invalid;
    this.longName = undefined;
    this.longLink = undefined;
    // As Go's archive/tar: links, directories, devices and FIFOs carry no content whatever size says.
    if (HEADER_ONLY.has(type) && entry.size !== 0) {
      this.h.onIssue({ kind: 'ignored-size', offset: at, path, message: `"${path}" (${type}) has a size of ${entry.size}; readers ignore it` });
      entry.size = 0;
    }
    this.entries++;
    this.current = entry;
    this.h.onEntry(entry);
    this.startBody(entry.size, 'data');
  }

  private startBody(size: number, state: 'data' | 'extension'): void {
    this.remaining = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    this.state = state;
    if (size === 0) this.finishBody();
  }

  private finishBody(): void {
    if (this.state === 'extension') this.applyExtension();
    else if (this.current) this.h.onEntryEnd?.(this.current);
    this.state = this.padding > 0 ? 'padding' : 'header';
  }

  private collectExtension(piece: Buffer): void {
    this.extBuf.push(Buffer.from(piece));
    this.extLen += piece.length;
  }

  private applyExtension(): void {
    const body = Buffer.concat(this.extBuf, this.extLen);
    this.extBuf = [];
    if (this.extKind === 'L') this.longName = cstring(body, 0, body.length);
    else if (this.extKind === 'K') this.longLink = cstring(body, 0, body.length);
    else {
      const records = parsePax(body);
      if (records === 'too-many') {
        this.h.onIssue({ kind: 'pax-records', offset: this.offset, message: `a pax extended header before byte ${this.offset} has more than ${MAX_PAX_RECORDS} records; nothing after this point was checked` });
        this.stop();
        return;
      }
      if (!records) {
        this.h.onIssue({ kind: 'pax', offset: this.offset, message: `malformed pax extended header before byte ${this.offset}` });
        return;
      }
      // A global header replaces the previous one; a local one applies to the next entry only.
      if (this.extKind === 'g') {
        this.globalPax = { records, xattrs: xattrs(records, {}), sparse: Object.keys(records).some((k) => k.startsWith('GNU.sparse.')) };
        return;
      }
      Object.assign(this.pendingPax, records);
      // Several local headers before one entry merge: still at most MAX_PAX_RECORDS.
      if (Object.keys(this.pendingPax).length > MAX_PAX_RECORDS) {
        this.h.onIssue({ kind: 'pax-records', offset: this.offset, message: `the pax extended headers before byte ${this.offset} hold more than ${MAX_PAX_RECORDS} records; nothing after this point was checked` });
        this.stop();
      }
    }
  }
}

/** Types whose size field does not announce content. */
const HEADER_ONLY = new Set<TarEntryType>(['hardlink', 'symlink', 'char', 'block', 'dir', 'fifo']);

function isZero(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

function cstring(b: Buffer, start: number, len: number): string {
  const end = b.indexOf(0, start);
  const stop = end < 0 || end > start + len ? start + len : end;
  return b.toString('utf8', start, stop);
}

type Unreadable = { error: 'negative' | 'too large' | 'invalid'; text: string };

/** Octal (NUL/space padded) or base-256 (GNU, high bit set) numeric field; negative values are refused. */
function numberField(b: Buffer, start: number, len: number): number | Unreadable {
  if (b[start] & 0x80) {
    // base-256: big-endian two's complement with the top bit as a marker
    if (b[start] & 0x40) return { error: 'negative', text: '' };
    let v = b[start] & 0x3f;
    for (let i = start + 1; i < start + len; i++) {
      v = v * 256 + b[i];
      if (!Number.isSafeInteger(v)) return { error: 'too large', text: '' };
    }
    return v;
  }
  const s = b.toString('latin1', start, start + len).replace(/[\0 ]+$/, '').replace(/^[ ]+/, '');
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) return { error: 'invalid', text: s };
  return parseInt(s, 8);
}

function parseNumber(b: Buffer, start: number, len: number): number | undefined {
  const v = numberField(b, start, len);
  return typeof v === 'number' ? v : undefined;
}

/** Reads an entry's numeric fields, remembering the first that cannot be read. */
class Fields {
  invalid?: string;
  constructor(private readonly b: Buffer) {}

  private fail(why: string): undefined {
    this.invalid ??= why;
    return undefined;
  }

  header(start: number, len: number, what: string): number | undefined {
    const v = numberField(this.b, start, len);
    if (typeof v === 'number') return v;
    if (v.error === 'negative') return this.fail(`negative ${what} in a tar header`);
    if (v.error === 'too large') return this.fail(`${what} in a tar header is too large`);
    return this.fail(`invalid ${what} "${v.text}" in a tar header`);
  }

  /** A decimal pax number. */
  private pax(s: string, what: string): number | undefined {
    if (!/^\d+$/.test(s)) return this.fail(`invalid PAX ${what} "${s}"`);
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : this.fail(`PAX ${what} "${s}" is too large`);
  }

  /** The pax size when there is one: any run of digits frames the content, even one too large to be exact. */
  paxSize(s: string | undefined, header: number): number {
    if (s === undefined) return header;
    return this.pax(s, 'size') ?? (/^\d+$/.test(s) ? Number(s) : header);
  }

  /** A pax uid/gid, else the header's. */
  id(s: string | undefined, start: number, what: string): number {
    return (s !== undefined ? this.pax(s, what) : undefined) ?? this.header(start, 8, what) ?? 0;
  }

  /** The pax mtime (fractional, possibly negative), else the header's. */
  mtime(s: string | undefined): number {
    if (s !== undefined) {
      if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
      this.fail(`invalid PAX mtime "${s}"`);
    }
    return this.header(136, 12, 'mtime') ?? 0;
  }
}

/** The current global pax header, with what entries take from it worked out once. */
interface GlobalPax {
  records: Record<string, string>;
  /** Shared by the entries that have no xattrs of their own (never mutated). */
  xattrs: Record<string, string>;
  sparse: boolean;
}

const NO_GLOBAL: GlobalPax = { records: Object.create(null) as Record<string, string>, xattrs: Object.freeze({}) as Record<string, string>, sparse: false };

/** SCHILY.xattr.* records of a header, over the global header's (returned as is when it has none). */
function xattrs(local: Record<string, string>, global: Record<string, string>): Record<string, string> {
  let out: Record<string, string> | undefined;
  for (const k in local) {
    if (!k.startsWith('SCHILY.xattr.')) continue;
    out ??= { ...global };
    out[k.slice('SCHILY.xattr.'.length)] = local[k];
  }
  return out ?? global;
}

function checksums(b: Buffer): { unsigned: number; signed: number } {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const v = i >= 148 && i < 156 ? 0x20 : b[i];
    unsigned += v;
    signed += v > 127 ? v - 256 : v;
  }
  return { unsigned, signed };
}

function entryType(flag: string): TarEntryType {
  switch (flag) {
    case '0':
    case '7':
      return 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '3':
      return 'char';
    case '4':
      return 'block';
    case '5':
      return 'dir';
    case '6':
      return 'fifo';
    case 'S':
      return 'sparse';
    default:
      return 'other';
  }
}

/** "%d %s=%s\n" records; undefined when malformed, 'too-many' past MAX_PAX_RECORDS. */
function parsePax(body: Buffer): Record<string, string> | undefined | 'too-many' {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let pos = 0;
  let count = 0;
  while (pos < body.length) {
    if (++count > MAX_PAX_RECORDS) return 'too-many';
    if (body[pos] === 0) break; // some writers pad with NULs
    const sp = body.indexOf(0x20, pos);
    if (sp < 0) return undefined;
    const len = Number(body.toString('latin1', pos, sp));
    if (!Number.isInteger(len) || len <= sp - pos + 1 || pos + len > body.length) return undefined;
    const rec = body.toString('utf8', sp + 1, pos + len);
    if (!rec.endsWith('\n')) return undefined;
    const eq = rec.indexOf('=');
    if (eq <= 0) return undefined;
    out[rec.slice(0, eq)] = rec.slice(eq + 1, -1);
    pos += len;
  }
  return out;
}
