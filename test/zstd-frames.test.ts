// The zstd compressor itself, on Node 24 (jest's Node may have no zstd): chunk edges — empty
// input, exactly one 4 MiB chunk, one byte over, several chunks — against frames compressed one
// by one in a single synchronous call each; the same bytes at 1, 2 and 8 pool threads; and the
// system zstd accepts each stream and restores the input.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './helpers/cli.js';
import { fixedBytes, tmpDir } from './helpers/fixtures.js';
import { node24 } from './helpers/node.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MiB = 1024 * 1024;
const cases: Array<[string, number]> = [
  ['empty', 0],
  ['one byte', 1],
  ['exactly one chunk', 4 * MiB],
  ['one chunk plus one byte', 4 * MiB + 1],
  ['several chunks', 9 * MiB + 333],
];

// Runs on Node 24: compresses each input with our compressor (fed in uneven pieces) and with the
// reference, writing both next to the input.
const DRIVER = `
import { readFileSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { createCompressor, ZSTD_CHUNK } from ${JSON.stringify(path.join(ROOT, 'src/layer/compress.ts'))};
for (const file of process.argv.slice(2)) {
  const data = readFileSync(file);
  const parts = [];
  const comp = createCompressor('zstd', 3, { write: async (b) => { parts.push(Buffer.from(b)); } });
  for (let off = 0; off < data.length; off += 1000003) await comp.push(data.subarray(off, off + 1000003));
  await comp.finish();
  writeFileSync(file + '.ours.zst', Buffer.concat(parts));
  const params = { [zlib.constants.ZSTD_c_compressionLevel]: 3, [zlib.constants.ZSTD_c_checksumFlag]: 1 };
  const ref = [];
  let off = 0;
  do {
    const piece = data.subarray(off, off + ZSTD_CHUNK);
    ref.push(zlib.zstdCompressSync(piece, { params, chunkSize: 2 * piece.length + 4096 }));
    off += ZSTD_CHUNK;
  } while (off < data.length);
  writeFileSync(file + '.ref.zst', Buffer.concat(ref));
}
`;

let driver: string;
beforeAll(async () => {
  driver = path.join(work, 'driver.mjs');
  await build({ stdin: { contents: DRIVER, resolveDir: ROOT, loader: 'js' }, bundle: true, platform: 'node', format: 'esm', outfile: driver, logLevel: 'silent' });
  cases.forEach(([, n], i) => writeFileSync(path.join(work, `in-${i}`), Buffer.concat([Buffer.from('tar-like text '.repeat(Math.floor(n / 28))), fixedBytes(n, i + 1)]).subarray(0, n)));
});

function compress(threads: number): Buffer[] {
  const files = cases.map((_, i) => path.join(work, `in-${i}`));
  const r = spawnSync(node24(), [driver, ...files], { encoding: 'utf8', env: { ...process.env, UV_THREADPOOL_SIZE: String(threads) } });
  if (r.status !== 0) throw new Error(r.stderr);
  return files.map((f) => readFileSync(f + '.ours.zst'));
}

test('chunk edges: equal to frames compressed one by one, readable by the system zstd', () => {
  const ours = compress(4);
  cases.forEach(([name, n], i) => {
    const file = path.join(work, `in-${i}`);
    expect({ name, same: ours[i].equals(readFileSync(file + '.ref.zst')) }).toEqual({ name, same: true });
    expect(spawnSync('zstd', ['-t', '-q', file + '.ours.zst']).status).toBe(0);
    const back = execFileSync('zstd', ['-dc', file + '.ours.zst'], { maxBuffer: 64 * MiB });
    expect(back.length).toBe(n);
    expect(back.equals(readFileSync(file))).toBe(true);
  });
});

test('the same bytes with 1, 2 and 8 pool threads', () => {
  const [a, b, c] = [compress(1), compress(2), compress(8)];
  cases.forEach((_, i) => {
    expect(b[i].equals(a[i])).toBe(true);
    expect(c[i].equals(a[i])).toBe(true);
  });
});
