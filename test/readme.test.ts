// The README's input/output tables are the ones the action.yml files describe, its first
// commands are the two the brief promises, its build flags and --json keys are the CLI's, and
// its headline example runs as written.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { busyboxContext } from './helpers/busybox.js';
import { ROOT, TEST_CLI, runCli } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';
// @ts-expect-error: a plain .mjs script without types
import { ACTION_DIRS, actionTables } from '../scripts/action-docs.mjs';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

test.each(ACTION_DIRS as string[])('README documents every input and output of %s/action.yml', (dir) => {
  expect(readme).toContain((actionTables as (d: string) => string)(dir));
});

test('README opens with the example build and the test command', () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
  expect(firstBlock).toHaveLength(2);
  expect(firstBlock[0]).toMatch(/^npm ci && npm start/);
  expect(firstBlock[1]).toMatch(/^npm test/);
});

/** The rows of the markdown table that follows `heading`, first cells only. */
function tableFirstCells(heading: string): string[] {
  const from = readme.indexOf(heading);
  expect(from).toBeGreaterThan(-1);
  const section = readme.slice(from, readme.indexOf('\n### ', from + heading.length));
  return section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split(' | ')[0]);
}

describe('the build section tells the truth', () => {
  const rows = () => tableFirstCells('### `oci-bundle build [CONTEXT]`');

  test('every flag `build --help` lists is in the flags table', () => {
    const help = runCli(['build', '--help']).stdout;
    const flags = new Set([...help.matchAll(/^ {2}(--[a-z][a-z-]*)/gm)].map((m) => m[1]));
    expect(flags.size).toBeGreaterThan(20);
    const documented = new Set(rows().flatMap((cell) => [...cell.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0])));
    expect([...flags].filter((f) => !documented.has(f))).toEqual([]);
    expect([...documented].filter((f) => !flags.has(f))).toEqual([]);
  });

  test('every key of `build --json` is listed in the --json row', () => {
    const work = tmpDir();
    writeFileSync(path.join(work, 'index.html'), 'hi\n');
    const r = runCli(['build', work, '--output', path.join(work, 'out'), '--source-date-epoch', '1', '--json']);
    expect(r.status).toBe(0);
    const keys = Object.keys(JSON.parse(r.stdout) as Record<string, unknown>);
    const row = readme.split('\n').find((l) => l.startsWith('| `--json` |'))!;
    expect(keys.filter((k) => !row.includes(`\`${k}\``))).toEqual([]);
  });
});

describe('the headline example runs as written', () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('on a busybox base from a registry (here a local copy), with no warning', () => {
    const block = /## The CLI\n\n```sh\n([\s\S]*?)```/.exec(readme)![1];
    expect(block).toMatch(/^node dist\/cli\.js build examples\/static-site /);
    const base = /--base (\S+)/.exec(block)![1];
    const work = tmpDir();
    // the base, served by a registry on this machine under the same repository and tag
    const local = base.replace(/^docker\.io\//, `${registry.host}/`);
    const rootfs = busyboxContext(path.join(work, 'busybox'), 'amd64');
    expect(runCli(['build', rootfs, '--dest', '/', '--tag', local, '--push', '--output', path.join(work, 'base'), '--source-date-epoch', '1']).status).toBe(0);
    const out = path.join(work, 'oci-image');
    const command = block
      .replace('node dist/cli.js', `"${process.execPath}" "${TEST_CLI}"`)
      .replace(base, local)
      .replace('--output ./oci-image', `--output ${out}`);
    const r = spawnSync('bash', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '' } });
    expect(r.stderr).not.toContain('warning');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(existsSync(path.join(out, 'index.json'))).toBe(true);
  }, 60_000);
});
