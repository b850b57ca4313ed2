// Walks a build context into a sorted list of entries. Symlinks are recorded, never followed;
// special files are refused; names are NFC-normalised with '/' separators so the same tree
// gives the same list on Linux, macOS and Windows.
import { lstat as lstatCb, promises as fs, type Stats } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UserError, fsError } from '../util/errors.js';

export interface WalkEntry {
  /** Path relative to the context, '/'-separated, NFC; '' is the context itself. */
  rel: string;
  /** Where to read it from. */
  abs: string;
  type: 'dir' | 'file' | 'symlink';
  /** Whether any execute bit is set (files). */
  executable: boolean;
  size: number;
  linkTarget?: string;
  /** dev:ino for files with more than one link, to find hard links inside the context. */
  inode?: string;
  /** What the file system says about a file's content version (dev, ino, mtime, ctime), for layer reuse. */
  stamp?: string;
}

export interface WalkOptions {
  /** gitignore-syntax patterns, relative to the context. */
  ignore?: Ignore;
  /** Absolute paths never to include (our own output folder or archive inside the context). */
  exclude?: string[];
}

/** At most this many file-system calls in flight: enough to keep the disk busy, little memory. */
const FS_CONCURRENCY = 64;

// The callback lstat costs less per call than fs.promises.lstat.
const lstatP = promisify(lstatCb);

/** A counting semaphore with a FIFO queue. */
function semaphore(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: Array<() => void> = [];
  return async (task) => {
    if (active >= n) await new Promise<void>((r) => queue.push(r));
    else active++;
    try {
      return await task();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Compares by UTF-8 bytes, the order the layer uses whatever the host's readdir order. */
export function compareBytes(a: string, b: string): number {
  // UTF-16 code-unit order equals UTF-8 byte order except around surrogate pairs; compare
  // code units and fall back to bytes only when the first difference involves a surrogate.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
    return x - y;
  }
  return a.length - b.length;
}

function describeSpecial(st: Stats): string | undefined {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return undefined;
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

/** Lists the context: directories, files and symlinks, sorted by path bytes, parents first. */
export async function walkContext(context: string, opts: WalkOptions = {}): Promise<WalkEntry[]> {
  const root = path.resolve(context);
  let st: Stats;
  try {
    st = await fs.stat(root);
  } catch (e) {
    throw fsError(e, context, 'reading the build context');
  }
  if (!st.isDirectory()) throw new UserError(`the build context ${context} is a file, not a folder; pass the folder to package`);

  const exclude = new Set((opts.exclude ?? []).map((p) => path.resolve(p)));
  const entries: WalkEntry[] = [{ rel: '', abs: root, type: 'dir', executable: true, size: 0 }];
  const seen = new Map<string, string>();

  async function visit(dirAbs: string, dirRel: string): Promise<void> {
    let names: string[];
    try {
      names = await slot(() => fs.readdir(dirAbs));
    } catch (e) {
      throw fsError(e, dirAbs, 'reading a folder of the build context');
    }
    const stats = await Promise.all(
      names.map((name) => {
        const abs = path.join(dirAbs, name);
        return slot(() => lstatP(abs)).catch((e) => {
          throw fsError(e, abs, 'reading the build context');
        });
      }),
    );
    const subdirs: Array<[string, string]> = [];
    for (let i = 0; i < names.length; i++) {
      const abs = path.join(dirAbs, names[i]);
      const s = stats[i];
      if (exclude.has(abs)) continue;
      const name = names[i].normalize('NFC');
      const rel = dirRel ? `${dirRel}/${name}` : name;
      if (s.isDirectory()) {
        if (rel === '.git' && dirRel === '') continue; // repository metadata is never app content
        if (isIgnored(opts.ignore, rel + '/')) continue;
      } else if (isIgnored(opts.ignore, rel)) continue;
      if (name.startsWith('.wh.')) {
        throw new UserError(`${abs}: names starting with ".wh." mark deletions in image layers and cannot be packaged; rename it or list it in .bundleignore`);
      }
      const prior = seen.get(rel);
      if (prior !== undefined) throw new UserError(`${abs} and ${prior} have the same name once Unicode-normalised; rename one of them`);
      seen.set(rel, abs);
      const special = describeSpecial(s);
      if (special) throw new UserError(`${abs} is ${special}, which cannot be put in an image; remove it or list it in .bundleignore`);
      if (s.isDirectory()) {
        entries.push({ rel, abs, type: 'dir', executable: true, size: 0 });
        subdirs.push([abs, rel]);
      } else if (s.isSymbolicLink()) {
        let target: string;
        try {
          target = await fs.readlink(abs);
        } catch (e) {
          throw fsError(e, abs, 'reading a symlink');
        }
        entries.push({ rel, abs, type: 'symlink', executable: false, size: 0, linkTarget: target.split(path.sep).join('/') });
      } else {
        entries.push({
          rel,
          abs,
          type: 'file',
          executable: (s.mode & 0o111) !== 0,
          size: s.size,
          inode: s.nlink > 1 ? `${s.dev}:${s.ino}` : undefined,
          stamp: `${s.dev}:${s.ino}:${s.mtimeMs}:${s.ctimeMs}`,
        });
      }
    }
    await Promise.all(subdirs.map(([abs, rel]) => visit(abs, rel)));
  }

  // Folders are read concurrently, file-system calls bounded; the final sort makes the order
  // independent of which call finished first.
  const slot = semaphore(FS_CONCURRENCY);
  await visit(root, '');
  entries.sort((a, b) => compareBytes(a.rel, b.rel));
  return entries;
}
