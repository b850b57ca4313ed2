// `build --load` and the action's `load: true`: with `docker` on PATH being a shim that forwards
// to podman, the built image lands in podman's image list under every tag; podman alone is used
// when there is no docker; the runner's platform is chosen from several; a zstd image loads
// with its diff_ids; neither engine on PATH is a one-line error before anything is built.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from './helpers/action.js';
import { busyboxContext } from './helpers/busybox.js';
import { TEST_CLI, runCli } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';
import { node24 } from './helpers/node.js';

const work = tmpDir('oci-bundle-load-');
const REPO = `localhost/oci-bundle-test-load-${process.pid}`;
const created: string[] = [];
const shimDir = path.join(work, 'shim');
const shimLog = path.join(work, 'shim.log');
const emptyDir = path.join(work, 'empty');
// No /usr/local/bin: this machine has a docker CLI there without a daemon.
const SYSTEM_PATH = '/usr/sbin:/usr/bin:/sbin:/bin';
const SHIM_PATH = `${shimDir}:${SYSTEM_PATH}`;
let ctx: string;

beforeAll(() => {
  mkdirSync(shimDir);
  mkdirSync(emptyDir);
  writeFileSync(path.join(shimDir, 'docker'), `#!/bin/sh\necho "$@" >> '${shimLog}'\nexec podman "$@"\n`);
  chmodSync(path.join(shimDir, 'docker'), 0o755);
  ctx = busyboxContext(path.join(work, 'ctx'), 'amd64');
  writeFileSync(path.join(ctx, 'hello.txt'), 'loaded\n');
});

