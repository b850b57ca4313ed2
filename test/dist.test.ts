// dist/ is what the action and the CLI run: it must be exactly the bundle of the current src/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';

/** Every file under dir (entry points, chunks/, licenses.txt), as relative paths. */
function files(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, path.join(sub, e.name)) : [path.join(sub, e.name)]))
    .sort();
}

test('dist/ is the fresh bundle of src/ (run "npm run bundle" and commit dist/)', () => {
  const fresh = path.join(ROOT, 'build', 'test-dist');
  const dist = path.join(ROOT, 'dist');
  const names = files(fresh);
  expect(names).toEqual(expect.arrayContaining(['cli.js', 'index.js', 'licenses.txt', 'package.json']));
  expect(files(dist)).toEqual(names);
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

test('the entry points share their dependencies (each package is bundled once)', () => {
  const fresh = path.join(ROOT, 'build', 'test-dist');
  const chunks = files(fresh).filter((n) => n.startsWith('chunks' + path.sep));
  expect(chunks.length).toBeGreaterThan(0);
  // the CLI entry itself holds only its own code; the shared engine is in chunks
  expect(readFileSync(path.join(fresh, 'cli.js'), 'utf8')).toMatch(/from "\.\/chunks\/chunk-[A-Z0-9]+\.js"/);
  // one copy of a dependency every action entry point uses (@actions/core's command writer)
  const all = files(fresh).filter((n) => n.endsWith('.js')).map((n) => readFileSync(path.join(fresh, n), 'utf8'));
  expect(all.filter((s) => s.includes('function toCommandValue(')).length).toBe(1);
});

test('licenses.txt names every bundled package with its licence text', () => {
  const text = readFileSync(path.join(ROOT, 'build', 'test-dist', 'licenses.txt'), 'utf8');
  for (const pkg of ['@actions/core', 'ajv', 'picomatch', 'ignore']) expect(text).toMatch(new RegExp(`^${pkg.replace('/', '\\/')} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
  expect(text).toMatch(/Permission is hereby granted, free of charge/);
});
