// Applies one layer's tar stream to a root filesystem, with the OCI whiteout rules:
//   - `.wh.NAME` removes NAME, `DIR/.wh..wh..opq` empties DIR; both hide only what lower layers
//     put there (what this layer wrote is kept, wherever the marker sits in the tar);
//   - an existing directory met by a directory entry keeps its content and takes the new
//     attributes; anything else in the way is removed first, so nothing is written through an
//     existing symlink;
//   - parent paths are resolved inside rootfs as the container will see them (symlinks rooted
//     at rootfs, never out of it).
// Refused (the unpack fails, naming the layer and the entry): a name or hard-link target that
// climbs out with "..", a hard link to nothing or to a directory, sparse files, a path through
// a non-directory, an empty symlink target, a whiteout naming nothing.
//
// File system calls are direct (sync): one system call each instead of a thread-pool round trip,
// which is most of the time spent on a layer of small files. The layer's decompression keeps
// running on its own thread meanwhile; only content arrives asynchronously.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  futimesSync,
  lchownSync,
  linkSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { classifyWhiteout } from '../oci/whiteout.js';
import { UserError, errorMessage } from '../util/errors.js';
import { RootResolver, UnsafePathError, cleanEntryPath, isInside } from './secure-path.js';
import { TarFormatError, readTar, type TarEntry, type TarItem } from './tar-reader.js';

const run = promisify(execFile);

/** A count and the first few examples (memory stays flat however many there are). */
export class Sample {
  count = 0;
  readonly first: string[] = [];
  add(s: string): void {
    if (this.count++ < 5) this.first.push(s);
  }
}

/** What an unpack skipped or could not keep, reported once at the end. */
export class UnpackNotes {
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
}

export interface ApplyContext {
  root: string;
  /** The resolver for root, shared by every layer of one unpack. */
  resolver: RootResolver;
  /** Set owners from the tar (root, not rootless). */
  owners: boolean;
  /** Create character and block devices (root, not rootless). */
  devices: boolean;
  /** The process can bypass permissions (euid 0). */
  privileged: boolean;
  notes: UnpackNotes;
}

export interface LayerStats {
  entries: number;
  whiteouts: number;
}

interface Attrs {
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
}

interface ParentState {
  atime: Date;
  mtime: Date;
  mode: number;
  /** We added owner rwx to be able to write into it (unprivileged only). */
  opened: boolean;
}

const O_CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

class EntryRefused extends UserError {}

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

function depth(p: string): number {
  return p.split(path.sep).length;
}

function hasKeys(o: Record<string, string>): boolean {
  for (const _ in o) return true;
  return false;
}

class LayerApplier {
  private readonly root: string;
  /**
   * Paths this layer wrote outside the directories it made, by parent directory (whiteouts and
   * opaque markers leave them alone). Everything inside a directory this layer made is this
   * layer's by definition, so a layer of new trees keeps no record per entry.
   */
  private readonly createdIn = new Map<string, Set<string>>();
  /** Directories this layer made (mode 0700 until finish()): everything they hold is this layer's. */
  private readonly fresh = new Set<string>();
  private readonly euid = process.geteuid?.() ?? -1;
  private readonly egid = process.getegid?.() ?? -1;
  /** Attributes of directories named by this layer, applied when the layer is done. */
  private readonly dirAttrs = new Map<string, Attrs>();
  /** Directories whose content this layer changed: their times (and mode) are put back. */
  private readonly parents = new Map<string, ParentState>();
  readonly stats: LayerStats = { entries: 0, whiteouts: 0 };

  constructor(
    private readonly ctx: ApplyContext,
    private readonly label: string,
  ) {
    this.root = ctx.root;
  }

  /** Did this layer put p there? */
  private isCreated(p: string): boolean {
    const dir = path.dirname(p);
    return this.fresh.has(dir) || (this.createdIn.get(dir)?.has(path.basename(p)) ?? false);
  }

  private markCreated(p: string): void {
    const dir = path.dirname(p);
    if (this.fresh.has(dir)) return;
    let names = this.createdIn.get(dir);
    if (!names) this.createdIn.set(dir, (names = new Set()));
    names.add(path.basename(p));
  }

  refuse(e: TarEntry, why: string): EntryRefused {
    return new EntryRefused(`${this.label}: entry "${e.name}": ${why}; refusing to unpack this layer`);
  }

