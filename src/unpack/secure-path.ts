// Paths inside the root filesystem being unpacked, resolved the way the container will see them:
// component by component, with every symlink evaluated as if rootfs were "/" (like Go's
// securejoin). Resolution can never leave rootfs: an absolute target restarts at rootfs and ".."
// stops at it. Callers choose whether the last component is followed; writers never follow it.
// The calls are direct (sync): one system call each, no thread-pool round trip per path part.
import { lstatSync, mkdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/** The Linux limit on symlinks followed while resolving one path (MAXSYMLINKS is 40; be generous). */
const MAX_LINKS = 255;

export class UnsafePathError extends Error {}

/**
 * Splits a tar entry name into clean components: a leading "/" or "./" is dropped, "." and
 * empty parts vanish, ".." takes back the previous part. Returns undefined when a ".." would
 * climb above the root (such a name is never written by an honest tool) or the name holds a NUL.
 */
export function cleanEntryPath(name: string): string[] | undefined {
  if (name.includes('\0')) return undefined;
  const out: string[] = [];
  for (const p of name.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length === 0) return undefined;
      out.pop();
      continue;
    }
    out.push(p);
  }
  return out;
}

/** True when abs is root or below it (a lexical check, as a last line of defence). */
export function isInside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException)?.code;
}

/**
 * Resolves paths inside one root. Remembers directories it has checked to be real (not
 * symlinks); whoever removes or replaces something under root must call forget().
 */
export class RootResolver {
  private readonly realDirs = new Set<string>();

  constructor(readonly root: string) {}

  /**
   * The host path of `parts` inside root. Symlinks met on the way are followed, rooted at
   * root; the last component is followed only when followLast is set. Components that do not
   * exist are taken as they are. The result is always root or below it.
   */
  resolve(parts: string[], followLast: boolean): string {
    let cur: string[] = [];
    const queue = [...parts];
    let links = 0;
    while (queue.length > 0) {
      const c = queue.shift()!;
      if (c === '' || c === '.') continue;
      if (c === '..') {
        cur.pop();
        continue;
      }
      const isLast = queue.every((q) => q === '' || q === '.');
      const candidate = path.join(this.root, ...cur, c);
      if ((isLast && !followLast) || this.realDirs.has(candidate)) {
        cur.push(c);
        continue;
      }
      let st;
      try {
        st = lstatSync(candidate);
      } catch (e) {
        const code = errnoCode(e);
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
        cur.push(c);
        continue;
      }
      if (!st.isSymbolicLink()) {
        if (st.isDirectory()) this.realDirs.add(candidate);
        cur.push(c);
        continue;
      }
      if (++links > MAX_LINKS) throw new UnsafePathError(`too many levels of symbolic links resolving ${parts.join('/')}`);
      const target = readlinkSync(candidate);
      if (target.startsWith('/')) cur = [];
      queue.unshift(...target.split('/'));
    }
    const abs = path.join(this.root, ...cur);
    if (!isInside(this.root, abs)) throw new UnsafePathError(`${parts.join('/')} resolves outside the root filesystem`);
    return abs;
  }

  /**
   * Makes sure the directory `abs` (a resolved path inside root) exists, creating missing
   * parts with mode 0755. Refuses to pass through a symlink (resolve() leaves none in the
   * existing part of a path) and reports a non-directory in the way. Returns what it created.
   */
  mkdirAll(abs: string): string[] {
    if (!isInside(this.root, abs)) throw new UnsafePathError(`${abs} is outside the root filesystem`);
    const rel = path.relative(this.root, abs);
    const created: string[] = [];
    let cur = this.root;
    for (const part of rel === '' ? [] : rel.split(path.sep)) {
      cur = path.join(cur, part);
      if (this.realDirs.has(cur)) continue;
      let st;
      try {
        st = lstatSync(cur);
      } catch (e) {
        if (errnoCode(e) !== 'ENOENT') throw e;
        mkdirSync(cur, { mode: 0o755 });
        created.push(cur);
        this.realDirs.add(cur);
        continue;
      }
      if (st.isSymbolicLink()) throw new UnsafePathError(`/${path.relative(this.root, cur)} is a symbolic link; refusing to write through it`);
      if (!st.isDirectory()) throw new UnsafePathError(`/${path.relative(this.root, cur)} is not a directory`);
      this.realDirs.add(cur);
    }
    return created;
  }

  /** Notes that a directory is real (just created or checked). */
  remember(abs: string): void {
    this.realDirs.add(abs);
  }

  /** Forgets what was known about abs and everything below it (it was removed or replaced). */
  forget(abs: string): void {
    const prefix = abs + path.sep;
    for (const d of this.realDirs) if (d === abs || d.startsWith(prefix)) this.realDirs.delete(d);
  }
}
