// `unpack` end to end: an app image on a busybox base becomes a bundle that runc runs with the
// image's args, env, working directory and user; config.json follows runc spec and umoci; the
// ref and platform choices, and the command line's refusals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ContainerConfig } from '../src/oci/types.js';
import { runCli } from './helpers/cli.js';
import { HOST_ARCH, buildLayers, composeImage, composeIndex, makeBusyboxContext, type LayerBlob } from './helpers/compose.js';
import { fingerprint, tmpDir } from './helpers/fixtures.js';

const work = tmpDir('oci-bundle-unpack-run-');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const layout = path.join(work, 'layout');
let base: LayerBlob[];
let app: LayerBlob[];
let appDigest: string;

const APP_CONFIG: ContainerConfig = {
  Entrypoint: ['/app/entry.sh', 'first'],
  Cmd: ['second arg'],
  Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GREETING=hello from the image'],
  WorkingDir: '/app/work',
  User: 'app',
  ExposedPorts: { '8080/tcp': {}, '53/udp': {} },
  StopSignal: 'SIGTERM',
  Labels: { 'org.opencontainers.image.title': 'demo', team: 'core' },
};

function unpack(args: string[]) {
  return runCli(['unpack', ...args]);
}

function runc(bundle: string): { status: number; stdout: string; stderr: string } {
  const id = `oci-bundle-unpack-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const r = spawnSync('runc', ['run', '--bundle', bundle, id], { encoding: 'utf8', timeout: 30000, stdio: ['ignore', 'pipe', 'pipe'] });
  spawnSync('runc', ['delete', '-f', id], { stdio: 'ignore' });
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function configOf(bundle: string): any {
  return JSON.parse(readFileSync(path.join(bundle, 'config.json'), 'utf8'));
}

beforeAll(async () => {
  base = buildLayers(makeBusyboxContext(path.join(work, 'base-ctx')), path.join(work, 'base-layout'), '/');
  const appCtx = path.join(work, 'app-ctx');
  mkdirSync(path.join(appCtx, 'work'), { recursive: true });
  writeFileSync(path.join(appCtx, 'work', '.keep'), '');
  writeFileSync(
    path.join(appCtx, 'entry.sh'),
    '#!/bin/sh\necho "args: $*"\necho "arg count: $#"\necho "greeting: $GREETING"\necho "pwd: $(pwd)"\necho "uid: $(id -u) gid: $(id -g) groups: $(id -G)"\necho "home: $HOME"\n',
  );
  chmodSync(path.join(appCtx, 'entry.sh'), 0o755);
  app = buildLayers(appCtx, path.join(work, 'app-layout'), '/app');
  appDigest = await composeImage(layout, { layers: [...base, ...app], config: APP_CONFIG, ref: 'app', image: { author: 'Jane <jane@example.com>' }, annotations: { 'org.opencontainers.image.source': 'https://example.com/repo' } });
});

describe('an app on a busybox base', () => {
  const bundle = path.join(work, 'bundle');
  let json: any;

  beforeAll(() => {
    const r = unpack([layout, bundle, '--ref', 'app', '--json']);
    if (r.status !== 0) throw new Error(`unpack failed (${r.status}): ${r.stderr}`);
    json = JSON.parse(r.stdout);
  });

  test('--json tells what was unpacked', () => {
    expect(json).toEqual({ bundle, digest: appDigest, platform: `linux/${HOST_ARCH}`, layers: 2 });
  });

  test('runc runs it with the image args, env, workdir and user (by name, from /etc/passwd)', () => {
    const r = runc(bundle);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'args: first second arg',
      'arg count: 2',
      'greeting: hello from the image',
      'pwd: /app/work',
      'uid: 1000 gid: 1000 groups: 1000 50',
      'home: /home/app',
    ]);
  });

  test('config.json: process, root, mounts and namespaces as runc spec writes them', () => {
    const c = configOf(bundle);
    expect(c.ociVersion).toMatch(/^1\.0\.\d+$/);
    expect(c.root).toEqual({ path: 'rootfs', readonly: false });
    expect(c.process).toMatchObject({
      terminal: false,
      args: ['/app/entry.sh', 'first', 'second arg'],
      cwd: '/app/work',
      user: { uid: 1000, gid: 1000, additionalGids: [50] },
      noNewPrivileges: true,
      rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
    });
    expect(c.process.env).toEqual([...APP_CONFIG.Env!, 'HOME=/home/app']);
    const caps = ['CAP_AUDIT_WRITE', 'CAP_KILL', 'CAP_NET_BIND_SERVICE'];
    expect(c.process.capabilities).toEqual({ bounding: caps, effective: caps, permitted: caps, ambient: caps });
    expect(c.mounts.map((m: any) => `${m.destination} ${m.type}`)).toEqual(['/proc proc', '/dev tmpfs', '/dev/pts devpts', '/dev/shm tmpfs', '/dev/mqueue mqueue', '/sys sysfs', '/sys/fs/cgroup cgroup']);
    expect(c.mounts.find((m: any) => m.destination === '/sys').options).toEqual(['nosuid', 'noexec', 'nodev', 'ro']);
    expect(c.linux.namespaces).toEqual([{ type: 'pid' }, { type: 'network' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }]);
    expect(c.linux.maskedPaths).toContain('/proc/kcore');
    expect(c.linux.readonlyPaths).toContain('/proc/sys');
    expect(c.linux.uidMappings).toBeUndefined();
    expect(typeof c.hostname).toBe('string');
  });

  test('config.json annotations: from the image config as umoci does, labels included, not the manifest', () => {
    expect(configOf(bundle).annotations).toEqual({
      'org.opencontainers.image.os': 'linux',
      'org.opencontainers.image.architecture': HOST_ARCH,
      'org.opencontainers.image.author': 'Jane <jane@example.com>',
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.stopSignal': 'SIGTERM',
      'org.opencontainers.image.exposedPorts': '8080/tcp,53/udp',
      'org.opencontainers.image.title': 'demo',
      team: 'core',
    });
  });

  test('runc accepts the rootless variant too (user namespace mapping root to the caller)', async () => {
    const rootLayout = path.join(work, 'layout-root');
    await composeImage(rootLayout, { layers: [...base, ...app], config: { ...APP_CONFIG, User: '' }, ref: 'app' });
    const b = path.join(work, 'bundle-rootless');
    const r = unpack([rootLayout, b, '--rootless']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(b);
    const c = configOf(b);
    const uid = process.geteuid!();
    expect(c.linux.namespaces.map((n: any) => n.type)).toEqual(['pid', 'ipc', 'uts', 'mount', 'user']);
    expect(c.linux.uidMappings).toEqual([{ containerID: 0, hostID: uid, size: 1 }]);
    expect(c.linux.gidMappings).toEqual([{ containerID: 0, hostID: process.getegid!(), size: 1 }]);
    expect(c.linux.resources).toBeUndefined();
    expect(c.mounts.find((m: any) => m.destination === '/dev/pts').options).not.toContain('gid=5');
    const out = runc(b);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('uid: 0 gid: 0');
  });
});

describe('process.user from the image User', () => {
  const cases: Array<[string, object]> = [
    ['app:staff', { uid: 1000, gid: 50 }],
    ['1000', { uid: 1000, gid: 1000, additionalGids: [50] }],
    ['1000:1000', { uid: 1000, gid: 1000 }],
    ['4242', { uid: 4242, gid: 0 }],
    ['4242:4343', { uid: 4242, gid: 4343 }],
    ['nobody', { uid: 65534, gid: 65534 }],
    ['', { uid: 0, gid: 0 }],
  ];
  test.each(cases)('User %j', async (user, want) => {
    const l = path.join(work, `layout-user-${user.replace(/\W/g, '_') || 'empty'}`);
    await composeImage(l, { layers: base, config: { Cmd: ['/bin/sh'], User: user }, ref: 'u' });
    const b = path.join(l + '-bundle');
    const r = unpack([l, b]);
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    expect(configOf(b).process.user).toEqual(want);
  });

  test('a user or group name not in the image is an error, and the bundle is removed', async () => {
    for (const [user, msg] of [
      ['ghost', 'no user "ghost" in the image\'s /etc/passwd'],
      ['app:ghosts', 'no group "ghosts" in the image\'s /etc/group'],
    ]) {
      const l = path.join(work, `layout-bad-${user.replace(/\W/g, '_')}`);
      await composeImage(l, { layers: base, config: { Cmd: ['/bin/sh'], User: user }, ref: 'u' });
      const b = path.join(work, 'no-such-parent', 'bundle');
      const r = unpack([l, b]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(msg);
      expect(r.stderr.trim().split('\n').pop()).toMatch(/^oci-bundle: error: /);
      expect(existsSync(path.join(work, 'no-such-parent'))).toBe(false);
    }
  });

  test('an existing empty DIR is used, and left empty when the unpack fails', async () => {
    const l = path.join(work, 'layout-bad-empty');
    await composeImage(l, { layers: base, config: { Cmd: ['/bin/sh'], User: 'ghost' }, ref: 'u' });
    const b = path.join(work, 'empty-bundle');
    mkdirSync(b);
    expect(unpack([l, b]).status).toBe(1);
    expect(existsSync(b)).toBe(true);
    expect(fingerprint(b)).toBe('');
  });
});

describe('choosing the image', () => {
  const multi = path.join(work, 'layout-multi');
  let digests: { index: string; manifests: string[] };
  const other = HOST_ARCH === 'arm64' ? 'amd64' : 'arm64';

  beforeAll(async () => {
    await composeImage(multi, { layers: base, config: { Cmd: ['/bin/sh'] }, ref: 'single' });
    digests = await composeIndex(multi, 'multi', [
      { layers: base, config: { Cmd: ['/bin/sh'] }, platform: { os: 'linux', architecture: other } },
      { layers: base, config: { Cmd: ['/bin/sh'] }, platform: { os: 'linux', architecture: HOST_ARCH } },
    ]);
  });

  test('several images and no --ref: an error listing them', () => {
    const b = path.join(work, 'b-noref');
    const r = unpack([multi, b]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--ref');
    expect(r.stderr).toContain('single, multi');
    expect(existsSync(b)).toBe(false);
  });

  test('an index: the host platform by default, another with --platform, a missing one is an error', () => {
    const r1 = unpack([multi, path.join(work, 'b-host'), '--ref', 'multi', '--json']);
    expect(r1.status).toBe(0);
    expect(JSON.parse(r1.stdout)).toMatchObject({ digest: digests.manifests[1], platform: `linux/${HOST_ARCH}` });
    const r2 = unpack([multi, path.join(work, 'b-other'), '--ref', 'multi', '--platform', `linux/${other}`, '--json']);
    expect(r2.status).toBe(0);
    expect(JSON.parse(r2.stdout)).toMatchObject({ digest: digests.manifests[0], platform: `linux/${other}` });
    const b = path.join(work, 'b-s390x');
    const r3 = unpack([multi, b, '--ref', 'multi', '--platform', 'linux/s390x']);
    expect(r3.status).toBe(1);
    expect(r3.stderr).toContain(`has no linux/s390x variant; it has: linux/${other}, linux/${HOST_ARCH}`);
    expect(existsSync(b)).toBe(false);
  });

  test('an unknown ref is an error naming what the layout has', () => {
    const r = unpack([multi, path.join(work, 'b-unknown'), '--ref', 'nope']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no image named "nope"');
    expect(r.stderr).toContain('single, multi');
  });
});

describe('refusals', () => {
  test('a non-empty DIR is refused and left as it was', () => {
    const b = path.join(work, 'occupied');
    mkdirSync(path.join(b, 'sub'), { recursive: true });
    writeFileSync(path.join(b, 'keep.txt'), 'mine\n');
    const before = fingerprint(b);
    const r = unpack([layout, b, '--ref', 'app']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`oci-bundle: error: ${b} exists and is not empty; refusing to unpack into it (choose a new or empty folder)\n`);
    expect(fingerprint(b)).toBe(before);
  });

  test('an image with neither Entrypoint nor Cmd is refused before anything is written', async () => {
    const l = path.join(work, 'layout-noargs');
    await composeImage(l, { layers: base, config: { Entrypoint: [], Env: ['A=b'] }, ref: 'x' });
    const b = path.join(work, 'b-noargs');
    const r = unpack([l, b]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('neither Entrypoint nor Cmd');
    expect(existsSync(b)).toBe(false);
  });

  test('usage errors exit 2 with one line', () => {
    for (const args of [[], [layout], [layout, 'a', 'b'], [layout, path.join(work, 'u1'), '--bogus'], [layout, path.join(work, 'u2'), '--platform', 'linux'], [layout, path.join(work, 'u3'), '--ref']]) {
      const r = unpack(args);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^oci-bundle: error: /);
    }
    expect(existsSync(path.join(work, 'u1'))).toBe(false);
  });

  test('LAYOUT that is not an OCI layout', () => {
    const r = unpack([work, path.join(work, 'b-notlayout')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is not an OCI image layout');
  });

  test('--help', () => {
    const r = unpack(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: oci-bundle unpack LAYOUT DIR');
  });
});
