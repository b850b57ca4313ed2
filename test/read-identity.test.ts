// What the build reads is what it walked: a file swapped between the walk and the read (for a
// symlink to a secret, a FIFO, another file, or through a folder swapped for a symlink) stops the
// build with one line naming the file. Nothing is packaged and nothing hangs. The swap happens
// after walkContext returns and before the layer is built, so the race is deterministic.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { walkContext } from '../src/layer/walk.js';
import { planLayers } from '../src/layer/plan.js';
import { buildLayer } from '../src/layer/layer.js';
import { LayoutWriter } from '../src/layout/layout.js';
import { UserError } from '../src/util/errors.js';
import { tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A context with a few files; `swap` changes it after the walk; resolves to the build's outcome. */
async function buildWithSwap(swap: (ctx: string) => void): Promise<{ error: unknown; left: string[] }> {
  const ctx = path.join(work, `ctx-${++n}`);
  mkdirSync(path.join(ctx, 'sub'), { recursive: true });
  writeFileSync(path.join(ctx, 'a.txt'), 'first file\n');
  writeFileSync(path.join(ctx, 'sub', 'secret.txt'), 'x'.repeat(4096));
  writeFileSync(path.join(ctx, 'z.txt'), 'last file\n');
  const entries = await walkContext(ctx);
  swap(ctx);
  const [plan] = planLayers(entries, { root: ctx, dest: '/app', layerGlobs: [], uid: 0, gid: 0, mtime: 0 });
  const out = path.join(work, `out-${n}`);
  const layout = await LayoutWriter.open(out);
  try {
    await buildLayer(plan, layout, 'gzip', 5);
    return { error: undefined, left: [] };
  } catch (e) {
    // what the failed layer left in the layout: no temp file, no blob
    const left = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => !['oci-layout', 'index.json', 'blobs', 'blobs/sha256'].includes(f));
    await layout.rollback();
    return { error: e, left };
  }
}

function expectReplaced(error: unknown, file: string): void {
  expect(error).toBeInstanceOf(UserError);
  const message = (error as Error).message;
  expect(message).toContain(file);
  expect(message).toMatch(/was replaced .* since the build context was read; it is not packaged/);
  expect(message.split('\n')).toHaveLength(1);
}

test('a file swapped for a symlink to a secret is refused, not followed', async () => {
  const { error, left } = await buildWithSwap((ctx) => {
    const f = path.join(ctx, 'sub', 'secret.txt');
    rmSync(f);
    symlinkSync('/etc/shadow', f);
  });
  expectReplaced(error, path.join('sub', 'secret.txt'));
  expect(left).toEqual([]);
});

test('a file swapped for a FIFO is refused at once (the open does not wait for a writer)', async () => {
  const { error } = await buildWithSwap((ctx) => {
    const f = path.join(ctx, 'a.txt');
    rmSync(f);
    execFileSync('mkfifo', [f]);
  });
  expectReplaced(error, 'a.txt');
});

test('a file swapped for another file of the same size is refused', async () => {
  const { error } = await buildWithSwap((ctx) => {
    const other = path.join(ctx, 'other');
    writeFileSync(other, 'y'.repeat(4096));
    renameSync(other, path.join(ctx, 'sub', 'secret.txt'));
  });
  expectReplaced(error, 'secret.txt');
});

test('a folder swapped for a symlink to another folder is refused', async () => {
  const { error } = await buildWithSwap((ctx) => {
    const elsewhere = path.join(work, `elsewhere-${n}`);
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'secret.txt'), 'z'.repeat(4096));
    rmSync(path.join(ctx, 'sub'), { recursive: true });
    symlinkSync(elsewhere, path.join(ctx, 'sub'));
  });
  expectReplaced(error, 'secret.txt');
});

test('an untouched tree builds', async () => {
  const { error } = await buildWithSwap(() => {});
  expect(error).toBeUndefined();
});
