// Walks a build context into a sorted list of entries. Symlinks are recorded, never followed;
// special files are refused; names are NFC-normalised with '/' separators so the same tree
// gives the same list on Linux, macOS and Windows.
import { lstatSync, promises as fs, readdirSync, readlinkSync, type Stats } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UserError, fsError } from '../util/errors.js';
import { STAT_FIELDS, WalkHelper, walkHelperMain, type Listing } from './walk-helper.js';
import { workerScript } from './worker-script.js';

export interface WalkEntry {
  /** Path relative to the context, '/'-separated, NFC; '' is the context itself. */
  rel: string;
  /**
   * The same path as the file system spells it, only when that differs from `rel` (a name not in
   * NFC). Where to read an entry from is `sourcePath(root, entry)`: not stored, since on a tree
   * of 100k files the absolute paths alone cost 9 MiB.
   */
  raw?: string;
  type: 'dir' | 'file' | 'symlink';
  /** Whether any execute bit is set (files). */
  executable: boolean;
  size: number;
  linkTarget?: string;
  /** dev:ino for files with more than one link, to find hard links inside the context. */
  inode?: string;
  /**
   * What the file system says about a file's content version, for layer reuse: dev, ino, mtime
   * and ctime as the 32 bytes of four float64s in a latin1 string. Exact, and the most compact
   * form V8 keeps: a 48-byte flat string, where an array of numbers costs 128 bytes and a
   * decimal string with its concatenation pieces over 200 (20 MiB on a tree of 100k files).
   */
  stamp?: string;
}

export interface WalkOptions {
  /** gitignore-syntax patterns, relative to the context. */
  ignore?: Ignore;
  /** Absolute paths never to include (our own output folder or archive inside the context). */
  exclude?: string[];
  /** Entries all() lists before it starts its helper thread (default HELPER_AFTER; tests set 0). */
  helperAfter?: number;
  /**
   * Tests: wait for the helper thread to run, and give it up to a second to begin each folder
   * offered to it before reading the folder here, so it takes part however the threads are
   * scheduled.
   */
  waitForHelper?: boolean;
}

/** What the walk reads of an lstat: a Stats, or a listing of the walk's helper. */
interface StatLike {
  mode: number;
  nlink: number;
  size: number;
  dev: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

const NON_ASCII = /[^ -~]/; // anything but printable ASCII: control characters normalise to themselves, a harmless miss
const SURROGATE = /[\ud800-\udfff]/;

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

const STAMP = new Float64Array(4);
const STAMP_BYTES = Buffer.from(STAMP.buffer);

function stampOf(f: StatLike): string {
  STAMP[0] = f.dev;
  STAMP[1] = f.ino;
  STAMP[2] = f.mtimeMs;
  STAMP[3] = f.ctimeMs;
  return STAMP_BYTES.toString('latin1');
}

/**
 * Compares by UTF-8 bytes, the order the layer uses whatever the host's readdir order; `la` and
 * `lb` compare only a prefix of each (to ignore a trailing '/' without making a new string).
 */
export function compareBytes(a: string, b: string, la = a.length, lb = b.length): number {
  // UTF-16 code-unit order equals UTF-8 byte order except around surrogate pairs; compare
  // code units and fall back to bytes only when the first difference involves a surrogate.
  const n = Math.min(la, lb);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) return Buffer.compare(Buffer.from(a.slice(0, la), 'utf8'), Buffer.from(b.slice(0, lb), 'utf8'));
    return x - y;
  }
  return la - lb;
}

function describeSpecial(mode: number): string {
  switch (mode & S_IFMT) {
    case 0o010000:
      return 'a FIFO (named pipe)';
    case 0o140000:
      return 'a socket';
    case 0o020000:
      return 'a character device';
    case 0o060000:
      return 'a block device';
    default:
      return 'a special file';
  }
}

/** Where to read an entry of the context at `root` from. */
export function sourcePath(root: string, e: WalkEntry): string {
  return path.join(root, e.raw ?? e.rel);
}

function isIgnored(ig: Ignore | undefined, rel: string): boolean {
  if (!ig) return false;
  try {
    return ig.ignores(rel);
  } catch {
    return false; // names the ignore library cannot express (e.g. "...") are never matched
  }
}

export async function loadIgnoreFile(file: string): Promise<Ignore> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw fsError(e, file, 'reading the ignore file');
  }
  return ignore().add(text);
}

/** A folder whose entries are not all listed yet, and the order they go in. */
interface Frame {
  /** What comes next, in layer order: an entry, or (for a folder) the rest of its subtree. */
  steps: Step[];
  next: number;
}

/**
 * A step with `folder` set is where that folder's contents go (its absolute path): after its own
 * name and every sibling sorting before `name/`.
 */
interface Step {
  key: string;
  entry: WalkEntry;
  folder?: string;
  /** The folder's id with the walk's helper, when it was offered to it. */
  helperId?: number;
}

