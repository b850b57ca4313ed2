// copy/action.yml under runner emulation: promotes a pushed multi-platform image from one
// registry to another with Basic auth, keeping the digest; every declared input is read and the
// outputs are the declared ones.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './helpers/cli.js';
import { readActionYml, runAction } from './helpers/action.js';
import { tmpDir } from './helpers/fixtures.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';
import { makeImage, type TestImage } from './helpers/registry-layouts.js';

const PASSWORD = 'copy-action-pw-31f9e';
const work = tmpDir('oci-bundle-copy-action-');
const noDockerConfig = { DOCKER_CONFIG: path.join(work, 'empty-docker-config') };
mkdirSync(noDockerConfig.DOCKER_CONFIG);
let open: RunningRegistry;
let basic: RunningRegistry;
let idx: TestImage;

beforeAll(async () => {
  [open, basic] = await Promise.all([startRegistry(), startRegistry({ basic: { username: 'ci', password: PASSWORD } })]);
  idx = await makeImage(path.join(work, 'idx'), { refName: 'm', platforms: ['linux/amd64', 'linux/arm64'], seed: 11 });
  const r = runCli(['push', idx.dir, `${open.host}/pr/app:sha-1`], { env: { ...noDockerConfig, OCI_BUNDLE_USERNAME: '', OCI_BUNDLE_PASSWORD: '' } });
  if (r.status !== 0) throw new Error(r.stderr);
});

afterAll(async () => {
  await Promise.all([open?.stop(), basic?.stop()]);
});

test('the copy step promotes the tested digest to release tags; outputs and inputs match copy/action.yml', () => {
  const run = runAction(
    'copy' as 'push',
    { source: `${open.host}/pr/app@${idx.digest}`, tags: `${basic.host}/rel/app:v1.2.3\n${basic.host}/rel/app:latest`, username: 'ci', password: PASSWORD },
    noDockerConfig,
  );
  expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(PASSWORD);
  expect(run.status).toBe(0);
  expect(run.outputs.digest).toBe(idx.digest);
  expect(run.outputs.image).toBe(`${basic.host}/rel/app@${idx.digest}`);
  expect(run.outputs.tags.split('\n')).toEqual([`${basic.host}/rel/app:v1.2.3`, `${basic.host}/rel/app:latest`]);
  expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(readActionYml('copy').outputs).sort());
  const declared = Object.keys(readActionYml('copy').inputs).map((n) => `INPUT_${n.toUpperCase()}`);
  expect(declared.filter((k) => !run.inputsRead.includes(k))).toEqual([]);
  for (const t of ['v1.2.3', 'latest']) {
    const raw = execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', `ci:${PASSWORD}`, `docker://${basic.host}/rel/app:${t}`]);
    expect('sha256:' + createHash('sha256').update(raw).digest('hex')).toBe(idx.digest);
  }
  expect(run.summary).toContain(idx.digest);
});
