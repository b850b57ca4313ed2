// Issue 12.7: the build warns when the image's command cannot start in the image it built, and
// stays quiet when it can. Busybox (a real base) gives the shell.
import { execFileSync } from 'node:child_process';
import { copyFileSync, chmodSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from './helpers/action.js';
import { runCli } from './helpers/cli.js';
import { busyboxContext } from './helpers/busybox.js';
import { tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
const cache = path.join(work, 'cache');
const script = path.join(work, 'script');
mkdirSync(path.join(script, 'bin'), { recursive: true });
writeFileSync(path.join(script, 'bin', 'serve'), '#!/bin/sh\necho serving\n');
chmodSync(path.join(script, 'bin', 'serve'), 0o755);

let n = 0;
function build(ctx: string, args: string[]): { status: number; stderr: string } {
  const r = runCli(['build', ctx, '--output', path.join(work, `out-${n++}`), '--cache-dir', cache, '--source-date-epoch', '1', ...args]);
  expect(r.status).toBe(0);
  return r;
}

const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('warning:'));

const busybox = path.join(work, 'busybox-layout');
beforeAll(() => {
  const ctx = busyboxContext(path.join(work, 'busybox-root'), 'amd64');
  expect(runCli(['build', ctx, '--dest', '/', '--output', busybox, '--tag', 'bb:1', '--env', 'PATH=/bin', '--source-date-epoch', '1']).status).toBe(0);
});

test('scratch with a #!/bin/sh entrypoint: one warning naming the script, its interpreter and what to do', () => {
  const r = build(script, ['--entrypoint', '["/app/bin/serve"]']);
  const w = warnings(r.stderr);
  expect(w).toHaveLength(1);
  expect(w[0]).toContain('/app/bin/serve is a script for /bin/sh');
  expect(w[0]).toMatch(/base that has it \(e\.g\. --base docker\.io\/library\/busybox/);
});

test('the same script on a busybox base: no warning (its /bin/sh is a symlink to busybox)', () => {
  const r = build(script, ['--base', `oci:${busybox}:1`, '--entrypoint', '["/app/bin/serve"]']);
  expect(warnings(r.stderr)).toEqual([]);
  // the base layer's listing is remembered in the cache for the next build
  expect(readdirSync(path.join(cache, 'listings')).length).toBeGreaterThan(0);
});

test('a command found through the config PATH on the base: no warning; one that is not: a warning', () => {
  expect(warnings(build(script, ['--base', `oci:${busybox}:1`, '--entrypoint', '["sh","-c","echo hi"]']).stderr)).toEqual([]);
  const w = warnings(build(script, ['--base', `oci:${busybox}:1`, '--entrypoint', '["bash"]']).stderr);
  expect(w).toHaveLength(1);
  expect(w[0]).toContain('bash (looked up in PATH=/bin) is not in the image');
});

test('an absolute binary in the context on scratch: no warning', () => {
  const ctx = path.join(work, 'binary');
  mkdirSync(path.join(ctx, 'bin'), { recursive: true });
  copyFileSync('/bin/busybox', path.join(ctx, 'bin', 'run'));
  chmodSync(path.join(ctx, 'bin', 'run'), 0o755);
  expect(warnings(build(ctx, ['--entrypoint', '["/app/bin/run","true"]']).stderr)).toEqual([]);
});

test('a command that is nowhere: a warning; no command at all: none', () => {
  const w = warnings(build(script, ['--cmd', '["/usr/bin/missing"]']).stderr);
  expect(w).toHaveLength(1);
  expect(w[0]).toContain('/usr/bin/missing is not in the image');
  expect(warnings(build(script, []).stderr)).toEqual([]);
  expect(existsSync(cache)).toBe(true);
});

test('a base whose upper layer deletes /bin/sh (a whiteout, made by umoci repack): a warning', () => {
  const layout = path.join(work, 'no-shell');
  cpSync(busybox, layout, { recursive: true });
  const bundle = path.join(work, 'no-shell-bundle');
  execFileSync('umoci', ['unpack', '--rootless', '--image', `${layout}:1`, bundle], { stdio: 'pipe' });
  rmSync(path.join(bundle, 'rootfs', 'bin', 'sh'));
  execFileSync('umoci', ['repack', '--image', `${layout}:1`, bundle], { stdio: 'pipe' });
  const w = warnings(build(script, ['--base', `oci:${layout}:1`, '--entrypoint', '["/app/bin/serve"]']).stderr);
  expect(w).toHaveLength(1);
  expect(w[0]).toContain('is a script for /bin/sh');
});

test('in the action the warning is a ::warning annotation and the step succeeds', () => {
  const run = runAction('.', { context: script, entrypoint: '["/app/bin/serve"]', 'source-date-epoch': '1' });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^::warning::the image's command \/app\/bin\/serve is a script for \/bin\/sh/m);
});
