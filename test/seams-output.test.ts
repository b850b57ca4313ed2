// Issue 12.3 and 12.6: a failed build changes nothing, and the errors say what happened.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_CLI, runCli } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
chmodSync(work, 0o755);

function context(name: string, text: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
  chmodSync(dir, 0o755);
  return dir;
}

/** index.json's bytes and the blob set (names and contents), to compare before and after. */
function state(layout: string): { index: string; blobs: Record<string, string>; top: string[] } {
  const dir = path.join(layout, 'blobs', 'sha256');
  const blobs: Record<string, string> = {};
  for (const b of readdirSync(dir).sort()) blobs[b] = readFileSync(path.join(dir, b)).toString('base64');
  return { index: readFileSync(path.join(layout, 'index.json'), 'utf8'), blobs, top: readdirSync(layout).sort() };
}

describe('a failed build changes nothing', () => {
  const out = path.join(work, 'layout');
  beforeAll(() => {
    expect(runCli(['build', context('v1', 'one\n'), '--output', out, '--tag', 'app:v1', '--source-date-epoch', '1']).status).toBe(0);
  });

  test('an archive that cannot be written leaves index.json and the blobs byte for byte', () => {
    const before = state(out);
    const notADir = path.join(work, 'plain-file');
    writeFileSync(notADir, 'x');
    const r = runCli(['build', context('v2', 'two\n'), '--output', out, '--tag', 'app:v1', '--source-date-epoch', '2', '--archive', path.join(notADir, 'image.tar')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('writing the archive');
    expect(r.stderr).not.toMatch(/internal error|please report/);
    expect(state(out)).toEqual(before);
  });

  test('--archive naming a folder is a usage error before any work', () => {
    const fresh = path.join(work, 'never-made');
    const r = runCli(['build', context('v3', 'three\n'), '--output', fresh, '--archive', work]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--archive ${work} is a folder`);
    expect(r.stderr).not.toContain('building');
    expect(existsSync(fresh)).toBe(false);
  });
});

// Needs root to run the CLI as another user (as any other user, the folders below are its own).
const asRoot = process.getuid?.() === 0;
(asRoot ? describe : describe.skip)('unwritable places are named as such', () => {
  const cache = path.join(work, 'open-cache');
  mkdirSync(cache);
  chmodSync(cache, 0o777);
  const locked = path.join(work, 'locked');
  mkdirSync(locked);
  chmodSync(locked, 0o755); // root's: not writable for nobody

  /** The CLI as an unprivileged user (root would write anyway). */
  function asNobody(args: string[]) {
    const r = spawnSync(process.execPath, [TEST_CLI, ...args, '--cache-dir', cache, '--source-date-epoch', '1'], { encoding: 'utf8', uid: 65534, gid: 65534, cwd: work, env: { PATH: process.env.PATH, HOME: work } });
    return { status: r.status, stderr: r.stderr, stdout: r.stdout };
  }

  test('an output folder the user cannot write', () => {
    const r = asNobody(['build', context('p1', 'p\n'), '--output', path.join(locked, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`permission denied on ${path.join(locked, 'out')}`);
    expect(r.stderr).not.toMatch(/internal error|does not exist/);
    expect(r.stdout).toBe('');
  });

  test('an existing layout the user cannot write', () => {
    const out = path.join(work, 'roots-layout');
    expect(runCli(['build', context('p2', 'p\n'), '--output', out]).status).toBe(0);
    const before = state(out);
    const r = asNobody(['build', context('p3', 'q\n'), '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/permission denied on .*roots-layout/);
    expect(r.stderr).not.toMatch(/internal error|does not exist/);
    expect(state(out)).toEqual(before);
  });

  test('an archive in a folder the user cannot write', () => {
    const out = path.join(cache, 'nobodys-layout');
    const archive = path.join(locked, 'image.tar');
    const r = asNobody(['build', context('p4', 'p\n'), '--output', out, '--archive', archive]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`writing the archive: permission denied on ${archive}`);
    expect(r.stderr).not.toMatch(/internal error|does not exist/);
    // the layout it would have created is not left half-made
    expect(existsSync(path.join(out, 'index.json'))).toBe(false);
  });

  test('an output on a read-only file system (where this machine lets a test mount one)', () => {
    const ro = path.join(work, 'ro');
    mkdirSync(ro);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', ro]).status !== 0) return;
    try {
      const r = runCli(['build', context('p5', 'p\n'), '--output', path.join(ro, 'out'), '--source-date-epoch', '1']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${path.join(ro, 'out')} is on a read-only file system; choose a writable path`);
      const a = runCli(['build', context('p6', 'p\n'), '--output', path.join(work, 'rw-out'), '--archive', path.join(ro, 'image.tar'), '--source-date-epoch', '1']);
      expect(a.status).toBe(1);
      expect(a.stderr).toContain(`writing the archive: ${path.join(ro, 'image.tar')} is on a read-only file system`);
    } finally {
      execFileSync('umount', [ro]);
      rmSync(ro, { recursive: true, force: true });
    }
  });
});

describe('command-line mistakes get a clear line', () => {
  const ctx = context('cli', 'c\n');

  test('a flag missing its value says so, and how to pass a value starting with "-"', () => {
    const r = runCli(['build', ctx, '--env', '--output', path.join(work, 'o')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--env needs a value');
    expect(r.stderr).toContain('--env=-VALUE');
    expect(r.stderr).not.toContain('ambiguous');
    const last = runCli(['build', ctx, '--tag']);
    expect(last.status).toBe(2);
    expect(last.stderr).toContain('--tag needs a value');
    // a value that starts with "-" given the documented way works
    expect(runCli(['build', ctx, '--output', path.join(work, 'dash'), '--cmd=-x', '--source-date-epoch', '1']).status).toBe(0);
  });

  test("--user '' is an error, not a silent root", () => {
    const r = runCli(['build', ctx, '--output', path.join(work, 'u'), '--user', '']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--user is empty');
  });

  test('a --layer glob that matches nothing is a warning; the build goes on', () => {
    const r = runCli(['build', ctx, '--output', path.join(work, 'g'), '--layer', 'node_modules/**', '--source-date-epoch', '1']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning: --layer node_modules/** matches no file');
  });

  test('--base naming a local folder without "oci:" suggests it', () => {
    mkdirSync(path.join(work, 'oci', 'some', 'path'), { recursive: true });
    const r = runCli(['build', ctx, '--output', path.join(work, 'b'), '--base', 'oci/some/path'], { cwd: work });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('write --base oci:oci/some/path');
  });
});
