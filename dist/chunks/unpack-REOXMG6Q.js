import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  TarFormatError,
  checkLayerSupported,
  openLayerTar,
  readTar
} from "./chunk-JSIRYO3X.js";
import {
  parse
} from "./chunk-RQUCLO55.js";
import {
  DEFAULT_PATH
} from "./chunk-6EMAODDR.js";
import "./chunk-UHNQPGPK.js";
import {
  imageEntries,
  pickPlatform,
  platformList
} from "./chunk-SAE2HFOO.js";
import {
  LayoutImageSource
} from "./chunk-BW2MMCKN.js";
import {
  OciLayout
} from "./chunk-WCOFHWLI.js";
import "./chunk-ZTXNH7V2.js";
import {
  configPlatform,
  hostLinuxPlatform,
  parsePlatform,
  platformMatches,
  platformString
} from "./chunk-ESWPBDHS.js";
import {
  checkSchema,
  classifyWhiteout
} from "./chunk-T54QEYBR.js";
import {
  cleanEntryPath
} from "./chunk-KBR43FTS.js";
import "./chunk-G2QEMWTQ.js";
import {
  silentLogger,
  stderrLogger
} from "./chunk-S37OTTBW.js";
import "./chunk-CCQRFRUT.js";
import {
  CONFIG_TYPES,
  OCI_IMAGE_PREFIX,
  REF_NAME,
  isIndex,
  isManifest
} from "./chunk-ODBDDFK3.js";
import {
  UsageError,
  UserError,
  errorMessage,
  fsError
} from "./chunk-S5NN2QBC.js";

// src/unpack/unpack.ts
import { promises as fs2 } from "node:fs";
import path3 from "node:path";

// src/unpack/apply-layer.ts
import { execFile } from "node:child_process";
import {
  chmodSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  futimesSync,
  lchownSync,
  linkSync,
  lstatSync as lstatSync2,
  lutimesSync,
  mkdirSync as mkdirSync2,
  openSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeSync
} from "node:fs";
import path2 from "node:path";
import { promisify } from "node:util";

