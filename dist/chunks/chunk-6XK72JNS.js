import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);

// src/layer/tar.ts
var BLOCK = 512;
var TRAILER = Buffer.alloc(2 * BLOCK);
var TYPEFLAG = { file: "0", hardlink: "1", symlink: "2", dir: "5" };
var MAX_OCTAL_7 = 2097151;
var MAX_OCTAL_11 = 8589934591;
function padding(size) {
  const r = size % BLOCK;
  return r === 0 ? 0 : BLOCK - r;
}
function isAscii(s) {
  return /^[\x20-\x7e]*$/.test(s);
}
function splitUstarName(name) {
  if (!isAscii(name)) return void 0;
  if (name.length <= 100) return { prefix: "", name };
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== "/") continue;
    const head = name.slice(0, i);
    const tail = name.slice(i + 1);
    if (tail.length === 0) continue;
    if (tail.length > 100) break;
    if (head.length <= 155) return { prefix: head, name: tail };
  }
  return void 0;
}
function writeAscii(buf, off, len, s) {
  const n = Math.min(len, s.length);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return -1;
    buf[off + i] = c;
    sum += c;
  }
  return sum;
}
function writeOctal(buf, off, len, n) {
  buf[off + len - 1] = 0;
  let sum = 0;
  for (let i = off + len - 2; i >= off; i--) {
    const c = 48 + n % 8;
    buf[i] = c;
    sum += c;
    n = Math.floor(n / 8);
  }
  return sum;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}
var USTAR_MAGIC = Buffer.from("ustar\x0000", "latin1");
var FIXED_SUM = 8 * 32 + USTAR_MAGIC.reduce((a, c) => a + c, 0) + 2 * 7 * 48;
function writeUstarBlock(buf, off, h, name, prefix, linkname, typeflag) {
  const nameSum = writeAscii(buf, off, 100, name);
  const linkSum = nameSum < 0 ? -1 : writeAscii(buf, off + 157, 100, linkname);
  const prefixSum = linkSum < 0 ? -1 : writeAscii(buf, off + 345, 155, prefix);
  if (prefixSum < 0) {
    buf.fill(0, off, off + BLOCK);
    return false;
  }
  let sum = FIXED_SUM + nameSum + linkSum + prefixSum;
  sum += writeOctal(buf, off + 100, 8, h.mode & 4095);
  sum += writeOctal(buf, off + 108, 8, Math.min(h.uid, MAX_OCTAL_7));
  sum += writeOctal(buf, off + 116, 8, Math.min(h.gid, MAX_OCTAL_7));
  sum += writeOctal(buf, off + 124, 12, Math.min(h.size, MAX_OCTAL_11));
  sum += writeOctal(buf, off + 136, 12, Math.min(h.mtime, MAX_OCTAL_11));
  const type = typeflag.charCodeAt(0);
  buf[off + 156] = type;
  sum += type;
  USTAR_MAGIC.copy(buf, off + 257);
  writeOctal(buf, off + 329, 8, 0);
  writeOctal(buf, off + 337, 8, 0);
  writeOctal(buf, off + 148, 7, sum);
  buf[off + 155] = 32;
  return true;
}
function ustarBlock(h, name, prefix, linkname, typeflag) {
  const b = Buffer.alloc(BLOCK);
  if (!writeUstarBlock(b, 0, h, name, prefix, linkname, typeflag)) throw new Error(`tar header: "${name}" is not printable ASCII`);
  return b;
}
function writePlainHeader(buf, off, h) {
  const linkname = h.linkname ?? "";
  if (linkname.length > 100) return 0;
  if (h.size > MAX_OCTAL_11 || h.uid > MAX_OCTAL_7 || h.gid > MAX_OCTAL_7 || h.mtime > MAX_OCTAL_11) return 0;
  if (h.name.length <= 100) return writeUstarBlock(buf, off, h, h.name, "", linkname, TYPEFLAG[h.type]) ? BLOCK : 0;
  const split = splitUstarName(h.name);
  if (!split) return 0;
  return writeUstarBlock(buf, off, h, split.name, split.prefix, linkname, TYPEFLAG[h.type]) ? BLOCK : 0;
}
function encodeHeader(h) {
  const pax = [];
  const split = splitUstarName(h.name);
  const linkname = h.linkname ?? "";
  const linkFits = isAscii(linkname) && linkname.length <= 100;
  if (!split) pax.push(paxRecord("path", h.name));
  if (!linkFits) pax.push(paxRecord("linkpath", linkname));
  if (h.size > MAX_OCTAL_11) pax.push(paxRecord("size", String(h.size)));
  if (h.uid > MAX_OCTAL_7) pax.push(paxRecord("uid", String(h.uid)));
  if (h.gid > MAX_OCTAL_7) pax.push(paxRecord("gid", String(h.gid)));
  if (h.mtime > MAX_OCTAL_11) pax.push(paxRecord("mtime", String(h.mtime)));
  const fallbackName = split ?? { prefix: "", name: asciiFallback(h.name, 100) };
  const main = ustarBlock(h, fallbackName.name, fallbackName.prefix, linkFits ? linkname : asciiFallback(linkname, 100), TYPEFLAG[h.type]);
  if (pax.length === 0) return main;
  const body = Buffer.from(pax.join(""), "utf8");
  const paxHeader = ustarBlock(
    { name: "PaxHeader", type: "file", mode: 420, uid: 0, gid: 0, size: body.length, mtime: Math.min(h.mtime, MAX_OCTAL_11) },
    "PaxHeader",
    "",
    "",
    "x"
  );
  return Buffer.concat([paxHeader, body, Buffer.alloc(padding(body.length)), main]);
}
function asciiFallback(s, max) {
  const ascii = s.replace(/[^\x20-\x7e]/g, "_");
  return ascii.length <= max ? ascii : ascii.slice(ascii.length - max);
}

export {
  BLOCK,
  TRAILER,
  padding,
  writePlainHeader,
  encodeHeader
};
