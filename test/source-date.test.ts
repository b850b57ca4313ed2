// The source date epoch from git: the lookup runs no program a repository's config names, and
// prints nothing, whatever PATH holds (stdout carries only the result).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_CLI, runCli } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';
import { headCommitTime } from '../src/util/source-date.js';

const work = tmpDir();
chmodSync(work, 0o755);
const COMMIT_TIME = 1600000000;

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
}

/** A work tree whose HEAD is a (fake-)signed commit and whose config runs a marker script. */
function hostileRepo(): { repo: string; marker: string } {
  const repo = path.join(work, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'index.html'), '<h1>hi</h1>\n');
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'x');
  const tree = git(repo, 'rev-parse', 'HEAD^{tree}');
  const who = `t <t@example.com> ${COMMIT_TIME} +0000`;
  const body = `tree ${tree}\nauthor ${who}\ncommitter ${who}\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEEAAAA\n -----END PGP SIGNATURE-----\n\nsigned\n`;
  const commit = execFileSync('git', ['-C', repo, 'hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], { input: body, encoding: 'utf8' }).trim();
  git(repo, 'update-ref', 'HEAD', commit);
  const marker = path.join(work, 'marker');
  const script = path.join(work, 'evil.sh');
  writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> ${marker}\ncat >/dev/null\n`, { mode: 0o755 });
  for (const [k, v] of [['log.showSignature', 'true'], ['gpg.program', script], ['gpg.ssh.program', script], ['core.fsmonitor', script], ['core.pager', script], ['pager.log', script]]) git(repo, 'config', k, v);
  return { repo, marker };
}

const { repo, marker } = hostileRepo();

test('the repository is hostile: a plain git log runs its gpg.program', () => {
  spawnSync('git', ['-C', repo, 'log', '-1', '--format=%ct'], { encoding: 'utf8' });
  expect(existsSync(marker)).toBe(true);
  rmSync(marker);
});

test('headCommitTime reads the commit time and runs none of the configured programs', async () => {
  expect(await headCommitTime(repo)).toBe(COMMIT_TIME);
  expect(existsSync(marker)).toBe(false);
});

test('a build of that repository takes its commit time and runs none of them', () => {
  const r = runCli(['build', repo, '--output', path.join(work, 'built'), '--json']);
  expect(r.status).toBe(0);
  expect(existsSync(marker)).toBe(false);
  expect(JSON.parse(r.stdout).config).toBeDefined();
  expect(r.stderr).toContain('from the git commit time of HEAD');
});

test('not a git work tree, or no git on PATH: undefined, nothing printed', async () => {
  const plain = path.join(work, 'plain');
  mkdirSync(plain);
  expect(await headCommitTime(plain)).toBeUndefined();
  const saved = process.env.PATH;
  process.env.PATH = path.join(work, 'no-such-bin');
  try {
    expect(await headCommitTime(repo)).toBeUndefined();
  } finally {
    process.env.PATH = saved;
  }
});

test('run by an unprivileged user with an unreadable PATH folder, stdout is exactly the digest', () => {
  const locked = path.join(work, 'locked-bin');
  mkdirSync(locked, { mode: 0o700 });
  const home = path.join(work, 'nobody-home');
  mkdirSync(home);
  const ctx = path.join(work, 'nobody-ctx');
  mkdirSync(ctx);
  writeFileSync(path.join(ctx, 'index.html'), 'hi\n');
  git(ctx, 'init', '-q');
  git(ctx, 'add', '.');
  git(ctx, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'x', '--date', `@${COMMIT_TIME} +0000`);
  execFileSync('chown', ['-R', '65534:65534', home, ctx]);
  const r = spawnSync(
    'setpriv',
    ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, TEST_CLI, 'build', ctx, '--output', path.join(home, 'out')],
    {
      encoding: 'utf8',
      cwd: home,
      env: { HOME: home, PATH: `${locked}:${path.dirname(process.execPath)}:/usr/bin:/bin`, OCI_BUNDLE_CACHE: path.join(home, 'cache'), GIT_COMMITTER_DATE: '' },
    },
  );
  expect(r.stdout).toMatch(/^sha256:[a-f0-9]{64}\n$/);
  expect(r.status).toBe(0);
  expect(r.stderr).toContain('from the git commit time of HEAD');
});
