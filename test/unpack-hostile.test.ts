// Hostile layers. The policy (see src/unpack/apply-layer.ts and `unpack --help`):
//   - REFUSED: a name or hard-link target that climbs out with "..", a hard link to something
//     missing. The unpack fails with one line naming the layer digest and the entry, and the
//     bundle is removed.
//   - CONTAINED: symlinks are data; paths through them resolve inside rootfs as the container
//     sees them (absolute targets start at rootfs, ".." stops at it), and an existing symlink at
//     the path being written is replaced, never written through. These unpack successfully and
//     land inside rootfs.
// Either way nothing outside rootfs changes: a canary folder and the host's /etc/passwd are
// checked after every case.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './helpers/cli.js';
import { composeImage, tarLayer, type TarSpec } from './helpers/compose.js';
import { fingerprint, tmpDir } from './helpers/fixtures.js';

const work = tmpDir('oci-bundle-unpack-hostile-');
afterAll(() => rmSync(work, { recursive: true, force: true }));
// The canary sits next to the bundles, so "../" from rootfs reaches it; it also has a
// directory an absolute symlink can point at.
const canary = path.join(work, 'canary');
mkdirSync(path.join(canary, 'target-dir'), { recursive: true });
writeFileSync(path.join(canary, 'target-dir', 'precious'), 'do not touch\n');
writeFileSync(path.join(canary, 'file'), 'canary\n');
/** Contents, modes and mtimes of the canary (its folders' own too). */
const canaryState = () => {
  const times = [canary, path.join(canary, 'target-dir'), path.join(canary, 'file')].map((p) => `${p} ${statSync(p).mode.toString(8)} ${statSync(p).mtimeMs}`);
  return `${fingerprint(canary)}\n${times.join('\n')}`;
};
const canaryBefore = canaryState();
const hostPasswd = () => {
  const st = statSync('/etc/passwd');
  return { sha: createHash('sha256').update(readFileSync('/etc/passwd')).digest('hex'), nlink: st.nlink, mode: st.mode, mtime: st.mtimeMs };
};
const passwdBefore = hostPasswd();
const outsideBefore = () => readdirSync(work).sort();

const base: TarSpec[] = [
  { name: 'etc/', type: 'dir' },
  { name: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\n' },
];

let n = 0;
/** Composes base + `entries` as the top layer and unpacks it. */
async function unpackHostile(entries: TarSpec[]) {
  const id = ++n;
  const l = path.join(work, `layout-${id}`);
  const top = tarLayer(entries);
  await composeImage(l, { layers: [tarLayer(base), top], config: { Cmd: ['/bin/sh'] } });
  // The bundle is two levels below work, so ../../ from rootfs is work itself.
  const bundle = path.join(work, `b${id}`, 'bundle');
  const before = outsideBefore();
  const r = runCli(['unpack', l, bundle]);
  return { ...r, bundle, rootfs: path.join(bundle, 'rootfs'), layer: top.digest, before };
}

afterEach(() => {
  expect(canaryState()).toBe(canaryBefore);
  expect(hostPasswd()).toEqual(passwdBefore);
});

function expectRefused(r: Awaited<ReturnType<typeof unpackHostile>>, entry: string) {
  expect(r.status).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines[lines.length - 1]).toBe(`oci-bundle: error: layer 2/2 (${r.layer}): entry "${entry}": ${lines[lines.length - 1].split(`entry "${entry}": `)[1]}`);
  expect(r.stderr).toContain('refusing to unpack this layer');
  expect(existsSync(path.dirname(r.bundle))).toBe(false);
  // nothing new next to the bundles (where ../ would land)
  expect(outsideBefore().filter((x) => !x.startsWith('layout-'))).toEqual(r.before.filter((x) => !x.startsWith('layout-')));
}

describe('refused: climbing out with ".."', () => {
  test('an entry named ../x (and a/../../x)', async () => {
    for (const name of ['../x', 'a/../../x', '../../canary/file']) {
      const r = await unpackHostile([{ name: 'ok.txt', content: 'fine\n' }, { name, content: 'escaped\n' }]);
      expectRefused(r, name);
      expect(r.stderr).toContain('climbs out of the root filesystem');
    }
    expect(existsSync(path.join(work, 'x'))).toBe(false);
  });

  test('a hard link to ../../outside', async () => {
    const r = await unpackHostile([{ name: 'hl', type: 'hardlink', linkname: '../../canary/file' }]);
    expectRefused(r, 'hl');
    expect(r.stderr).toContain('hard link target "../../canary/file" is outside the root filesystem');
    expect(statSync(path.join(canary, 'file')).nlink).toBe(1);
  });

  test('a hard link to something that does not exist in rootfs', async () => {
    const r = await unpackHostile([{ name: 'hl', type: 'hardlink', linkname: 'etc/shadow' }]);
    expectRefused(r, 'hl');
    expect(r.stderr).toContain('does not exist');
  });

  test('a whiteout and an opaque marker that climb out', async () => {
    for (const name of ['../canary/.wh.file', '../../canary/.wh..wh..opq']) {
      const r = await unpackHostile([{ name }]);
      expectRefused(r, name);
    }
  });
});