/**
 * Entries listed before the helper starts. A thread costs its start and a message per folder: on a
 * tree of many small folders (a node_modules of 15k files) about as much as it saves (5% slower),
 * on one of 100k files in larger folders an unchanged rebuild takes 8-10% less time.
 */
const HELPER_AFTER = 8192;

/**
 * Lists the context in the layer's order (by path bytes, parents first) as it goes, so the layer
 * can be packed while the rest of the tree is still being read: `take(n)` returns the next
 * entries. Directories, files and symlinks; symlinks recorded, never followed.
 *
 * A folder's contents come right after the siblings that sort before `name/`, not right after
 * the folder: in path-byte order "a", "a-b", "a.txt", "a/x" (since '-' and '.' sort before '/').
 * Each folder's steps — each child at its name, each subfolder's contents at `name/` — are sorted
 * together, which gives exactly that order without sorting the whole tree.
 *
 * The listing uses synchronous calls: a sync lstat costs a third of a callback one, which on a
 * tree of many small files is most of the walk's time. File contents are never read here; they
 * are read on the tar thread (tar-producer.ts), overlapped with compression.
 */
export class ContextWalk {
  /** Every entry listed so far, in order. */
  readonly entries: WalkEntry[] = [{ rel: '', type: 'dir', executable: true, size: 0 }];
  private readonly stack: Frame[] = [];
  /** Entries listed but not yet returned by take(). */
  private taken = 0;
  private readonly exclude: Set<string>;
  private failure: unknown;
  /** Whether a helper thread may take folders (all(): nothing else runs meanwhile). */
  private helperWanted = false;
  private helper: WalkHelper | undefined;
  /** Folders whose listing came from the helper thread. */
  helped = 0;
  /** One object for the helper's numbers, read a name at a time. */
  private readonly view: StatLike = { mode: 0, nlink: 0, size: 0, dev: 0, ino: 0, mtimeMs: 0, ctimeMs: 0 };

  private constructor(
    readonly root: string,
    private readonly opts: WalkOptions,
  ) {
    this.exclude = new Set((opts.exclude ?? []).map((p) => path.resolve(p)));
  }

  /** Checks the context is a folder; nothing below it is read yet. */
  static async open(context: string, opts: WalkOptions = {}): Promise<ContextWalk> {
    const root = path.resolve(context);
    let st: Stats;
    try {
      st = await fs.stat(root);
    } catch (e) {
      throw fsError(e, context, 'reading the build context');
    }
    if (!st.isDirectory()) throw new UserError(`the build context ${context} is a file, not a folder; pass the folder to package`);
    const w = new ContextWalk(root, opts);
    w.openFolder(root, '', undefined);
    return w;
  }

  /** Whether every entry has been listed. */
  get done(): boolean {
    return this.stack.length === 0;
  }

  /** The next entries in layer order, at most `max` (and at least one while any are left); [] at the end. */
  take(max: number): WalkEntry[] {
    this.listTo(this.taken + max);
    const out = this.entries.slice(this.taken, Math.min(this.taken + max, this.entries.length));
    this.taken += out.length;
    return out;
  }

  private listTo(want: number): void {
    if (this.failure) throw this.failure;
    try {
      while (this.entries.length < want && this.stack.length > 0) {
        const top = this.stack[this.stack.length - 1];
        if (top.next === top.steps.length) {
          this.stack.pop();
          continue;
        }
        const step = top.steps[top.next++];
        if (step.folder === undefined) this.entries.push(step.entry);
        else this.openFolder(step.folder, step.entry.rel, step.entry.raw, step.helperId);
        if (this.helperWanted && !this.helper && this.entries.length >= (this.opts.helperAfter ?? HELPER_AFTER)) {
          this.helperWanted = false; // one try
          this.helper = WalkHelper.start(workerScript('walk-helper.js', walkHelperMain, ['node:worker_threads', 'node:fs']));
          if (this.opts.waitForHelper) this.helper?.waitUntilRunning(20_000);
          // The folders already waiting on the stack are the helper's to take too.
          for (const frame of this.stack) this.offer(frame.steps.slice(frame.next));
        }
      }
    } catch (e) {
      // The walk cannot go on from a folder half read: every later call fails the same way.
      this.failure = e;
      throw e;
    }
  }

  /**
   * Every entry, listing what is left. Nothing else runs meanwhile, so on a large tree a helper
   * thread lists folders ahead on the other core (walk-helper.ts).
   */
  all(): WalkEntry[] {
    this.helperWanted = true;
    try {
      while (this.take(65536).length > 0);
    } finally {
      this.helperWanted = false;
      this.helped = this.helper?.helped ?? 0;
      this.helper?.stop();
      this.helper = undefined;
    }
    return this.entries;
  }

  /** Offers the folders among `steps` to the helper, if one runs. */
  private offer(steps: Step[]): void {
    if (!this.helper) return;
    const folders = steps.filter((st) => st.folder !== undefined && st.helperId === undefined);
    if (folders.length) this.helper.offer(folders.map((st) => st.folder! + path.sep)).forEach((id, k) => (folders[k].helperId = id));
  }

