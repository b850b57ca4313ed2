// Deterministic tar headers (POSIX ustar, with PAX extended headers only where ustar cannot hold
// a value). Everything that could vary between hosts is fixed by the caller: mode, owner, mtime.

export const BLOCK = 512;
/** End of archive: exactly two zero blocks, no padding to a 10240-byte record. */
export const TRAILER = Buffer.alloc(2 * BLOCK);

export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink';

export interface TarHeader {
  /** Path inside the image, relative (no leading slash); directories end with '/'. */
  name: string;
  type: EntryType;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  /** Symlink target, or the name of the earlier entry a hard link points at. */
  linkname?: string;
}

const TYPEFLAG: Record<EntryType, string> = { file: '0', hardlink: '1', symlink: '2', dir: '5' };
const MAX_OCTAL_7 = 0o7777777; // 8-byte fields: 7 octal digits + NUL
const MAX_OCTAL_11 = 0o77777777777; // 12-byte fields

/** Bytes of padding after `size` bytes of content. */
export function padding(size: number): number {
  const r = size % BLOCK;
  return r === 0 ? 0 : BLOCK - r;
}

function isAscii(s: string): boolean {
  // Printable ASCII only: anything else goes through PAX, which is UTF-8 by definition.
  return /^[\x20-\x7e]*$/.test(s);
}

/** Splits a name into ustar prefix (<=155) and name (<=100) at a '/', or undefined when it cannot. */
function splitUstarName(name: string): { prefix: string; name: string } | undefined {
  if (!isAscii(name)) return undefined;
  if (name.length <= 100) return { prefix: '', name };
  // Split at a slash such that the tail fits in 100 and the head in 155.
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== '/') continue;
    const head = name.slice(0, i);
    const tail = name.slice(i + 1);
    if (tail.length === 0) continue;
    if (tail.length > 100) break;
    if (head.length <= 155) return { prefix: head, name: tail };
  }
  return undefined;
}

/**
 * Writes a string of printable ASCII (every ustar string field is: other names go through PAX);
 * returns the sum of its bytes, or -1 at the first other character (checked as it is written, so
 * a name is read once: no separate test of it first).
 */
function writeAscii(buf: Buffer, off: number, len: number, s: string): number {
  const n = Math.min(len, s.length);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return -1;
    buf[off + i] = c;
    sum += c;
  }
  return sum;
}

/** `len - 1` octal digits, zero-padded, then NUL; returns the sum of the bytes written. */
function writeOctal(buf: Buffer, off: number, len: number, n: number): number {
  buf[off + len - 1] = 0;
  let sum = 0;
  for (let i = off + len - 2; i >= off; i--) {
    const c = 0x30 + (n % 8);
    buf[i] = c;
    sum += c;
    n = Math.floor(n / 8);
  }
  return sum;
}

function paxRecord(key: string, value: string): string {
  // "%d %s=%s\n" where the length counts itself.
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}

const USTAR_MAGIC = Buffer.from('ustar\x0000', 'latin1');
// The bytes every block has in common: the checksum field counted as eight spaces, the magic and
// version, and the device numbers' "0000000\0" twice.
const FIXED_SUM = 8 * 0x20 + USTAR_MAGIC.reduce((a, c) => a + c, 0) + 2 * 7 * 0x30;

/**
 * Writes one ustar block at `off` in `buf` (whose 512 bytes there must be zero), summing the
 * checksum as it goes: no allocation and no second pass, since a tree of 100k files has 100k
 * headers. Returns false, with the block zeroed again, when a string is not printable ASCII.
 */
function writeUstarBlock(buf: Buffer, off: number, h: TarHeader, name: string, prefix: string, linkname: string, typeflag: string): boolean {
  const nameSum = writeAscii(buf, off, 100, name);
  const linkSum = nameSum < 0 ? -1 : writeAscii(buf, off + 157, 100, linkname);
  const prefixSum = linkSum < 0 ? -1 : writeAscii(buf, off + 345, 155, prefix);
  if (prefixSum < 0) {
    buf.fill(0, off, off + BLOCK);
    return false;
  }
  let sum = FIXED_SUM + nameSum + linkSum + prefixSum;
  sum += writeOctal(buf, off + 100, 8, h.mode & 0o7777);
  sum += writeOctal(buf, off + 108, 8, Math.min(h.uid, MAX_OCTAL_7));
  sum += writeOctal(buf, off + 116, 8, Math.min(h.gid, MAX_OCTAL_7));
  sum += writeOctal(buf, off + 124, 12, Math.min(h.size, MAX_OCTAL_11));
  sum += writeOctal(buf, off + 136, 12, Math.min(h.mtime, MAX_OCTAL_11));
  const type = typeflag.charCodeAt(0);
  buf[off + 156] = type;
  sum += type;
  USTAR_MAGIC.copy(buf, off + 257);
  // uname/gname (265, 297) stay empty; devmajor/devminor as zeros like Go and GNU tar write them.
  writeOctal(buf, off + 329, 8, 0);
  writeOctal(buf, off + 337, 8, 0);
  // The checksum: six octal digits, NUL, space.
  writeOctal(buf, off + 148, 7, sum);
  buf[off + 155] = 0x20;
  return true;
}

