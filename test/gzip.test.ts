// The parallel gzip path: same bytes whatever the worker count, equal to a single-threaded
// reference written independently here, readable by zlib and by the system's gzip.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { GZIP_CHUNK, ParallelGzip } from '../src/layer/gzip.js';
import type { Sink } from '../src/layer/sink.js';
import { fixedBytes, tmpDir } from './helpers/fixtures.js';

class MemorySink implements Sink {
  parts: Buffer[] = [];
  async write(d: Buffer) {
    this.parts.push(Buffer.from(d));
  }
  get bytes() {
    return Buffer.concat(this.parts);
  }
}

async function parallel(data: Buffer, level: number, concurrency: number, pieces = 3): Promise<Buffer> {
  const sink = new MemorySink();
  const gz = new ParallelGzip(sink, { level, concurrency });
  // feed in uneven pieces so chunking must not depend on how input arrives
  const step = Math.max(1, Math.floor(data.length / pieces) + 7);
  for (let off = 0; off < data.length; off += step) await gz.push(data.subarray(off, off + step));
  await gz.finish();
  return sink.bytes;
}

/** Single-threaded reference: the same format, built with synchronous zlib calls. */
function reference(data: Buffer, level: number): Buffer {
  const out: Buffer[] = [Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, level === 9 ? 2 : level === 1 ? 4 : 0, 0xff])];
  let dict: Buffer | undefined;
  let off = 0;
  let last = false;
  while (!last) {
    const chunk = data.subarray(off, off + GZIP_CHUNK);
    off += chunk.length;
    last = off >= data.length;
    out.push(zlib.deflateRawSync(chunk, { level, dictionary: dict, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }));
    dict = chunk.subarray(Math.max(0, chunk.length - 32768));
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32(data) >>> 0, 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  out.push(trailer);
  return Buffer.concat(out);
}

const text = Buffer.from('the quick brown fox jumps over the lazy dog\n'.repeat(20000));
const cases: Array<[string, Buffer]> = [
  ['empty', Buffer.alloc(0)],
  ['one byte', Buffer.from('x')],
  ['exactly one chunk', fixedBytes(GZIP_CHUNK, 3)],
  ['one chunk plus one byte', fixedBytes(GZIP_CHUNK + 1, 4)],
  ['exactly two chunks', Buffer.concat([text, text]).subarray(0, 2 * GZIP_CHUNK)],
  ['many chunks of text and noise', Buffer.concat([text, fixedBytes(300000, 5), text])],
];

describe.each(cases)('%s', (_name, data) => {
  test('same bytes for 1, 2 and 8 chunks in parallel, equal to the reference', async () => {
    const ref = reference(data, 6);
    for (const c of [1, 2, 8]) {
      const got = await parallel(data, 6, c);
      expect(got.equals(ref)).toBe(true);
    }
    expect(zlib.gunzipSync(ref).equals(data)).toBe(true);
  });

  test('gzip -t accepts it and gunzip restores the input', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'x.gz');
    writeFileSync(file, await parallel(data, 6, 8));
    expect(spawnSync('gzip', ['-t', file]).status).toBe(0);
    const r = spawnSync('gzip', ['-dc', file], { maxBuffer: 1 << 26 });
    expect(Buffer.compare(r.stdout, data)).toBe(0);
  });
});

test('levels 1 and 9 are marked in the header and still round-trip', async () => {
  for (const level of [1, 9]) {
    const out = await parallel(text, level, 4);
    expect(out[8]).toBe(level === 9 ? 2 : 4);
    expect(out[9]).toBe(0xff);
    expect(zlib.gunzipSync(out).equals(text)).toBe(true);
  }
});
