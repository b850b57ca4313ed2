// Base images: a real multi-arch busybox base pushed to a real registry, an app on top of it run
// by runc, the per-platform index, the blob cache, the token flow, and merge.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCliAsync as runCli } from './helpers/cli-async.js';
import { busyboxContext } from './helpers/busybox.js';
import { tmpDir } from './helpers/fixtures.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { startTokenRegistry } from './helpers/token-server.js';

const work = tmpDir();
let registry: RunningRegistry;
let proxy: FaultProxy;
let host: string;
const digests: Record<string, string> = {};
const baseLayer: Record<string, string> = {};

// Async: the proxy and token server in this process must keep answering while the CLI runs.
async function cli(args: string[], env: Record<string, string> = {}) {
  const r = await runCli(args, { env });
  if (r.status !== 0) throw new Error(`oci-bundle ${args[0]} failed (${r.status}): ${r.stderr}`);
  return r;
}
const json = async (args: string[], env: Record<string, string> = {}) => JSON.parse((await cli([...args, '--json'], env)).stdout);

function appContext(): string {
  const dir = path.join(work, 'app');
  mkdirSync(path.join(dir, 'bin'), { recursive: true });
  writeFileSync(path.join(dir, 'bin', 'show'), '#!/bin/sh\necho "args: $*"\necho "greeting: $GREETING"\necho "pwd: $(pwd)"\necho "user: $(id -u):$(id -g)"\n');
  chmodSync(path.join(dir, 'bin', 'show'), 0o755);
  writeFileSync(path.join(dir, 'index.html'), '<h1>app</h1>\n');
  return dir;
}

function runWithRunc(layout: string, tag: string): string {
  const bundle = path.join(work, `bundle-${tag}-${Date.now()}`);
  execFileSync('umoci', ['unpack', '--image', `${layout}:${tag}`, bundle], { stdio: 'pipe' });
  const cfgPath = path.join(bundle, 'config.json');
  const cfg = JSON.parse(readFileSync(cfgPath, 'utf8'));
  cfg.process.terminal = false;
  writeFileSync(cfgPath, JSON.stringify(cfg));
  const id = `oci-bundle-test-${process.pid}-${Date.now()}`;
  const r = spawnSync('runc', ['run', '--bundle', bundle, id], { encoding: 'utf8', timeout: 30000, stdio: ['ignore', 'pipe', 'pipe'] });
  spawnSync('runc', ['delete', '-f', id]);
  if (r.status !== 0) throw new Error(`runc failed: ${r.stderr}`);
  return r.stdout;
}

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startFaultProxy({ host: '127.0.0.1', port: registry.port });
  host = proxy.host;
  // The multi-arch base: one busybox image per architecture, joined by merge.
  for (const [arch, platform] of [
    ['amd64', 'linux/amd64'],
    ['arm64', 'linux/arm64/v8'],
  ] as const) {
    const ctx = busyboxContext(path.join(work, `busybox-${arch}`), arch);
    const r = await json(['build', ctx, '--dest', '/', '--platform', platform, '--cmd', 'sh', '--env', 'BASE=busybox', '--label', 'base=busybox', '--output', path.join(work, `base-${arch}`), '--tag', `${host}/base/busybox:${arch}`, '--push']);
    digests[arch] = r.digest;
    baseLayer[arch] = r.layers[0].digest;
  }
  await json(['merge', '--tag', `${host}/base/busybox:latest`, `${host}/base/busybox@${digests.amd64}`, `${host}/base/busybox@${digests.arm64}`]);
}, 300000);

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