// src/unpack/secure-path.ts
import { lstatSync, mkdirSync, readlinkSync } from "node:fs";
import path from "node:path";
var MAX_LINKS = 40;
var UnsafePathError = class extends Error {
};
function isInside(root, abs) {
  const rel = path.relative(root, abs);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function errnoCode(e) {
  return e?.code;
}
var RootResolver = class {
  constructor(root) {
    this.root = root;
  }
  root;
  top = {};
  /**
   * The host path of `parts` inside root. Symlinks met on the way are followed, rooted at
   * root (at most MAX_LINKS of them); the last component is followed only when followLast is
   * set. Components that do not exist are taken as they are. The result is always root or below it.
   */
  resolve(parts, followLast) {
    const queue = [];
    const pushAll = (names) => {
      for (let i = names.length - 1; i >= 0; i--) if (names[i] !== "" && names[i] !== ".") queue.push(names[i]);
    };
    pushAll(parts);
    const steps = [];
    let links = 0;
    while (queue.length > 0) {
      const c = queue.pop();
      if (c === "..") {
        steps.pop();
        continue;
      }
      const parent = steps.length > 0 ? steps[steps.length - 1].node : this.top;
      const known = parent?.children?.get(c);
      if (!parent || known || queue.length === 0 && !followLast) {
        steps.push({ name: c, node: known });
        continue;
      }
      const candidate = path.join(this.root, ...steps.map((s) => s.name), c);
      let st;
      try {
        st = lstatSync(candidate);
      } catch (e) {
        const code = errnoCode(e);
        if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
        steps.push({ name: c });
        continue;
      }
      if (!st.isSymbolicLink()) {
        steps.push({ name: c, node: st.isDirectory() ? child(parent, c) : void 0 });
        continue;
      }
      if (++links > MAX_LINKS) throw new UnsafePathError(`too many levels of symbolic links (more than ${MAX_LINKS}) resolving ${parts.join("/")}`);
      const target = readlinkSync(candidate);
      if (target.startsWith("/")) steps.length = 0;
      pushAll(target.split("/"));
    }
    const abs = path.join(this.root, ...steps.map((s) => s.name));
    if (!isInside(this.root, abs)) throw new UnsafePathError(`${parts.join("/")} resolves outside the root filesystem`);
    return abs;
  }
  /** The components of abs below root (abs is a resolved path inside root). */
  relParts(abs) {
    if (!isInside(this.root, abs)) throw new UnsafePathError(`${abs} is outside the root filesystem`);
    const rel = path.relative(this.root, abs);
    return rel === "" ? [] : rel.split(path.sep);
  }
  /**
   * Makes sure the directory `abs` (a resolved path inside root) exists, creating missing
   * parts with mode 0755. Refuses to pass through a symlink (resolve() leaves none in the
   * existing part of a path) and reports a non-directory in the way. Returns what it created.
   */
  mkdirAll(abs) {
    const parts = this.relParts(abs);
    const created = [];
    let node = this.top;
    for (let i = 0; i < parts.length; i++) {
      const known = node.children?.get(parts[i]);
      if (known) {
        node = known;
        continue;
      }
      const cur = path.join(this.root, ...parts.slice(0, i + 1));
      let st;
      try {
        st = lstatSync(cur);
      } catch (e) {
        if (errnoCode(e) !== "ENOENT") throw e;
        mkdirSync(cur, { mode: 493 });
        created.push(cur);
        node = child(node, parts[i]);
        continue;
      }
      if (st.isSymbolicLink()) throw new UnsafePathError(`/${path.relative(this.root, cur)} is a symbolic link; refusing to write through it`);
      if (!st.isDirectory()) throw new UnsafePathError(`/${path.relative(this.root, cur)} is not a directory`);
      node = child(node, parts[i]);
    }
    return created;
  }
  /** Notes that a directory is real (just created or checked); its parent must be known. */
  remember(abs) {
    const parts = this.relParts(abs);
    let node = this.top;
    for (let i = 0; i < parts.length - 1 && node; i++) node = node.children?.get(parts[i]);
    if (node && parts.length > 0) child(node, parts[parts.length - 1]);
  }
  /** Forgets what was known about abs and everything below it (it was removed or replaced). */
  forget(abs) {
    const parts = this.relParts(abs);
    if (parts.length === 0) {
      this.top.children = void 0;
      return;
    }
    let node = this.top;
    for (let i = 0; i < parts.length - 1 && node; i++) node = node.children?.get(parts[i]);
    node?.children?.delete(parts[parts.length - 1]);
  }
};
function child(parent, name) {
  parent.children ??= /* @__PURE__ */ new Map();
  let n = parent.children.get(name);
  if (!n) parent.children.set(name, n = {});
  return n;
}

// src/unpack/apply-layer.ts
var run = promisify(execFile);
var Sample = class {
  count = 0;
  first = [];
  add(s) {
    if (this.count++ < 5) this.first.push(s);
  }
};
var UnpackNotes = class {
  /** Device nodes not created (not root, or rootless). */
  skippedDevices = new Sample();
  /** Entries whose owner (not 0:0) was not applied. */
  ownersNotApplied = 0;
  /** Files whose setuid/setgid bit was dropped because their owner was not applied. */
  setidDropped = new Sample();
  /** Entries with extended attributes, which are not applied. */
  xattrEntries = 0;
  /** Entries of types we do not know, skipped. */
  unknown = new Sample();
};
var O_CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
var EntryRefused = class extends UserError {
};
function lstatOrUndefined(p) {
  try {
    return lstatSync2(p);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw e;
  }
}
function depth(p) {
  return p.split(path2.sep).length;
}
function hasKeys(o) {
  for (const _ in o) return true;
  return false;
}
var LayerApplier = class {
  constructor(ctx, label) {
    this.ctx = ctx;
    this.label = label;
    this.root = ctx.root;
  }
  ctx;
  label;
  root;
  /**
   * Paths this layer wrote outside the directories it made, by parent directory (whiteouts and
   * opaque markers leave them alone). Everything inside a directory this layer made is this
   * layer's by definition, so a layer of new trees keeps no record per entry.
   */
  createdIn = /* @__PURE__ */ new Map();
  /** Directories this layer made (mode 0700 until finish()): everything they hold is this layer's. */
  fresh = /* @__PURE__ */ new Set();
  euid = process.geteuid?.() ?? -1;
  egid = process.getegid?.() ?? -1;
  /** Attributes of directories named by this layer, applied when the layer is done. */
  dirAttrs = /* @__PURE__ */ new Map();
  /** Directories whose content this layer changed: their times (and mode) are put back. */
  parents = /* @__PURE__ */ new Map();
  stats = { entries: 0, whiteouts: 0 };
  /** Did this layer put p there? */
  isCreated(p) {
    const dir = path2.dirname(p);
    return this.fresh.has(dir) || (this.createdIn.get(dir)?.has(path2.basename(p)) ?? false);
  }
  markCreated(p) {
    const dir = path2.dirname(p);
    if (this.fresh.has(dir)) return;
    let names = this.createdIn.get(dir);
    if (!names) this.createdIn.set(dir, names = /* @__PURE__ */ new Set());
    names.add(path2.basename(p));
  }
  refuse(e, why) {
    return new EntryRefused(`${this.label}: entry "${e.name}": ${why}; refusing to unpack this layer`);
  }
  async apply(item) {
    const e = item.entry;
    this.stats.entries++;
    const parts = cleanEntryPath(e.name);
    if (!parts) throw this.refuse(e, 'its path climbs out of the root filesystem with ".."');
    if (e.sparse) throw this.refuse(e, "sparse files are not supported");
    if (hasKeys(e.xattrs)) this.ctx.notes.xattrEntries++;
    if (parts.length === 0) {
      if (e.kind !== "dir") throw this.refuse(e, "the root of the filesystem can only be a directory");
      this.dirAttrs.set(this.root, this.attrs(e));
      return;
    }
    const base = parts[parts.length - 1];
    const wh = classifyWhiteout(base);
    if (wh.kind !== "none") {
      this.stats.whiteouts++;
      if (wh.kind === "invalid") throw this.refuse(e, "the whiteout names nothing");
      if (wh.kind === "opaque") this.opaque(parts.slice(0, -1));
      else if (wh.kind === "whiteout") this.whiteout(e, parts.slice(0, -1), wh.name);
      return;
    }
    const parent = this.ctx.resolver.resolve(parts.slice(0, -1), true);
    this.ensureDir(parent);
    const dest = path2.join(parent, base);
    if (!isInside(this.root, dest) || dest === this.root) throw this.refuse(e, "it resolves outside the root filesystem");
    if (!this.ctx.owners && (e.uid !== 0 || e.gid !== 0) && e.kind !== "hardlink") this.ctx.notes.ownersNotApplied++;
    switch (e.kind) {
      case "dir":
        return this.dir(e, dest);
      case "file":
        return this.file(e, dest, item);
      case "symlink":
        return this.symlink(e, dest);
      case "hardlink":
        return this.hardlink(e, dest);
      case "char":
      case "block":
      case "fifo":
        return this.node(e, dest, parts);
      default:
        this.ctx.notes.unknown.add(`${this.label}: "${e.name}" (type ${JSON.stringify(e.typeflag)})`);
    }
  }
  attrs(e) {
    return { mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime };
  }
  /** Creates dir (and missing parents) inside root and notes the changes to put back. */
  ensureDir(dir) {
    const made = this.ctx.resolver.mkdirAll(dir);
    if (made.length > 0) this.touch(path2.dirname(made[0]));
    for (const d of made) {
      this.markCreated(d);
      this.fresh.add(d);
    }
    this.touch(dir);
  }
  /** Remembers a directory's times before this layer changes its content. */
  touch(dir) {
    if (this.parents.has(dir) || this.isCreated(dir)) return;
    const st = lstatSync2(dir);
    const state = { atime: st.atime, mtime: st.mtime, mode: st.mode & 4095, opened: false };
    if (!this.ctx.privileged && (state.mode & 192) !== 192) {
      chmodSync(dir, state.mode | 448);
      state.opened = true;
    }
    this.parents.set(dir, state);
  }
  /** What is at dest now. */
  existing(dest) {
    return lstatOrUndefined(dest);
  }
  /** Owners are set unless the new inode already has them (created by us in a directory without setgid). */
  needsChown(e, dest) {
    return this.ctx.owners && !(e.uid === this.euid && e.gid === this.egid && this.fresh.has(path2.dirname(dest)));
  }
  remove(p, st) {
    if (st.isDirectory()) {
      rmSync(p, { recursive: true, force: true });
      this.ctx.resolver.forget(p);
      this.fresh.delete(p);
    } else {
      unlinkSync(p);
    }
  }
  dir(e, dest) {
    const st = this.existing(dest);
    if (st && !st.isDirectory()) this.remove(dest, st);
    if (!st || !st.isDirectory()) {
      mkdirSync2(dest, { mode: 448 });
      this.fresh.add(dest);
    }
    this.ctx.resolver.remember(dest);
    this.markCreated(dest);
    this.dirAttrs.set(dest, this.attrs(e));
  }
  async file(e, dest, item) {
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    const fd = openSync(dest, O_CREATE_NEW, 384);
    try {
      for await (const chunk of item.body()) {
        let off = 0;
        while (off < chunk.length) off += writeSync(fd, chunk, off, chunk.length - off);
      }
      if (this.needsChown(e, dest)) fchownSync(fd, e.uid, e.gid);
      fchmodSync(fd, this.fileMode(e));
      futimesSync(fd, e.mtime, e.mtime);
    } finally {
      closeSync(fd);
    }
    this.markCreated(dest);
  }
  /**
   * The mode a file gets. When owners are not applied (rootless) the file belongs to whoever
   * unpacks, root included: a setuid/setgid bit meant for another owner is dropped, never
   * handed to that user (a setuid-root binary made by a rootless unpack run as root).
   */
  fileMode(e) {
    let mode = e.mode;
    if (this.ctx.owners || (mode & 3072) === 0) return mode;
    if (e.uid !== this.euid) mode &= ~2048;
    if (e.gid !== this.egid) mode &= ~1024;
    if (mode !== e.mode) this.ctx.notes.setidDropped.add(`/${e.name.replace(/^\.?\/+/, "")}`);
    return mode;
  }
  symlink(e, dest) {
    if (e.linkname === "") throw this.refuse(e, "the symbolic link has an empty target");
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    symlinkSync(e.linkname, dest);
    if (this.needsChown(e, dest)) lchownSync(dest, e.uid, e.gid);
    lutimesSync(dest, e.mtime, e.mtime);
    this.markCreated(dest);
  }
  hardlink(e, dest) {
    const parts = cleanEntryPath(e.linkname);
    if (!parts || parts.length === 0) throw this.refuse(e, `its hard link target "${e.linkname}" is outside the root filesystem`);
    const dir = this.ctx.resolver.resolve(parts.slice(0, -1), true);
    const target = path2.join(dir, parts[parts.length - 1]);
    if (!isInside(this.root, target)) throw this.refuse(e, `its hard link target "${e.linkname}" is outside the root filesystem`);
    const tst = lstatOrUndefined(target);
    if (!tst) throw this.refuse(e, `its hard link target "${e.linkname}" does not exist (in this or a lower layer)`);
    if (tst.isDirectory()) throw this.refuse(e, `its hard link target "${e.linkname}" is a directory`);
    if (target === dest) return;
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    linkSync(target, dest);
    this.markCreated(dest);
  }
  async node(e, dest, parts) {
    if (e.kind !== "fifo" && !this.ctx.devices) {
      this.ctx.notes.skippedDevices.add("/" + parts.join("/"));
      return;
    }
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    const args = e.kind === "fifo" ? ["--", dest, "p"] : ["--", dest, e.kind === "char" ? "c" : "b", String(e.devmajor), String(e.devminor)];
    try {
      await run("mknod", args);
    } catch (err) {
      throw new UserError(`${this.label}: entry "${e.name}": could not create the ${e.kind === "fifo" ? "FIFO" : "device node"} with mknod: ${errorMessage(err).split("\n")[0]}`);
    }
    if (this.ctx.owners) lchownSync(dest, e.uid, e.gid);
    chmodSync(dest, this.ctx.owners ? e.mode : e.mode & ~3072);
    utimesSync(dest, e.mtime, e.mtime);
    this.markCreated(dest);
  }
  whiteout(e, parentParts, name) {
    const parent = this.ctx.resolver.resolve(parentParts, true);
    const target = path2.join(parent, name);
    if (!isInside(this.root, target) || target === this.root) throw this.refuse(e, "the whiteout resolves outside the root filesystem");
    const st = lstatOrUndefined(target);
    if (!st) return;
    this.touch(parent);
    this.removeLower(target, st);
  }
  opaque(dirParts) {
    const dir = this.ctx.resolver.resolve(dirParts, true);
    const st = lstatOrUndefined(dir);
    if (st && !st.isDirectory()) {
      this.touch(path2.dirname(dir));
      this.remove(dir, st);
    }
    this.ensureDir(dir);
    for (const name of readdirSync(dir)) {
      const child2 = path2.join(dir, name);
      this.removeLower(child2, lstatSync2(child2));
    }
  }
  /** Removes what lower layers put at p, keeping what this layer wrote there. */
  removeLower(p, st) {
    if (!this.isCreated(p)) return this.remove(p, st);
    if (!st.isDirectory()) return;
    this.touch(p);
    for (const name of readdirSync(p)) {
      const child2 = path2.join(p, name);
      this.removeLower(child2, lstatSync2(child2));
    }
  }
  /** Directory attributes last (deepest first), once their content is in place. */
  finish() {
    const dirs = [.../* @__PURE__ */ new Set([...this.dirAttrs.keys(), ...this.parents.keys()])].sort((a, b) => depth(b) - depth(a));
    for (const d of dirs) {
      const st = lstatOrUndefined(d);
      if (!st || !st.isDirectory()) continue;
      const a = this.dirAttrs.get(d);
      if (a) {
        if (this.ctx.owners) lchownSync(d, a.uid, a.gid);
        chmodSync(d, a.mode);
        utimesSync(d, a.mtime, a.mtime);
      } else {
        const p = this.parents.get(d);
        if (p.opened) chmodSync(d, p.mode);
        utimesSync(d, p.atime, p.mtime);
      }
    }
  }
};
async function applyLayer(tar, label, ctx) {
  const layer = new LayerApplier(ctx, label);
  let current;
  try {
    for await (const item of readTar(tar)) {
      current = item.entry;
      await layer.apply(item);
      current = void 0;
    }
    layer.finish();
  } catch (err) {
    if (err instanceof EntryRefused) throw err;
    if (err instanceof UserError) throw err;
    const where = current ? `${label}: entry "${current.name}"` : label;
    if (err instanceof TarFormatError) throw new UserError(`${where}: ${err.message}`);
    if (err instanceof UnsafePathError) throw new UserError(`${where}: ${err.message}; refusing to unpack this layer`);
    const code = err.code;
    if (code) throw new UserError(`${where}: ${code === "ENOSPC" ? "no space left on device" : errorMessage(err)}`);
    throw new UserError(`${where}: ${errorMessage(err)}`);
  }
  return layer.stats;
}

// src/unpack/passwd.ts
import { constants as constants2, promises as fs } from "node:fs";
var MAX_ID = 4294967294;
var MAX_DB = 16 * 1024 * 1024;
function parseId(s) {
  if (!/^\d+$/.test(s)) return void 0;
  const n = Number(s);
  return Number.isSafeInteger(n) && n <= MAX_ID ? n : void 0;
}
function parsePasswd(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const f = line.split(":");
    if (f.length < 4) continue;
    const uid = parseId(f[2]);
    const gid = parseId(f[3]);
    if (!f[0] || uid === void 0 || gid === void 0) continue;
    out.push({ name: f[0], uid, gid, home: f[5] ?? "" });
  }
  return out;
}
function parseGroup(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const f = line.split(":");
    if (f.length < 3) continue;
    const gid = parseId(f[2]);
    if (!f[0] || gid === void 0) continue;
    out.push({ name: f[0], gid, members: (f[3] ?? "").split(",").map((m) => m.trim()).filter(Boolean) });
  }
  return out;
}
function resolveUser(spec, passwd, group) {
  const s = (spec ?? "").trim();
  const colon = s.indexOf(":");
  const userPart = colon < 0 ? s : s.slice(0, colon);
  const groupPart = colon < 0 ? void 0 : s.slice(colon + 1);
  if (groupPart !== void 0 && groupPart === "") throw new UserError(`the image's User "${s}" has an empty group after ":"`);
  let entry;
  let uid;
  if (userPart === "") {
    uid = 0;
    entry = passwd?.find((p) => p.uid === 0);
  } else {
    const n = parseId(userPart);
    if (n !== void 0) {
      uid = n;
      entry = passwd?.find((p) => p.uid === n);
    } else if (/^\d+$/.test(userPart)) {
      throw new UserError(`the image's User "${s}": uid ${userPart} is out of range`);
    } else {
      if (!passwd) throw new UserError(`the image's User "${s}" names user "${userPart}", but the image has no /etc/passwd to look it up in`);
      entry = passwd.find((p) => p.name === userPart);
      if (!entry) throw new UserError(`the image's User "${s}": no user "${userPart}" in the image's /etc/passwd`);
      uid = entry.uid;
    }
  }
  let gid;
  const additionalGids = [];
  if (groupPart !== void 0) {
    const n = parseId(groupPart);
    if (n !== void 0) gid = n;
    else if (/^\d+$/.test(groupPart)) throw new UserError(`the image's User "${s}": gid ${groupPart} is out of range`);
    else {
      if (!group) throw new UserError(`the image's User "${s}" names group "${groupPart}", but the image has no /etc/group to look it up in`);
      const g = group.find((x) => x.name === groupPart);
      if (!g) throw new UserError(`the image's User "${s}": no group "${groupPart}" in the image's /etc/group`);
      gid = g.gid;
    }
  } else {
    gid = entry?.gid ?? 0;
    if (entry && group) {
      for (const g of group) {
        if (g.members.includes(entry.name) && g.gid !== gid && !additionalGids.includes(g.gid)) additionalGids.push(g.gid);
      }
    }
  }
  const out = { uid, gid, additionalGids };
  if (entry?.home) out.home = entry.home;
  return out;
}
async function readRootfsText(resolver, relPath) {
  let p;
  try {
    p = resolver.resolve(relPath.split("/"), true);
  } catch (e) {
    if (e instanceof UnsafePathError) return void 0;
    throw e;
  }
  let fh;
  try {
    fh = await fs.open(p, constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP") return void 0;
    throw e;
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return void 0;
    if (st.size > MAX_DB) throw new UserError(`the image's /${relPath} is ${st.size} bytes; too large to read`);
    return (await fh.readFile()).toString("utf8");
  } finally {
    await fh.close();
  }
}
async function resolveImageUser(resolver, spec) {
  const passwdText = await readRootfsText(resolver, "etc/passwd");
  const groupText = await readRootfsText(resolver, "etc/group");
  return resolveUser(spec, passwdText === void 0 ? void 0 : parsePasswd(passwdText), groupText === void 0 ? void 0 : parseGroup(groupText));
}

// src/unpack/runtime-config.ts
var OCI_VERSION = "1.0.2";
var DEFAULT_HOSTNAME = "oci-bundle";
var CAPS = ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"];
function processArgs(config) {
  const c = config.config ?? {};
  const args = [...c.Entrypoint ?? [], ...c.Cmd ?? []];
  if (args.length === 0) {
    throw new UserError("the image has neither Entrypoint nor Cmd, so there is no process to run; rebuild it with --entrypoint or --cmd");
  }
  return args;
}
function processCwd(config) {
  const wd = (config.config?.WorkingDir ?? "").trim();
  if (!wd) return "/";
  return wd.startsWith("/") ? wd : `/${wd}`;
}
function processEnv(config, user) {
  const env = [...config.config?.Env ?? []];
  const has = (k) => env.some((e) => e.startsWith(`${k}=`));
  if (!has("PATH")) env.unshift(DEFAULT_PATH);
  if (!has("HOME") && user.home) env.push(`HOME=${user.home}`);
  return env;
}
function imageAnnotations(config) {
  const out = {};
  const set = (k, v) => {
    if (v !== void 0 && v !== "") out[`${OCI_IMAGE_PREFIX}${k}`] = v;
  };
  set("os", config.os);
  set("architecture", config.architecture);
  set("variant", config.variant);
  set("os.version", config["os.version"]);
  set("os.features", config["os.features"]?.join(","));
  set("author", config.author);
  set("created", config.created);
  set("stopSignal", config.config?.StopSignal);
  const ports = Object.keys(config.config?.ExposedPorts ?? {});
  if (ports.length) set("exposedPorts", ports.join(","));
  for (const [k, v] of Object.entries(config.config?.Labels ?? {})) out[k] = v;
  return out;
}
function defaultMounts(rootless) {
  const noexec = ["nosuid", "noexec", "nodev"];
  return [
    { destination: "/proc", type: "proc", source: "proc" },
    { destination: "/dev", type: "tmpfs", source: "tmpfs", options: ["nosuid", "strictatime", "mode=755", "size=65536k"] },
    // Rootless: no gid=5, the tty group is not mapped in the user namespace.
    { destination: "/dev/pts", type: "devpts", source: "devpts", options: ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", ...rootless ? [] : ["gid=5"]] },
    { destination: "/dev/shm", type: "tmpfs", source: "shm", options: [...noexec, "mode=1777", "size=65536k"] },
    { destination: "/dev/mqueue", type: "mqueue", source: "mqueue", options: noexec },
    // Rootless: sysfs cannot be mounted in a user namespace without a network namespace; bind it.
    rootless ? { destination: "/sys", type: "none", source: "/sys", options: ["rbind", ...noexec, "ro"] } : { destination: "/sys", type: "sysfs", source: "sysfs", options: [...noexec, "ro"] },
    { destination: "/sys/fs/cgroup", type: "cgroup", source: "cgroup", options: [...noexec, "relatime", "ro"] }
  ];
}
function runtimeSpec(config, user, opts) {
  const processUser = { uid: user.uid, gid: user.gid };
  if (user.additionalGids.length) processUser.additionalGids = user.additionalGids;
  const spec = {
    ociVersion: OCI_VERSION,
    process: {
      terminal: false,
      user: processUser,
      args: processArgs(config),
      env: processEnv(config, user),
      cwd: processCwd(config),
      capabilities: { bounding: [...CAPS], effective: [...CAPS], permitted: [...CAPS], ambient: [...CAPS] },
      rlimits: [{ type: "RLIMIT_NOFILE", hard: 1024, soft: 1024 }],
      noNewPrivileges: true
    },
    root: { path: "rootfs", readonly: false },
    hostname: opts.hostname ?? DEFAULT_HOSTNAME,
    mounts: defaultMounts(opts.rootless),
    linux: {
      namespaces: [{ type: "pid" }, { type: "network" }, { type: "ipc" }, { type: "uts" }, { type: "mount" }],
      maskedPaths: ["/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi"],
      readonlyPaths: ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"]
    }
  };
  const annotations = imageAnnotations(config);
  if (Object.keys(annotations).length) spec.annotations = annotations;
  if (opts.rootless) {
    spec.linux.namespaces = spec.linux.namespaces.filter((n) => n.type !== "network");
    spec.linux.namespaces.push({ type: "user" });
    spec.linux.uidMappings = [{ containerID: 0, hostID: opts.hostUid, size: 1 }];
    spec.linux.gidMappings = [{ containerID: 0, hostID: opts.hostGid, size: 1 }];
  } else {
    spec.linux.resources = { devices: [{ allow: false, access: "rwm" }] };
  }
  return spec;
}

// src/unpack/select-image.ts
function malformed(msg) {
  return new UserError(msg, 1, { kind: "malformed" });
}
function checkConfig(v, digest) {
  const issues = checkSchema("imageConfig", v);
  if (issues.length > 0) {
    const i = issues[0];
    const at = i.path.length ? `${i.path.join(".")}: ` : "";
    throw malformed(`the image config ${digest} is not a valid image config (${at}${i.message}${issues.length > 1 ? `, and ${issues.length - 1} more problems` : ""}); run \`oci-bundle validate\` on the layout for the full list`);
  }
  return v;
}
async function loadManifest(source, doc) {
  const digest = doc.descriptor.digest;
  if (!isManifest(doc.descriptor.mediaType)) throw malformed(`${digest} in ${source.layout.dir} is not an image manifest (schemaVersion 2 with config and layers)`);
  const manifest = doc.doc;
  if (!CONFIG_TYPES.includes(manifest.config.mediaType)) {
    throw new UserError(`${digest} is not a container image: its config has media type "${manifest.config.mediaType}"`);
  }
  const config = checkConfig((await source.readDocument(manifest.config)).doc, manifest.config.digest);
  if (config.rootfs?.type !== "layers" || !Array.isArray(config.rootfs.diff_ids)) {
    throw new UserError(`the image config ${manifest.config.digest} has no rootfs.diff_ids of type "layers"`);
  }
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new UserError(`image ${digest} is inconsistent: ${manifest.layers.length} layers in the manifest, ${config.rootfs.diff_ids.length} diff_ids in the config`);
  }
  return { manifest, config };
}
async function selectImage(source, want) {
  const top = await source.resolve();
  const name = source.ref ?? top.annotations?.[REF_NAME] ?? top.digest;
  let doc = await source.readDocument(top);
  for (let depth2 = 0; ; depth2++) {
    if (depth2 > 4) throw new UserError(`image "${name}" nests indexes too deeply`);
    const { digest, mediaType } = doc.descriptor;
    if (isManifest(mediaType)) break;
    if (!isIndex(mediaType)) {
      throw new UserError(`image "${name}" (${digest}) has media type "${mediaType}", which is neither an image manifest nor an index`);
    }
    const candidates = imageEntries(doc, `index ${digest}`, { nested: true });
    if (candidates.length === 0) throw new UserError(`the index of image "${name}" (${digest}) lists no images`);
    const entries = [];
    for (const c of candidates) {
      let platform2 = c.platform;
      if (!platform2 && isManifest(c.descriptor.mediaType)) platform2 = configPlatform((await loadManifest(source, await source.readDocument(c.descriptor))).config, `the config of ${c.descriptor.digest}`);
      entries.push({ descriptor: c.descriptor, platform: platform2 });
    }
    const host = hostLinuxPlatform();
    const pick = pickPlatform(entries, [want ?? host], { onlyOne: !want });
    if (!pick) {
      if (want) throw new UserError(`image "${name}" has no ${platformString(want)} variant; it has: ${platformList(entries)}`);
      throw new UserError(`image "${name}" is multi-platform and has nothing for this host (${platformString(host)}); choose one with --platform: ${platformList(entries)}`);
    }
    doc = await source.readDocument(pick.descriptor);
  }
  const { manifest, config } = await loadManifest(source, doc);
  const descriptor = doc.descriptor;
  const platform = configPlatform(config, `the config of ${descriptor.digest}`);
  if (want && !platformMatches(want, platform)) {
    throw new UserError(`image "${name}" is ${platformString(platform)}, not ${platformString(want)}`);
  }
  if (config.os !== "linux") throw new UserError(`image "${name}" is a ${config.os} image; only Linux images can be unpacked into a runtime bundle`);
  return { descriptor, manifest, config, platform };
}

// src/unpack/unpack.ts
function isRoot() {
  return process.geteuid?.() === 0;
}
async function prepareBundleDir(dest, shown) {
  let st;
  try {
    st = await fs2.stat(dest);
  } catch (e) {
    if (e.code !== "ENOENT") throw fsError(e, shown, "checking the bundle folder");
  }
  if (st) {
    if (!st.isDirectory()) throw new UserError(`${shown} exists and is not a folder; choose a new or empty folder for the bundle`);
    const entries = await fs2.readdir(dest).catch((e) => {
      throw fsError(e, shown, "reading the bundle folder");
    });
    if (entries.length > 0) throw new UserError(`${shown} exists and is not empty; refusing to unpack into it (choose a new or empty folder)`);
    await fs2.chmod(dest, 448).catch((e) => {
      throw fsError(e, shown, "making the bundle folder private (mode 0700)");
    });
    return { empty: true };
  }
  try {
    const firstParent = await fs2.mkdir(path3.dirname(dest), { recursive: true });
    await fs2.mkdir(dest, { mode: 448 });
    await fs2.chmod(dest, 448);
    return { remove: firstParent ?? dest, empty: false };
  } catch (e) {
    throw fsError(e, shown, "creating the bundle folder");
  }
}
async function removeTree(p) {
  try {
    await fs2.rm(p, { recursive: true, force: true });
    return;
  } catch {
  }
  const open = async (d) => {
    const st = await fs2.lstat(d).catch(() => void 0);
    if (!st?.isDirectory()) return;
    await fs2.chmod(d, 448).catch(() => {
    });
    for (const n of await fs2.readdir(d).catch(() => [])) await open(path3.join(d, n));
  };
  await open(p);
  await fs2.rm(p, { recursive: true, force: true }).catch(() => {
  });
}
async function cleanup(dest, made) {
  if (made.remove) return removeTree(made.remove);
  for (const n of await fs2.readdir(dest).catch(() => [])) await removeTree(path3.join(dest, n));
}
function short(digest) {
  return digest.slice(0, 19);
}
async function unpackImage(layoutDir, destDir, opts = {}) {
  const log = opts.log ?? silentLogger;
  if (!await OciLayout.isLayout(layoutDir)) throw new UserError(`${layoutDir} is not an OCI image layout (it has no oci-layout file)`);
  const source = new LayoutImageSource(path3.resolve(layoutDir), opts.ref);
  const layout = source.layout;
  const image = await selectImage(source, opts.platform);
  processArgs(image.config);
  const layers = image.manifest.layers;
  const diffIds = image.config.rootfs.diff_ids;
  for (const [i, d] of layers.entries()) {
    checkLayerSupported(d, i);
    if (!await layout.hasBlob(d.digest)) throw new UserError(`layer ${i + 1} (${d.digest}) is not in ${layoutDir}; the layout is incomplete`);
  }
  const rootless = !!opts.rootless || !isRoot();
  if (rootless && !opts.rootless) {
    log.warn("not running as root: unpacking rootless (owners from the image are not applied, device nodes are skipped, config.json gets a user namespace)");
  }
  const dest = path3.resolve(destDir);
  const made = await prepareBundleDir(dest, destDir);
  try {
    const rootfs = path3.join(dest, "rootfs");
    await fs2.mkdir(rootfs, { mode: 493 });
    await fs2.chmod(rootfs, 493);
    const resolver = new RootResolver(rootfs);
    const notes = new UnpackNotes();
    const ctx = { root: rootfs, resolver, owners: !rootless, devices: !rootless, privileged: isRoot(), notes };
    for (const [i, d] of layers.entries()) {
      const label = `layer ${i + 1}/${layers.length} (${d.digest})`;
      const started = Date.now();
      const lt = openLayerTar(source, d, diffIds[i], label);
      try {
        const stats = await applyLayer(lt.tar, label, ctx);
        lt.verify();
        log.info(`layer ${i + 1}/${layers.length} ${short(d.digest)}: ${stats.entries} entries${stats.whiteouts ? ` (${stats.whiteouts} whiteouts)` : ""} in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
      } finally {
        lt.close();
      }
    }
    reportNotes(notes, rootless, log);
    const user = await resolveImageUser(resolver, image.config.config?.User);
    if (rootless && (user.uid !== 0 || user.gid !== 0)) {
      log.warn(`the image runs as ${user.uid}:${user.gid}, but the rootless user namespace maps only root (to you); add uidMappings/gidMappings to config.json for that user, or runc will refuse to start it`);
    }
    const spec = runtimeSpec(image.config, user, { rootless, hostUid: process.geteuid?.() ?? 0, hostGid: process.getegid?.() ?? 0, hostname: opts.hostname });
    await fs2.writeFile(path3.join(dest, "config.json"), JSON.stringify(spec, null, 2) + "\n", { mode: 420 });
    return { bundle: dest, digest: image.descriptor.digest, platform: platformString(image.platform), layers: layers.length, rootless, user: { uid: user.uid, gid: user.gid } };
  } catch (e) {
    await cleanup(dest, made);
    if (e instanceof UserError) throw e;
    const code = e.code;
    if (code) throw fsError(e, e.path ?? destDir, "writing the bundle");
    throw e;
  }
}
function reportNotes(notes, rootless, log) {
  const list = (xs) => xs.first.join(", ") + (xs.count > xs.first.length ? `, and ${xs.count - xs.first.length} more` : "");
  if (rootless && notes.ownersNotApplied > 0) log.info(`rootless: ${notes.ownersNotApplied} entries owned by other users than root are owned by you instead`);
  if (notes.setidDropped.count) log.warn(`rootless: dropped the setuid/setgid bit of ${notes.setidDropped.count} file(s) whose owner was not applied: ${list(notes.setidDropped)}`);
  if (notes.skippedDevices.count) log.warn(`skipped ${notes.skippedDevices.count} device node(s), which need root (and no --rootless): ${list(notes.skippedDevices)}`);
  if (notes.xattrEntries) log.warn(`extended attributes (e.g. file capabilities) of ${notes.xattrEntries} entries were not applied`);
  if (notes.unknown.count) log.warn(`skipped ${notes.unknown.count} tar entries of unknown type: ${list(notes.unknown)}`);
}

// src/cli/unpack.ts
var summary = "unpack an image from an OCI layout into a runtime bundle for runc";
var HELP = `Usage: oci-bundle unpack LAYOUT DIR [options]

Unpacks an image of the OCI image layout LAYOUT into DIR as an OCI runtime bundle:
DIR/rootfs (the layers applied in order) and DIR/config.json (made from the image config).
Run it with: runc run --bundle DIR NAME

DIR must not exist or be empty. Layers are extracted safely: paths resolve inside rootfs
(symlinks as the container sees them); an entry that climbs out with "..", or a hard link to
something outside or missing, stops the unpack with an error naming the layer and the entry.

Options:
  --ref NAME               the image in LAYOUT, by ref name (org.opencontainers.image.ref.name)
                           or manifest digest (default: the only image)
  --platform OS/ARCH[/V]   for a multi-platform image: which one (default: this machine's)
  --rootless               do not apply owners or create device nodes, and give config.json a
                           user namespace mapping root to you (implied when not run as root)
  --json                   print {bundle, digest, platform, layers} as JSON on stdout
`;
async function run2(argv) {
  const { values: v, positionals } = parse(
    argv,
    {
      ref: { type: "string" },
      platform: { type: "string" },
      rootless: { type: "boolean", default: false },
      json: { type: "boolean", default: false }
    },
    "unpack"
  );
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new UsageError(`unpack takes LAYOUT and DIR, got ${positionals.length} argument(s)${positionals.length ? `: ${positionals.join(" ")}` : ""}; see "oci-bundle unpack --help"`);
  }
  const [layout, dir] = positionals;
  let platform;
  if (v.platform !== void 0) {
    try {
      platform = parsePlatform(v.platform);
    } catch (e) {
      if (e instanceof UserError) throw new UsageError(`--platform: ${e.message}`);
      throw e;
    }
  }
  if (v.ref !== void 0 && v.ref.trim() === "") throw new UsageError("--ref needs a name");
  const result = await unpackImage(layout, dir, { ref: v.ref, platform, rootless: v.rootless, log: stderrLogger });
  if (v.json) {
    const { bundle, digest, platform: p, layers } = result;
    process.stdout.write(JSON.stringify({ bundle, digest, platform: p, layers }, null, 2) + "\n");
  } else {
    stderrLogger.info(`image ${result.digest} (${result.platform}) unpacked into ${result.bundle}; run it with: runc run --bundle ${result.bundle} NAME`);
    process.stdout.write(result.bundle + "\n");
  }
  return 0;
}
export {
  run2 as run,
  summary
};
