// The tar thread started ahead (by a build whose layer is packed while walking, before the
// walk): the next tar runs on it, with the same bytes as on a thread of its own; one not needed
// is stopped.
import { once } from 'node:events';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { produceTar } from '../src/layer/tar-producer.js';
import { coolTarThread, warmTarThread } from '../src/layer/tar-thread.js';
import type { LayerEntry } from '../src/layer/plan.js';
import { fixedBytes, tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));

const entries: LayerEntry[] = [0, 1, 2].map((i) => {
  const size = 300_000 * i + 17;
  writeFileSync(path.join(work, `f${i}`), fixedBytes(size, i + 3));
  return { header: { name: `f${i}`, type: 'file', mode: 0o644, uid: 0, gid: 0, size, mtime: 0 }, source: { rel: `f${i}`, type: 'file', executable: false, size } };
});

async function tar(): Promise<{ bytes: Buffer; diffId: string }> {
  const p = produceTar(entries, work);
  const parts: Buffer[] = [];
  for await (const c of p.chunks) parts.push(Buffer.from(c));
  return { bytes: Buffer.concat(parts), diffId: (await p.result).diffId };
}

test('the next tar runs on the warm thread, and its bytes are those of a thread of its own', async () => {
  const own = await tar();
  const warm = warmTarThread();
  expect(warmTarThread()).toBe(warm); // one at a time
  await once(warm.worker, 'online'); // started ahead, idle until its tar comes
  const exited = once(warm.worker, 'exit');
  const onWarm = await tar();
  await exited; // it was the thread the tar ran on: ended with it
  expect(onWarm.diffId).toBe(own.diffId);
  expect(onWarm.bytes.equals(own.bytes)).toBe(true);
});

test('a warm thread not needed is stopped, and the next tar starts its own', async () => {
  const warm = warmTarThread();
  const exited = once(warm.worker, 'exit');
  coolTarThread();
  await exited;
  expect((await tar()).bytes.length).toBeGreaterThan(600_000);
});
