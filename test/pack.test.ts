// `npm i -g oci-bundle` as a user gets it: the packed tarball (with the dist/ of the current
// sources) installs into an empty prefix with no registry download (every runtime library is
// bundled, so the package has no dependencies) and the installed command builds an image.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// npm with no network and an empty cache: any download fails the install.
const npmEnv = { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: path.join(work, 'npm-cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

test('package.json declares no runtime dependencies', () => {
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.optionalDependencies ?? {}).toEqual({});
  expect(pkg.peerDependencies ?? {}).toEqual({});
});

test('the packed tarball installs offline into an empty prefix; oci-bundle --version and a build run from there', () => {
  // The package as `npm pack` sees it, with dist/ freshly bundled from the current sources.
  const stage = path.join(work, 'stage');
  mkdirSync(stage);
  for (const f of ['package.json', 'README.md', ...pkg.files]) {
    const from = f === 'dist' ? path.join(ROOT, 'build', 'test-dist') : path.join(ROOT, f);
    if (existsSync(from)) cpSync(from, path.join(stage, f), { recursive: true });
  }
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: stage, encoding: 'utf8', env: npmEnv }))[0];
  const shipped: string[] = packed.files.map((f: { path: string }) => f.path);
  expect(shipped).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'dist/tar-worker.js', 'dist/walk-helper.js', 'dist/licenses.txt', 'dist/package.json', 'action.yml']));
  expect(shipped.some((f) => f.startsWith('dist/chunks/'))).toBe(true);

  const prefix = path.join(work, 'prefix');
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, path.join(work, packed.filename)], { encoding: 'utf8', env: npmEnv });
  expect(install.stderr).not.toMatch(/ERR!/);
  expect(install.status).toBe(0);
  const installed = path.join(prefix, 'lib', 'node_modules', 'oci-bundle');
  expect(existsSync(path.join(installed, 'node_modules'))).toBe(false);
  expect(readdirSync(path.join(prefix, 'lib', 'node_modules'))).toEqual(['oci-bundle']);

  const bin = path.join(prefix, 'bin', 'oci-bundle');
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8', cwd: work });
  expect(version.stdout).toBe(`oci-bundle ${pkg.version}\n`);
  const out = path.join(work, 'image');
  const built = spawnSync(bin, ['build', path.join(ROOT, 'examples', 'static-site'), '--output', out, '--source-date-epoch', '0'], { encoding: 'utf8', cwd: work });
  expect(built.stderr).not.toMatch(/internal error/);
  expect(built.status).toBe(0);
  expect(built.stdout).toMatch(/^sha256:[a-f0-9]{64}\n$/);
  expect(JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')).manifests[0].digest).toBe(built.stdout.trim());
});