afterAll(() => {
  for (const ref of created) spawnSync('podman', ['rmi', '-f', ref], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
});

function listed(): string[] {
  return execFileSync('podman', ['images', '--format', '{{.Repository}}:{{.Tag}}'], { encoding: 'utf8' }).trim().split('\n');
}

function inspect(ref: string): { Architecture: string; Id: string; RootFS: { Layers: string[] }; Config: { Entrypoint: string[] } } {
  return (JSON.parse(execFileSync('podman', ['image', 'inspect', ref], { encoding: 'utf8' })) as Array<ReturnType<typeof inspect>>)[0];
}

function buildArgs(name: string, tags: string[], extra: string[] = []): string[] {
  return ['build', ctx, '--dest', '/', '--output', path.join(work, `${name}-layout`), '--json', '--source-date-epoch', '9', '--entrypoint', '["/bin/cat","/hello.txt"]', ...tags.flatMap((t) => ['--tag', t]), ...extra];
}

describe('build --load', () => {
  test('docker (a shim forwarding to podman) loads the image under every tag', () => {
    const tags = [`${REPO}:cli`, `${REPO}:cli-also`];
    created.push(...tags);
    const r = runCli([...buildArgs('cli', tags), '--load'], { env: { PATH: SHIM_PATH } });
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { loaded: string[]; config: string; layers: Array<{ diffId: string }> };
    expect(json.loaded).toEqual(tags);
    expect(listed()).toEqual(expect.arrayContaining(tags));
    expect(readFileSync(shimLog, 'utf8')).toBe('load\n');
    const info = inspect(tags[0]);
    expect(info.Id).toBe(json.config.slice(7));
    expect(info.Config.Entrypoint).toEqual(['/bin/cat', '/hello.txt']);
    expect(r.stderr).toMatch(/loaded linux\/amd64 image sha256:\S+ into docker as /);
    const run = spawnSync('podman', ['run', '--rm', '--runtime=runc', '--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=1024:1024', '--network', 'none', tags[1]], { encoding: 'utf8', timeout: 120000 });
    expect(run.stdout).toBe('loaded\n');
  });

  test('podman is used when there is no docker; of several platforms the machine\'s is loaded', () => {
    rmSync(shimLog, { force: true });
    const tag = `${REPO}:multi`;
    created.push(tag);
    const r = runCli([...buildArgs('multi', [tag], ['--platform', 'linux/arm64,linux/amd64']), '--load'], { env: { PATH: SYSTEM_PATH } });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/into podman as /);
    expect(existsSync(shimLog)).toBe(false);
    const json = JSON.parse(r.stdout) as { digest: string; layout: string };
    const blob = (d: string) => JSON.parse(readFileSync(path.join(json.layout, 'blobs', 'sha256', d.slice(7)), 'utf8')) as unknown;
    const index = blob(json.digest) as { manifests: Array<{ digest: string; platform: { architecture: string } }> };
    const amd64 = blob(index.manifests.find((m) => m.platform.architecture === 'amd64')!.digest) as { config: { digest: string } };
    const info = inspect(tag);
    expect(info.Architecture).toBe('amd64');
    expect(info.Id).toBe(amd64.config.digest.slice(7));
  });

  test('a zstd image is re-encoded for docker and loads with its diff_ids (Node 24)', () => {
    const tag = `${REPO}:zstd`;
    created.push(tag);
    const r = spawnSync(node24(), [TEST_CLI, ...buildArgs('zstd', [tag], ['--compression', 'zstd', '--layer', 'bin/**']), '--load'], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '', PATH: SHIM_PATH },
    });
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { layers: Array<{ diffId: string; mediaType: string }> };
    expect(json.layers.map((l) => l.mediaType)).toEqual(['application/vnd.oci.image.layer.v1.tar+zstd', 'application/vnd.oci.image.layer.v1.tar+zstd']);
    expect(inspect(tag).RootFS.Layers).toEqual(json.layers.map((l) => l.diffId));
  });

  test('several platforms without the machine\'s: one line naming them, nothing loaded', () => {
    const tag = `${REPO}:foreign`;
    const r = runCli([...buildArgs('foreign', [tag], ['--platform', 'linux/arm64,linux/s390x']), '--load'], { env: { PATH: SHIM_PATH } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^oci-bundle: error: none of the built platforms \(linux\/arm64, linux\/s390x\) is this machine's linux\/amd64, so there is no image to load; add linux\/amd64 to the platforms, or build without load(?: \(--[a-z]+\))?$/m);
    expect(listed()).not.toContain(tag);
  });

  test('an engine that fails (without reading the archive) is reported in one line with its last message', () => {
    const broken = path.join(work, 'broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'docker'), '#!/bin/sh\necho "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" >&2\nexit 1\n');
    chmodSync(path.join(broken, 'docker'), 0o755);
    const r = runCli([...buildArgs('broken', [`${REPO}:broken`]), '--load'], { env: { PATH: `${broken}:${SYSTEM_PATH}` } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^oci-bundle: error: docker load failed \(exit 1\): Cannot connect to the Docker daemon at unix:\/\/\/var\/run\/docker.sock. Is the docker daemon running\?(?: \(--[a-z]+\))?$/m);
  });

  test('neither docker nor podman on PATH: one line, before anything is built', () => {
    const out = path.join(work, 'none-layout');
    const r = runCli([...buildArgs('none', [`${REPO}:none`]), '--load'], { env: { PATH: emptyDir } });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['oci-bundle: error: load needs docker or podman to load the image into, and neither is on PATH; install one, or build without load (--load)']);
    expect(existsSync(out)).toBe(false);
  });
});

describe('action load: true', () => {
  test('loads the image and sets the loaded output to the tags', () => {
    const tags = [`${REPO}:action`, `${REPO}:action-also`];
    created.push(...tags);
    const r = runAction('.', { context: ctx, dest: '/', load: 'true', tags: tags.join('\n'), cache: 'false' }, { PATH: SHIM_PATH });
    expect(r.status).toBe(0);
    expect(r.outputs.loaded).toBe(tags.join('\n'));
    expect(listed()).toEqual(expect.arrayContaining(tags));
  });

  test('without load the output is empty and nothing is loaded', () => {
    const r = runAction('.', { context: ctx, dest: '/', tags: `${REPO}:not-loaded`, cache: 'false' }, { PATH: SHIM_PATH });
    expect(r.status).toBe(0);
    expect(r.outputs.loaded).toBe('');
    expect(listed()).not.toContain(`${REPO}:not-loaded`);
  });

  test('neither engine on PATH fails the step with the one-line error', () => {
    const r = runAction('.', { context: ctx, dest: '/', load: 'true', tags: `${REPO}:none`, cache: 'false' }, { PATH: emptyDir });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/::error::load needs docker or podman to load the image into, and neither is on PATH/);
  });
});
