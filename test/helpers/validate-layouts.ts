// Helpers for the validate tests: a raw tar writer (so tests can make the layers real tools
// refuse to write), a minimal layout writer (sha256 or sha512, gzip / zstd / plain layers), the
// peer-made layouts (umoci, buildah), and "rewrite the image" so a breakage is the only thing wrong.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli, TEST_CLI, type CliResult } from './cli.js';

export interface TarItem {
  name: string;
  /** '0' file (default), '1' hard link, '2' symlink, '5' dir, ... */
  type?: string;
  content?: Buffer | string;
  linkname?: string;
  mode?: number;
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

/** One 512-byte ustar header. Names up to 100 bytes (tests do not need more). */
export function tarHeader(item: TarItem, size: number): Buffer {
  const h = Buffer.alloc(512);
  const type = item.type ?? '0';
  h.write(item.name, 0, 100, 'utf8');
  h.write(octal(item.mode ?? (type === '5' ? 0o755 : 0o644), 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(1700000000, 12), 136, 'latin1');
  h.write('        ', 148, 'latin1');
  h.write(type, 156, 'latin1');
  if (item.linkname) h.write(item.linkname, 157, 100, 'utf8');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  return h;
}

/** A complete tar stream (with the two-block end marker) of `items`, in order. */
export function rawTar(items: TarItem[], opts: { endMarker?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const it of items) {
    const content = it.content === undefined ? Buffer.alloc(0) : Buffer.from(it.content);
    parts.push(tarHeader(it, content.length));
    if (content.length) {
      parts.push(content);
      const pad = (512 - (content.length % 512)) % 512;
      parts.push(Buffer.alloc(pad));
    }
  }
  if (opts.endMarker !== false) parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export function digestOf(b: Buffer | string, alg: 'sha256' | 'sha512' = 'sha256'): string {
  return `${alg}:${createHash(alg).update(b).digest('hex')}`;
}

export function blobFile(layout: string, digest: string): string {
  const [alg, hex] = digest.split(':');
  return path.join(layout, 'blobs', alg, hex);
}

export function writeBlob(layout: string, bytes: Buffer | string, alg: 'sha256' | 'sha512' = 'sha256'): { digest: string; size: number } {
  const b = Buffer.from(bytes);
  const digest = digestOf(b, alg);
  mkdirSync(path.join(layout, 'blobs', alg), { recursive: true });
  writeFileSync(blobFile(layout, digest), b);
  return { digest, size: b.length };
}

export function readJson<T = any>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function readBlobJson<T = any>(layout: string, digest: string): T {
  return readJson<T>(blobFile(layout, digest));
}

const OCI = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  tar: 'application/vnd.oci.image.layer.v1.tar',
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
};
export { OCI };

export interface ImageSpec {
  layers: Array<{ tar: Buffer; compression?: 'gzip' | 'zstd' | 'none' }>;
  os?: string;
  architecture?: string;
  algorithm?: 'sha256' | 'sha512';
}

export interface WrittenImage {
  manifest: { mediaType: string; digest: string; size: number };
  config: string;
  layers: string[];
  diffIds: string[];
}

/** Writes config, layers and manifest blobs of one image (index.json is the caller's). */
export function writeImage(layout: string, spec: ImageSpec): WrittenImage {
  const alg = spec.algorithm ?? 'sha256';
  mkdirSync(path.join(layout, 'blobs', alg), { recursive: true });
  writeFileSync(path.join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  const layers: Array<{ mediaType: string; digest: string; size: number }> = [];
  const diffIds: string[] = [];
  for (const l of spec.layers) {
    const comp = l.compression ?? 'gzip';
    const stored = comp === 'gzip' ? gzipSync(l.tar) : comp === 'zstd' ? execFileSync('zstd', ['-q', '-c', '-3'], { input: l.tar }) : l.tar;
    const b = writeBlob(layout, stored, alg);
    layers.push({ mediaType: comp === 'gzip' ? OCI.gzip : comp === 'zstd' ? OCI.zstd : OCI.tar, ...b });
    diffIds.push(digestOf(l.tar, alg));
  }
  const config = {
    created: '2023-11-14T22:13:20Z',
    architecture: spec.architecture ?? 'amd64',
    os: spec.os ?? 'linux',
    config: { Env: ['PATH=/usr/bin'], Cmd: ['/bin/sh'] },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: layers.map((_, i) => ({ created: '2023-11-14T22:13:20Z', created_by: `layer ${i}` })),
  };
  const c = writeBlob(layout, JSON.stringify(config), alg);
  const manifest = { schemaVersion: 2, mediaType: OCI.manifest, config: { mediaType: OCI.config, ...c }, layers };
  const m = writeBlob(layout, JSON.stringify(manifest), alg);
  return { manifest: { mediaType: OCI.manifest, ...m }, config: c.digest, layers: layers.map((l) => l.digest), diffIds };
}

export function writeIndex(layout: string, manifests: unknown[]): void {
  writeFileSync(path.join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests }));
}

/** A small, clean single-image layout of our own making. */
export function simpleLayout(layout: string, spec: ImageSpec, refName = 'v1'): WrittenImage {
  const img = writeImage(layout, spec);
  writeIndex(layout, [{ ...img.manifest, annotations: { 'org.opencontainers.image.ref.name': refName } }]);
  return img;
}

/**
 * Rewrites image `i` of index.json: the callback edits the manifest and config objects; new
 * config and manifest blobs are written and every digest and size up the chain is updated, so
 * only what the callback broke is wrong.
 */
export function rewriteImage(layout: string, mutate: (m: any, c: any) => void, i = 0): void {
  const indexFile = path.join(layout, 'index.json');
  const index = readJson(indexFile);
  const entry = index.manifests[i];
  const manifest = readBlobJson(layout, entry.digest);
  const config = readBlobJson(layout, manifest.config.digest);
  mutate(manifest, config);
  const c = writeBlob(layout, JSON.stringify(config));
  manifest.config = { ...manifest.config, ...c };
  const m = writeBlob(layout, JSON.stringify(manifest));
  index.manifests[i] = { ...entry, ...m };
  writeFileSync(indexFile, JSON.stringify(index));
}

export function copyLayout(src: string, dst: string): string {
  rmSync(dst, { recursive: true, force: true });
  cpSync(src, dst, { recursive: true });
  return dst;
}

export interface Found {
  severity: 'error' | 'warning' | 'info';
  where: string;
  rule: string;
  message: string;
}

export interface ValidateResult extends CliResult {
  problems: Found[];
  errors: Found[];
  warnings: Found[];
  /** Rules of the errors, sorted and deduplicated. */
  errorRules: string[];
}

/** Runs `oci-bundle validate --json PATH [args]` and parses what it printed. */
export function validateCli(target: string, args: string[] = [], opts: { node?: string } = {}): ValidateResult {
  const r = opts.node ? runNode(opts.node, ['validate', target, '--json', ...args]) : runCli(['validate', target, '--json', ...args]);
  let problems: Found[];
  try {
    problems = JSON.parse(r.stdout) as Found[];
  } catch {
    throw new Error(`validate printed no JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  const errors = problems.filter((p) => p.severity === 'error');
  return { ...r, problems, errors, warnings: problems.filter((p) => p.severity === 'warning'), errorRules: [...new Set(errors.map((e) => e.rule))].sort() };
}

function runNode(node: string, args: string[]): CliResult {
  try {
    const stdout = execFileSync(node, [TEST_CLI, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { status: x.status, stdout: String(x.stdout), stderr: String(x.stderr) };
  }
}

/** umoci: a fresh layout with one image (`tag`) holding `src` under /app. */
export function umociImage(layout: string, tag: string, src: string, arch?: string): void {
  execFileSync('umoci', ['init', '--layout', layout], { stdio: 'pipe' });
  execFileSync('umoci', ['new', '--image', `${layout}:${tag}`], { stdio: 'pipe' });
  execFileSync('umoci', ['insert', '--image', `${layout}:${tag}`, src, '/app'], { stdio: 'pipe' });
  if (arch) execFileSync('umoci', ['config', '--image', `${layout}:${tag}`, '--architecture', arch], { stdio: 'pipe' });
}

/** buildah (vfs storage in a private root, nothing run): FROM scratch + COPY, committed to oci:DIR:tag. */
export function buildahImage(work: string, layout: string, tag: string, src: string): void {
  const common = ['--root', path.join(work, 'root'), '--runroot', path.join(work, 'runroot'), '--storage-driver', 'vfs'];
  const env = { ...process.env, BUILDAH_ISOLATION: 'chroot', STORAGE_DRIVER: 'vfs' };
  const ctr = execFileSync('buildah', [...common, 'from', 'scratch'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  execFileSync('buildah', [...common, 'copy', ctr, src, '/app'], { env, stdio: 'pipe' });
  execFileSync('buildah', [...common, 'config', '--os', 'linux', '--arch', 'amd64', '--cmd', '/app/run', ctr], { env, stdio: 'pipe' });
  execFileSync('buildah', [...common, 'commit', '--quiet', ctr, `oci:${layout}:${tag}`], { env, stdio: 'pipe' });
  execFileSync('buildah', [...common, 'rm', ctr], { env, stdio: 'pipe' });
}
