// The actions as the runner runs them: inputs, outputs, summary, derived metadata, failures.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';
import { readActionYml, runAction } from './helpers/action.js';
import { makeTree, tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
const ctx = makeTree(path.join(work, 'ctx'));

/** What the runner shows: ::add-mask:: commands are consumed by the runner, not printed. */
function visible(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

function blob(layout: string, digest: string): any {
  return JSON.parse(readFileSync(path.join(layout, 'blobs/sha256', digest.slice(7)), 'utf8'));
}

describe('build action', () => {
  test('builds, sets every output, derives GitHub metadata and writes the summary', () => {
    const run = runAction('.', {
      context: ctx,
      tags: 'ghcr.io/acme/site:1.2.3\nghcr.io/acme/site:latest',
      entrypoint: '["/app/bin/run"]',
      env: 'GREETING=hello, world\nQUERY=a=b',
      labels: 'org.opencontainers.image.title=Site,custom=x,y',
      annotations: 'manifest:org.opencontainers.image.description=A site\nindex:skipped.at.manifest=1',
      ports: '8080, 53/udp',
      'source-date-epoch': '1700000000',
    });
    expect(run.stdout).not.toMatch(/::error/);
    expect(run.status).toBe(0);
    const yml = readActionYml('.');
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(yml.outputs).sort());
    expect(run.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(run.outputs.image).toBe(`ghcr.io/acme/site@${run.outputs.digest}`);
    expect(run.outputs.tags).toBe('ghcr.io/acme/site:1.2.3\nghcr.io/acme/site:latest');
    expect(run.outputs.platforms).toBe('linux/amd64');
    expect(JSON.parse(run.outputs.metadata).digest).toBe(run.outputs.digest);
    expect(run.outputs.layout.startsWith(run.temp)).toBe(true);

    const manifest = blob(run.outputs.layout, run.outputs.digest);
    const config = blob(run.outputs.layout, manifest.config.digest);
    expect(config.config.Env).toEqual(expect.arrayContaining(['GREETING=hello, world', 'QUERY=a=b']));
    expect(config.config.ExposedPorts).toEqual({ '8080/tcp': {}, '53/udp': {} });
    const labels = config.config.Labels;
    expect(labels['org.opencontainers.image.title']).toBe('Site');
    expect(labels.custom).toBe('x,y');
    expect(labels['org.opencontainers.image.source']).toBe('https://github.com/acme/site');
    expect(labels['org.opencontainers.image.revision']).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(labels['org.opencontainers.image.version']).toBe('v1.2.3');
    expect(labels['org.opencontainers.image.created']).toBe('2023-11-14T22:13:20Z');
    expect(manifest.annotations['org.opencontainers.image.source']).toBe('https://github.com/acme/site');
    expect(manifest.annotations['org.opencontainers.image.description']).toBe('A site');
    expect(manifest.annotations['skipped.at.manifest']).toBe('1');

    expect(run.summary).toContain(run.outputs.digest);
    expect(run.summary).toContain('ghcr.io/acme/site:1.2.3');
    expect(run.summary).toContain('linux/amd64');
    expect(run.summary).toMatch(/docker pull ghcr\.io\/acme\/site@sha256:/);
    expect(run.stdout).toContain('::group::build');
  });

  test('user-set labels win over derived ones', () => {
    const run = runAction('.', { context: ctx, labels: 'org.opencontainers.image.source=https://example.com/mine' });
    expect(run.status).toBe(0);
    const manifest = blob(run.outputs.layout, run.outputs.digest);
    const config = blob(run.outputs.layout, manifest.config.digest);
    expect(config.config.Labels['org.opencontainers.image.source']).toBe('https://example.com/mine');
  });

  test.each([
    ['an invalid platform', { platforms: 'linux/sparc99' }, /unknown platform/],
    ['an invalid boolean', { push: 'maybe' }, /input "push" must be true or false/],
    ['a missing context', { context: '/nonexistent/ctx' }, /does not exist/],
    ['malformed entrypoint JSON', { entrypoint: '["/a",' }, /input "entrypoint" looks like a JSON array but is not valid JSON/],
  ])('%s fails the step with one ::error line', (_n, inputs, re) => {
    const run = runAction('.', { context: ctx, ...inputs });
    expect(run.status).not.toBe(0);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(re);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('action.yml files and the code agree', () => {
  test.each(['.', 'push', 'merge'] as const)('%s/action.yml runs node24 from dist/', (dir) => {
    const yml = readActionYml(dir);
    expect(yml.runs.using).toBe('node24');
    const main = path.resolve(ROOT, dir, yml.runs.main);
    expect(path.dirname(main)).toBe(path.join(ROOT, 'dist'));
  });

  test('every input of the build action is read', () => {
    const run = runAction('.', { context: ctx });
    expect(run.status).toBe(0);
    const declared = Object.keys(readActionYml('.').inputs).map((n) => `INPUT_${n.toUpperCase()}`);
    expect(declared.filter((k) => !run.inputsRead.includes(k))).toEqual([]);
  });
});

describe('actions against a registry with Basic auth', () => {
  let registry: import('./helpers/registry.js').RunningRegistry;
  const PASSWORD = 's3cret-Passw0rd-never-logged';
  const noDockerConfig = () => ({ DOCKER_CONFIG: path.join(work, 'empty-docker-config') });

  beforeAll(async () => {
    const { startRegistry } = await import('./helpers/registry.js');
    registry = await startRegistry({ basic: { username: 'ci', password: PASSWORD } });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('build with push: true pushes every tag; the password never shows in the log', () => {
    const tags = `${registry.host}/acme/site:1.0\n${registry.host}/acme/site:latest`;
    const run = runAction('.', { context: ctx, tags, push: 'true', username: 'ci', password: PASSWORD, 'source-date-epoch': '5' }, { ...noDockerConfig(), ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' });
    expect(visible(run.stdout)).not.toContain(PASSWORD);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);
    for (const t of ['1.0', 'latest']) {
      const d = execFileSync('skopeo', ['inspect', '--tls-verify=false', '--creds', `ci:${PASSWORD}`, '--format', '{{.Digest}}', `docker://${registry.host}/acme/site:${t}`], { encoding: 'utf8' }).trim();
      expect(d).toBe(run.outputs.digest);
    }
    expect(run.outputs.image).toBe(`${registry.host}/acme/site@${run.outputs.digest}`);
    expect(run.stdout).toContain('::group::build, validate and push');
  });

  test('the push step pushes exactly what the build step made', () => {
    const built = runAction('.', { context: ctx, tags: `${registry.host}/acme/handoff:2.0`, 'source-date-epoch': '6' }, noDockerConfig());
    expect(built.status).toBe(0);
    const pushed = runAction('push', { layout: built.outputs.layout, tags: `${registry.host}/acme/handoff:2.0`, username: 'ci', password: PASSWORD }, noDockerConfig());
    expect(visible(pushed.stdout)).not.toContain(PASSWORD);
    expect(pushed.status).toBe(0);
    expect(pushed.outputs.digest).toBe(built.outputs.digest);
    expect(pushed.outputs.image).toBe(`${registry.host}/acme/handoff@${built.outputs.digest}`);
    expect(Object.keys(pushed.outputs).sort()).toEqual(Object.keys(readActionYml('push').outputs).sort());
    const declared = Object.keys(readActionYml('push').inputs).map((n) => `INPUT_${n.toUpperCase()}`);
    expect(declared.filter((k) => !pushed.inputsRead.includes(k))).toEqual([]);
    expect(pushed.summary).toContain(built.outputs.digest);
  });

  test('merge joins two pushed platforms; its outputs and inputs match merge/action.yml', () => {
    const creds = { username: 'ci', password: PASSWORD };
    const a = runAction('.', { context: ctx, platforms: 'linux/amd64', tags: `${registry.host}/acme/multi:amd64`, push: 'true', ...creds }, noDockerConfig());
    const b = runAction('.', { context: ctx, platforms: 'linux/arm64', tags: `${registry.host}/acme/multi:arm64`, push: 'true', ...creds }, noDockerConfig());
    expect([a.status, b.status]).toEqual([0, 0]);
    const m = runAction('merge', { tags: `${registry.host}/acme/multi:latest`, sources: `${a.outputs.image}\n${b.outputs.image}`, ...creds }, noDockerConfig());
    expect(visible(m.stdout)).not.toContain(PASSWORD);
    expect(m.status).toBe(0);
    expect(Object.keys(m.outputs).sort()).toEqual(Object.keys(readActionYml('merge').outputs).sort());
    const declared = Object.keys(readActionYml('merge').inputs).map((n) => `INPUT_${n.toUpperCase()}`);
    expect(declared.filter((k) => !m.inputsRead.includes(k))).toEqual([]);
    const raw = JSON.parse(execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', `ci:${PASSWORD}`, `docker://${registry.host}/acme/multi:latest`], { encoding: 'utf8' }));
    expect(raw.manifests.map((x: any) => x.digest)).toEqual([a.outputs.digest, b.outputs.digest]);
  });

  test('a push with no credentials fails with a clear ::error and pushes nothing', () => {
    const run = runAction('.', { context: ctx, tags: `${registry.host}/acme/nocreds:1`, push: 'true' }, noDockerConfig());
    expect(run.status).not.toBe(0);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`${registry.host.replace(/[.]/g, '\\.')}.*(credentials|denied|unauthorized|401)`, 'i'));
    const r = spawnSync('skopeo', ['inspect', '--tls-verify=false', '--creds', `ci:${PASSWORD}`, `docker://${registry.host}/acme/nocreds:1`], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
  });

  test('a wrong password fails the step without printing it', () => {
    const built = runAction('.', { context: ctx }, noDockerConfig());
    const run = runAction('push', { layout: built.outputs.layout, tags: `${registry.host}/acme/x:1`, username: 'ci', password: 'wrong-password-xyz' }, noDockerConfig());
    expect(run.status).not.toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))[0]).toMatch(new RegExp(registry.host.replace(/[.]/g, '\\.')));
    expect(run.stdout).toContain('::add-mask::wrong-password-xyz');
    expect(visible(run.stdout)).not.toContain('wrong-password-xyz');
  });

  test('a missing cache service is a warning; the build goes on', () => {
    // base from the registry so the cache is wanted; no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL here
    const base = runAction('.', { context: ctx, tags: `${registry.host}/acme/base:1`, push: 'true', username: 'ci', password: PASSWORD }, noDockerConfig());
    expect(base.status).toBe(0);
    // username/password are for the registries of `tags` only: the base shares that registry here
    const run = runAction('.', { context: ctx, base: `${registry.host}/acme/base:1`, tags: `${registry.host}/acme/app:2`, cache: 'true', username: 'ci', password: PASSWORD }, noDockerConfig());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/::warning::the Actions cache service is not available/);
    expect(run.outputs.digest).toMatch(/^sha256:/);
  });
});
