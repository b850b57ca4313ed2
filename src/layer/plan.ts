// Decides which walked entries go into which layer and with which normalised tar header.
// `--layer GLOB` layers come first, in the order given; the rest goes into the last layer.
// Each layer carries the parent directories of what it holds, so it applies on its own.
import path from 'node:path';
import picomatch from 'picomatch';
import type { TarHeader } from './tar.js';
import { compareBytes, type WalkEntry } from './walk.js';
import { UserError } from '../util/errors.js';

export interface LayerEntry {
  header: TarHeader;
  /** Where the content comes from (regular files only). */
  source?: WalkEntry;
}

export interface LayerPlan {
  /** The folder the entries' paths are relative to (see sourcePath). */
  root: string;
  /** What the layer holds, for history and logs: the glob, or "." for the rest. */
  selector: string;
  entries: LayerEntry[];
  /** Number of files and symlinks the layer holds (not counting directories). */
  files: number;
  /** Bytes of file content. */
  bytes: number;
  /**
   * Set while the plan is still being walked (SinglePlan.streamFrom): the rest of its entries
   * come from this stream, and `entries`, `files` and `bytes` grow as they do.
   */
  pending?: PlanStream;
}

export interface PlanOptions {
  /** The context folder, absolute. */
  root: string;
  /** Absolute path in the image where the context lands, e.g. /app. */
  dest: string;
  layerGlobs: string[];
  uid: number;
  gid: number;
  /** The source date epoch: mtime of the rest layer's entries (--layer layers use DEPENDENCY_MTIME). */
  mtime: number;
  /**
   * Whether each layer carries the folders above --dest (default true). On a base they are left
   * out: the base has them (with their own modes and owners: /tmp 1777, /usr root), and runtimes
   * create missing parents as root 0755; an entry here would replace the base's.
   */
  parents?: boolean;
}

/**
 * mtime of every entry of a `--layer` layer: fixed (1970-01-01T00:00:00Z), so an unchanged
 * dependency tree keeps its digest across commits and is neither recompressed nor pushed again.
 * The rest layer keeps the source date epoch, so served files' Last-Modified/ETag move with it.
 */
export const DEPENDENCY_MTIME = 0;

/** Normalises --dest: absolute, no '..', no trailing slash; returns the tar prefix ('' for /). */
export function destPrefix(dest: string): string {
  if (!dest.startsWith('/')) throw new UserError(`--dest "${dest}" must be an absolute path in the image, like /app`);
  if (dest.split('/').includes('..')) throw new UserError(`--dest "${dest}" must not contain ".."`);
  return path.posix.normalize(dest).replace(/^\/+/, '').replace(/\/+$/, '');
}

/**
 * Adds the parent folders of `name` to `set`, deepest first, stopping at one already there (its
 * own parents are then there too): linear in the tree, not in the sum of path depths.
 */
function addParents(set: Set<string>, name: string): void {
  for (let i = name.lastIndexOf('/'); i > 0; i = name.lastIndexOf('/', i - 1)) {
    const p = name.slice(0, i);
    if (set.has(p)) return;
    set.add(p);
  }
}

