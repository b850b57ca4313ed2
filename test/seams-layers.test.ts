// Issue 12.4 and 12.5: dependency layers keep their digest across commits (and are not pushed
// again), and an oci: base gives the same digest however its path is spelled.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './helpers/cli.js';
import { runCliAsync } from './helpers/cli-async.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { tmpDir } from './helpers/fixtures.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';

interface BuildJson {
  digest: string;
  config: string;
  layers: Array<{ digest: string }>;
}

const work = tmpDir();
const ctx = path.join(work, 'app');
mkdirSync(path.join(ctx, 'node_modules', 'dep'), { recursive: true });
writeFileSync(path.join(ctx, 'node_modules', 'dep', 'index.js'), 'module.exports = 1;\n');
writeFileSync(path.join(ctx, 'server.js'), 'require("dep");\n');

function parse(r: { status: number; stdout: string; stderr: string }): BuildJson {
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as BuildJson;
}

function listing(layout: string, digest: string): string[] {
  return execFileSync('tar', ['--full-time', '-tvzf', path.join(layout, 'blobs', 'sha256', digest.slice(7))], { encoding: 'utf8' }).trim().split('\n');
}

describe('--layer layers across commits', () => {
  let registry: RunningRegistry;
  let proxy: FaultProxy;
  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy({ host: '127.0.0.1', port: registry.port });
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  test('two epochs: the same dependency layer, a new app layer and config; the second push uploads no dependency blob', async () => {
    const out = path.join(work, 'layout');
    const tag = `127.0.0.1:${proxy.port}/acme/app:latest`;
    const build = async (epoch: string) => parse(await runCliAsync(['build', ctx, '--output', out, '--layer', 'node_modules/**', '--source-date-epoch', epoch, '--tag', tag, '--push', '--json']));
    const first = await build('1700000000');
    const uploadsBefore = proxy.log.length;
    const second = await build('1800000000');
    expect(second.layers[0].digest).toBe(first.layers[0].digest);
    expect(second.layers[1].digest).not.toBe(first.layers[1].digest);
    expect(second.config).not.toBe(first.config);

    // dependency entries carry 1970-01-01, the app layer the source date epoch
    for (const line of listing(out, second.layers[0].digest)) expect(line).toContain(' 1970-01-01 00:00:00 ');
    for (const line of listing(out, second.layers[1].digest)) expect(line).toContain(' 2027-01-15 08:00:00 ');

    // what the registry saw during the second push: the dependency blob only asked about (HEAD)
    const dep = second.layers[0].digest;
    const log = proxy.log.slice(uploadsBefore).map((e) => ({ ...e, path: decodeURIComponent(e.path) }));
    const seen = log.filter((e) => e.path.includes(dep));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e.method === 'HEAD')).toBe(true);
    const uploads = log.filter((e) => e.method === 'PUT' && /\/blobs\/uploads\//.test(e.path));
    expect(uploads.some((e) => e.path.includes(second.layers[1].digest))).toBe(true);
    expect(uploads.some((e) => e.path.includes(dep))).toBe(false);
  }, 60_000);
});

describe('oci: base path spelling', () => {
  test('oci:/abs/layout:1 and oci:../layout:1 give the same digest, and no local path in the image', () => {
    const base = path.join(work, 'base');
    const baseCtx = path.join(work, 'base-ctx');
    mkdirSync(path.join(baseCtx, 'etc'), { recursive: true });
    writeFileSync(path.join(baseCtx, 'etc', 'os-release'), 'ID=test\n');
    expect(runCli(['build', baseCtx, '--dest', '/', '--output', base, '--tag', 'b:1', '--source-date-epoch', '1']).status).toBe(0);
    const sub = path.join(work, 'sub');
    mkdirSync(sub);
    const common = [ctx, '--source-date-epoch', '5', '--json'];
    const abs = parse(runCli(['build', ...common, '--base', `oci:${base}:1`, '--output', path.join(work, 'o1')]));
    const rel = parse(runCli(['build', ...common, '--base', 'oci:../base:1', '--output', path.join(work, 'o2')], { cwd: sub }));
    expect(rel.digest).toBe(abs.digest);
    const manifest = JSON.parse(readFileSync(path.join(work, 'o1', 'blobs', 'sha256', abs.digest.slice(7)), 'utf8')) as { annotations: Record<string, string> };
    expect(manifest.annotations['org.opencontainers.image.base.name']).toBeUndefined();
    expect(manifest.annotations['org.opencontainers.image.base.digest']).toMatch(/^sha256:/);
    expect(JSON.stringify(manifest)).not.toContain(work);
    const config = readFileSync(path.join(work, 'o1', 'blobs', 'sha256', abs.config.slice(7)), 'utf8');
    expect(config).not.toContain(work);
  });
});
