// dist/ is what the action and the CLI run: it must be exactly the bundle of the current src/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';

test('dist/ is the fresh bundle of src/ (run "npm run bundle" and commit dist/)', () => {
  const fresh = path.join(ROOT, 'build', 'test-dist');
  const dist = path.join(ROOT, 'dist');
  const names = readdirSync(fresh).filter((n) => n.endsWith('.js')).sort();
  expect(names.length).toBeGreaterThan(0);
  expect(readdirSync(dist).filter((n) => n.endsWith('.js')).sort()).toEqual(names);
  for (const n of names) {
    const same = readFileSync(path.join(fresh, n)).equals(readFileSync(path.join(dist, n)));
    expect({ file: n, fresh: same }).toEqual({ file: n, fresh: true });
  }
});

test('dist/cli.js runs with no node_modules and prints its version', async () => {
  const { spawnSync } = await import('node:child_process');
  const os = await import('node:os');
  const { cpSync, mkdtempSync } = await import('node:fs');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oci-bundle-dist-'));
  // dist/ alone, without the repository's package.json or node_modules
  cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), '--version'], { encoding: 'utf8', cwd: dir });
  expect(r.stdout).toMatch(/^oci-bundle \d+\.\d+\.\d+/);
  expect(r.status).toBe(0);
});
