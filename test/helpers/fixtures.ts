// A build context with the awkward cases (long and non-ASCII names, spaces, symlinks in and out,
// hard links, empty dirs and files, exec bits, a file larger than several gzip chunks), and a
// snapshot of a tree to compare what tools unpack against what we packed.
import { createHash } from 'node:crypto';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tmpDir(prefix = 'oci-bundle-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

const LONG_DIR = 'a-rather-long-directory-name-that-keeps-going-and-going-and-going-beyond-one-hundred-bytes-of-ustar';
const LONG_FILE = 'and-a-file-whose-own-name-is-also-quite-long-to-push-the-whole-path-beyond-the-ustar-limit-of-255.txt';

/** Pseudo-random but fixed bytes (so digests are stable between runs). */
export function fixedBytes(n: number, seed = 1): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

interface Item {
  path: string;
  kind: 'dir' | 'file' | 'exec' | 'symlink' | 'hardlink';
  content?: Buffer | string;
  target?: string;
}

export const TREE: Item[] = [
  { path: 'index.html', kind: 'file', content: '<h1>hello</h1>\n' },
  { path: 'bin', kind: 'dir' },
  { path: 'bin/run', kind: 'exec', content: '#!/bin/sh\necho run "$@"\n' },
  { path: 'bin/run-link', kind: 'symlink', target: 'run' },
  { path: 'outside-link', kind: 'symlink', target: '/etc/hostname' },
  { path: 'dangling', kind: 'symlink', target: '../nowhere/at/all' },
  { path: 'empty-dir', kind: 'dir' },
  { path: 'nested/empty/deeper', kind: 'dir' },
  { path: 'empty-file', kind: 'file', content: '' },
  { path: 'with space/file name with spaces.txt', kind: 'file', content: 'spaces\n' },
  { path: 'naïve-café/日本語.txt', kind: 'file', content: 'unicode\n' },
  { path: `${LONG_DIR}/${LONG_DIR}/${LONG_FILE}`, kind: 'file', content: 'long\n' },
  { path: 'data/big.bin', kind: 'file', content: fixedBytes(700 * 1024) },
  { path: 'data/exactly-one-chunk.bin', kind: 'file', content: fixedBytes(128 * 1024, 7) },
  { path: 'data/hard-a', kind: 'file', content: 'linked content\n' },
  { path: 'data/hard-b', kind: 'hardlink', target: 'data/hard-a' },
  { path: 'node_modules/dep/index.js', kind: 'file', content: 'module.exports = 1;\n' },
  { path: 'node_modules/dep/package.json', kind: 'file', content: '{"name":"dep"}\n' },
];

/** Creates TREE under dir; `reverse` creates in the opposite order, `mtime` sets every mtime. */
export function makeTree(dir: string, opts: { reverse?: boolean; mtime?: number; umask?: number } = {}): string {
  mkdirSync(dir, { recursive: true });
  const items = opts.reverse ? [...TREE].reverse() : TREE;
  const dirMode = 0o777 & ~(opts.umask ?? 0o022);
  const fileMode = 0o666 & ~(opts.umask ?? 0o022);
  const ensure = (p: string) => mkdirSync(p, { recursive: true, mode: dirMode });
  const deferred: Item[] = [];
  for (const it of items) {
    const abs = path.join(dir, it.path);
    ensure(path.dirname(abs));
    if (it.kind === 'dir') ensure(abs);
    else if (it.kind === 'symlink') symlinkSync(it.target!, abs);
    else if (it.kind === 'hardlink') deferred.push(it);
    else {
      writeFileSync(abs, it.content!);
      chmodSync(abs, it.kind === 'exec' ? 0o777 & ~(opts.umask ?? 0o022) : fileMode);
    }
  }
  for (const it of deferred) linkSync(path.join(dir, it.target!), path.join(dir, it.path));
  if (opts.umask !== undefined) {
    for (const d of walkDirs(dir)) chmodSync(d, dirMode);
  }
  if (opts.mtime !== undefined) {
    for (const p of walkAll(dir)) if (!lstatSync(p).isSymbolicLink()) utimesSync(p, opts.mtime, opts.mtime);
  }
  return dir;
}

function walkAll(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    out.push(p);
    if (lstatSync(p).isDirectory()) out.push(...walkAll(p));
  }
  return out;
}
function walkDirs(dir: string): string[] {
  return walkAll(dir).filter((p) => lstatSync(p).isDirectory());
}

export interface SnapEntry {
  type: 'dir' | 'file' | 'symlink';
  exec?: boolean;
  sha256?: string;
  target?: string;
  size?: number;
}

/** What a tree holds: type, exec bit, content hash, symlink target, per relative path. */
export function snapshot(dir: string): Record<string, SnapEntry> {
  const out: Record<string, SnapEntry> = {};
  for (const abs of walkAll(dir)) {
    const rel = path.relative(dir, abs);
    const st = lstatSync(abs);
    if (st.isDirectory()) out[rel] = { type: 'dir' };
    else if (st.isSymbolicLink()) out[rel] = { type: 'symlink', target: readlinkSync(abs) };
    else out[rel] = { type: 'file', exec: (st.mode & 0o111) !== 0, size: st.size, sha256: createHash('sha256').update(readFileSync(abs)).digest('hex') };
  }
  return out;
}

/** Files, sizes and modes of a folder, to prove a failed run left it as it was. */
export function fingerprint(dir: string): string {
  return walkAll(dir)
    .sort()
    .map((p) => {
      const st = lstatSync(p);
      const h = st.isFile() ? createHash('sha256').update(readFileSync(p)).digest('hex') : '';
      return `${path.relative(dir, p)} ${st.mode.toString(8)} ${st.size} ${h}`;
    })
    .join('\n');
}
