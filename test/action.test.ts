// The actions as the runner runs them: inputs, outputs, summary, derived metadata, failures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';
import { readActionYml, runAction } from './helpers/action.js';
import { makeTree, tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
const ctx = makeTree(path.join(work, 'ctx'));

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
