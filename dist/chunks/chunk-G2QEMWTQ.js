import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);

// src/tar/reader.ts
var MAX_EXTENSION = 1024 * 1024;
var MAX_PAX_RECORDS = 256;
var BLOCK = 512;
var TarReader = class {
  constructor(h) {
    this.h = h;
  }
  h;
  state = "header";
  block = Buffer.alloc(BLOCK);
  blockFill = 0;
  /** Stream offset of the next byte. */
  offset = 0;
  remaining = 0;
  padding = 0;
  current;
  extBuf = [];
  extKind = "x";
  extLen = 0;
  zeroBlocks = 0;
  pendingPax = /* @__PURE__ */ Object.create(null);
  globalPax = NO_GLOBAL;
  longName;
  longLink;
  trailingNonZero = false;
  entries = 0;
  write(chunk) {
    let pos = 0;
    while (pos < chunk.length && this.state !== "stopped") {
      switch (this.state) {
        case "header": {
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
        case "data":
        case "extension": {
          const n = Math.min(this.remaining, chunk.length - pos);
          const piece = chunk.subarray(pos, pos + n);
          if (this.state === "data") this.h.onData?.(piece);
          else this.collectExtension(piece);
          pos += n;
          this.offset += n;
          this.remaining -= n;
          if (this.remaining === 0) this.finishBody();
          break;
        }
        case "padding": {
          const n = Math.min(this.padding, chunk.length - pos);
          pos += n;
          this.offset += n;
          this.padding -= n;
          if (this.padding === 0) this.state = "header";
          break;
        }
        case "end": {
          if (!this.trailingNonZero) {
            for (let i = pos; i < chunk.length; i++) {
              if (chunk[i] !== 0) {
                this.trailingNonZero = true;
                this.h.onIssue({ kind: "trailing-data", offset: this.offset + (i - pos), message: "non-zero bytes after the end-of-archive marker (ignored by readers)" });
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
  end() {
    const off = this.offset;
    switch (this.state) {
      case "header":
        if (this.blockFill > 0) {
          this.h.onIssue({ kind: "truncated-header", offset: off - this.blockFill, message: `the stream ends inside a header block (${this.blockFill} of 512 bytes)` });
        } else if (this.zeroBlocks === 1) {
          this.h.onIssue({ kind: "no-end-marker", offset: off, message: "the end-of-archive marker is one zero block instead of two" });
        } else if (this.offset === 0) {
          this.h.onIssue({ kind: "no-end-marker", offset: 0, message: "the tar stream is empty (not even an end-of-archive marker)" });
        } else {
          this.h.onIssue({ kind: "no-end-marker", offset: off, message: "the tar stream ends without an end-of-archive marker (two zero blocks)" });
        }
        break;
      case "data":
      case "extension":
        this.h.onIssue({
          kind: "truncated-data",
          offset: off,
          path: this.current?.path,
          message: `the stream ends inside the content of ${this.current ? `"${this.current.path}"` : "an extended header"}: ${this.remaining} more bytes were announced`
        });
        break;
      case "padding":
        this.h.onIssue({
          kind: "truncated-padding",
          offset: off,
          message: `the stream ends right after the last entry's content, without its padding to 512 bytes or an end-of-archive marker (Go's archive/tar accepts this; GNU tar reports "Unexpected EOF")`
        });
        break;
      default:
        break;
    }
    return { entries: this.entries, bytes: this.offset };
  }
  stop() {
    this.state = "stopped";
  }
  onHeaderBlock(at) {
    const b = this.block;
    if (isZero(b)) {
      this.zeroBlocks++;
      if (this.zeroBlocks === 2) this.state = "end";
      return;
    }
    if (this.zeroBlocks === 1) {
      this.h.onIssue({ kind: "lone-zero-block", offset: at - BLOCK, message: "a single zero block inside the archive (readers stop here and miss what follows)" });
      this.zeroBlocks = 0;
    }
    const stored = parseNumber(b, 148, 8);
    const { unsigned, signed } = checksums(b);
    if (stored === void 0 || stored !== unsigned && stored !== signed) {
      this.h.onIssue({
        kind: "checksum",
        offset: at,
        message: `header checksum mismatch at byte ${at} (stored ${stored ?? "unreadable"}, computed ${unsigned}): the archive is corrupt; nothing after this point was checked`
      });
      this.stop();
      return;
    }
    const typeflag = b[156] === 0 ? "0" : String.fromCharCode(b[156]);
    const size = parseNumber(b, 124, 12);
    if (size === void 0) {
      this.h.onIssue({ kind: "bad-header", offset: at, message: `unreadable size field in the header at byte ${at}; nothing after this point was checked` });
      this.stop();
      return;
    }
    const magic = b.toString("latin1", 257, 263);
    const ustar = magic === "ustar\0";
    let name = cstring(b, 0, 100);
    if (ustar) {
      const prefix = cstring(b, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    if (typeflag === "x" || typeflag === "g" || typeflag === "L" || typeflag === "K") {
      if (size > MAX_EXTENSION) {
        this.h.onIssue({ kind: "oversized-extension", offset: at, message: `an extended header of ${size} bytes at byte ${at} (more than ${MAX_EXTENSION}); nothing after this point was checked` });
        this.stop();
        return;
      }
      this.extKind = typeflag;
      this.extBuf = [];
      this.extLen = 0;
      this.current = void 0;
      this.startBody(size, "extension");
      return;
    }
    const local = this.pendingPax;
    const g = this.globalPax;
    this.pendingPax = /* @__PURE__ */ Object.create(null);
    const pax = (k) => local[k] ?? g.records[k];
    const path = pax("path") ?? this.longName ?? name;
    let type = entryType(typeflag);
    if (b[156] === 0 && path.endsWith("/")) type = "dir";
    const fields = new Fields(b);
    const entry = {
      path,
      linkpath: pax("linkpath") ?? this.longLink ?? cstring(b, 157, 100),
      typeflag,
      type,
      size: fields.paxSize(pax("size"), size),
      mode: (fields.header(100, 8, "mode") ?? 0) & 4095,
      uid: fields.id(pax("uid"), 108, "uid"),
      gid: fields.id(pax("gid"), 116, "gid"),
      mtime: fields.mtime(pax("mtime")),
      devmajor: type === "char" || type === "block" ? fields.header(329, 8, "devmajor") ?? 0 : 0,
      devminor: type === "char" || type === "block" ? fields.header(337, 8, "devminor") ?? 0 : 0,
      xattrs: xattrs(local, g.xattrs),
      sparse: typeflag === "S" || g.sparse || Object.keys(local).some((k) => k.startsWith("GNU.sparse.")),
      offset: at
    };
    if (fields.invalid) entry.invalid = fields.invalid;
    this.longName = void 0;
    this.longLink = void 0;
    if (HEADER_ONLY.has(type) && entry.size !== 0) {
      this.h.onIssue({ kind: "ignored-size", offset: at, path, message: `"${path}" (${type}) has a size of ${entry.size}; readers ignore it` });
      entry.size = 0;
    }
    this.entries++;
    this.current = entry;
    this.h.onEntry(entry);
    this.startBody(entry.size, "data");
  }
  startBody(size, state) {
    this.remaining = size;
    this.padding = (BLOCK - size % BLOCK) % BLOCK;
    this.state = state;
    if (size === 0) this.finishBody();
  }
  finishBody() {
    if (this.state === "extension") this.applyExtension();
    else if (this.current) this.h.onEntryEnd?.(this.current);
    this.state = this.padding > 0 ? "padding" : "header";
  }
  collectExtension(piece) {
    this.extBuf.push(Buffer.from(piece));
    this.extLen += piece.length;
  }
  applyExtension() {
    const body = Buffer.concat(this.extBuf, this.extLen);
    this.extBuf = [];
    if (this.extKind === "L") this.longName = cstring(body, 0, body.length);
    else if (this.extKind === "K") this.longLink = cstring(body, 0, body.length);
    else {
      const records = parsePax(body);
      if (records === "too-many") {
        this.h.onIssue({ kind: "pax-records", offset: this.offset, message: `a pax extended header before byte ${this.offset} has more than ${MAX_PAX_RECORDS} records; nothing after this point was checked` });
        this.stop();
        return;
      }
      if (!records) {
        this.h.onIssue({ kind: "pax", offset: this.offset, message: `malformed pax extended header before byte ${this.offset}` });
        return;
      }
      if (this.extKind === "g") {
        this.globalPax = { records, xattrs: xattrs(records, {}), sparse: Object.keys(records).some((k) => k.startsWith("GNU.sparse.")) };
        return;
      }
      Object.assign(this.pendingPax, records);
      if (Object.keys(this.pendingPax).length > MAX_PAX_RECORDS) {
        this.h.onIssue({ kind: "pax-records", offset: this.offset, message: `the pax extended headers before byte ${this.offset} hold more than ${MAX_PAX_RECORDS} records; nothing after this point was checked` });
        this.stop();
      }
    }
  }
};
var HEADER_ONLY = /* @__PURE__ */ new Set(["hardlink", "symlink", "char", "block", "dir", "fifo"]);
function isZero(b) {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}
function cstring(b, start, len) {
  const end = b.indexOf(0, start);
  const stop = end < 0 || end > start + len ? start + len : end;
  return b.toString("utf8", start, stop);
}
function numberField(b, start, len) {
  if (b[start] & 128) {
    if (b[start] & 64) return { error: "negative", text: "" };
    let v = b[start] & 63;
    for (let i = start + 1; i < start + len; i++) {
      v = v * 256 + b[i];
      if (!Number.isSafeInteger(v)) return { error: "too large", text: "" };
    }
    return v;
  }
  const s = b.toString("latin1", start, start + len).replace(/[\0 ]+$/, "").replace(/^[ ]+/, "");
  if (s === "") return 0;
  if (!/^[0-7]+$/.test(s)) return { error: "invalid", text: s };
  return parseInt(s, 8);
}
function parseNumber(b, start, len) {
  const v = numberField(b, start, len);
  return typeof v === "number" ? v : void 0;
}
var Fields = class {
  constructor(b) {
    this.b = b;
  }
  b;
  invalid;
  fail(why) {
    this.invalid ??= why;
    return void 0;
  }
  header(start, len, what) {
    const v = numberField(this.b, start, len);
    if (typeof v === "number") return v;
    if (v.error === "negative") return this.fail(`negative ${what} in a tar header`);
    if (v.error === "too large") return this.fail(`${what} in a tar header is too large`);
    return this.fail(`invalid ${what} "${v.text}" in a tar header`);
  }
  /** A decimal pax number. */
  pax(s, what) {
    if (!/^\d+$/.test(s)) return this.fail(`invalid PAX ${what} "${s}"`);
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : this.fail(`PAX ${what} "${s}" is too large`);
  }
  /** The pax size when there is one: any run of digits frames the content, even one too large to be exact. */
  paxSize(s, header) {
    if (s === void 0) return header;
    return this.pax(s, "size") ?? (/^\d+$/.test(s) ? Number(s) : header);
  }
  /** A pax uid/gid, else the header's. */
  id(s, start, what) {
    return (s !== void 0 ? this.pax(s, what) : void 0) ?? this.header(start, 8, what) ?? 0;
  }
  /** The pax mtime (fractional, possibly negative), else the header's. */
  mtime(s) {
    if (s !== void 0) {
      if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
      this.fail(`invalid PAX mtime "${s}"`);
    }
    return this.header(136, 12, "mtime") ?? 0;
  }
};
var NO_GLOBAL = { records: /* @__PURE__ */ Object.create(null), xattrs: Object.freeze({}), sparse: false };
function xattrs(local, global) {
  let out;
  for (const k in local) {
    if (!k.startsWith("SCHILY.xattr.")) continue;
    out ??= { ...global };
    out[k.slice("SCHILY.xattr.".length)] = local[k];
  }
  return out ?? global;
}
function checksums(b) {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const v = i >= 148 && i < 156 ? 32 : b[i];
    unsigned += v;
    signed += v > 127 ? v - 256 : v;
  }
  return { unsigned, signed };
}
function entryType(flag) {
  switch (flag) {
    case "0":
    case "7":
      return "file";
    case "1":
      return "hardlink";
    case "2":
      return "symlink";
    case "3":
      return "char";
    case "4":
      return "block";
    case "5":
      return "dir";
    case "6":
      return "fifo";
    case "S":
      return "sparse";
    default:
      return "other";
  }
}
function parsePax(body) {
  const out = /* @__PURE__ */ Object.create(null);
  let pos = 0;
  let count = 0;
  while (pos < body.length) {
    if (++count > MAX_PAX_RECORDS) return "too-many";
    if (body[pos] === 0) break;
    const sp = body.indexOf(32, pos);
    if (sp < 0) return void 0;
    const len = Number(body.toString("latin1", pos, sp));
    if (!Number.isInteger(len) || len <= sp - pos + 1 || pos + len > body.length) return void 0;
    const rec = body.toString("utf8", sp + 1, pos + len);
    if (!rec.endsWith("\n")) return void 0;
    const eq = rec.indexOf("=");
    if (eq <= 0) return void 0;
    out[rec.slice(0, eq)] = rec.slice(eq + 1, -1);
    pos += len;
  }
  return out;
}

export {
  MAX_EXTENSION,
  MAX_PAX_RECORDS,
  TarReader
};