  async apply(item: TarItem): Promise<void> {
    const e = item.entry;
    this.stats.entries++;
    const parts = cleanEntryPath(e.name);
    if (!parts) throw this.refuse(e, 'its path climbs out of the root filesystem with ".."');
    if (e.sparse) throw this.refuse(e, 'sparse files are not supported');
    if (hasKeys(e.xattrs)) this.ctx.notes.xattrEntries++;
    if (parts.length === 0) {
      // "./" or "/": the root directory's own attributes.
      if (e.kind !== 'dir') throw this.refuse(e, 'the root of the filesystem can only be a directory');
      this.dirAttrs.set(this.root, this.attrs(e));
      return;
    }
    const base = parts[parts.length - 1];
    const wh = classifyWhiteout(base);
    if (wh.kind !== 'none') {
      this.stats.whiteouts++;
      if (wh.kind === 'invalid') throw this.refuse(e, 'the whiteout names nothing');
      if (wh.kind === 'opaque') this.opaque(parts.slice(0, -1));
      else if (wh.kind === 'whiteout') this.whiteout(e, parts.slice(0, -1), wh.name);
      return;
    }
    const parent = this.ctx.resolver.resolve(parts.slice(0, -1), true);
    this.ensureDir(parent);
    const dest = path.join(parent, base);
    if (!isInside(this.root, dest) || dest === this.root) throw this.refuse(e, 'it resolves outside the root filesystem');
    if (!this.ctx.owners && (e.uid !== 0 || e.gid !== 0) && e.kind !== 'hardlink') this.ctx.notes.ownersNotApplied++;

    switch (e.kind) {
      case 'dir':
        return this.dir(e, dest);
      case 'file':
        return this.file(e, dest, item);
      case 'symlink':
        return this.symlink(e, dest);
      case 'hardlink':
        return this.hardlink(e, dest);
      case 'char':
      case 'block':
      case 'fifo':
        return this.node(e, dest, parts);
      default:
        this.ctx.notes.unknown.add(`${this.label}: "${e.name}" (type ${JSON.stringify(e.typeflag)})`);
    }
  }

  private attrs(e: TarEntry): Attrs {
    return { mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime };
  }

  /** Creates dir (and missing parents) inside root and notes the changes to put back. */
  private ensureDir(dir: string): void {
    const made = this.ctx.resolver.mkdirAll(dir);
    if (made.length > 0) this.touch(path.dirname(made[0]));
    for (const d of made) {
      this.markCreated(d);
      this.fresh.add(d);
    }
    this.touch(dir);
  }

  /** Remembers a directory's times before this layer changes its content. */
  private touch(dir: string): void {
    if (this.parents.has(dir) || this.isCreated(dir)) return;
    const st = lstatSync(dir);
    const state: ParentState = { atime: st.atime, mtime: st.mtime, mode: st.mode & 0o7777, opened: false };
    if (!this.ctx.privileged && (state.mode & 0o300) !== 0o300) {
      chmodSync(dir, state.mode | 0o700);
      state.opened = true;
    }
    this.parents.set(dir, state);
  }

  /** What is at dest now. */
  private existing(dest: string): Stats | undefined {
    return lstatOrUndefined(dest);
  }

  /** Owners are set unless the new inode already has them (created by us in a directory without setgid). */
  private needsChown(e: TarEntry, dest: string): boolean {
    return this.ctx.owners && !(e.uid === this.euid && e.gid === this.egid && this.fresh.has(path.dirname(dest)));
  }

  private remove(p: string, st: Stats): void {
    if (st.isDirectory()) {
      rmSync(p, { recursive: true, force: true });
      this.ctx.resolver.forget(p);
      this.fresh.delete(p);
    } else {
      unlinkSync(p);
    }
  }

  private dir(e: TarEntry, dest: string): void {
    const st = this.existing(dest);
    if (st && !st.isDirectory()) this.remove(dest, st);
    if (!st || !st.isDirectory()) {
      mkdirSync(dest, { mode: 0o700 });
      this.fresh.add(dest);
    }
    this.ctx.resolver.remember(dest);
    this.markCreated(dest);
    this.dirAttrs.set(dest, this.attrs(e));
  }

