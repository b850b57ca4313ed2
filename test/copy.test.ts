// `oci-bundle copy` between two real registries (one with Basic auth), OCI layouts and
// oci-archives; skopeo and umoci judge what landed. The digest is kept byte for byte; a retag
// uploads no blob; one platform out of an index makes an index of exactly that entry.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, type CliResult } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';
import { makeImage, type TestImage } from './helpers/registry-layouts.js';

const USER = 'carol';
const PASSWORD = 'copy-pw-7c1e0a99';
const work = tmpDir('oci-bundle-copy-');
const emptyDockerConfig = path.join(work, 'docker-empty');
mkdirSync(emptyDockerConfig);
const ENV = { DOCKER_CONFIG: emptyDockerConfig, OCI_BUNDLE_USERNAME: '', OCI_BUNDLE_PASSWORD: '', OCI_BUNDLE_RETRY_BASE_MS: '50', OCI_BUNDLE_DEBUG: '' };

interface CopyJson {
  digest: string;
  mediaType: string;
  images: string[];
  pushed: number;
  skipped: number;
  mounted: number;
  manifests: Array<{ digest: string; platform?: string }>;
}

function copy(args: string[], env: Record<string, string> = {}, input?: string): CliResult {
  return runCli(['copy', ...args], { env: { ...ENV, ...env }, input });
}

function copyJson(args: string[], env: Record<string, string> = {}, input?: string): CopyJson & { stderr: string } {
  const r = copy([...args, '--json'], env, input);
  if (r.status !== 0) throw new Error(`copy failed (${r.status}): ${r.stderr}`);
  return { ...(JSON.parse(r.stdout) as CopyJson), stderr: r.stderr };
}

/** sha256 of the raw manifest skopeo reads (what is stored under the name). */
function skopeoRaw(name: string, creds?: string): { digest: string; doc: { manifests?: Array<{ digest: string; platform?: { architecture: string } }> } } {
  const tls = name.startsWith('docker://') ? ['--tls-verify=false'] : [];
  const raw = execFileSync('skopeo', ['inspect', '--raw', ...tls, ...(creds ? ['--creds', creds] : []), name]);
  return { digest: 'sha256:' + createHash('sha256').update(raw).digest('hex'), doc: JSON.parse(raw.toString('utf8')) };
}

const basicLogin = { input: PASSWORD + '\n' };
let open: RunningRegistry;
let basic: RunningRegistry;
let idx: TestImage;
let single: TestImage;

beforeAll(async () => {
  [open, basic] = await Promise.all([startRegistry(), startRegistry({ basic: { username: USER, password: PASSWORD } })]);
  idx = await makeImage(path.join(work, 'idx'), { refName: 'multi', platforms: ['linux/amd64', 'linux/arm64'], seed: 7 });
  single = await makeImage(path.join(work, 'single'), { refName: 'one', seed: 8 });
  const r = runCli(['push', idx.dir, `${open.host}/src/app:sha-abc`], { env: ENV });
  if (r.status !== 0) throw new Error(r.stderr);
});

afterAll(async () => {
  await Promise.all([open?.stop(), basic?.stop()]);
});