function parentsOf(name: string): string[] {
  const parts = name.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

/**
 * The layers of a walked tree (`entries` as walkContext returns them: sorted by path bytes,
 * parents first, the context itself first of all).
 */
export function planLayers(entries: WalkEntry[], opts: PlanOptions): LayerPlan[] {
  return opts.layerGlobs.length === 0 ? [planOne(entries, opts)] : planByGlobs(entries, opts);
}

/**
 * Without --layer globs everything goes into one layer, in the walk's order: that order is the
 * layer's already (the dest prefix is common to every name, so it keeps the order), and every
 * folder the walk lists is the parent of an entry or an empty folder, so it is in. One pass, no
 * maps or sets of the whole tree and no sort: the same entries as planByGlobs with no globs.
 */
function planOne(entries: WalkEntry[], opts: PlanOptions): LayerPlan {
  const plan = new SinglePlan(opts);
  plan.add(entries);
  return plan;
}

/** Hands out entries: each call returns the next ones (at most `max`, at least one while any are left), [] at the end. */
export type EntryFeed = (max: number) => LayerEntry[];

/** The rest of a plan still being walked. */
export interface PlanStream {
  /** The next entries for the tar, walking further when needed. */
  next: EntryFeed;
  /** Walks up to `n` entries further ahead of next(); false once the walk is over (the plan is whole). */
  walkAhead(n: number): boolean;
}

/**
 * The single-pass plan, filled as the walk goes: `add` appends walked entries (in walk order).
 * A plan made with `streamFrom` fills itself from the walk through `pending`, so the layer can
 * be packed while the tree is still being read; `files` and `bytes` count what it holds so far.
 */
export class SinglePlan implements LayerPlan {
  readonly root: string;
  readonly selector = '.';
  readonly entries: LayerEntry[] = [];
  files = 0;
  bytes = 0;
  /** Set while the walk is not over. */
  pending: PlanStream | undefined;
  private readonly defaults: EntryDefaults;
  private firstOfInode: Map<string, string> | undefined;

  constructor(opts: PlanOptions) {
    this.root = opts.root;
    const prefix = destPrefix(opts.dest);
    const destChain = prefix ? [...(opts.parents === false ? [] : parentsOf(prefix)), prefix] : [];
    const header = headerMaker(opts);
    for (const d of destChain) this.entries.push({ header: header(d + '/', 'dir', 0o755, 0) });
    this.defaults = { base: prefix ? prefix + '/' : '', uid: opts.uid, gid: opts.gid, mtime: opts.mtime };
  }

  /** A plan that lists `walk`'s entries as they are asked for (or walked ahead). */
  static streamFrom(walk: { take(max: number): WalkEntry[] }, opts: PlanOptions): SinglePlan {
    const plan = new SinglePlan(opts);
    // The dest chain goes first; then the walk's entries.
    let head = 0;
    /** Adds walked entries to the plan; false at the walk's end. */
    const more = (n: number): boolean => {
      const walked = walk.take(n);
      if (walked.length === 0) {
        plan.pending = undefined;
        return false;
      }
      plan.add(walked);
      return true;
    };
    plan.pending = {
      next(max) {
        while (head === plan.entries.length) if (!more(max)) return [];
        const out = plan.entries.slice(head, head + max);
        head += out.length;
        return out;
      },
      walkAhead: (n) => more(n) && plan.pending !== undefined,
    };
    return plan;
  }

  add(walked: WalkEntry[]): void {
    const d = this.defaults;
    for (const e of walked) {
      if (e.rel === '') continue; // the context itself: the dest chain's last folder, or the image root
      let first: string | undefined;
      if (e.type !== 'dir') this.files++;
      if (e.type === 'file') {
        // Hard links inside the layer: the first path (in order) holds the content, later ones link to it.
        if (e.inode !== undefined) {
          first = (this.firstOfInode ??= new Map()).get(e.inode);
          if (first === undefined) this.firstOfInode.set(e.inode, d.base + e.rel);
        }
        if (first === undefined) this.bytes += e.size;
      }
      this.entries.push(new WalkedEntry(e, d, first));
    }
  }
}

/** What every header of a single-pass plan shares. */
interface EntryDefaults {
  /** The dest prefix with its '/', or ''. */
  base: string;
  uid: number;
  gid: number;
  mtime: number;
  /** The fixed parts of the entries' key lines, made on first use. */
  key?: KeySegments;
}

/**
 * What follows the name in a key line (layer-cache.ts: name, type, mode, uid, gid, size, mtime,
 * linkname and source path, each ended by NUL; then a file's stamp and a newline), for each kind
 * of entry: all but the size, the link target and the source path are the plan's constants.
 */
interface KeySegments {
  dir: string;
  symlink: string;
  file: string;
  fileExec: string;
  afterSize: string;
  hardlink: string;
  hardlinkExec: string;
}

function keySegments(d: EntryDefaults): KeySegments {
  const ids = `${d.uid}\0${d.gid}\0`;
  return {
    dir: `/\0dir\0${0o755}\0${ids}0\0${d.mtime}\0\0\0`,
    symlink: `\0symlink\0${0o777}\0${ids}0\0${d.mtime}\0`,
    file: `\0file\0${0o644}\0${ids}`,
    fileExec: `\0file\0${0o755}\0${ids}`,
    afterSize: `\0${d.mtime}\0\0`,
    hardlink: `\0hardlink\0${0o644}\0${ids}0\0${d.mtime}\0`,
    hardlinkExec: `\0hardlink\0${0o755}\0${ids}0\0${d.mtime}\0`,
  };
}

/**
 * An entry of the single-pass plan: its header is made each time it is asked for (by the layer
 * key, then by the tar producer), from the walked entry, and not kept. Three fields instead of a
 * header object and its name string: on a tree of 100k files, 14 MiB less heap for the build.
 */
class WalkedEntry implements LayerEntry {
  constructor(
    private readonly w: WalkEntry,
    private readonly d: EntryDefaults,
    /** For a hard link: the name of the entry holding the content. */
    private readonly first: string | undefined,
  ) {}

  get source(): WalkEntry | undefined {
    return this.w.type === 'file' && this.first === undefined ? this.w : undefined;
  }

  keyLineBound(): number {
    const { w } = this;
    // UTF-8: at most 3 bytes per UTF-16 unit; the segments (numbers, type names) and the stamp fit in 160.
    return 3 * (this.d.base.length + w.rel.length + (w.linkTarget?.length ?? 0) + (this.first?.length ?? 0) + (w.raw ?? w.rel).length) + 160;
  }

  /**
   * Writes this entry's line of the layer key (layer-cache.ts: the same bytes as the line made from
   * its header and source) without making the header: on a tree of 100k files, the key of an
   * unchanged rebuild in a third of the time.
   */
  writeKeyLine(buf: Buffer, off: number): number {
    const { w, d } = this;
    const k = (d.key ??= keySegments(d));
    if (d.base) off += buf.write(d.base, off, 'utf8');
    off += buf.write(w.rel, off, 'utf8');
    if (w.type === 'dir') off += buf.write(k.dir, off, 'latin1');
    else if (w.type === 'symlink') {
      off += buf.write(k.symlink, off, 'latin1');
      off += buf.write(w.linkTarget ?? '', off, 'utf8');
      off += buf.write('\0\0', off, 'latin1');
    } else if (this.first !== undefined) {
      off += buf.write(w.executable ? k.hardlinkExec : k.hardlink, off, 'latin1');
      off += buf.write(this.first, off, 'utf8');
      off += buf.write('\0\0', off, 'latin1');
    } else {
      off += buf.write(w.executable ? k.fileExec : k.file, off, 'latin1');
      off += buf.write(String(w.size), off, 'latin1');
      off += buf.write(k.afterSize, off, 'latin1');
      off += buf.write(w.raw ?? w.rel, off, 'utf8');
      buf[off++] = 0;
      if (w.stamp) off += buf.write(w.stamp, off, 'latin1');
      buf[off++] = 0x0a;
      return off;
    }
    buf[off++] = 0x0a;
    return off;
  }

  get header(): TarHeader {
    const { w, d } = this;
    const name = d.base + w.rel;
    if (w.type === 'dir') return makeHeader(name + '/', 'dir', 0o755, d, 0, undefined);
    if (w.type === 'symlink') return makeHeader(name, 'symlink', 0o777, d, 0, w.linkTarget);
    const mode = w.executable ? 0o755 : 0o644;
    return this.first === undefined ? makeHeader(name, 'file', mode, d, w.size, undefined) : makeHeader(name, 'hardlink', mode, d, 0, this.first);
  }
}

function makeHeader(name: string, type: TarHeader['type'], mode: number, d: Pick<EntryDefaults, 'uid' | 'gid' | 'mtime'>, size: number, linkname: string | undefined): TarHeader {
  return { name, type, mode, uid: d.uid, gid: d.gid, size, mtime: d.mtime, linkname };
}

/** Headers are built whole by one function (one shape, every property in-object). */
function headerMaker(opts: PlanOptions): (name: string, type: TarHeader['type'], mode: number, size: number, linkname?: string) => TarHeader {
  // On a tree of 100k files, spreading a base object costs 6 MiB of out-of-object property arrays.
  return (name, type, mode, size, linkname) => makeHeader(name, type, mode, opts, size, linkname);
}

/** The general plan: each entry to the first --layer glob that matches it, the rest last. */
export function planByGlobs(entries: WalkEntry[], opts: PlanOptions): LayerPlan[] {
  const prefix = destPrefix(opts.dest);
  const join = (rel: string) => (prefix && rel ? `${prefix}/${rel}` : prefix || rel);
  const matchers = opts.layerGlobs.map((g) => {
    if (!g.trim()) throw new UserError('--layer needs a glob, like "node_modules/**"');
    return picomatch(g, { dot: true });
  });
  const rest = matchers.length;
  const byRel = new Map(entries.map((e) => [e.rel, e]));

  // Files and symlinks: the first glob that matches, else the rest layer.
  const own = new Map<string, number>();
  const covered = new Set<string>();
  const cover = (rel: string) => {
    addParents(covered, rel);
    covered.add('');
  };
  for (const e of entries) {
    if (e.type === 'dir') continue;
    const i = matchers.findIndex((m) => m(e.rel));
    own.set(e.rel, i < 0 ? rest : i);
    cover(e.rel);
  }
  // Directories only where nothing below them brings them in (empty ones), deepest first.
  for (let k = entries.length - 1; k >= 0; k--) {
    const e = entries[k];
    if (e.type !== 'dir' || covered.has(e.rel)) continue;
    if (e.rel === '') continue;
    const i = matchers.findIndex((m) => m(e.rel) || m(e.rel + '/'));
    own.set(e.rel, i < 0 ? rest : i);
    cover(e.rel);
  }

  const destChain = prefix ? [...(opts.parents === false ? [] : parentsOf(prefix)), prefix] : [];
  const plans: LayerPlan[] = [];
  for (let layer = 0; layer <= rest; layer++) {
    const rels = [...own].filter(([, l]) => l === layer).map(([r]) => r);
    if (rels.length === 0) continue;
    const dirs = new Set<string>(['']);
    for (const r of rels) addParents(dirs, r);
    const mtime = layer < rest ? DEPENDENCY_MTIME : opts.mtime;
    plans.push(makePlan(layer < rest ? opts.layerGlobs[layer] : '.', rels, dirs, destChain, byRel, join, { ...opts, mtime }));
  }
  if (plans.length === 0) plans.push(makePlan('.', [], new Set(['']), destChain, byRel, join, opts));
  return plans;
}

function makePlan(
  selector: string,
  rels: string[],
  dirs: Set<string>,
  destChain: string[],
  byRel: Map<string, WalkEntry>,
  join: (rel: string) => string,
  opts: PlanOptions,
): LayerPlan {
  const header = headerMaker(opts);
  const items: LayerEntry[] = [];
  for (const d of destChain) items.push({ header: header(d + '/', 'dir', 0o755, 0) });
  for (const d of dirs) {
    const name = join(d);
    if (!name) continue; // dest "/" with the context root: the image root itself is not an entry
    if (destChain.includes(name)) continue;
    items.push({ header: header(name + '/', 'dir', 0o755, 0) });
  }
  let files = 0;
  let bytes = 0;
  for (const r of rels) {
    if (dirs.has(r)) continue;
    const e = byRel.get(r)!;
    const name = join(r);
    if (e.type === 'dir') items.push({ header: header(name + '/', 'dir', 0o755, 0) });
    else if (e.type === 'symlink') {
      files++;
      items.push({ header: header(name, 'symlink', 0o777, 0, e.linkTarget) });
    } else {
      files++;
      bytes += e.size;
      items.push({ header: header(name, 'file', e.executable ? 0o755 : 0o644, e.size), source: e });
    }
  }
  // Sort by path bytes (directories compared without their trailing slash), parents first.
  const bare = (n: string) => (n.endsWith('/') ? n.length - 1 : n.length);
  items.sort((a, b) => compareBytes(a.header.name, b.header.name, bare(a.header.name), bare(b.header.name)));
  // Hard links inside this layer: the first path (in order) holds the content, later ones link to it.
  const firstOfInode = new Map<string, string>();
  for (const it of items) {
    const ino = it.source?.inode;
    if (!ino) continue;
    const first = firstOfInode.get(ino);
    if (first === undefined) firstOfInode.set(ino, it.header.name);
    else {
      bytes -= it.header.size;
      it.header = header(it.header.name, 'hardlink', it.header.mode, 0, first);
      it.source = undefined;
    }
  }
  return { root: opts.root, selector, entries: items, files, bytes };
}
