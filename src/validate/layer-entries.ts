// The rules for the entries of one layer tar (image-spec layer.md): paths stay inside the root,
// no duplicates, hard links point at something earlier and not at a directory, whiteouts are
// well-formed, entry types are ones a runtime can apply.
import { classifyWhiteout } from '../oci/whiteout.js';
import type { TarEntry, TarEntryType } from '../tar/reader.js';

export interface EntryIssue {
  severity: 'error' | 'warning' | 'info';
  rule: string;
  /** The entry's path as stored. */
  entry: string;
  message: string;
}

export interface UnresolvedLink {
  entry: string;
  /** Normalised target path. */
  target: string;
}


/** Normalises a tar path: drops leading `/` and `./`, empty and `.` components. Returns the
 * components after resolving `..`, and whether `..` went above the root. */
export function normalizePath(p: string): { parts: string[]; escapes: boolean; dotdot: boolean; absolute: boolean } {
  const absolute = p.startsWith('/');
  const parts: string[] = [];
  let escapes = false;
  let dotdot = false;
  for (const c of p.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') {
      dotdot = true;
      if (parts.length === 0) escapes = true;
      else parts.pop();
      continue;
    }
    parts.push(c);
  }
  return { parts, escapes, dotdot, absolute };
}

/** Checks the entries of one layer, one at a time. Memory: one map entry per path. */
export class LayerEntryRules {
  readonly issues: EntryIssue[] = [];
  /** Normalised path → entry type, of everything this layer holds. */
  readonly paths = new Map<string, TarEntryType>();
  readonly unresolvedLinks: UnresolvedLink[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly capPerRule = 25) {}

  private add(severity: EntryIssue['severity'], rule: string, entry: string, message: string): void {
    const n = (this.counts.get(rule) ?? 0) + 1;
    this.counts.set(rule, n);
    if (n <= this.capPerRule) this.issues.push({ severity, rule, entry, message });
  }

  /** Rules whose issues went over the cap, with how many were left out. */
  suppressed(): Array<{ rule: string; count: number }> {
    return [...this.counts].filter(([, n]) => n > this.capPerRule).map(([rule, n]) => ({ rule, count: n - this.capPerRule }));
  }

  onEntry(e: TarEntry): void {
    const name = e.path;
    if (name === '') {
      this.add('error', 'layer-entry-name', name, `an entry at byte ${e.offset} has an empty name`);
      return;
    }
    const n = normalizePath(name);
    if (n.escapes) {
      this.add('error', 'layer-path-escape', name, `"${name}" escapes the root of the filesystem ("..")`);
      return;
    }
    if (n.dotdot) this.add('warning', 'layer-path-dotdot', name, `"${name}" has ".." components (it stays inside the root, but writers should not emit them)`);
    if (n.absolute) this.add('info', 'layer-path-absolute', name, `"${name}" is an absolute path; readers strip the leading "/"`);
    const key = n.parts.join('/');
    if (key === '') {
      // the root itself ("./" or "/"): fine as a directory, nothing else
      if (e.type !== 'dir') this.add('error', 'layer-entry-name', name, `"${name}" names the root but is a ${e.type}, not a directory`);
      return;
    }

    if (this.paths.has(key)) {
      this.add('error', 'layer-duplicate-path', name, `"${key}" appears more than once in the layer (the spec forbids duplicate paths)`);
    }
    const parent = n.parts.slice(0, -1).join('/');
    const parentType = parent ? this.paths.get(parent) : undefined;
    if (parentType !== undefined && parentType !== 'dir' && parentType !== 'symlink') {
      this.add('error', 'layer-parent-not-dir', name, `"${key}" is inside "${parent}", which this layer made a ${parentType}`);
    }

    switch (e.type) {
      case 'other':
        this.add('warning', 'layer-entry-type', name, `"${key}" has tar type "${e.typeflag}", which layers should not use (files, dirs, links, devices and FIFOs only)`);
        break;
      case 'sparse':
        this.add('warning', 'layer-sparse', name, `"${key}" is a sparse file; layers SHOULD NOT use them`);
        break;
      case 'hardlink':
        this.checkHardlink(e, key);
        break;
      default:
        break;
    }
    this.checkWhiteout(e, key, n.parts[n.parts.length - 1]);
    this.paths.set(key, e.type);
  }

  private checkHardlink(e: TarEntry, key: string): void {
    if (e.linkpath === '') {
      this.add('error', 'layer-hardlink', e.path, `hard link "${key}" has no target`);
      return;
    }
    const t = normalizePath(e.linkpath);
    if (t.escapes) {
      this.add('error', 'layer-hardlink-escape', e.path, `hard link "${key}" points outside the root: "${e.linkpath}"`);
      return;
    }
    const target = t.parts.join('/');
    if (target === '' || target === key) {
      this.add('error', 'layer-hardlink', e.path, `hard link "${key}" points at ${target === '' ? 'the root' : 'itself'}`);
      return;
    }
    const type = this.paths.get(target);
    if (type === 'dir') this.add('error', 'layer-hardlink-dir', e.path, `hard link "${key}" points at the directory "${target}" (hard links to directories are not allowed)`);
    else if (type === undefined) this.unresolvedLinks.push({ entry: e.path, target });
  }

  private checkWhiteout(e: TarEntry, key: string, base: string): void {
    // The same reading as unpack's (src/oci/whiteout.ts): what unpack refuses is an error here.
    const wh = classifyWhiteout(base);
    if (wh.kind === 'none') return;
    if (wh.kind === 'invalid') {
      this.add('error', 'layer-whiteout-name', e.path, `"${key}" is a whiteout that names nothing ("${base}"); unpackers refuse it`);
      return;
    }
    if (wh.kind === 'aufs-meta') {
      this.add('warning', 'layer-whiteout-name', e.path, `"${key}" is an aufs metadata entry (".wh..wh." prefix), not an OCI whiteout`);
      return;
    }
    const what = wh.kind === 'opaque' ? 'opaque whiteout' : 'whiteout';
    if (e.type !== 'file' && e.type !== 'hardlink') {
      this.add('error', 'layer-whiteout-type', e.path, `${what} "${key}" is a ${e.type === 'dir' ? 'directory' : e.type}; whiteouts must be empty regular files`);
    } else if (e.type === 'file' && e.size !== 0) {
      this.add('error', 'layer-whiteout-type', e.path, `${what} "${key}" has ${e.size} bytes of content; whiteouts must be empty regular files`);
    }
  }
}
