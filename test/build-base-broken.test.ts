// A base whose layer does not match its config is reported as a broken base (found by the
// validation problem's digest, not by its text), and a sound base builds.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './helpers/cli.js';
import { composeImage, sha256, tarLayer } from './helpers/compose.js';
import { tmpDir } from './helpers/fixtures.js';

const work = tmpDir();

function context(): string {
  const dir = path.join(work, 'ctx');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'hello.txt'), 'hello\n');
  return dir;
}

test('a base layer whose diff_id is wrong fails the build as a broken base, naming the rule', async () => {
  const layer = tarLayer([{ name: 'etc/', type: 'dir' }, { name: 'etc/os-release', content: 'ID=test\n' }]);
  const good = path.join(work, 'good');
  await composeImage(good, { layers: [layer], ref: 'base' });
  const bad = path.join(work, 'bad');
  await composeImage(bad, { layers: [{ ...layer, diffId: sha256('not the tar') }], ref: 'base' });

  const ok = runCli(['build', context(), '--base', `oci:${good}:base`, '--output', path.join(work, 'out-good')]);
  expect(ok.stderr).not.toMatch(/error/);
  expect(ok.status).toBe(0);

  const r = runCli(['build', context(), '--base', `oci:${bad}:base`, '--output', path.join(work, 'out-bad')]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/the base image .* is broken: error: .*\[config-diff-id\]/);
});
