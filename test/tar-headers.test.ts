// Headers written in place (writePlainHeader, the producer's path) are byte for byte the blocks
// encodeHeader makes, and refuse (return 0) exactly where PAX records are needed; GNU tar reads
// them back with their checksums, names, modes, sizes and link targets.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BLOCK, TRAILER, encodeHeader, padding, writePlainHeader, type TarHeader } from '../src/layer/tar.js';
import { tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));

const base = { mode: 0o644, uid: 0, gid: 0, size: 0, mtime: 1_700_000_000 };
const long = (n: number, c = 'a') => c.repeat(n);
const HEADERS: TarHeader[] = [
  { ...base, name: 'app/', type: 'dir', mode: 0o755 },
  { ...base, name: 'app/index.html', type: 'file', size: 15 },
  { ...base, name: 'app/bin/run', type: 'file', mode: 0o755, size: 3, uid: 1000, gid: 1000 },
  { ...base, name: `app/${long(96)}`, type: 'file', size: 1 }, // exactly 100 bytes
  { ...base, name: `app/${long(120, 'd')}/${long(90, 'f')}`, type: 'file', size: 2 }, // prefix + name
  { ...base, name: `app/${long(200, 'd')}/x`, type: 'file', size: 1 }, // prefix too long: PAX
  { ...base, name: `app/${long(20, 'd')}/${long(120, 'f')}`, type: 'file', size: 1 }, // name part too long: PAX
  { ...base, name: 'app/café.txt', type: 'file', size: 4 }, // not ASCII: PAX
  { ...base, name: 'app/link', type: 'symlink', mode: 0o777, linkname: '../etc/target' },
  { ...base, name: 'app/long-link', type: 'symlink', mode: 0o777, linkname: long(150, 't') }, // PAX linkpath
  { ...base, name: 'app/hard', type: 'hardlink', linkname: 'app/index.html' },
  { ...base, name: 'app/big-uid', type: 'file', size: 1, uid: 0o10000000 }, // PAX uid
  { ...base, name: 'app/tab\tname', type: 'file', size: 1 }, // control character: PAX
  { ...base, name: 'app/utf-link', type: 'symlink', mode: 0o777, linkname: 'caf\u00e9/x' }, // short link, not ASCII: PAX linkpath
  { ...base, name: 'app/del\x7fname', type: 'file', size: 1 }, // DEL is not printable: PAX
];

test('in-place headers equal encodeHeader, and refuse exactly the PAX cases', () => {
  for (const h of HEADERS) {
    const expected = encodeHeader(h);
    const buf = Buffer.alloc(BLOCK + 16);
    const n = writePlainHeader(buf, 16, h);
    if (expected.length === BLOCK) {
      expect(n).toBe(BLOCK);
      expect(buf.subarray(16).equals(expected)).toBe(true);
    } else {
      expect(n).toBe(0);
      expect(buf.equals(Buffer.alloc(BLOCK + 16))).toBe(true);
    }
  }
});

test('GNU tar reads back every header', () => {
  const parts: Buffer[] = [];
  for (const h of HEADERS) {
    const plain = Buffer.alloc(BLOCK);
    parts.push(writePlainHeader(plain, 0, h) ? plain : encodeHeader(h));
    if (h.type === 'file') parts.push(Buffer.alloc(h.size, 0x61), Buffer.alloc(padding(h.size)));
  }
  parts.push(TRAILER);
  const file = path.join(work, 'h.tar');
  writeFileSync(file, Buffer.concat(parts));
  const listing = execFileSync('tar', ['--numeric-owner', '-tvf', file], { encoding: 'utf8' }).trim().split('\n');
  expect(listing).toHaveLength(HEADERS.length);
  HEADERS.forEach((h, i) => {
    const line = listing[i];
    const name = h.name.replace('\t', '\\t').replace('\x7f', '\\177');
    expect(line).toContain(name);
    if (h.type === 'symlink') expect(line).toContain(`-> ${h.linkname}`);
    if (h.type === 'hardlink') expect(line).toContain(`link to ${h.linkname}`);
    expect(line).toMatch(new RegExp(`^${h.type === 'dir' ? 'd' : h.type === 'symlink' ? 'l' : h.type === 'hardlink' ? 'h' : '-'}`));
    expect(line).toContain(`${h.uid}/${h.gid}`);
  });
});
