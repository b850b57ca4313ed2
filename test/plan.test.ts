// The single-pass plan (no --layer globs) gives exactly the entries, headers, order and counts of
// the general plan, on trees with what changes either: empty folders, symlinks, hard links,
// executables, names that sort differently by UTF-16 and by bytes, and every kind of --dest.
import { chmodSync, linkSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planByGlobs, planLayers, type LayerPlan, type PlanOptions } from '../src/layer/plan.js';
import { walkContext } from '../src/layer/walk.js';
import { makeTree, tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));

function odd(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const d of ['a', 'a/b', 'a-b', 'a.b', 'empty', 'deep/x/y/z', 'ünï', '\u{1F600}dir', '\uFB01le']) mkdirSync(path.join(dir, d), { recursive: true });
  writeFileSync(path.join(dir, 'a/b/file'), 'one\n');
  writeFileSync(path.join(dir, 'a-b/f'), 'two\n');
  writeFileSync(path.join(dir, 'a.b'.concat('/g')), '');
  writeFileSync(path.join(dir, 'deep/x/y/z/leaf.txt'), 'leaf');
  writeFileSync(path.join(dir, 'ünï/\uFFFDname'), 'x');
  writeFileSync(path.join(dir, '\u{1F600}dir/\u{1F600}'), 'emoji');
  writeFileSync(path.join(dir, 'run.sh'), '#!/bin/sh\n');
  chmodSync(path.join(dir, 'run.sh'), 0o755);
  writeFileSync(path.join(dir, 'orig'), 'linked content\n');
  linkSync(path.join(dir, 'orig'), path.join(dir, 'a/hard'));
  linkSync(path.join(dir, 'orig'), path.join(dir, 'zz-hard'));
  symlinkSync('a/b/file', path.join(dir, 'link'));
  symlinkSync('/nowhere', path.join(dir, 'a/dangling'));
  return dir;
}

const root = (dir: string) => path.resolve(dir);
/** What a plan says, read through its entries' fields (the single pass makes headers on demand). */
const view = (plans: LayerPlan[]) =>
  plans.map((p) => ({ root: p.root, selector: p.selector, files: p.files, bytes: p.bytes, entries: p.entries.map((e) => ({ header: e.header, source: e.source })) }));
const base = (dir: string): Omit<PlanOptions, 'dest'> => ({ root: root(dir), layerGlobs: [], uid: 1000, gid: 1000, mtime: 1234 });

describe('single-pass plan', () => {
  const trees = {
    fixture: () => makeTree(path.join(work, 'fixture')),
    odd: () => odd(path.join(work, 'odd')),
    'only the context': () => {
      mkdirSync(path.join(work, 'empty-ctx'));
      return path.join(work, 'empty-ctx');
    },
  };
  for (const [name, make] of Object.entries(trees)) {
    it(`equals the general plan: ${name}`, async () => {
      const dir = make();
      const entries = await walkContext(dir);
      for (const dest of ['/', '/app', '/srv/www/app', '/app/']) {
        for (const parents of [true, false]) {
          const opts: PlanOptions = { ...base(dir), dest, parents };
          const one = planLayers(entries, opts);
          expect(one).toHaveLength(1);
          expect(view(one)).toEqual(view(planByGlobs(entries, opts)));
        }
      }
    });
  }

  it('lists folders, files, symlinks and hard links in path-byte order under --dest', async () => {
    const dir = odd(path.join(work, 'odd-2'));
    const [plan] = planLayers(await walkContext(dir), { ...base(dir), dest: '/srv/app' });
    const names = plan.entries.map((e) => e.header.name);
    expect(names.slice(0, 2)).toEqual(['srv/', 'srv/app/']);
    // a parent before its children; by bytes '-' (0x2d) < '.' (0x2e) < '/' (0x2f): a-b, a.b, then a's contents
    expect(names.indexOf('srv/app/a/')).toBeLessThan(names.indexOf('srv/app/a-b/'));
    expect(names.indexOf('srv/app/a-b/')).toBeLessThan(names.indexOf('srv/app/a.b/'));
    expect(names.indexOf('srv/app/a.b/g')).toBeLessThan(names.indexOf('srv/app/a/b/'));
    expect(names.indexOf('srv/app/a/b/')).toBeLessThan(names.indexOf('srv/app/a/b/file'));
    // U+1F600 (4 UTF-8 bytes, a surrogate pair in UTF-16) sorts after U+FB01 by bytes
    expect(names.indexOf('srv/app/\uFB01le/')).toBeLessThan(names.indexOf('srv/app/\u{1F600}dir/'));
    expect(names).toContain('srv/app/empty/');
    const byName = new Map(plan.entries.map((e) => [e.header.name, e.header]));
    expect(byName.get('srv/app/a/hard')).toMatchObject({ type: 'file', size: 15 });
    expect(byName.get('srv/app/orig')).toMatchObject({ type: 'hardlink', linkname: 'srv/app/a/hard', size: 0 });
    expect(byName.get('srv/app/zz-hard')).toMatchObject({ type: 'hardlink', linkname: 'srv/app/a/hard' });
    expect(byName.get('srv/app/run.sh')).toMatchObject({ type: 'file', mode: 0o755 });
    expect(byName.get('srv/app/link')).toMatchObject({ type: 'symlink', mode: 0o777, linkname: 'a/b/file' });
    expect(plan.files).toBe(plan.entries.filter((e) => e.header.type !== 'dir').length);
    expect(plan.bytes).toBe(plan.entries.reduce((n, e) => n + (e.source ? e.header.size : 0), 0));
  });

  it('the walk lists entries in path-byte order (a folder before its contents, which come after siblings that sort first)', async () => {
    const dir = odd(path.join(work, 'odd-3'));
    for (const d of ['a/b-c', 'a/b.c/d', 'x', 'x-', 'x/y']) mkdirSync(path.join(dir, d), { recursive: true });
    writeFileSync(path.join(dir, 'x-/f'), '');
    writeFileSync(path.join(dir, 'a/b!'), '');
    const rels = (await walkContext(dir)).map((e) => e.rel);
    expect(rels).toEqual([...rels].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(rels.indexOf('x')).toBeLessThan(rels.indexOf('x-'));
    expect(rels.indexOf('x-/f')).toBeLessThan(rels.indexOf('x/y'));
  });

  it('--layer globs still take the general plan', async () => {
    const dir = makeTree(path.join(work, 'globbed'));
    const entries = await walkContext(dir);
    const opts: PlanOptions = { ...base(dir), dest: '/app', layerGlobs: ['node_modules/**'] };
    const plans = planLayers(entries, opts);
    expect(plans.map((p) => p.selector)).toEqual(['node_modules/**', '.']);
    expect(view(plans)).toEqual(view(planByGlobs(entries, opts)));
  });
});
