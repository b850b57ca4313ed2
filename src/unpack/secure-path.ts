// Paths inside the root filesystem being unpacked, resolved the way the container will see them:
// component by component, with every symlink evaluated as if rootfs were "/" (like Go's
// securejoin). Resolution can never leave rootfs: an absolute target restarts at rootfs and ".."
// stops at it. Callers choose whether the last component is followed; writers never follow it.
// The calls are direct (sync): one system call each, no thread-pool round trip per path part.
import { lstatSync, mkdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
export { cleanEntryPath } from '../tar/entry-path.js';

/** Symlinks followed while resolving one path: 40, as the kernel (MAXSYMLINKS). */
export const MAX_LINKS = 40;

export class UnsafePathError extends Error {}


/** True when abs is root or below it (a lexical check, as a last line of defence). */
export function isInside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException)?.code;
}

/** A directory under root known to be real (checked or created, not a symlink). */
interface DirNode {
  children?: Map<string, DirNode>;
}

/** One step of a path being resolved: `node` when it is a known real directory. */
interface Step {
  name: string;
  node?: DirNode;
}

/**
 * Resolves paths inside one root. Remembers the directories it has checked to be real as a tree
 * of names, so resolving a path costs one map lookup per known component (not a path string
 * built and hashed per component, which made deep trees cubic); only components seen for the
 * first time, and symlinks, cost a system call. Whoever removes or replaces something under
 * root must call forget().
 */
export class RootResolver {
  private readonly top: DirNode = {};

  constructor(readonly root: string) {}

  /**
   * The host path of `parts` inside root. Symlinks met on the way are followed, rooted at
   * root (at most MAX_LINKS of them); the last component is followed only when followLast is
   * set. Components that do not exist are taken as they are. The result is always root or below it.
   */
  resolve(parts: string[], followLast: boolean): string {
    // Components still to walk, last first (so the next one is pop()).
    const queue: string[] = [];
    const pushAll = (names: string[]) => {
      for (let i = names.length - 1; i >= 0; i--) if (names[i] !== '' && names[i] !== '.') queue.push(names[i]);
    };
    pushAll(parts);
    const steps: Step[] = [];
    let links = 0;
    while (queue.length > 0) {
      const c = queue.pop()!;
      if (c === '..') {
        steps.pop();
        continue;
      }
      const parent = steps.length > 0 ? steps[steps.length - 1].node : this.top;
      // Below something missing or not a directory nothing exists: no need to look.
      const known = parent?.children?.get(c);
      if (!parent || known || (queue.length === 0 && !followLast)) {
        steps.push({ name: c, node: known });
        continue;
      }
      const candidate = path.join(this.root, ...steps.map((s) => s.name), c);
      let st;
      try {
        st = lstatSync(candidate);
      } catch (e) {
        const code = errnoCode(e);
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
        steps.push({ name: c });
        continue;
      }
      if (!st.isSymbolicLink()) {
        steps.push({ name: c, node: st.isDirectory() ? child(parent, c) : undefined });
        continue;
      }
      if (++links > MAX_LINKS) throw new UnsafePathError(`too many levels of symbolic links (more than ${MAX_LINKS}) resolving ${parts.join('/')}`);
      const target = readlinkSync(candidate);
      if (target.startsWith('/')) steps.length = 0;
      pushAll(target.split('/'));
    }
    const abs = path.join(this.root, ...steps.map((s) => s.name));
    if (!isInside(this.root, abs)) throw new UnsafePathError(`${parts.join('/')} resolves outside the root filesystem`);
    return abs;
  }

  /** The components of abs below root (abs is a resolved path inside root). */
  private relParts(abs: string): string[] {
    if (!isInside(this.root, abs)) throw new UnsafePathError(`${abs} is outside the root filesystem`);
    const rel = path.relative(this.root, abs);
    return rel === '' ? [] : rel.split(path.sep);
  }

  /**
   * Makes sure the directory `abs` (a resolved path inside root) exists, creating missing
   * parts with mode 0755. Refuses to pass through a symlink (resolve() leaves none in the
   * existing part of a path) and reports a non-directory in the way. Returns what it created.
   */
  mkdirAll(abs: string): string[] {
    const parts = this.relParts(abs);
    const created: string[] = [];
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
        if (errnoCode(e) !== 'ENOENT') throw e;
        mkdirSync(cur, { mode: 0o755 });
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
  remember(abs: string): void {
    const parts = this.relParts(abs);
    let node: DirNode | undefined = this.top;
    for (let i = 0; i < parts.length - 1 && node; i++) node = node.children?.get(parts[i]);
    if (node && parts.length > 0) child(node, parts[parts.length - 1]);
  }

  /** Forgets what was known about abs and everything below it (it was removed or replaced). */
  forget(abs: string): void {
    const parts = this.relParts(abs);
    if (parts.length === 0) {
      this.top.children = undefined;
      return;
    }
    let node: DirNode | undefined = this.top;
    for (let i = 0; i < parts.length - 1 && node; i++) node = node.children?.get(parts[i]);
    node?.children?.delete(parts[parts.length - 1]);
  }
}

function child(parent: DirNode, name: string): DirNode {
  parent.children ??= new Map();
  let n = parent.children.get(name);
  if (!n) parent.children.set(name, (n = {}));
  return n;
}
