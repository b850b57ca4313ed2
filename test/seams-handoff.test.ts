// Issue 12.1: the build step's layout hands over to the push step with any number of tags. Run as
// the runner runs the two actions (INPUT_*, GITHUB_OUTPUT), against a real registry.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from './helpers/action.js';
import { runCli } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';

let registry: RunningRegistry;
const work = tmpDir();

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});

/** The digest the registry serves for repository:tag. */
async function registryDigest(repository: string, tag: string): Promise<string | null> {
  const res = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json' },
  });
  return res.headers.get('docker-content-digest');
}

function context(name: string, text: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
  return dir;
}

test('build with three metadata-action tags, then the push action: every tag gets the build digest', async () => {
  const ctx = context('site', '<h1>hand-off</h1>\n');
  // docker/metadata-action's tags output: one reference a line
  const tags = ['main', 'sha-0123456', '1.2.3'].map((t) => `${registry.host}/acme/site:${t}`).join('\n');
  const built = runAction('.', { context: ctx, tags, 'source-date-epoch': '1700000000' });
  expect(built.status).toBe(0);
  expect(built.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  const pushed = runAction('push', { layout: built.outputs.layout, tags });
  expect(pushed.stdout).not.toMatch(/holds \d+ images/);
  expect(pushed.status).toBe(0);
  expect(pushed.outputs.digest).toBe(built.outputs.digest);
  for (const t of ['main', 'sha-0123456', '1.2.3']) expect(await registryDigest('acme/site', t)).toBe(built.outputs.digest);
});

describe('a layout holding different images', () => {
  const out = path.join(work, 'two-images');
  let a: string;
  let b: string;
  beforeAll(() => {
    const build = (ctx: string, tag: string) => {
      const r = runCli(['build', ctx, '--output', out, '--tag', tag, '--source-date-epoch', '1']);
      expect(r.status).toBe(0);
      return r.stdout.trim();
    };
    a = build(context('a', 'A\n'), 'app:blue');
    b = build(context('b', 'B\n'), 'app:green');
    expect(a).not.toBe(b);
  });

  test('push picks the entry whose ref name is the pushed tag', async () => {
    const r = runCli(['push', out, `${registry.host}/acme/pick:green`]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(b);
    expect(await registryDigest('acme/pick', 'green')).toBe(b);
  });

  test('push to a tag no entry names is an error listing the entries', () => {
    const r = runCli(['push', out, `${registry.host}/acme/pick:other`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/holds 2 images; choose one with --ref/);
    expect(r.stderr).toContain('blue → sha256:');
    expect(r.stderr).toContain('green → sha256:');
  });

  test('tags naming different images are ambiguous', () => {
    const r = runCli(['push', out, `${registry.host}/acme/pick:blue`, `${registry.host}/acme/pick:green`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ambiguous: the tags blue, green name 2 different images; choose one with --ref/);
  });
});