describe('contained: symlinks resolve inside rootfs', () => {
  test('an absolute symlink to a host folder, then a file written through it', async () => {
    const target = path.join(canary, 'target-dir');
    const r = await unpackHostile([
      { name: 'evil', type: 'symlink', linkname: target },
      { name: 'evil/pwned', content: 'pwned\n' },
    ]);
    expect(r.stderr).not.toMatch(/warning|error/);
    expect(r.status).toBe(0);
    expect(lstatSync(path.join(r.rootfs, 'evil')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(r.rootfs, target, 'pwned'), 'utf8')).toBe('pwned\n');
    expect(existsSync(path.join(target, 'pwned'))).toBe(false);
  });

  test('a symlink chain that climbs out (a -> ../.., b -> a/.., c -> b/../../..)', async () => {
    const r = await unpackHostile([
      { name: 'd/', type: 'dir' },
      { name: 'd/a', type: 'symlink', linkname: '../..' },
      { name: 'd/b', type: 'symlink', linkname: 'a/..' },
      { name: 'c', type: 'symlink', linkname: 'd/b/../../..' },
      { name: 'd/a/escaped-a', content: 'a\n' },
      { name: 'd/b/escaped-b', content: 'b\n' },
      { name: 'c/escaped-c', content: 'c\n' },
      { name: 'c/canary/file', content: 'overwritten?\n' },
    ]);
    expect(r.status).toBe(0);
    for (const f of ['escaped-a', 'escaped-b', 'escaped-c', 'canary/file']) expect(existsSync(path.join(r.rootfs, f))).toBe(true);
    for (const f of ['escaped-a', 'escaped-b', 'escaped-c']) {
      expect(existsSync(path.join(r.bundle, f))).toBe(false);
      expect(existsSync(path.join(work, f))).toBe(false);
      expect(existsSync(path.join(path.dirname(r.bundle), f))).toBe(false);
    }
  });

  test('a hard link to /etc/passwd links the image\'s /etc/passwd, not the host\'s', async () => {
    const r = await unpackHostile([{ name: 'hl', type: 'hardlink', linkname: '/etc/passwd' }]);
    expect(r.status).toBe(0);
    expect(statSync(path.join(r.rootfs, 'hl')).ino).toBe(statSync(path.join(r.rootfs, 'etc/passwd')).ino);
    expect(statSync(path.join(r.rootfs, 'hl')).ino).not.toBe(statSync('/etc/passwd').ino);
  });

  test('a hard link through a symlink to the host resolves inside rootfs', async () => {
    const r = await unpackHostile([
      { name: 'hostetc', type: 'symlink', linkname: '/etc' },
      { name: 'up', type: 'symlink', linkname: '../../../../../../..' },
      { name: 'hl1', type: 'hardlink', linkname: 'hostetc/passwd' },
      { name: 'hl2', type: 'hardlink', linkname: 'up/etc/passwd' },
    ]);
    expect(r.status).toBe(0);
    const inner = statSync(path.join(r.rootfs, 'etc/passwd')).ino;
    expect(statSync(path.join(r.rootfs, 'hl1')).ino).toBe(inner);
    expect(statSync(path.join(r.rootfs, 'hl2')).ino).toBe(inner);
  });

  test('an existing symlink is replaced, never written through (file, dir, and attributes)', async () => {
    const r = await unpackHostile([
      { name: 'to-passwd', type: 'symlink', linkname: '/etc/passwd' },
      { name: 'to-canary-file', type: 'symlink', linkname: path.join(canary, 'file') },
      { name: 'to-canary-dir', type: 'symlink', linkname: path.join(canary, 'target-dir') },
      { name: 'to-passwd', content: 'pwned\n', mode: 0o777 },
      { name: 'to-canary-file', content: 'pwned\n' },
      { name: 'to-canary-dir/', type: 'dir', mode: 0o777 },
    ]);
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(r.rootfs, 'to-passwd'), 'utf8')).toBe('pwned\n');
    expect(lstatSync(path.join(r.rootfs, 'to-passwd')).isFile()).toBe(true);
    expect(lstatSync(path.join(r.rootfs, 'to-canary-dir')).isDirectory()).toBe(true);
    expect(readFileSync(path.join(r.rootfs, 'etc/passwd'), 'utf8')).toBe('root:x:0:0:root:/root:/bin/sh\n');
  });

  test('a directory replaced by a symlink later in the same layer: its attributes are not applied through it', async () => {
    const r = await unpackHostile([
      { name: 'swap/', type: 'dir', mode: 0o777, mtime: 1 },
      { name: 'swap', type: 'symlink', linkname: path.join(canary, 'target-dir') },
    ]);
    expect(r.status).toBe(0);
    expect(lstatSync(path.join(r.rootfs, 'swap')).isSymbolicLink()).toBe(true);
  });

  test('whiteouts and opaque markers through a symlink to the host delete nothing there', async () => {
    const r = await unpackHostile([
      { name: 'sl', type: 'symlink', linkname: canary },
      { name: 'sl/.wh.file' },
      { name: 'sl/.wh.target-dir' },
      { name: 'sl2', type: 'symlink', linkname: path.join(canary, 'target-dir') },
      { name: 'sl2/.wh..wh..opq' },
      { name: 'etc/.wh.passwd' },
    ]);
    expect(r.status).toBe(0);
    expect(existsSync(path.join(r.rootfs, 'etc/passwd'))).toBe(false);
  });
});
