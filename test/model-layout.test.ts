// The layout destination is transactional: a copy that fails part-way (a corrupt blob in the
// source) leaves the destination's index.json as it was and removes the blobs it added.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyImage } from '../src/model/copy.js';
import { LayoutDestination } from '../src/model/layout-destination.js';
import { LayoutImageSource } from '../src/model/layout-source.js';
import { UserError } from '../src/util/errors.js';
import { tmpDir } from './helpers/fixtures.js';
import { makeImage } from './helpers/registry-layouts.js';

const work = tmpDir('oci-bundle-model-layout-');

test('a failed copy into an existing layout keeps its index.json and adds no blob', async () => {
  const first = await makeImage(path.join(work, 'a'), { refName: 'one', seed: 21 });
  const dest = path.join(work, 'dest');
  await copyImage(new LayoutImageSource(first.dir, 'one'), new LayoutDestination(dest), { tags: ['one'] });
  const indexBefore = readFileSync(path.join(dest, 'index.json'), 'utf8');
  const blobsBefore = readdirSync(path.join(dest, 'blobs', 'sha256')).sort();

  const bad = await makeImage(path.join(work, 'b'), { refName: 'two', seed: 22 });
  const big = bad.layers.reduce((a, b) => (a.size > b.size ? a : b));
  const file = path.join(bad.dir, 'blobs', 'sha256', big.digest.slice(7));
  const bytes = readFileSync(file);
  bytes[bytes.length - 100] ^= 0xff;
  writeFileSync(file, bytes);
  const err = await copyImage(new LayoutImageSource(bad.dir, 'two'), new LayoutDestination(dest), { tags: ['two'] }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).kind).toBe('corrupt');
  expect(readFileSync(path.join(dest, 'index.json'), 'utf8')).toBe(indexBefore);
  expect(readdirSync(path.join(dest, 'blobs', 'sha256')).sort()).toEqual(blobsBefore);
  expect(readdirSync(dest).filter((n) => n.startsWith('.oci-bundle-tmp'))).toEqual([]);
});
