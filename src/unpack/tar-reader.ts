// A streaming tar reader: ustar, GNU (long names, base-256 numbers) and PAX (local and global
// headers). Entries come one at a time with their content as a stream of chunks, so a layer is
// never held in memory; whatever follows the end-of-archive blocks is drained (it counts in the
// layer's diff_id).

const BLOCK = 512;
/** PAX records and GNU long names larger than this are not real. */
const MAX_META = 1024 * 1024;

export type EntryKind = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo' | 'unknown';

export interface TarEntry {
  name: string;
  kind: EntryKind;
  /** The raw typeflag, for messages about unknown types. */
  typeflag: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Seconds since the epoch, possibly fractional (PAX). */
  mtime: number;
  linkname: string;
  devmajor: number;
  devminor: number;
  /** PAX SCHILY.xattr.* records, by attribute name. */
  xattrs: Record<string, string>;
  /** True when the entry is a sparse file (GNU or PAX sparse), which we do not support. */
  sparse: boolean;
}

export class TarFormatError extends Error {}

/** Pulls exact byte counts out of an async stream of chunks. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  offset = 0;
  constructor(private readonly it: AsyncIterator<Buffer>) {}

  private async fill(n: number): Promise<boolean> {
    while (this.buf.length < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else if (r.value.length) this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    }
    return this.buf.length >= n;
  }

  /** Exactly n bytes, or undefined at a clean end of stream (nothing left). */
  async read(n: number): Promise<Buffer | undefined> {
    if (!(await this.fill(n))) {
      if (this.buf.length === 0) return undefined;
      throw new TarFormatError(`the tar stream is truncated at byte ${this.offset + this.buf.length}`);
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    this.offset += n;
    return out;
  }

  /** n bytes as they arrive, without gathering them. */
  async *chunks(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.fill(1))) throw new TarFormatError(`the tar stream is truncated at byte ${this.offset}`);
      const take = Math.min(left, this.buf.length);
      const out = this.buf.subarray(0, take);
      this.buf = this.buf.subarray(take);
      this.offset += take;
      left -= take;
      yield out;
    }
  }

  async skip(n: number): Promise<void> {
    for await (const _ of this.chunks(n)); // eslint-disable-line @typescript-eslint/no-unused-vars
  }

  async drain(): Promise<void> {
    this.buf = Buffer.alloc(0);
    while (!this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
    }
  }
}

function cString(b: Buffer, off: number, len: number): string {
  const field = b.subarray(off, off + len);
  const nul = field.indexOf(0);
  return field.subarray(0, nul < 0 ? len : nul).toString('utf8');
}

function numeric(b: Buffer, off: number, len: number, what: string): number {
  const field = b.subarray(off, off + len);
  if (field[0] & 0x80) {
    // GNU base-256: big-endian two's complement with the top bit as a marker.
    if (field[0] & 0x40) throw new TarFormatError(`negative ${what} in a tar header`);
    let v = field[0] & 0x3f;
    for (let i = 1; i < len; i++) {
      v = v * 256 + field[i];
      if (!Number.isSafeInteger(v)) throw new TarFormatError(`${what} in a tar header is too large`);
    }
    return v;
  }
  const s = field.toString('latin1').replace(/\0.*$/s, '').trim();
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new TarFormatError(`invalid ${what} "${s}" in a tar header`);
  return parseInt(s, 8);
}

function checksumOk(b: Buffer): boolean {
  const stored = numeric(b, 148, 8, 'checksum');
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const v = i >= 148 && i < 156 ? 0x20 : b[i];
    unsigned += v;
    signed += v > 127 ? v - 256 : v;
  }
  return stored === unsigned || stored === signed;
}

function parsePax(body: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let pos = 0;
  while (pos < body.length) {
    if (body[pos] === 0) break; // some writers pad with NULs
    const sp = body.indexOf(0x20, pos);
    if (sp < 0) throw new TarFormatError('malformed PAX record (no length)');
    const len = Number(body.subarray(pos, sp).toString('latin1'));
    if (!Number.isInteger(len) || len <= sp - pos + 1 || pos + len > body.length) throw new TarFormatError('malformed PAX record (bad length)');
    const rec = body.subarray(sp + 1, pos + len);
    if (rec[rec.length - 1] !== 0x0a) throw new TarFormatError('malformed PAX record (no newline)');
    const eq = rec.indexOf(0x3d);
    if (eq < 0) throw new TarFormatError('malformed PAX record (no "=")');
    out.set(rec.subarray(0, eq).toString('utf8'), rec.subarray(eq + 1, rec.length - 1).toString('utf8'));
    pos += len;
  }
  return out;
}

const KIND: Record<string, EntryKind> = { '0': 'file', '\0': 'file', '7': 'file', '1': 'hardlink', '2': 'symlink', '3': 'char', '4': 'block', '5': 'dir', '6': 'fifo' };
/** Types whose size field does not announce content (Go's archive/tar ignores it too). */
const HEADER_ONLY = new Set<EntryKind>(['hardlink', 'symlink', 'char', 'block', 'dir', 'fifo']);