function ustarBlock(h: TarHeader, name: string, prefix: string, linkname: string, typeflag: string): Buffer {
  const b = Buffer.alloc(BLOCK);
  if (!writeUstarBlock(b, 0, h, name, prefix, linkname, typeflag)) throw new Error(`tar header: "${name}" is not printable ASCII`);
  return b;
}

/**
 * Writes the header of `h` at `off` in `buf` when one ustar block holds it: returns 512, or 0
 * (nothing written) when it needs PAX records, which `encodeHeader` makes. The 512 bytes at
 * `off` must be zero. The same bytes as `encodeHeader`, without allocating.
 */
export function writePlainHeader(buf: Buffer, off: number, h: TarHeader): number {
  const linkname = h.linkname ?? '';
  if (linkname.length > 100) return 0;
  if (h.size > MAX_OCTAL_11 || h.uid > MAX_OCTAL_7 || h.gid > MAX_OCTAL_7 || h.mtime > MAX_OCTAL_11) return 0;
  // ASCII is checked as the block is written (writeUstarBlock), except to split a long name.
  if (h.name.length <= 100) return writeUstarBlock(buf, off, h, h.name, '', linkname, TYPEFLAG[h.type]) ? BLOCK : 0;
  const split = splitUstarName(h.name);
  if (!split) return 0;
  return writeUstarBlock(buf, off, h, split.name, split.prefix, linkname, TYPEFLAG[h.type]) ? BLOCK : 0;
}

/**
 * Encodes one entry's header block(s): a PAX 'x' header first when a value does not fit ustar.
 * The PAX header's own fields are fixed (name "PaxHeader", mode 0644, same mtime/owner as the
 * entry), so the bytes depend only on the entry.
 */
export function encodeHeader(h: TarHeader): Buffer {
  const pax: string[] = [];
  const split = splitUstarName(h.name);
  const linkname = h.linkname ?? '';
  const linkFits = isAscii(linkname) && linkname.length <= 100;
  if (!split) pax.push(paxRecord('path', h.name));
  if (!linkFits) pax.push(paxRecord('linkpath', linkname));
  if (h.size > MAX_OCTAL_11) pax.push(paxRecord('size', String(h.size)));
  if (h.uid > MAX_OCTAL_7) pax.push(paxRecord('uid', String(h.uid)));
  if (h.gid > MAX_OCTAL_7) pax.push(paxRecord('gid', String(h.gid)));
  if (h.mtime > MAX_OCTAL_11) pax.push(paxRecord('mtime', String(h.mtime)));

  const fallbackName = split ?? { prefix: '', name: asciiFallback(h.name, 100) };
  const main = ustarBlock(h, fallbackName.name, fallbackName.prefix, linkFits ? linkname : asciiFallback(linkname, 100), TYPEFLAG[h.type]);
  if (pax.length === 0) return main;

  const body = Buffer.from(pax.join(''), 'utf8');
  const paxHeader = ustarBlock(
    { name: 'PaxHeader', type: 'file', mode: 0o644, uid: 0, gid: 0, size: body.length, mtime: Math.min(h.mtime, MAX_OCTAL_11) },
    'PaxHeader',
    '',
    '',
    'x',
  );
  return Buffer.concat([paxHeader, body, Buffer.alloc(padding(body.length)), main]);
}

/** A readable stand-in for the ustar field when the real value is in a PAX record. */
function asciiFallback(s: string, max: number): string {
  const ascii = s.replace(/[^\x20-\x7e]/g, '_');
  return ascii.length <= max ? ascii : ascii.slice(ascii.length - max);
}
