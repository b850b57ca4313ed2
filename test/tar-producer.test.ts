// The tar thread on its own: the stream it hands over is exactly what it hashed, and a file whose
// size is not the size the walk saw (it grew or shrank meanwhile) stops the build with one clear
// line instead of a tar whose header lies.
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { produceTar } from '../src/layer/tar-producer.js';
import type { LayerEntry } from '../src/layer/plan.js';
import type { WalkEntry } from '../src/layer/walk.js';
import { fixedBytes, tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An entry for the file `rel` below the work folder, as the walk saw it (size). */
function fileEntry(name: string, rel: string, size: number): LayerEntry {
  const source: WalkEntry = { rel, type: 'file', executable: false, size };
  return { header: { name, type: 'file', mode: 0o644, uid: 0, gid: 0, size, mtime: 0 }, source };
}

async function collect(entries: LayerEntry[], slow = false): Promise<{ bytes: Buffer; diffId: string; size: number }> {
  const p = produceTar(entries, work);
  const parts: Buffer[] = [];
  for await (const c of p.chunks) {
    // A slow consumer gives the reader every chance to refill a slot too early; the piece is
    // copied only after the wait, so such a refill would show.
    if (slow) await new Promise((r) => setTimeout(r, 2));
    parts.push(Buffer.from(c));
  }
  const r = await p.result;
  return { bytes: Buffer.concat(parts), ...r };
}

test('the bytes handed over are the bytes hashed, across many ring slots', async () => {
  const entries: LayerEntry[] = [];
  for (let i = 0; i < 40; i++) {
    const size = i * 100_003;
    writeFileSync(path.join(work, `f${i}`), fixedBytes(size, i + 1));
    entries.push(fileEntry(`f${String(i).padStart(2, '0')}`, `f${i}`, size));
  }
  const { bytes, diffId, size } = await collect(entries, true);
  expect(size).toBe(bytes.length);
  expect(bytes.length).toBeGreaterThan(8 * 1024 * 1024 * 2); // more than twice round the ring
  expect(diffId).toBe('sha256:' + createHash('sha256').update(bytes).digest('hex'));
  // the 7th file's content sits right after its header, intact
  const at = bytes.indexOf(Buffer.from('f07\0'));
  expect(bytes.subarray(at + 512, at + 512 + 700_021).equals(fixedBytes(700_021, 8))).toBe(true);
});

test.each([
  ['shrank', 20, 10],
  ['grew', 10, 20],
])('a file that %s since the walk is a clear error', async (_, seen, actual) => {
  const abs = path.join(work, `changing-${seen}-${actual}`);
  writeFileSync(abs, Buffer.alloc(actual, 1));
  await expect(collect([fileEntry('x', path.basename(abs), seen)])).rejects.toThrow(`${abs} changed size while it was being packaged; rebuild once the build output is complete`);
});

test('a file that vanished since the walk names the file', async () => {
  await expect(collect([fileEntry('gone', 'gone', 5)])).rejects.toThrow(path.join(work, 'gone'));
});
