// Issue 12.2/12.3 at the level of one layout session: what a failed build removes when another
// build shares the folder, and what a commit checks.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LayoutWriter } from '../src/layout/layout.js';
import { UserError } from '../src/util/errors.js';
import { tmpDir } from './helpers/fixtures.js';

const blob = (text: string) => Buffer.from(text, 'utf8');
const refs = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string; annotations?: Record<string, string> }> }).manifests;

/** A minimal image: one layer blob, a config and a manifest naming them. */
async function image(w: LayoutWriter, layerText: string, configText: string) {
  const layer = await w.writeBlob('application/vnd.oci.image.layer.v1.tar', blob(layerText));
  const config = await w.writeBlob('application/vnd.oci.image.config.v1+json', blob(configText));
  const manifest = await w.writeJson('application/vnd.oci.image.manifest.v1+json', { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers: [layer] });
  return { layer, config, manifest: manifest.descriptor };
}

test('a failed session keeps a blob it created that another session committed meanwhile', async () => {
  const dir = path.join(tmpDir(), 'layout');
  const a = await LayoutWriter.open(dir);
  const b = await LayoutWriter.open(dir);
  const ia = await image(a, 'shared layer', '{"a":1}'); // a creates the shared layer
  const ib = await image(b, 'shared layer', '{"b":1}'); // b finds it there
  b.setRefs(ib.manifest, ['b']);
  await b.commit();
  await a.rollback();
  const have = new Set(readdirSync(path.join(dir, 'blobs', 'sha256')).map((h) => `sha256:${h}`));
  expect(have.has(ia.layer.digest)).toBe(true); // b's image needs it
  expect(have.has(ia.config.digest)).toBe(false); // a's own config is gone
  expect(have.has(ia.manifest.digest)).toBe(false);
  expect(refs(dir).map((m) => m.annotations?.['org.opencontainers.image.ref.name'])).toEqual(['b']);
});

test('a commit that needs a blob a failed session removed refuses, and the index stays as it was', async () => {
  const dir = path.join(tmpDir(), 'layout');
  const first = await LayoutWriter.open(dir);
  first.setRefs((await image(first, 'base', '{"x":0}')).manifest, ['x']);
  await first.commit();
  const before = readFileSync(path.join(dir, 'index.json'), 'utf8');
  const a = await LayoutWriter.open(dir);
  const b = await LayoutWriter.open(dir);
  await image(a, 'shared layer', '{"a":1}');
  const ib = await image(b, 'shared layer', '{"b":1}');
  await a.rollback(); // nothing committed references the shared layer yet: removed
  b.setRefs(ib.manifest, ['b']);
  const err = await b.commit().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).kind).toBe('conflict');
  expect((err as UserError).message).toMatch(/vanished .* run the build again/);
  expect(readFileSync(path.join(dir, 'index.json'), 'utf8')).toBe(before);
});

test('commit re-reads index.json: refs committed by others since open() are kept', async () => {
  const dir = path.join(tmpDir(), 'layout');
  const writers = await Promise.all(['p', 'q', 'r'].map(() => LayoutWriter.open(dir)));
  const images = await Promise.all(writers.map((w, i) => image(w, `layer ${i}`, `{"i":${i}}`)));
  writers.forEach((w, i) => w.setRefs(images[i].manifest, [`t${i}`]));
  await Promise.all(writers.map((w) => w.commit()));
  expect(refs(dir).map((m) => m.annotations?.['org.opencontainers.image.ref.name']).sort()).toEqual(['t0', 't1', 't2']);
  expect(existsSync(path.join(dir, 'index.json.lock'))).toBe(false);
});