test('registry to registry (anonymous source, Basic-auth destination) keeps the multi-platform digest', () => {
  const out = copyJson([`${open.host}/src/app:sha-abc`, `${basic.host}/prod/app:v1.2.3`, '--username', USER, '--password-stdin'], {}, basicLogin.input);
  expect(out.digest).toBe(idx.digest);
  expect(out.images).toEqual([`${basic.host}/prod/app:v1.2.3`]);
  expect(out.manifests.map((m) => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm64']);
  expect(out.pushed).toBe(idx.blobs.size - idx.manifests.length - 1); // configs + layers, not manifests
  expect(skopeoRaw(`docker://${basic.host}/prod/app:v1.2.3`, `${USER}:${PASSWORD}`).digest).toBe(idx.digest);
  for (const m of idx.manifests) expect(skopeoRaw(`docker://${basic.host}/prod/app@${m}`, `${USER}:${PASSWORD}`).digest).toBe(m);
  expect(out.stderr).not.toContain(PASSWORD);
});

test('a retag within a repository moves only the manifest: no blob is uploaded', () => {
  const out = copyJson([`${basic.host}/prod/app:v1.2.3`, `${basic.host}/prod/app:stable`, '--username', USER, '--password-stdin'], { OCI_BUNDLE_DEBUG: '1' }, basicLogin.input);
  expect(out.digest).toBe(idx.digest);
  expect(out.pushed).toBe(0);
  expect(out.mounted).toBe(0);
  expect(out.stderr).not.toMatch(/blobs\/uploads/);
  expect(skopeoRaw(`docker://${basic.host}/prod/app:stable`, `${USER}:${PASSWORD}`).digest).toBe(idx.digest);
});

test('across repositories of one registry, blobs are mounted, and --tag adds names', () => {
  const out = copyJson([`${open.host}/src/app:sha-abc`, `${open.host}/mirror/app:v1`, '--tag', 'v1.0', '--tag', `${open.host}/other/app:x`]);
  expect(out.digest).toBe(idx.digest);
  expect(out.images).toEqual([`${open.host}/mirror/app:v1`, `${open.host}/mirror/app:v1.0`, `${open.host}/other/app:x`]);
  expect(out.pushed).toBe(0);
  expect(out.mounted).toBeGreaterThan(0);
  for (const n of ['mirror/app:v1', 'mirror/app:v1.0', 'other/app:x']) expect(skopeoRaw(`docker://${open.host}/${n}`).digest).toBe(idx.digest);
});

test('one platform out of an index: a new index of exactly that entry, the manifest digest kept', () => {
  const out = copyJson([`${open.host}/src/app:sha-abc`, `${open.host}/arm/app:only`, '--platform', 'linux/arm64']);
  const got = skopeoRaw(`docker://${open.host}/arm/app:only`);
  expect(got.digest).toBe(out.digest);
  expect(out.digest).not.toBe(idx.digest);
  expect(got.doc.manifests).toHaveLength(1);
  expect(got.doc.manifests![0].platform!.architecture).toBe('arm64');
  expect(got.doc.manifests![0].digest).toBe(idx.manifests[1]);
  const none = copy([`${open.host}/src/app:sha-abc`, `${open.host}/arm/app:none`, '--platform', 'linux/s390x']);
  expect(none.status).toBe(1);
  expect(none.stderr).toMatch(/has no linux\/s390x image; it has: linux\/amd64, linux\/arm64/);
});

test('to oci: is read by skopeo (same digest) and, for a single image, unpacked by umoci', () => {
  const dir = path.join(work, 'out-layout');
  const out = copyJson([`${open.host}/src/app:sha-abc`, `oci:${dir}:rel`]);
  expect(out.digest).toBe(idx.digest);
  // files are written, not pushed
  expect(out.stderr).toMatch(/: written\b/);
  expect(out.stderr).not.toMatch(/: pushed\b/);
  expect(skopeoRaw(`oci:${dir}:rel`).digest).toBe(idx.digest);
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
  expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([idx.digest]);
  // a registry round trip of a single image, then umoci
  const r = runCli(['push', single.dir, `${open.host}/single/app:1`], { env: ENV });
  expect(r.status).toBe(0);
  const one = path.join(work, 'out-single');
  expect(copyJson([`${open.host}/single/app:1`, `oci:${one}:1`]).digest).toBe(single.digest);
  execFileSync('umoci', ['unpack', '--image', `${one}:1`, path.join(work, 'bundle')], { stdio: 'pipe' });
  expect(existsSync(path.join(work, 'bundle', 'config.json'))).toBe(true);
});

test('oci-archive: out and back keeps the digest; skopeo reads the archive', () => {
  const file = path.join(work, 'image.tar');
  expect(copyJson([`oci:${idx.dir}:multi`, `oci-archive:${file}:multi`]).digest).toBe(idx.digest);
  expect(skopeoRaw(`oci-archive:${file}:multi`).digest).toBe(idx.digest);
  const back = copyJson([`oci-archive:${file}:multi`, `${open.host}/from-archive/app:1`]);
  expect(back.digest).toBe(idx.digest);
  expect(back.stderr).toMatch(/: pushed \(/);
  expect(skopeoRaw(`docker://${open.host}/from-archive/app:1`).digest).toBe(idx.digest);
});

test('usage errors are one line naming what to fix', () => {
  const r = copy([`${open.host}/src/app:sha-abc`]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/give SOURCE and DEST/);
  const both = copy([`${open.host}/src/app:sha-abc`, `${open.host}/x/y:z`, '--all', '--platform', 'linux/amd64']);
  expect(both.status).toBe(2);
  expect(both.stderr).toMatch(/--all and --platform exclude each other/);
  // a tag the layout lacks is SOURCE's fault (copy has no --ref)
  const noTag = copy([`oci:${idx.dir}:nope`, `oci:${path.join(work, 'never')}:x`]);
  expect(noTag.status).toBe(1);
  expect(noTag.stderr).toMatch(/no image named "nope" in the OCI layout .* \(SOURCE\)\n$/);
  expect(noTag.stderr).not.toContain('--ref');
  expect(existsSync(path.join(work, 'never'))).toBe(false);
  const dirT = copy([`dir:/tmp/x`, `${open.host}/x/y:z`]);
  expect(dirT.status).toBe(2);
  expect(dirT.stderr).toMatch(/dir: transport is not supported/);
  const denied = copy([`${open.host}/src/app:sha-abc`, `${basic.host}/prod/app:anon`]);
  expect(denied.status).toBe(1);
  expect(denied.stderr).toMatch(/refused push access to repository "prod\/app" without credentials/);
});

test('to docker-archive: one platform out of the index, loaded by podman with its config', () => {
  const file = path.join(work, 'docker.tar');
  const name = `localhost/oci-bundle-copy-test/app:${process.pid}`;
  const out = copyJson([`${open.host}/src/app:sha-abc`, `docker-archive:${file}:${name}`, '--platform', 'linux/arm64']);
  expect(out.digest).toBe(idx.manifests[1]);
  try {
    execFileSync('podman', ['load', '-i', file], { stdio: 'pipe', timeout: 120000 });
    const [info] = JSON.parse(execFileSync('podman', ['image', 'inspect', name], { encoding: 'utf8' })) as Array<{ Architecture: string; Config: { Env: string[] } }>;
    expect(info.Architecture).toBe('arm64');
    expect(info.Config.Env).toContain('SEED=7');
  } finally {
    execFileSync('podman', ['rmi', '-f', name], { stdio: 'ignore' });
  }
  const several = copy([`${open.host}/src/app:sha-abc`, `docker-archive:${file}:${name}`, '--platform', 'linux/arm64', '--platform', 'linux/amd64']);
  expect(several.status).toBe(2);
  expect(several.stderr).toMatch(/takes one image; give one --platform/);
});

test('each side its own credentials: a Basic-auth source (--src-username) to an anonymous destination', () => {
  const out = copyJson([`${basic.host}/prod/app:v1.2.3`, `${open.host}/back/app:1`, '--src-username', USER], { OCI_BUNDLE_SRC_PASSWORD: PASSWORD });
  expect(out.digest).toBe(idx.digest);
  expect(out.stderr).not.toContain(PASSWORD);
  const anon = copy([`${basic.host}/prod/app:v1.2.3`, `${open.host}/back/app:2`]);
  expect(anon.status).toBe(1);
  expect(anon.stderr).toMatch(/refused pull access to repository "prod\/app" without credentials/);
});