export interface TarItem {
  entry: TarEntry;
  /** The entry's content; consume it or leave it (the reader skips what is left). */
  body(): AsyncGenerator<Buffer>;
}

/**
 * Reads a tar stream entry by entry. Each item must be finished with (its body read or not)
 * before asking for the next. After the end-of-archive marker the rest of the stream is read
 * and discarded, so a hash over the source sees every byte.
 */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarItem> {
  const r = new ByteReader(source[Symbol.asyncIterator]());
  const global = new Map<string, string>();
  let pax = new Map<string, string>();
  let gnuName: string | undefined;
  let gnuLink: string | undefined;
  for (;;) {
    const at = r.offset;
    const h = await r.read(BLOCK);
    if (!h) break; // no end-of-archive marker: accepted, like most readers
    if (h.every((x) => x === 0)) {
      // End of archive: two zero blocks (one, then the end of the stream, is accepted too).
      // An entry after a single zero block is an error, as in Go's reader (umoci, containerd).
      const second = await r.read(BLOCK);
      if (second && !second.every((x) => x === 0)) throw new TarFormatError(`invalid tar stream: an entry follows a zero block at byte ${at}`);
      await r.drain();
      break;
    }
    if (!checksumOk(h)) throw new TarFormatError(`invalid tar header at byte ${at} (bad checksum)`);
    const typeflag = String.fromCharCode(h[156]);
    let size = numeric(h, 124, 12, 'size');

    // Meta entries describe the next one.
    if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
      if (size > MAX_META) throw new TarFormatError(`a tar meta header at byte ${at} is ${size} bytes, too large`);
      const body = (await r.read(size)) ?? Buffer.alloc(0);
      if (body.length < size) throw new TarFormatError('the tar stream is truncated');
      await r.skip(pad(size));
      if (typeflag === 'x') for (const [k, v] of parsePax(body)) pax.set(k, v);
      else if (typeflag === 'g') for (const [k, v] of parsePax(body)) global.set(k, v);
      else if (typeflag === 'L') gnuName = cString(body, 0, body.length);
      else gnuLink = cString(body, 0, body.length);
      continue;
    }

    const magic = h.subarray(257, 263).toString('latin1');
    let name = cString(h, 0, 100);
    if (magic === 'ustar\0') {
      const prefix = cString(h, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    const rec = new Map([...global, ...pax]);
    name = rec.get('path') ?? gnuName ?? name;
    const linkname = rec.get('linkpath') ?? gnuLink ?? cString(h, 157, 100);
    if (rec.has('size')) size = paxNumber(rec.get('size')!, 'size');
    let kind: EntryKind = KIND[typeflag] ?? 'unknown';
    // Old (V7) archives mark directories only by the trailing slash.
    if (typeflag === '\0' && name.endsWith('/')) kind = 'dir';
    const xattrs: Record<string, string> = {};
    for (const [k, v] of rec) if (k.startsWith('SCHILY.xattr.')) xattrs[k.slice('SCHILY.xattr.'.length)] = v;
    const entry: TarEntry = {
      name,
      kind,
      typeflag,
      mode: numeric(h, 100, 8, 'mode') & 0o7777,
      uid: rec.has('uid') ? paxNumber(rec.get('uid')!, 'uid') : numeric(h, 108, 8, 'uid'),
      gid: rec.has('gid') ? paxNumber(rec.get('gid')!, 'gid') : numeric(h, 116, 8, 'gid'),
      size: HEADER_ONLY.has(kind) ? 0 : size,
      mtime: rec.has('mtime') ? paxTime(rec.get('mtime')!) : numeric(h, 136, 12, 'mtime'),
      linkname,
      devmajor: kind === 'char' || kind === 'block' ? numeric(h, 329, 8, 'devmajor') : 0,
      devminor: kind === 'char' || kind === 'block' ? numeric(h, 337, 8, 'devminor') : 0,
      xattrs,
      sparse: typeflag === 'S' || [...rec.keys()].some((k) => k.startsWith('GNU.sparse.')),
    };
    pax = new Map();
    gnuName = undefined;
    gnuLink = undefined;

    // Header-only types carry no content whatever their size field says (as Go's reader).
    const dataSize = entry.size;
    let consumed = 0;
    let bodyStarted = false;
    const item: TarItem = {
      entry,
      body: async function* () {
        if (bodyStarted) throw new Error('tar entry body read twice');
        bodyStarted = true;
        for await (const c of r.chunks(dataSize)) {
          consumed += c.length;
          yield c;
        }
      },
    };
    yield item;
    await r.skip(dataSize - consumed);
    await r.skip(pad(dataSize));
  }
}

function pad(n: number): number {
  const m = n % BLOCK;
  return m === 0 ? 0 : BLOCK - m;
}

function paxNumber(s: string, what: string): number {
  if (!/^\d+$/.test(s)) throw new TarFormatError(`invalid PAX ${what} "${s}"`);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new TarFormatError(`PAX ${what} "${s}" is too large`);
  return n;
}

function paxTime(s: string): number {
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new TarFormatError(`invalid PAX mtime "${s}"`);
  return Number(s);
}