  private async file(e: TarEntry, dest: string, item: TarItem): Promise<void> {
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    const fd = openSync(dest, O_CREATE_NEW, 0o600);
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
  private fileMode(e: TarEntry): number {
    let mode = e.mode;
    if (this.ctx.owners || (mode & 0o6000) === 0) return mode;
    if (e.uid !== this.euid) mode &= ~0o4000;
    if (e.gid !== this.egid) mode &= ~0o2000;
    if (mode !== e.mode) this.ctx.notes.setidDropped.add(`/${e.name.replace(/^\.?\/+/, '')}`);
    return mode;
  }

  private symlink(e: TarEntry, dest: string): void {
    if (e.linkname === '') throw this.refuse(e, 'the symbolic link has an empty target');
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    symlinkSync(e.linkname, dest);
    if (this.needsChown(e, dest)) lchownSync(dest, e.uid, e.gid);
    lutimesSync(dest, e.mtime, e.mtime);
    this.markCreated(dest);
  }

  private hardlink(e: TarEntry, dest: string): void {
    const parts = cleanEntryPath(e.linkname);
    if (!parts || parts.length === 0) throw this.refuse(e, `its hard link target "${e.linkname}" is outside the root filesystem`);
    const dir = this.ctx.resolver.resolve(parts.slice(0, -1), true);
    const target = path.join(dir, parts[parts.length - 1]);
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

  private async node(e: TarEntry, dest: string, parts: string[]): Promise<void> {
    if (e.kind !== 'fifo' && !this.ctx.devices) {
      this.ctx.notes.skippedDevices.add('/' + parts.join('/'));
      return;
    }
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    // Node has no mknod(2): the system's mknod does it (coreutils or busybox).
    const args = e.kind === 'fifo' ? ['--', dest, 'p'] : ['--', dest, e.kind === 'char' ? 'c' : 'b', String(e.devmajor), String(e.devminor)];
    try {
      await run('mknod', args);
    } catch (err) {
      throw new UserError(`${this.label}: entry "${e.name}": could not create the ${e.kind === 'fifo' ? 'FIFO' : 'device node'} with mknod: ${errorMessage(err).split('\n')[0]}`);
    }
    if (this.ctx.owners) lchownSync(dest, e.uid, e.gid);
    chmodSync(dest, this.ctx.owners ? e.mode : e.mode & ~0o6000);
    utimesSync(dest, e.mtime, e.mtime);
    this.markCreated(dest);
  }

  private whiteout(e: TarEntry, parentParts: string[], name: string): void {
    const parent = this.ctx.resolver.resolve(parentParts, true);
    const target = path.join(parent, name);
    if (!isInside(this.root, target) || target === this.root) throw this.refuse(e, 'the whiteout resolves outside the root filesystem');
    const st = lstatOrUndefined(target);
    if (!st) return;
    this.touch(parent);
    this.removeLower(target, st);
  }

  private opaque(dirParts: string[]): void {
    const dir = this.ctx.resolver.resolve(dirParts, true);
    const st = lstatOrUndefined(dir);
    if (st && !st.isDirectory()) {
      this.touch(path.dirname(dir));
      this.remove(dir, st);
    }
    this.ensureDir(dir);
    for (const name of readdirSync(dir)) {
      const child = path.join(dir, name);
      this.removeLower(child, lstatSync(child));
    }
  }

  /** Removes what lower layers put at p, keeping what this layer wrote there. */
  private removeLower(p: string, st: Stats): void {
    if (!this.isCreated(p)) return this.remove(p, st);
    if (!st.isDirectory()) return;
    this.touch(p);
    for (const name of readdirSync(p)) {
      const child = path.join(p, name);
      this.removeLower(child, lstatSync(child));
    }
  }

  /** Directory attributes last (deepest first), once their content is in place. */
  finish(): void {
    const dirs = [...new Set([...this.dirAttrs.keys(), ...this.parents.keys()])].sort((a, b) => depth(b) - depth(a));
    for (const d of dirs) {
      // A later entry may have replaced the directory (with a symlink even): never follow it.
      const st = lstatOrUndefined(d);
      if (!st || !st.isDirectory()) continue;
      const a = this.dirAttrs.get(d);
      if (a) {
        if (this.ctx.owners) lchownSync(d, a.uid, a.gid);
        chmodSync(d, a.mode);
        utimesSync(d, a.mtime, a.mtime);
      } else {
        const p = this.parents.get(d)!;
        if (p.opened) chmodSync(d, p.mode);
        utimesSync(d, p.atime, p.mtime);
      }
    }
  }
}

/**
 * Applies a layer (its uncompressed tar stream) to ctx.root. `label` names the layer in
 * messages, e.g. "layer 2/3 (sha256:...)". Errors name the layer and the entry.
 */
export async function applyLayer(tar: AsyncIterable<Buffer>, label: string, ctx: ApplyContext): Promise<LayerStats> {
  const layer = new LayerApplier(ctx, label);
  let current: TarEntry | undefined;
  try {
    for await (const item of readTar(tar)) {
      current = item.entry;
      await layer.apply(item);
      current = undefined;
    }
    layer.finish();
  } catch (err) {
    if (err instanceof EntryRefused) throw err;
    if (err instanceof UserError) throw err;
    const where = current ? `${label}: entry "${current.name}"` : label;
    if (err instanceof TarFormatError) throw new UserError(`${where}: ${err.message}`);
    if (err instanceof UnsafePathError) throw new UserError(`${where}: ${err.message}; refusing to unpack this layer`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code) throw new UserError(`${where}: ${code === 'ENOSPC' ? 'no space left on device' : errorMessage(err)}`);
    throw new UserError(`${where}: ${errorMessage(err)}`);
  }
  return layer.stats;
}
