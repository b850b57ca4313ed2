import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareBytes, sourcePath, walkContext } from '../src/layer/walk.js';
import { runCli } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';

test('compareBytes orders like UTF-8 bytes, astral characters included', () => {
  const alphabet = ['a', 'b', '/', '-', '.', 'é', '日', '\uffff', '😀', '𝄞', 'Z', ' '];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
  const words = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
  const byBytes = [...words].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  expect([...words].sort(compareBytes)).toEqual(byBytes);
  // the case plain string comparison gets wrong: U+FFFF sorts before U+1F600 in UTF-8
  expect(compareBytes('\uffff', '😀')).toBeLessThan(0);
  expect('\uffff' < '😀').toBe(false);
});

describe('names not in NFC on disk (as macOS and some archives write them)', () => {
  const work = tmpDir();
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const nfdDir = 'cafe\u0301'; // "café" decomposed
  const nfdFile = 're\u0301sume\u0301.txt';

  test('are stored in NFC and read from where they are', async () => {
    const ctx = path.join(work, 'nfd');
    mkdirSync(path.join(ctx, nfdDir, 'sub'), { recursive: true });
    writeFileSync(path.join(ctx, nfdDir, nfdFile), 'decomposed\n');
    writeFileSync(path.join(ctx, nfdDir, 'sub', 'plain.txt'), 'plain\n');
    const entries = await walkContext(ctx);
    expect(entries.map((e) => e.rel)).toEqual(['', 'café', 'café/résumé.txt', 'café/sub', 'café/sub/plain.txt']);
    // the content comes from the on-disk spelling, also below a renamed folder
    for (const e of entries.filter((x) => x.type === 'file')) expect(readFileSync(sourcePath(ctx, e), 'utf8')).toMatch(/decomposed|plain/);
    const out = path.join(work, 'nfd-out');
    const r = runCli(['build', ctx, '--output', out, '--json']);
    expect(r.status).toBe(0);
    const layer = JSON.parse(r.stdout).layers[0].digest.slice(7);
    const listing = execFileSync('sh', ['-c', `gzip -dc '${path.join(out, 'blobs/sha256', layer)}' | tar -xOf - 'app/café/résumé.txt'`], { encoding: 'utf8' });
    expect(listing).toBe('decomposed\n');
  });

  test('two names that are the same once normalised are refused, naming both', async () => {
    const ctx = path.join(work, 'clash');
    mkdirSync(ctx);
    writeFileSync(path.join(ctx, nfdFile), 'a');
    writeFileSync(path.join(ctx, nfdFile.normalize('NFC')), 'b');
    await expect(walkContext(ctx)).rejects.toThrow(/have the same name once Unicode-normalised; rename one of them$/);
  });
});
