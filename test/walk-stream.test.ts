// One layer is packed as the walk goes: the walk lists entries in the layer's order folder by
// folder (no sort of the whole tree), the plan hands them to the tar thread as it asks, and the
// cache answers once the walk is over. None of it may change a byte, lose an error, or leave a
// file behind.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContextWalk, compareBytes, walkContext, type WalkEntry } from '../src/layer/walk.js';
import { STAT_FIELDS, WalkHelper, walkHelperMain } from '../src/layer/walk-helper.js';
import { workerScript } from '../src/layer/worker-script.js';
import { SinglePlan, planLayers, type LayerEntry, type LayerPlan, type PlanOptions } from '../src/layer/plan.js';
import { layerKey } from '../src/layer/layer-cache.js';
import { TEST_CLI, runCli } from './helpers/cli.js';
import { node24 } from './helpers/node.js';
import { spawnSync } from 'node:child_process';
import { fingerprint, tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Names that sort around '/' (0x2f) and across UTF-16/UTF-8 differences, as files and folders. */
const PIECES = ['a', 'a-b', 'a.txt', 'a!', 'a0', 'a b', 'b', '\uffff', '\u{1F600}', 'é', 'Z', '~'];

function randomTree(dir: string, seed: number): string {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x / 0x7fffffff);
  const make = (at: string, depth: number) => {
    mkdirSync(at, { recursive: true });
    for (const name of PIECES) {
      const r = rnd();
      if (r < 0.35 && depth < 3) make(path.join(at, name), depth + 1);
      else if (r < 0.8) writeFileSync(path.join(at, name), name);
    }
  };
  make(dir, 0);
  return dir;
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

test('the walk lists every entry in path-byte order, however it is taken', async () => {
  for (const seed of [1, 2, 3]) {
    const dir = randomTree(path.join(work, `tree-${seed}`), seed);
    const rels = (await walkContext(dir)).map((e) => e.rel);
    expect(rels.length).toBeGreaterThan(20);
    expect(rels).toEqual([...rels].sort(byBytes));
    // and the folders come before their contents, which come after siblings sorting before "name/"
    const all = execFileSync('find', ['.', '-mindepth', '1'], { cwd: dir, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((p) => p.slice(2));
    expect(rels.slice(1).sort(byBytes)).toEqual(all.sort(byBytes));
    // Taken a few at a time, the walk gives the same entries.
    const walk = await ContextWalk.open(dir);
    const pieces: string[] = [];
    for (let got = walk.take(3); got.length; got = walk.take(3)) pieces.push(...got.map((e) => e.rel));
    expect(pieces).toEqual(rels);
    expect(walk.done).toBe(true);
  }
  expect(compareBytes('a-b', 'a/')).toBeLessThan(0);
});

test('a plan streamed from the walk holds what the whole-tree plan holds', async () => {
  const dir = randomTree(path.join(work, 'plan-tree'), 7);
  const opts: PlanOptions = { root: path.resolve(dir), dest: '/srv/app', layerGlobs: [], uid: 1, gid: 2, mtime: 3 };
  const [whole] = planLayers(await walkContext(dir), opts);
  const plan = SinglePlan.streamFrom(await ContextWalk.open(dir), opts);
  const got: LayerEntry[] = [];
  for (let n = 1; plan.pending; n = (n % 5) + 1) got.push(...plan.pending.next(n));
  const view = (es: LayerEntry[]) => es.map((e) => ({ header: e.header, source: e.source?.rel }));
  expect(view(got)).toEqual(view(whole.entries));
  expect(view(plan.entries)).toEqual(view(whole.entries));
  expect([plan.files, plan.bytes]).toEqual([whole.files, whole.bytes]);
});

test('the single-pass entries write their own key lines: the very key their headers give', async () => {
  const dir = randomTree(path.join(work, 'key-tree'), 11);
  mkdirSync(path.join(dir, 'links'));
  writeFileSync(path.join(dir, 'links', 'orig'), 'content');
  execFileSync('ln', [path.join(dir, 'links', 'orig'), path.join(dir, 'links', 'second')]);
  execFileSync('ln', ['-s', '../a', path.join(dir, 'links', 'sym')]);
  writeFileSync(path.join(dir, 'links', 'run'), '#!/bin/sh\n', { mode: 0o755 });
  execFileSync('ln', [path.join(dir, 'links', 'run'), path.join(dir, 'links', 'run2')]);
  for (const dest of ['/', '/srv/app', '/\u00e9t\u00e9']) {
    for (const ids of [{ uid: 0, gid: 0, mtime: 0 }, { uid: 1000, gid: 65534, mtime: 1700000000 }]) {
      const [plan] = planLayers(await walkContext(dir), { root: path.resolve(dir), dest, layerGlobs: [], ...ids });
      // The same entries as plain header objects take the generic path.
      const plain: LayerPlan = { ...plan, entries: plan.entries.map((e) => ({ header: e.header, source: e.source })) };
      expect(plan.entries.some((e) => e.header.type === 'hardlink')).toBe(true);
      expect(layerKey(plan, 'gzip', 5)).toBe(layerKey(plain, 'gzip', 5));
    }
  }
});

describe('a build packed as it walks', () => {
  const cache = path.join(work, 'cache');
  const ctx = path.join(work, 'ctx');
  beforeAll(() => {
    // Enough entries for several batches of the tar thread, so the packing starts before the walk ends.
    for (let d = 0; d < 12; d++) {
      mkdirSync(path.join(ctx, `d${d}`), { recursive: true });
      for (let f = 0; f < 400; f++) writeFileSync(path.join(ctx, `d${d}`, `f${f}.txt`), `file ${d}/${f}\n`.repeat(f % 7));
    }
  });
  const build = (out: string, extra: string[] = []) =>
    runCli(['build', ctx, '--output', path.join(work, out), '--cache-dir', cache, '--source-date-epoch', '9', '--json', ...extra]);

  test('gives the bytes a walk-first build gives; the cache is asked once the walk is over, or first once the folder was built', () => {
    const streamed = build('s1');
    expect(streamed.status).toBe(0);
    expect(streamed.stderr).toMatch(/\(1 layer, timestamp/); // packed as it walked: no total yet
    expect(streamed.stderr).not.toMatch(/unchanged: reused/);
    // A glob that matches nothing keeps one layer, but the whole tree is walked first.
    const walkedFirst = runCli(['build', ctx, '--output', path.join(work, 'w1'), '--layer', 'nothing-here/**', '--no-cache', '--source-date-epoch', '9', '--json']);
    expect(walkedFirst.status).toBe(0);
    expect(walkedFirst.stderr).toMatch(/\(\d+ entries in 1 layer,/);
    expect(JSON.parse(walkedFirst.stdout).digest).toBe(JSON.parse(streamed.stdout).digest);

    // Built before with this cache: the walk goes first, and the cache answers before any packing.
    const again = build('s2');
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/\(\d+ entries in 1 layer,/);
    expect(again.stderr).toMatch(/unchanged: reused/);
    expect(JSON.parse(again.stdout).digest).toBe(JSON.parse(streamed.stdout).digest);
    // Without that record (a cache from elsewhere): packed as it walks, stopped when the cache answers.
    rmSync(path.join(cache, 'layers', 'contexts'), { recursive: true });
    const third = build('s3');
    expect(third.stderr).toMatch(/\(1 layer, timestamp/);
    expect(third.stderr).toMatch(/unchanged: reused/);
    expect(JSON.parse(third.stdout).digest).toBe(JSON.parse(streamed.stdout).digest);
    for (const out of ['s1', 's2', 's3']) expect(readdirSync(path.join(work, out)).sort()).toEqual(['blobs', 'index.json', 'oci-layout']);

    // On Node 24 each compressed piece's memory is handed back as soon as it is written (Node 20
    // has no ArrayBuffer transfer): freed too early, the bytes would differ.
    const n24 = spawnSync(node24(), [TEST_CLI, 'build', ctx, '--output', path.join(work, 'n24'), '--no-cache', '--source-date-epoch', '9', '--json'], { encoding: 'utf8' });
    expect(n24.status).toBe(0);
    expect(JSON.parse(n24.stdout).digest).toBe(JSON.parse(streamed.stdout).digest);
  });

  test('a special file found late stops the build with its one-line error and leaves no output', () => {
    const bad = path.join(work, 'late-fifo');
    for (let d = 0; d < 6; d++) {
      mkdirSync(path.join(bad, `d${d}`), { recursive: true });
      for (let f = 0; f < 500; f++) writeFileSync(path.join(bad, `d${d}`, `f${f}`), 'x');
    }
    execFileSync('mkfifo', [path.join(bad, 'zz-pipe')]);
    const out = path.join(work, 'late-out');
    const r = runCli(['build', bad, '--output', out, '--cache-dir', path.join(work, 'cache-late')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/zz-pipe is a FIFO \(named pipe\), which cannot be put in an image; remove it or list it in \.bundleignore$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);

    // Into an existing layout: it stays as it was.
    const good = build('kept');
    expect(good.status).toBe(0);
    const before = fingerprint(path.join(work, 'kept'));
    const r2 = runCli(['build', bad, '--output', path.join(work, 'kept'), '--cache-dir', path.join(work, 'cache-late')]);
    expect(r2.status).not.toBe(0);
    expect(fingerprint(path.join(work, 'kept'))).toBe(before);
  });
});

describe("the walk's helper thread", () => {
  const wide = path.join(work, 'wide');
  beforeAll(() => {
    for (let d = 0; d < 40; d++) {
      mkdirSync(path.join(wide, `p${d}`, 'sub'), { recursive: true });
      for (let f = 0; f < 25; f++) writeFileSync(path.join(wide, `p${d}`, `f${f}`), 'x'.repeat(f));
      writeFileSync(path.join(wide, `p${d}`, 'sub', 'leaf'), String(d));
    }
  });

  test("lists folders as the walk would: names, and each name's lstat", () => {
    const helper = WalkHelper.start(workerScript('walk-helper.js', walkHelperMain, ['node:worker_threads', 'node:fs']))!;
    try {
      const dirs = readdirSync(wide).map((d) => path.join(wide, d));
      const ids = helper.offer(dirs.map((d) => d + path.sep));
      const deadline = Date.now() + 20_000;
      while (helper.posted() < dirs.length && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      expect(helper.posted()).toBe(dirs.length);
      dirs.forEach((dir, k) => {
        const listing = helper.take(ids[k]!)!;
        expect(listing.names.sort()).toEqual(readdirSync(dir).sort());
        const i = listing.names.indexOf('f7');
        const st = lstatSync(path.join(dir, 'f7'));
        expect([...listing.stats.subarray(i * STAT_FIELDS, (i + 1) * STAT_FIELDS)]).toEqual([st.mode, st.nlink, st.size, st.dev, st.ino, st.mtimeMs, st.ctimeMs]);
      });
    } finally {
      helper.stop();
    }
  });

  test('a walk helped by it lists what a walk alone lists', async () => {
    for (const dir of [wide, randomTree(path.join(work, 'helped-1'), 21), randomTree(path.join(work, 'helped-2'), 22)]) {
      const alone = await ContextWalk.open(dir);
      const pieces: WalkEntry[] = [];
      for (let got = alone.take(100); got.length; got = alone.take(100)) pieces.push(...got);
      const helped = await ContextWalk.open(dir, { helperAfter: 0, waitForHelper: true });
      expect(helped.all()).toEqual(pieces);
      if (dir === wide) expect(helped.helped).toBeGreaterThan(0);
    }
  });

  test('an unchanged rebuild of a large tree starts it from the bundle, with the same digest', () => {
    const big = path.join(work, 'big');
    for (let d = 0; d < 250; d++) {
      mkdirSync(path.join(big, `d${d}`), { recursive: true });
      for (let f = 0; f < 100; f++) writeFileSync(path.join(big, `d${d}`, `f${f}`), '');
    }
    const args = ['build', big, '--cache-dir', path.join(work, 'cache-big'), '--source-date-epoch', '1', '--json'];
    const first = runCli([...args, '--output', path.join(work, 'big-1')]);
    expect(first.status).toBe(0);
    const again = runCli([...args, '--output', path.join(work, 'big-2')], { env: { OCI_BUNDLE_DEBUG: '1' } });
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/debug: walked 25251 entries in \d+ ms before packing \(\d+ folders listed by the helper thread\)/);
    expect(again.stderr).toMatch(/unchanged: reused/);
    expect(JSON.parse(again.stdout).digest).toBe(JSON.parse(first.stdout).digest);
  });

  test('an error in a folder it lists is the one the walk gives', async () => {
    const dir = path.join(work, 'helped-fifo');
    for (let d = 0; d < 30; d++) {
      mkdirSync(path.join(dir, `p${String(d).padStart(2, '0')}`), { recursive: true });
      writeFileSync(path.join(dir, `p${String(d).padStart(2, '0')}`, 'f'), '');
    }
    execFileSync('mkfifo', [path.join(dir, 'p29', 'pipe')]); // the last folder: the helper's first
    await expect(walkContext(dir, { helperAfter: 0 })).rejects.toThrow(/p29\/pipe is a FIFO \(named pipe\), which cannot be put in an image/);
    await expect(walkContext(dir)).rejects.toThrow(/p29\/pipe is a FIFO \(named pipe\), which cannot be put in an image/);
  });
});