  /**
   * Reads a folder's names and lstats them all (or takes the helper's listing of it), and stacks
   * the steps they make.
   */
  private openFolder(dirAbs: string, dirRel: string, dirRaw: string | undefined, helperId?: number): void {
    const opts = this.opts;
    const listing: Listing | undefined = helperId !== undefined ? this.helper?.take(helperId, opts.waitForHelper ? 1000 : 0) : undefined;
    let names: string[];
    if (listing) names = listing.names;
    else {
      try {
        // Names only, no Dirent objects: every entry gets an lstat anyway (files need size, mode and
        // identity; the few folders and symlinks cost one more call each than with the types).
        names = readdirSync(dirAbs);
      } catch (e) {
        throw fsError(e, dirAbs, 'reading a folder of the build context');
      }
    }
    // Names that collide once normalised can only be siblings, and only where a name changes
    // when normalised: a folder's own map is enough, and most folders need none.
    // Printable ASCII names are in NFC already: most folders need no normalising at all.
    const ascii = !NON_ASCII.test(names.join(''));
    const nfc = ascii ? names : names.map((n) => n.normalize('NFC'));
    const seen = nfc.some((n, i) => n !== names[i]) ? new Map<string, string>() : undefined;
    const prefixAbs = dirAbs.endsWith(path.sep) ? dirAbs : dirAbs + path.sep;
    const steps: Step[] = [];
    for (let i = 0; i < names.length; i++) {
      const diskName = names[i];
      const abs = prefixAbs + diskName;
      if (this.exclude.has(abs)) continue;
      let f: StatLike;
      if (listing) {
        const st = listing.stats;
        const o = i * STAT_FIELDS;
        f = this.view;
        f.mode = st[o];
        f.nlink = st[o + 1];
        f.size = st[o + 2];
        f.dev = st[o + 3];
        f.ino = st[o + 4];
        f.mtimeMs = st[o + 5];
        f.ctimeMs = st[o + 6];
      } else {
        try {
          f = lstatSync(abs);
        } catch (e) {
          throw fsError(e, abs, 'reading the build context');
        }
      }
      const kind = f.mode & S_IFMT;
      const name = nfc[i];
      const rel = dirRel ? `${dirRel}/${name}` : name;
      const parentRaw = dirRaw ?? dirRel;
      const raw = dirRaw !== undefined || name !== diskName ? (parentRaw ? `${parentRaw}/${diskName}` : diskName) : undefined;
      if (kind === S_IFDIR) {
        if (rel === '.git' && dirRel === '') continue; // repository metadata is never app content
        if (isIgnored(opts.ignore, rel + '/')) continue;
      } else if (isIgnored(opts.ignore, rel)) continue;
      if (name.startsWith('.wh.')) {
        throw new UserError(`${abs}: names starting with ".wh." mark deletions in image layers and cannot be packaged; rename it or list it in .bundleignore`);
      }
      if (seen) {
        const prior = seen.get(name);
        if (prior !== undefined) throw new UserError(`${abs} and ${prior} have the same name once Unicode-normalised; rename one of them`);
        seen.set(name, abs);
      }
      if (kind === S_IFREG) {
        // A file replaced by something else since this lstat is caught when the tar reads it.
        steps.push({
          key: name,
          entry: {
            rel,
            raw,
            type: 'file',
            executable: (f.mode & 0o111) !== 0,
            size: f.size,
            inode: f.nlink > 1 ? `${f.dev}:${f.ino}` : undefined,
            stamp: stampOf(f),
          },
        });
      } else if (kind === S_IFDIR) {
        const entry: WalkEntry = { rel, raw, type: 'dir', executable: true, size: 0 };
        steps.push({ key: name, entry }, { key: name + '/', entry, folder: abs });
      } else if (kind === S_IFLNK) {
        let target: string;
        try {
          target = readlinkSync(abs);
        } catch (e) {
          throw fsError(e, abs, 'reading a symlink');
        }
        steps.push({ key: name, entry: { rel, raw, type: 'symlink', executable: false, size: 0, linkTarget: target.split(path.sep).join('/') } });
      } else {
        throw new UserError(`${abs} is ${describeSpecial(f.mode)}, which cannot be put in an image; remove it or list it in .bundleignore`);
      }
    }
    // The order is the layer's (path bytes), whatever order the file system listed names in.
    // Without surrogate pairs UTF-16 order is UTF-8 byte order, and the engine's own string
    // comparison does it faster than compareBytes.
    if (ascii || !SURROGATE.test(nfc.join(''))) steps.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    else steps.sort((a, b) => compareBytes(a.key, b.key));
    this.offer(steps);
    this.stack.push({ steps, next: 0 });
  }
}

/** Lists the whole context: directories, files and symlinks, sorted by path bytes, parents first. */
export async function walkContext(context: string, opts: WalkOptions = {}): Promise<WalkEntry[]> {
  return (await ContextWalk.open(context, opts)).all();
}
