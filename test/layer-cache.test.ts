// Layer reuse without re-reading: a cached blob is trusted while it is the very file stored (inode,
// size, mtime); any write to it (same size included) makes the next build hash it, find it wrong,
// compress the layer again and put a good file back in the cache. A reused layer is linked into
// the output, not copied.
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './helpers/cli.js';
import { fixedBytes, tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(ctx: string, out: string, cache: string): { digest: string; layer: string; reused: boolean } {
  const r = runCli(['build', ctx, '--output', path.join(work, out), '--cache-dir', cache, '--source-date-epoch', '5', '--json']);
  expect(r.status).toBe(0);
  const j = JSON.parse(r.stdout) as { digest: string; layers: Array<{ digest: string }> };
  return { digest: j.digest, layer: j.layers[0].digest, reused: /unchanged: reused/.test(r.stderr) };
}

test('a reused layer is the cached file linked into the output; a cached blob written in place is not used, then repaired', () => {
  const ctx = path.join(work, 'ctx');
  mkdirSync(path.join(ctx, 'sub'), { recursive: true });
  writeFileSync(path.join(ctx, 'sub', 'data.bin'), fixedBytes(300_000, 3));
  writeFileSync(path.join(ctx, 'index.html'), '<p>hi</p>\n');
  const cache = path.join(work, 'cache');

  const first = build(ctx, 'o1', cache);
  expect(first.reused).toBe(false);
  const cached = path.join(cache, 'blobs/sha256', first.layer.slice(7));
  const again = build(ctx, 'o2', cache);
  expect(again.reused).toBe(true);
  expect(again.digest).toBe(first.digest);
  expect(statSync(path.join(work, 'o2/blobs/sha256', first.layer.slice(7))).ino).toBe(statSync(cached).ino);

  // Same size, other bytes, in the same file: only its mtime tells.
  const size = statSync(cached).size;
  const fd = openSync(cached, 'r+');
  writeSync(fd, Buffer.alloc(64, 0x55), 0, 64, size - 200);
  closeSync(fd);
  expect(statSync(cached).size).toBe(size);
  const corrupted = build(ctx, 'o3', cache);
  expect(corrupted.reused).toBe(false);
  expect(corrupted.digest).toBe(first.digest);

  // The build put a good blob back: the next one reuses it.
  const repaired = build(ctx, 'o4', cache);
  expect(repaired.reused).toBe(true);
  expect(repaired.digest).toBe(first.digest);
});
