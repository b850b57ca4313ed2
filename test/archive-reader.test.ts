// OciArchiveReader (src/layout/archive-reader.ts): an oci-archive read in place, plain or gzip'd.
// Members are byte ranges of the archive; verified reads refuse a wrong size or digest; nothing is
// written anywhere. The archives are made by GNU tar from a layout written by the test helpers.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { OciArchiveReader } from '../src/layout/archive-reader.js';
import { tmpDir } from './helpers/fixtures.js';
import { blobFile, rawTar, simpleLayout } from './helpers/validate-layouts.js';
import { validateCli } from './helpers/validate-layouts.js';

const work = tmpDir('oci-bundle-archive-reader-');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const layout = path.join(work, 'layout');
// The second layer is over 1 MiB: in a gzip'd archive it is read by decompressing again (small
// members are kept from the indexing pass).
const img = simpleLayout(layout, { layers: [{ tar: rawTar([{ name: 'a', content: 'x'.repeat(3000) }, { name: 'b', content: 'y' }]) }, { tar: rawTar([{ name: 'c', content: randomBytes(2 * 1024 * 1024) }]), compression: 'none' }] });
const plain = path.join(work, 'image.tar');
const gz = path.join(work, 'image.tar.gz');
execFileSync('tar', ['-C', layout, '-cf', plain, '.']);
execFileSync('tar', ['-C', layout, '-czf', gz, '.']);

async function collect(s: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

describe.each([
  ['plain', plain],
  ['gzip', gz],
])('%s archive', (_kind, file) => {
  test('lists the members and reads index.json, oci-layout and every blob as it is in the layout', async () => {
    const a = await OciArchiveReader.open(file);
    expect(a.issues).toEqual([]);
    const names = a.list().map((m) => m.path);
    expect(names).toEqual(expect.arrayContaining(['oci-layout', 'index.json', `blobs/sha256/${img.config.slice(7)}`]));
    expect(await a.readIndex()).toEqual(readFileSync(path.join(layout, 'index.json')));
    expect(JSON.parse((await a.readOciLayout()).toString())).toEqual({ imageLayoutVersion: '1.0.0' });
    for (const d of [img.manifest.digest, img.config, ...img.layers]) {
      const bytes = readFileSync(blobFile(layout, d));
      // (Buffer.equals: jest's deep equality walks a 2 MiB buffer byte by byte)
      expect((await collect(a.readVerifiedBlob({ digest: d, size: bytes.length }))).equals(bytes)).toBe(true);
      expect((await collect(a.openMember(OciArchiveReader.blobPath(d)!))).equals(bytes)).toBe(true);
    }
  });

  test('a verified read refuses a wrong size and a wrong digest; a digest that is not one never becomes a path', async () => {
    const a = await OciArchiveReader.open(file);
    const d = img.layers[0];
    const size = readFileSync(blobFile(layout, d)).length;
    expect(() => a.readVerifiedBlob({ digest: d, size: size - 1 })).toThrow(/its descriptor says/);
    const other = `sha256:${'1'.repeat(64)}`;
    expect(() => a.readVerifiedBlob({ digest: other, size })).toThrow(/missing from the archive/);
    expect(() => a.readVerifiedBlob({ digest: 'sha256:../../index.json', size: 1 })).toThrow(/not a valid digest/);
    // same size, other content: the member exists under a name that is not its digest
    const a2 = await OciArchiveReader.open(file);
    const member = a2.member(`blobs/sha256/${d.slice(7)}`)!;
    (a2 as unknown as { members: Map<string, unknown> }).members.set(`blobs/sha256/${'2'.repeat(64)}`, member);
    await expect(collect(a2.readVerifiedBlob({ digest: `sha256:${'2'.repeat(64)}`, size }))).rejects.toThrow(/does not match its digest/);
  });

  test('validate reads it in place and finds it valid', () => {
    const r = validateCli(file);
    expect(r.errors).toEqual([]);
    expect(r.status).toBe(0);
  });
});
