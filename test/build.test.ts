// The build command end to end, judged by real peers: umoci unpacks it, oci-image-tool
// validates it, skopeo copies it to a real registry.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './helpers/cli.js';
import { fingerprint, makeTree, snapshot, tmpDir } from './helpers/fixtures.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';

interface BuildJson {
  digest: string;
  mediaType: string;
  config: string;
  layers: Array<{ digest: string; diffId: string; size: number; mediaType: string }>;
  platforms: string[];
  tags: string[];
  layout: string;
  archive: string | null;
}

function build(args: string[], env: Record<string, string> = {}): BuildJson {
  const r = runCli(['build', ...args, '--json'], { env });
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as BuildJson;
}

function readJson(layout: string, digest: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(layout, 'blobs', 'sha256', digest.slice(7)), 'utf8'));
}

const work = tmpDir();
const ctx = makeTree(path.join(work, 'ctx'));

describe('build on scratch', () => {
  const out = path.join(work, 'out');
  let result: BuildJson;

  beforeAll(() => {
    result = build([ctx, '--output', out, '--tag', 'example.com/team/app:v1', '--tag', 'example.com/team/app:latest', '--entrypoint', '["/app/bin/run","--fast"]', '--env', 'MODE=prod', '--port', '8080', '--source-date-epoch', '1700000000']);
  });

  test('umoci unpack reproduces the context under /app exactly', () => {
    const bundle = path.join(work, 'bundle');
    execFileSync('umoci', ['unpack', '--image', `${out}:v1`, bundle], { stdio: 'pipe' });
    const got = snapshot(path.join(bundle, 'rootfs', 'app'));
    const want = snapshot(ctx);
    expect(got).toEqual(want);
    // the hard link is still one file with two names
    const a = statSync(path.join(bundle, 'rootfs/app/data/hard-a'));
    const b = statSync(path.join(bundle, 'rootfs/app/data/hard-b'));
    expect(a.ino).toBe(b.ino);
    // a symlink pointing outside the context is stored as a link, not followed
    expect(got['outside-link']).toEqual({ type: 'symlink', target: '/etc/hostname' });
    const runtime = JSON.parse(readFileSync(path.join(bundle, 'config.json'), 'utf8'));
    expect(runtime.process.args).toEqual(['/app/bin/run', '--fast']);
    expect(runtime.process.env).toContain('MODE=prod');
    expect(runtime.process.cwd).toBe('/app');
  });

  test('the layer is normalised: sorted, fixed modes, owner 0:0, fixed mtime', () => {
    const layer = path.join(out, 'blobs/sha256', result.layers[0].digest.slice(7));
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', layer], { encoding: 'utf8' }).trim().split('\n');
    for (const line of listing) {
      expect(line).toMatch(/^([-dh]rw[-x]r-[-x]r-[-x]|lrwxrwxrwx) 0\/0 .* 2023-11-14 22:13:20 /);
    }
    const names = execFileSync('tar', ['-tzf', layer], { encoding: 'utf8' }).trim().split('\n').map((n) => n.replace(/\/$/, ''));
    const sorted = [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(names).toEqual(sorted);
    expect(names[0]).toBe('app');
    // gzip header: MTIME 0 and OS byte 255, whatever the host
    const head = readFileSync(layer).subarray(0, 10);
    expect([...head]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    expect(spawnSync('gzip', ['-t', layer]).status).toBe(0);
  });

  test('config and manifest carry what was asked', () => {
    const manifest = readJson(out, result.digest) as { annotations: Record<string, string>; layers: unknown[] };
    expect(manifest.annotations['org.opencontainers.image.created']).toBe('2023-11-14T22:13:20Z');
    const config = readJson(out, result.config) as Record<string, any>;
    expect(config.created).toBe('2023-11-14T22:13:20Z');
    expect(config.os).toBe('linux');
    expect(config.architecture).toBe('amd64');
    expect(config.config.Entrypoint).toEqual(['/app/bin/run', '--fast']);
    expect(config.config.ExposedPorts).toEqual({ '8080/tcp': {} });
    expect(config.config.WorkingDir).toBe('/app');
    expect(config.rootfs.diff_ids).toEqual(result.layers.map((l) => l.diffId));
    expect(config.history).toHaveLength(result.layers.length);
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8'));
    expect(index.manifests.map((m: any) => m.annotations['org.opencontainers.image.ref.name']).sort()).toEqual(['latest', 'v1']);
  });

  test('oci-image-tool validate accepts the layout', () => {
    const r = spawnSync('oci-image-tool', ['validate', '--type', 'image', '--ref', 'name=v1', out], { encoding: 'utf8' });
    expect(r.stderr + r.stdout).toContain('Validation succeeded');
    expect(r.status).toBe(0);
  });

  describe('with a registry', () => {
    let registry: RunningRegistry;
    beforeAll(async () => {
      registry = await startRegistry();
    });
    afterAll(async () => {
      await registry.stop();
    });

    test('skopeo copy oci:DIR:TAG to a real registry succeeds with our digest', () => {
      const dest = `docker://${registry.host}/team/app:v1`;
      execFileSync('skopeo', ['copy', '--dest-tls-verify=false', `oci:${out}:v1`, dest], { stdio: 'pipe' });
      const inspect = JSON.parse(execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', dest], { encoding: 'utf8' }));
      expect(inspect.config.digest).toBe(result.config);
      const digest = execFileSync('skopeo', ['inspect', '--format', '{{.Digest}}', '--tls-verify=false', dest], { encoding: 'utf8' }).trim();
      expect(digest).toBe(result.digest);
    });
  });
});

describe('reproducibility', () => {
  test('same content in another order, with other mtimes and umask, gives the same digest', () => {
    const a = build([ctx, '--output', path.join(work, 'r1'), '--source-date-epoch', '1234']);
    const ctx2 = makeTree(path.join(work, 'ctx2'), { reverse: true, mtime: 987654321, umask: 0o077 });
    const b = build([ctx2, '--output', path.join(work, 'r2'), '--source-date-epoch', '1234']);
    expect(b.digest).toBe(a.digest);
    expect(b.layers).toEqual(a.layers);
  });

  test('only the source date epoch changes the config, not the layers', () => {
    const a = build([ctx, '--output', path.join(work, 'e1'), '--source-date-epoch', '1000']);
    const b = build([ctx, '--output', path.join(work, 'e2'), '--source-date-epoch', '1000']);
    const c = build([ctx, '--output', path.join(work, 'e3'), '--source-date-epoch', '2000']);
    expect(b.digest).toBe(a.digest);
    expect(c.config).not.toBe(a.config);
    expect(c.digest).not.toBe(a.digest);
    // the layers' mtimes move with the epoch, so the layer digests do too; the layer set is the same shape
    expect(c.layers.map((l) => l.mediaType)).toEqual(a.layers.map((l) => l.mediaType));
  });

  test('SOURCE_DATE_EPOCH is honoured, and --source-date-epoch wins over it', () => {
    const a = build([ctx, '--output', path.join(work, 's1')], { SOURCE_DATE_EPOCH: '5000' });
    const b = build([ctx, '--output', path.join(work, 's2'), '--source-date-epoch', '5000'], { SOURCE_DATE_EPOCH: '9' });
    expect(b.digest).toBe(a.digest);
  });
});

describe('layers and layouts', () => {
  test('--layer globs make their own layers in order, and empty ones are not emitted', () => {
    const out = path.join(work, 'layers');
    const r = build([ctx, '--output', out, '--layer', 'node_modules/**', '--layer', 'nothing-matches/**', '--layer', 'data/**', '--source-date-epoch', '1']);
    expect(r.layers).toHaveLength(3);
    const names = r.layers.map((l) => execFileSync('tar', ['-tzf', path.join(out, 'blobs/sha256', l.digest.slice(7))], { encoding: 'utf8' }));
    expect(names[0]).toContain('app/node_modules/dep/index.js');
    expect(names[0]).not.toContain('index.html');
    expect(names[1]).toContain('app/data/big.bin');
    expect(names[2]).toContain('app/index.html');
    expect(names[2]).not.toContain('node_modules/dep');
    // umoci still reproduces the whole tree from the three layers
    const bundle = path.join(work, 'layers-bundle');
    execFileSync('umoci', ['unpack', '--image', `${out}:latest`, bundle], { stdio: 'pipe' });
    expect(snapshot(path.join(bundle, 'rootfs/app'))).toEqual(snapshot(ctx));
  });

  test('the same globs on unchanged dependencies give the same dependency layer', () => {
    const c2 = path.join(work, 'ctx-changed');
    cpSync(ctx, c2, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(c2, 'index.html'), '<h1>changed</h1>\n');
    const a = build([ctx, '--output', path.join(work, 'g1'), '--layer', 'node_modules/**', '--source-date-epoch', '1']);
    const b = build([c2, '--output', path.join(work, 'g2'), '--layer', 'node_modules/**', '--source-date-epoch', '1']);
    expect(b.layers[0].digest).toBe(a.layers[0].digest);
    expect(b.layers[1].digest).not.toBe(a.layers[1].digest);
  });

  test('--dest with nested parents, .bundleignore, --owner, zero compression', () => {
    const c = path.join(work, 'ign');
    makeTree(c);
    writeFileSync(path.join(c, '.bundleignore'), 'data/\n*.html\n');
    const out = path.join(work, 'ign-out');
    const r = build([c, '--output', out, '--dest', '/srv/www/site', '--owner', '1000:1001', '--compression', 'none']);
    expect(r.layers[0].mediaType).toBe('application/vnd.oci.image.layer.v1.tar');
    const listing = execFileSync('tar', ['--numeric-owner', '-tvf', path.join(out, 'blobs/sha256', r.layers[0].digest.slice(7))], { encoding: 'utf8' });
    const names = listing.trim().split('\n').map((l) => l.split(/\s+/).slice(5).join(' '));
    expect(names.slice(0, 3)).toEqual(['srv/', 'srv/www/', 'srv/www/site/']);
    expect(listing).not.toContain('index.html');
    expect(listing).not.toContain('big.bin');
    expect(listing).not.toContain('.bundleignore');
    expect(listing).toContain('srv/www/site/bin/run');
    expect(listing).toMatch(/1000\/1001 .* srv\/www\/site\/bin\/run/);
  });

  test('building into an existing layout adds a ref and keeps the others', () => {
    const out = path.join(work, 'multi');
    const a = build([ctx, '--output', out, '--tag', 'app:one', '--source-date-epoch', '1']);
    const b = build([ctx, '--output', out, '--tag', 'app:two', '--source-date-epoch', '2']);
    const c = build([ctx, '--output', out, '--tag', 'app:one', '--source-date-epoch', '3']);
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8'));
    const refs = Object.fromEntries(index.manifests.map((m: any) => [m.annotations['org.opencontainers.image.ref.name'], m.digest]));
    expect(refs).toEqual({ one: c.digest, two: b.digest });
    expect(a.digest).not.toBe(c.digest);
  });

  test('several platforms on scratch give an index with one manifest each', () => {
    const out = path.join(work, 'plat');
    const r = build([ctx, '--output', out, '--platform', 'linux/amd64,linux/arm64/v8']);
    expect(r.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(r.platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
    const index = readJson(out, r.digest) as { manifests: Array<{ platform: Record<string, string> }> };
    expect(index.manifests.map((m) => m.platform)).toEqual([
      { architecture: 'amd64', os: 'linux' },
      { architecture: 'arm64', os: 'linux', variant: 'v8' },
    ]);
  });

  test('--archive writes an oci-archive that skopeo reads', () => {
    const out = path.join(work, 'arch');
    const tar = path.join(work, 'image.tar');
    const r = build([ctx, '--output', out, '--archive', tar, '--tag', 'app:v2']);
    expect(r.archive).toBe(tar);
    const inspect = execFileSync('skopeo', ['inspect', '--format', '{{.Digest}}', `oci-archive:${tar}:v2`], { encoding: 'utf8' }).trim();
    expect(inspect).toBe(r.digest);
  });

  test('the output folder inside the context is not packaged', () => {
    const c = path.join(work, 'self');
    mkdirSync(c);
    writeFileSync(path.join(c, 'a.txt'), 'a');
    const first = runCli(['build', '.', '--json'], { cwd: c });
    expect(first.status).toBe(0);
    const second = runCli(['build', '.', '--json'], { cwd: c });
    expect(JSON.parse(second.stdout).digest).toBe(JSON.parse(first.stdout).digest);
  });
});

describe('bad input', () => {
  const existing = path.join(work, 'existing');
  beforeAll(() => {
    build([ctx, '--output', existing, '--tag', 'app:keep']);
  });

  const cases: Array<[string, string[], RegExp]> = [
    ['missing context', [path.join(work, 'no-such-dir')], /does not exist/],
    ['a file instead of a folder', [path.join(ctx, 'index.html')], /is a file, not a folder/],
    ['an invalid tag', [ctx, '--tag', 'Bad Tag!'], /not a valid image reference/],
    ['a digest as tag', [ctx, '--tag', 'app@sha256:' + 'a'.repeat(64)], /names a digest/],
    ['--env without =', [ctx, '--env', 'JUSTAKEY'], /--env "JUSTAKEY" must look like KEY=VALUE/],
    ['malformed JSON in --entrypoint', [ctx, '--entrypoint', '["/app/run",'], /--entrypoint looks like a JSON array but is not valid JSON/],
    ['an unknown platform', [ctx, '--platform', 'linux/sparc99'], /unknown platform "linux\/sparc99"/],
    ['an unknown compression', [ctx, '--compression', 'brotli'], /unknown compression "brotli"/],
    ['an out-of-range level', [ctx, '--compression-level', '42'], /out of range for gzip/],
    ['a bad port', [ctx, '--port', '99999'], /--port "99999"/],
    ['a bad owner', [ctx, '--owner', 'root'], /--owner "root" must be numeric/],
    ['a relative --dest', [ctx, '--dest', 'app'], /--dest "app" must be an absolute path/],
    ['a bad epoch', [ctx, '--source-date-epoch', 'yesterday'], /--source-date-epoch "yesterday" must be a whole number/],
    ['a missing ignore file', [ctx, '--ignore-file', path.join(work, 'nope.ignore')], /ignore file.*does not exist/],
  ];

  test.each(cases)('%s: one-line error, exit 1, output folder untouched', (_name, args, re) => {
    const before = fingerprint(existing);
    const r = runCli(['build', ...args, '--output', existing]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(re);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fingerprint(existing)).toBe(before);
  });

  test('an unknown flag is a usage error (exit 2)', () => {
    const r = runCli(['build', ctx, '--no-such-flag']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no-such-flag/);
  });

  test('a FIFO in the context is refused by name', () => {
    const c = path.join(work, 'fifo');
    mkdirSync(c);
    execFileSync('mkfifo', [path.join(c, 'pipe')]);
    const r = runCli(['build', c, '--output', path.join(work, 'fifo-out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/pipe is a FIFO/);
    expect(existsSync(path.join(work, 'fifo-out'))).toBe(false);
  });

  test('a file named .wh.* is refused', () => {
    const c = path.join(work, 'wh');
    mkdirSync(c);
    writeFileSync(path.join(c, '.wh.secret'), '');
    const r = runCli(['build', c, '--output', path.join(work, 'wh-out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\.wh\.secret: names starting with "\.wh\."/);
  });

  test('a non-empty folder that is not a layout is refused and left alone', () => {
    const d = path.join(work, 'not-a-layout');
    mkdirSync(d);
    writeFileSync(path.join(d, 'precious.txt'), 'keep me');
    const before = fingerprint(d);
    const r = runCli(['build', ctx, '--output', d]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not an OCI image layout; refusing/);
    expect(fingerprint(d)).toBe(before);
  });

  test('an unreadable file fails by name and leaves the existing layout as it was', () => {
    // As root every file is readable, so run the CLI as nobody when we are root.
    const c = path.join(work, 'unreadable');
    makeTree(c);
    chmodSync(path.join(c, 'index.html'), 0o000);
    const out = path.join(work, 'unreadable-out');
    mkdirSync(out);
    chmodSync(out, 0o777);
    chmodSync(work, 0o755);
    const asNobody = process.getuid?.() === 0;
    if (asNobody) {
      execFileSync('chown', ['-R', '65534:65534', out]);
    }
    const cli = path.resolve('build/test-dist/cli.js');
    const cmd = asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const first = spawnSync(cmd[0], [...cmd.slice(1), cli, 'build', ctx, '--output', out, '--tag', 'app:ok'], { encoding: 'utf8' });
    expect(first.status).toBe(0);
    const before = fingerprint(out);
    const r = spawnSync(cmd[0], [...cmd.slice(1), cli, 'build', c, '--output', out, '--tag', 'app:broken'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/permission denied on .*index\.html/);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('oci-bundle: error'))).toHaveLength(1);
    expect(fingerprint(out)).toBe(before);
  });
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('layer reuse', () => {
  test('an unchanged tree reuses its layers; a changed file is compressed again', () => {
    const c = path.join(work, 'reuse');
    makeTree(c);
    const out = path.join(work, 'reuse-out');
    const first = runCli(['build', c, '--output', out, '--layer', 'node_modules/**', '--source-date-epoch', '9', '--json']);
    expect(first.stderr).not.toMatch(/reused/);
    const again = runCli(['build', c, '--output', path.join(work, 'reuse-out2'), '--layer', 'node_modules/**', '--source-date-epoch', '9', '--json']);
    expect(again.stderr.match(/unchanged: reused/g)).toHaveLength(2);
    expect(JSON.parse(again.stdout).digest).toBe(JSON.parse(first.stdout).digest);
    writeFileSync(path.join(c, 'index.html'), '<h1>new</h1>\n');
    const changed = runCli(['build', c, '--output', path.join(work, 'reuse-out3'), '--layer', 'node_modules/**', '--source-date-epoch', '9', '--json']);
    expect(changed.stderr.match(/unchanged: reused/g)).toHaveLength(1);
    const layers = JSON.parse(changed.stdout).layers;
    expect(layers[0].digest).toBe(JSON.parse(first.stdout).layers[0].digest);
    expect(layers[1].digest).not.toBe(JSON.parse(first.stdout).layers[1].digest);
    // --no-cache compresses everything again and still gets the same bytes
    const fresh = runCli(['build', c, '--output', path.join(work, 'reuse-out4'), '--layer', 'node_modules/**', '--source-date-epoch', '9', '--json', '--no-cache']);
    expect(fresh.stderr).not.toMatch(/reused/);
    expect(JSON.parse(fresh.stdout).digest).toBe(JSON.parse(changed.stdout).digest);
  });

  test('a corrupted cache entry is not used', () => {
    const c = path.join(work, 'reuse-corrupt');
    makeTree(c);
    const cache = path.join(work, 'corrupt-cache');
    const first = runCli(['build', c, '--output', path.join(work, 'rc1'), '--cache-dir', cache, '--json']);
    const digest = JSON.parse(first.stdout).layers[0].digest as string;
    const blob = path.join(cache, 'blobs/sha256', digest.slice(7));
    rmSync(blob);
    writeFileSync(blob, 'garbage');
    const again = runCli(['build', c, '--output', path.join(work, 'rc2'), '--cache-dir', cache, '--json']);
    expect(again.stderr).not.toMatch(/reused/);
    expect(JSON.parse(again.stdout).digest).toBe(JSON.parse(first.stdout).digest);
  });
});