test('an app on the busybox base, built for linux/amd64, runs under runc as its config says', async () => {
  const out = path.join(work, 'app-amd64');
  const r = await json(['build', appContext(), '--base', `${host}/base/busybox:latest`, '--platform', 'linux/amd64', '--entrypoint', '["/app/bin/show","one","two words"]', '--env', 'GREETING=hello from oci-bundle', '--workdir', '/app/bin', '--user', 'app', '--output', out, '--tag', 'app:amd64']);
  expect(r.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
  expect(r.platforms).toEqual(['linux/amd64']);
  const stdout = runWithRunc(out, 'amd64');
  expect(stdout).toContain('args: one two words');
  expect(stdout).toContain('greeting: hello from oci-bundle');
  expect(stdout).toContain('pwd: /app/bin');
  expect(stdout).toContain('user: 1000:1000');
  // the config inherits the base: Env merged, labels kept, base Cmd dropped by our entrypoint
  const manifest = JSON.parse(readFileSync(path.join(out, 'blobs/sha256', r.digest.slice(7)), 'utf8'));
  const config = JSON.parse(readFileSync(path.join(out, 'blobs/sha256', manifest.config.digest.slice(7)), 'utf8'));
  expect(config.config.Env).toEqual(expect.arrayContaining(['BASE=busybox', 'GREETING=hello from oci-bundle']));
  expect(config.config.Labels.base).toBe('busybox');
  expect(config.config.Cmd).toBeUndefined();
  expect(config.history.length).toBe(2);
  expect(manifest.layers[0].digest).toBe(baseLayer.amd64);
  expect(manifest.annotations['org.opencontainers.image.base.name']).toBe(`${host}/base/busybox:latest`);
  expect(manifest.annotations['org.opencontainers.image.base.digest']).toBe(digests.amd64);
});

test('oci-bundle unpack of the app on the busybox base runs under runc the same way', async () => {
  const out = path.join(work, 'app-unpack');
  await json(['build', appContext(), '--base', `${host}/base/busybox:latest`, '--platform', 'linux/amd64', '--entrypoint', '["/app/bin/show","via","unpack"]', '--env', 'GREETING=unpacked', '--workdir', '/app', '--user', 'app', '--output', out, '--tag', 'app:u']);
  const bundle = path.join(work, 'our-bundle');
  await cli(['unpack', out, bundle, '--ref', 'u']);
  const id = `oci-bundle-unpack-${process.pid}`;
  const r = spawnSync('runc', ['run', '--bundle', bundle, id], { encoding: 'utf8', timeout: 30000, stdio: ['ignore', 'pipe', 'pipe'] });
  spawnSync('runc', ['delete', '-f', id]);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('args: via unpack');
  expect(r.stdout).toContain('greeting: unpacked');
  expect(r.stdout).toContain('pwd: /app');
  expect(r.stdout).toContain('user: 1000:1000');
});

test('without --platform an index base gives an index of every linux platform', async () => {
  const out = path.join(work, 'app-all');
  const r = await json(['build', appContext(), '--base', `${host}/base/busybox:latest`, '--entrypoint', '/app/bin/show', '--output', out]);
  expect(r.mediaType).toBe('application/vnd.oci.image.index.v1+json');
  expect(r.platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
  const index = JSON.parse(readFileSync(path.join(out, 'blobs/sha256', r.digest.slice(7)), 'utf8'));
  for (const [i, arch] of (['amd64', 'arm64'] as const).entries()) {
    const entry = index.manifests[i];
    expect(entry.platform.architecture).toBe(arch);
    const manifest = JSON.parse(readFileSync(path.join(out, 'blobs/sha256', entry.digest.slice(7)), 'utf8'));
    const config = JSON.parse(readFileSync(path.join(out, 'blobs/sha256', manifest.config.digest.slice(7)), 'utf8'));
    expect(config.architecture).toBe(arch);
    expect(manifest.layers[0].digest).toBe(baseLayer[arch]);
  }
  expect(index.manifests[1].platform.variant).toBe('v8');
});

test('a platform the base lacks is a clear error listing what it has', async () => {
  const r = await runCli(['build', appContext(), '--base', `${host}/base/busybox:latest`, '--platform', 'linux/s390x', '--output', path.join(work, 'nope')]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/has no linux\/s390x image; it has: linux\/amd64, linux\/arm64\/v8/);
});

test('a tag an oci: base lacks names --base (not push\'s --ref) and lists what the layout has', async () => {
  const layout = path.join(work, 'base-layout');
  expect((await runCli(['build', appContext(), '--output', layout, '--tag', 'b:one'])).status).toBe(0);
  const r = await runCli(['build', appContext(), '--base', `oci:${layout}:two`, '--output', path.join(work, 'never')]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/no image named "two" in the OCI layout .*; it has: one \(--base\)\n$/);
  expect(existsSync(path.join(work, 'never'))).toBe(false);
});

test('a second build with the base cached downloads no blob', async () => {
  const cache = path.join(work, 'fresh-cache');
  const blobGets = () => proxy.log.filter((e) => e.method === 'GET' && /\/blobs\/sha256:/.test(e.path)).length;
  const before = blobGets();
  await json(['build', appContext(), '--base', `${host}/base/busybox:latest`, '--platform', 'linux/amd64', '--output', path.join(work, 'c1'), '--cache-dir', cache]);
  const first = blobGets() - before;
  expect(first).toBeGreaterThanOrEqual(2); // config + layer
  await json(['build', appContext(), '--base', `${host}/base/busybox:latest`, '--platform', 'linux/amd64', '--output', path.join(work, 'c2'), '--cache-dir', cache]);
  expect(blobGets() - before - first).toBe(0);
});

test('pushing to the registry the base came from mounts the base layers', async () => {
  const r = await json(['build', appContext(), '--base', `${host}/base/busybox:latest`, '--platform', 'linux/amd64', '--output', path.join(work, 'pushed'), '--tag', `${host}/team/app:1`, '--push']);
  expect(r.push.mounted).toBe(1);
  const uploads = proxy.log.filter((e) => e.method === 'POST' && e.path.startsWith('/v2/team/app/blobs/uploads/') && e.path.includes('mount='));
  expect(uploads.length).toBeGreaterThanOrEqual(1);
});

test('merge of two single-platform pushes gives an index of exactly those digests and platforms', async () => {
  const a = await json(['build', appContext(), '--platform', 'linux/amd64', '--output', path.join(work, 'm-amd'), '--tag', `${host}/merge/amd:1`, '--push']);
  const b = await json(['build', appContext(), '--platform', 'linux/arm64', '--output', path.join(work, 'm-arm'), '--tag', `${host}/merge/arm:1`, '--push']);
  const m = await json(['merge', '--tag', `${host}/merge/all:1`, `${host}/merge/amd@${a.digest}`, `${host}/merge/arm@${b.digest}`]);
  const raw = JSON.parse(execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/merge/all:1`], { encoding: 'utf8' }));  // direct: skopeo runs synchronously
  expect(raw.manifests.map((x: any) => [x.digest, x.platform.os, x.platform.architecture])).toEqual([
    [a.digest, 'linux', 'amd64'],
    [b.digest, 'linux', 'arm64'],
  ]);
  expect(m.manifests.map((x: any) => x.platform)).toEqual(['linux/amd64', 'linux/arm64']);
  // the index can be pulled whole
  execFileSync('skopeo', ['copy', '--all', '--src-tls-verify=false', `docker://${registry.host}/merge/all:1`, `oci:${path.join(work, 'pulled')}:all`], { stdio: 'pipe' });
  const dup = await runCli(['merge', '--tag', `${host}/merge/all:2`, `${host}/merge/amd@${a.digest}`, `${host}/merge/amd@${a.digest}`]);
  expect(dup.status).toBe(1);
  expect(dup.stderr).toMatch(/both linux\/amd64/);
});

test('the base pulled anonymously through the token flow (public repository) works the same', async () => {
  const t = await startTokenRegistry({ users: { ci: 'pushpass' } });
  try {
    const th = t.registry.host;
    const env = { OCI_BUNDLE_USERNAME: 'ci', OCI_BUNDLE_PASSWORD: 'pushpass', DOCKER_CONFIG: path.join(work, 'no-docker-config') };
    const ctx = busyboxContext(path.join(work, 'busybox-token'), 'amd64');
    await json(['build', ctx, '--dest', '/', '--output', path.join(work, 'tok-base'), '--tag', `${th}/public/busybox:1`, '--push'], env);
    const anon = { DOCKER_CONFIG: path.join(work, 'no-docker-config') };
    const out = path.join(work, 'tok-app');
    const r = await json(['build', appContext(), '--base', `${th}/public/busybox:1`, '--entrypoint', '["/app/bin/show","tok"]', '--output', out, '--tag', 'app:tok', '--cache-dir', path.join(work, 'tok-cache')], anon);
    expect(r.base.downloaded).toBe(1);
    expect(t.tokens.requests.some((q) => q.user === null && q.scopes.includes('repository:public/busybox:pull') && q.status === 200)).toBe(true);
    expect(runWithRunc(out, 'tok')).toContain('args: tok');
  } finally {
    await t.stop();
  }
});
