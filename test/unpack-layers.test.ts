// How `unpack` applies layers: whiteouts and opaque directories, replacements, links, modes,
// owners, mtimes, devices, paths through symlinked parents; the result compared with umoci's
// rootfs for the same image; zstd layers; corrupt layers.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lchownSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { MediaType } from '../src/oci/mediatypes.js';
import { TEST_CLI, runCli } from './helpers/cli.js';
import { buildLayers, composeImage, makeBusyboxContext, makeTar, rawLayer, sha256, tarLayer, tree, type LayerBlob, type TarSpec } from './helpers/compose.js';
import { tmpDir } from './helpers/fixtures.js';
import { node24 } from './helpers/node.js';

const work = tmpDir('oci-bundle-unpack-layers-');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const LONG = `long/${'d'.repeat(120)}/${'ü-file-'.repeat(25)}.txt`;

const lower: TarSpec[] = [
  { name: 'data/', type: 'dir' },
  { name: 'data/keep.txt', content: 'keep\n' },
  { name: 'data/gone.txt', content: 'gone\n' },
  { name: 'data/dir-gone/', type: 'dir' },
  { name: 'data/dir-gone/x', content: 'x\n' },
  { name: 'opq/', type: 'dir' },
  { name: 'opq/lower1', content: 'lower1\n' },
  { name: 'opq/sub/', type: 'dir' },
  { name: 'opq/sub/lower2', content: 'lower2\n' },
  { name: 'usr/', type: 'dir' },
  { name: 'usr/lib/', type: 'dir' },
  { name: 'usr/lib/libx.so', content: 'libx\n', mode: 0o755 },
  { name: 'lib', type: 'symlink', linkname: 'usr/lib' },
  { name: 'run/', type: 'dir' },
  { name: 'var/', type: 'dir' },
  { name: 'var/run', type: 'symlink', linkname: '/run' },
  { name: 'hard/', type: 'dir' },
  { name: 'hard/a', content: 'shared\n' },
  { name: 'hard/b', type: 'hardlink', linkname: 'hard/a' },
  { name: 'modes/', type: 'dir' },
  { name: 'modes/setuid', content: '#!/bin/sh\n', mode: 0o4755 },
  { name: 'modes/private', content: 'secret\n', mode: 0o600, uid: 1000, gid: 1000 },
  { name: 'modes/dir700/', type: 'dir', mode: 0o700, uid: 1000, gid: 1000, mtime: 1600000000 },
  { name: 'modes/dir700/inner', content: 'inner\n', uid: 1000, gid: 1000 },
  { name: 'modes/sticky/', type: 'dir', mode: 0o1777 },
  { name: 'replace/', type: 'dir' },
  { name: 'replace/dir-to-file/', type: 'dir' },
  { name: 'replace/dir-to-file/inner', content: 'inner\n' },
  { name: 'replace/file-to-dir', content: 'was a file\n' },
  { name: 'replace/link-to-file', type: 'symlink', linkname: '../data/keep.txt' },
  { name: 'samelayer/', type: 'dir' },
  { name: 'samelayer/lower', content: 'lower\n' },
  { name: 'dev/', type: 'dir' },
  { name: 'dev/null', type: 'char', mode: 0o666, devmajor: 1, devminor: 3 },
  { name: 'dev/loop9', type: 'block', mode: 0o660, devmajor: 7, devminor: 9 },
  { name: 'fifo', type: 'fifo', mode: 0o620 },
];

const upper: TarSpec[] = [
  { name: 'data/.wh.gone.txt' },
  { name: 'data/.wh.dir-gone' },
  { name: 'opq/', type: 'dir', mode: 0o750 },
  { name: 'opq/.wh..wh..opq' },
  { name: 'opq/upper', content: 'upper\n' },
  { name: 'lib/added.so', content: 'added through the lib symlink\n' },
  { name: 'var/run/app.pid', content: '42\n' },
  { name: 'hard/c', type: 'hardlink', linkname: 'hard/a' },
  { name: 'replace/dir-to-file', content: 'now a file\n' },
  { name: 'replace/file-to-dir/', type: 'dir', mode: 0o711 },
  { name: 'replace/file-to-dir/in', content: 'in\n' },
  { name: 'replace/link-to-file', content: 'no longer a link\n', mode: 0o640 },
  { name: 'mtime/', type: 'dir', mtime: 1000000000 },
  { name: 'mtime/f', content: 'old\n', mtime: 1234567890 },
  { name: 'mtime/l', type: 'symlink', linkname: 'f', mtime: 1234567891 },
  { name: 'owned/', type: 'dir', uid: 1000, gid: 1000 },
  { name: 'owned/file', content: 'owned\n', uid: 1234, gid: 5678 },
  { name: LONG, content: 'long\n' },
];

// An uncompressed layer; its opaque marker comes after a sibling of the same layer.
const third: TarSpec[] = [
  { name: 'samelayer/', type: 'dir' },
  { name: 'samelayer/-early', content: 'early\n' },
  { name: 'samelayer/.wh..wh..opq' },
  { name: 'samelayer/late', content: 'late\n' },
  { name: './data/./more.txt', content: 'cleaned name\n' },
  { name: '/abs.txt', content: 'leading slash\n' },
];

const layout = path.join(work, 'layout');
let layers: LayerBlob[];

beforeAll(async () => {
  const base = buildLayers(makeBusyboxContext(path.join(work, 'base-ctx')), path.join(work, 'base-layout'), '/');
  layers = [...base, tarLayer(lower), tarLayer(upper), tarLayer(third, 'none')];
  await composeImage(layout, { layers, config: { Cmd: ['/bin/sh'] }, ref: 'multi' });
});

describe('a four-layer image', () => {
  const bundle = path.join(work, 'bundle');
  const rootfs = path.join(bundle, 'rootfs');
  let ours: ReturnType<typeof tree>;

  beforeAll(() => {
    const r = runCli(['unpack', layout, bundle]);
    if (r.status !== 0) throw new Error(`unpack failed: ${r.stderr}`);
    ours = tree(rootfs);
  });

  test('whiteouts delete files and directories of lower layers; no .wh. entry is left', () => {
    expect(ours['data/gone.txt']).toBeUndefined();
    expect(ours['data/dir-gone']).toBeUndefined();
    expect(ours['data/dir-gone/x']).toBeUndefined();
    expect(ours['data/keep.txt']).toMatchObject({ type: 'file' });
    expect(Object.keys(ours).filter((p) => path.basename(p).startsWith('.wh.'))).toEqual([]);
  });

  test('an opaque directory hides lower content only, wherever the marker sits in its layer', () => {
    expect(readdirSync(path.join(rootfs, 'opq'))).toEqual(['upper']);
    expect(ours.opq.mode).toBe(0o750);
    expect(readdirSync(path.join(rootfs, 'samelayer')).sort()).toEqual(['-early', 'late']);
  });

  test('writes through symlinked parents land where the container sees them', () => {
    expect(readFileSync(path.join(rootfs, 'usr/lib/added.so'), 'utf8')).toBe('added through the lib symlink\n');
    expect(ours.lib).toMatchObject({ type: 'symlink', target: 'usr/lib' });
    expect(readFileSync(path.join(rootfs, 'run/app.pid'), 'utf8')).toBe('42\n');
    expect(ours['var/run']).toMatchObject({ type: 'symlink', target: '/run' });
    expect(ours['data/more.txt']).toMatchObject({ type: 'file' });
    expect(ours['abs.txt']).toMatchObject({ type: 'file' });
  });

  test('replacements: dir by file, file by dir, symlink by file (not written through)', () => {
    expect(readFileSync(path.join(rootfs, 'replace/dir-to-file'), 'utf8')).toBe('now a file\n');
    expect(ours['replace/file-to-dir']).toMatchObject({ type: 'dir', mode: 0o711 });
    expect(ours['replace/link-to-file']).toMatchObject({ type: 'file', mode: 0o640 });
    expect(readFileSync(path.join(rootfs, 'data/keep.txt'), 'utf8')).toBe('keep\n');
  });

  test('hard links across layers share one inode; symlinks keep their targets', () => {
    const a = statSync(path.join(rootfs, 'hard/a'));
    expect(statSync(path.join(rootfs, 'hard/b')).ino).toBe(a.ino);
    expect(statSync(path.join(rootfs, 'hard/c')).ino).toBe(a.ino);
    expect(a.nlink).toBe(3);
    expect(readlinkSync(path.join(rootfs, 'bin/sh'))).toBe('busybox');
  });

  test('modes (setuid, sticky, private), owners and mtimes are applied', () => {
    expect(ours['modes/setuid']).toMatchObject({ mode: 0o4755, uid: 0, gid: 0 });
    expect(ours['modes/private']).toMatchObject({ mode: 0o600, uid: 1000, gid: 1000 });
    expect(ours['modes/dir700']).toMatchObject({ type: 'dir', mode: 0o700, uid: 1000, gid: 1000 });
    expect(Math.floor(lstatSync(path.join(rootfs, 'modes/dir700')).mtimeMs / 1000)).toBe(1600000000);
    expect(ours['modes/sticky'].mode).toBe(0o1777);
    expect(ours['owned/file']).toMatchObject({ uid: 1234, gid: 5678 });
    expect(ours['mtime/f'].mtime).toBe(1234567890);
    expect(ours['mtime/l'].mtime).toBe(1234567891);
    expect(Math.floor(lstatSync(path.join(rootfs, 'mtime')).mtimeMs / 1000)).toBe(1000000000);
    expect(readFileSync(path.join(rootfs, LONG), 'utf8')).toBe('long\n');
  });

  test('device nodes and FIFOs are created (as root)', () => {
    expect(process.geteuid!()).toBe(0);
    expect(ours['dev/null']).toMatchObject({ type: 'char', mode: 0o666 });
    expect(ours['dev/loop9']).toMatchObject({ type: 'block', mode: 0o660 });
    expect(ours['dev/null'].rdev).toBe(statSync('/dev/null').rdev);
    expect(ours.fifo).toMatchObject({ type: 'fifo', mode: 0o620 });
  });

  test('umoci unpack of the same image gives the same rootfs (types, modes, owners, targets, contents, mtimes, links)', () => {
    const theirs = path.join(work, 'umoci-bundle');
    execFileSync('umoci', ['unpack', '--image', `${layout}:multi`, theirs], { stdio: 'pipe' });
    expect(tree(path.join(theirs, 'rootfs'))).toEqual(ours);
  });

  test('--rootless: owners not applied, devices skipped with a note said once', () => {
    const b = path.join(work, 'bundle-rootless');
    const r = runCli(['unpack', layout, b, '--rootless']);
    expect(r.status).toBe(0);
    const t = tree(path.join(b, 'rootfs'));
    expect(t['owned/file']).toMatchObject({ uid: 0, gid: 0 });
    expect(t['dev/null']).toBeUndefined();
    expect(t['dev/loop9']).toBeUndefined();
    expect(t.fifo).toMatchObject({ type: 'fifo' });
    expect(r.stderr.match(/device node/g)).toHaveLength(1);
    expect(r.stderr).toContain('/dev/null, /dev/loop9');
    expect(r.stderr.match(/owned by you/g)).toHaveLength(1);
  });
});

describe('layers written by GNU tar', () => {
  test('gnu and pax formats (long names and link targets, large ids, 10 KiB record padding) unpack as umoci unpacks them', async () => {
    const src = path.join(work, 'gnu-src');
    const longDir = path.join(src, 'x'.repeat(150), 'y'.repeat(90));
    mkdirSync(longDir, { recursive: true });
    writeFileSync(path.join(longDir, 'file-with-a-long-name-' + 'z'.repeat(120)), 'long\n');
    symlinkSync('t'.repeat(180), path.join(src, 'long-target'));
    writeFileSync(path.join(src, 'big-ids'), 'ids\n');
    lchownSync(path.join(src, 'big-ids'), 3000000, 3000001);
    const layers = ['gnu', 'pax'].map((format) => {
      const tar = execFileSync('tar', [`--format=${format}`, '--numeric-owner', '-C', src, '-cf', '-', '.']);
      expect(tar.length % 10240).toBe(0);
      return rawLayer(tar, format === 'gnu' ? 'none' : 'gzip');
    });
    for (const [i, layer] of layers.entries()) {
      const l = path.join(work, `layout-gnu-${i}`);
      await composeImage(l, { layers: [layer], config: { Cmd: ['/x'] }, ref: 'g' });
      const b = path.join(work, `bundle-gnu-${i}`);
      const r = runCli(['unpack', l, b]);
      expect(r.stderr).not.toMatch(/warning|error/);
      expect(r.status).toBe(0);
      execFileSync('umoci', ['unpack', '--image', `${l}:g`, `${b}-umoci`], { stdio: 'pipe' });
      const ours = tree(path.join(b, 'rootfs'));
      expect(ours['big-ids']).toMatchObject({ uid: 3000000, gid: 3000001 });
      expect(ours['long-target']).toMatchObject({ type: 'symlink', target: 't'.repeat(180) });
      expect(ours[path.relative(src, path.join(longDir, 'file-with-a-long-name-' + 'z'.repeat(120)))]).toMatchObject({ type: 'file' });
      expect(ours).toEqual(tree(path.join(`${b}-umoci`, 'rootfs')));
    }
  });
});

describe('compression and integrity', () => {
  const small: TarSpec[] = [
    { name: 'etc/', type: 'dir' },
    { name: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\n' },
    { name: 'hello.txt', content: 'hello zstd\n' },
  ];

  test('a zstd layer is read with Node >= 22.15; older Node says it needs a newer one', async () => {
    const tar = makeTar(small);
    const tarFile = path.join(work, 'small.tar');
    writeFileSync(tarFile, tar);
    const zst = execFileSync('zstd', ['-q', '-c', tarFile]);
    const l = path.join(work, 'layout-zstd');
    await composeImage(l, { layers: [{ mediaType: MediaType.OciLayerZstd, digest: sha256(zst), size: zst.length, diffId: sha256(tar), bytes: zst }], config: { Cmd: ['/hello'] }, ref: 'z' });
    const b = path.join(work, 'bundle-zstd');
    const r = spawnSync(node24(), [TEST_CLI, 'unpack', l, b], { encoding: 'utf8' });
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(b, 'rootfs/hello.txt'), 'utf8')).toBe('hello zstd\n');
    const b2 = path.join(work, 'bundle-zstd-here');
    const here = runCli(['unpack', l, b2]);
    const [maj, min] = process.versions.node.split('.').map(Number);
    if (maj > 22 || (maj === 22 && min >= 15)) {
      expect(here.status).toBe(0);
    } else {
      expect(here.status).toBe(1);
      expect(here.stderr).toContain('zstd-compressed, which needs Node.js 22.15 or newer');
      expect(existsSync(b2)).toBe(false);
    }
  });

  test('a corrupt blob, a wrong diff_id and a truncated layer fail naming the layer; the bundle is removed', async () => {
    const good = tarLayer(small);
    // 1. a byte flipped in the stored blob
    const l1 = path.join(work, 'layout-corrupt');
    await composeImage(l1, { layers: [good], config: { Cmd: ['/x'] } });
    const blob = path.join(l1, 'blobs/sha256', good.digest.slice(7));
    const bytes = readFileSync(blob);
    bytes[bytes.length - 9] ^= 0xff; // inside the gzip trailer's CRC: the tar still reads
    writeFileSync(blob, bytes);
    // 2. a config whose diff_id is not the layer's
    const l2 = path.join(work, 'layout-diffid');
    await composeImage(l2, { layers: [{ ...good, diffId: sha256('something else') }], config: { Cmd: ['/x'] } });
    // 3. a gzip stream cut short (its descriptor matches what is stored)
    const cut = good.bytes!.subarray(0, good.bytes!.length - 40);
    const l3 = path.join(work, 'layout-truncated');
    await composeImage(l3, { layers: [{ ...good, bytes: cut, digest: sha256(cut), size: cut.length }], config: { Cmd: ['/x'] } });

    for (const [l, digest, msg] of [
      [l1, good.digest, /layer 1\/1 \(sha256:[0-9a-f]{64}\)|layer blob sha256:[0-9a-f]{64} is corrupt/],
      [l2, good.digest, /does not match the image config/],
      [l3, sha256(cut), /layer 1\/1 \(sha256:[0-9a-f]{64}\).*(unexpected end of file|truncated)/],
    ] as const) {
      const b = path.join(work, `bundle-bad-${path.basename(l)}`);
      const r = runCli(['unpack', l, b]);
      expect({ l, status: r.status }).toEqual({ l, status: 1 });
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).toContain(digest);
      expect(existsSync(b)).toBe(false);
    }
  });

  test('the bundle of a copied layout is the same (nothing depends on where the layout is)', () => {
    const copy = path.join(work, 'layout-copy');
    cpSync(layout, copy, { recursive: true });
    const b1 = path.join(work, 'bundle-a');
    const b2 = path.join(work, 'bundle-b');
    expect(runCli(['unpack', layout, b1]).status).toBe(0);
    expect(runCli(['unpack', copy, b2]).status).toBe(0);
    expect(tree(path.join(b2, 'rootfs'))).toEqual(tree(path.join(b1, 'rootfs')));
    expect(readFileSync(path.join(b2, 'config.json'), 'utf8')).toBe(readFileSync(path.join(b1, 'config.json'), 'utf8'));
  });
});

describe('as an unprivileged user', () => {
  // A world-readable place: the layout must be readable and the bundle's parent writable by nobody.
  const pub = tmpDir('oci-bundle-unpack-nobody-');
  chmodSync(pub, 0o777);
  afterAll(() => rmSync(pub, { recursive: true, force: true }));
  const asNobody = (args: string[]) =>
    spawnSync('setpriv', ['--reuid', '65534', '--regid', '65534', '--clear-groups', process.execPath, TEST_CLI, 'unpack', ...args], { encoding: 'utf8' });
  const lowerRo: TarSpec[] = [
    { name: 'ro/', type: 'dir', mode: 0o555 },
    { name: 'ro/a', content: 'a\n', mode: 0o444 },
    { name: 'ro/sub/', type: 'dir', mode: 0o500 },
    { name: 'ro/sub/deep', content: 'deep\n', mode: 0o400 },
    { name: 'owned', content: 'x\n', uid: 1000, gid: 1000 },
    { name: 'dev/', type: 'dir' },
    { name: 'dev/null', type: 'char', mode: 0o666, devmajor: 1, devminor: 3 },
  ];

  test('rootless is implied and said once; read-only directories of lower layers still take upper changes', async () => {
    const l = path.join(pub, 'layout');
    await composeImage(l, { layers: [tarLayer(lowerRo), tarLayer([{ name: 'ro/b', content: 'b\n' }, { name: 'ro/.wh.a' }, { name: 'ro/sub/new', content: 'new\n' }])], config: { Cmd: ['/x'] } });
    const b = path.join(pub, 'bundle');
    const r = asNobody([l, b]);
    expect(r.stderr.match(/not running as root/g)).toHaveLength(1);
    expect(r.status).toBe(0);
    const t = tree(path.join(b, 'rootfs'));
    expect(t.ro).toMatchObject({ type: 'dir', mode: 0o555, uid: 65534 });
    expect(t['ro/sub']).toMatchObject({ type: 'dir', mode: 0o500 });
    expect(t['ro/a']).toBeUndefined();
    expect(t['ro/b']).toMatchObject({ type: 'file' });
    expect(t['ro/sub/new']).toMatchObject({ type: 'file' });
    expect(t.owned).toMatchObject({ uid: 65534, gid: 65534 });
    expect(t['dev/null']).toBeUndefined();
    expect(r.stderr).toContain('skipped 1 device node(s)');
    const c = JSON.parse(readFileSync(path.join(b, 'config.json'), 'utf8'));
    expect(c.linux.uidMappings).toEqual([{ containerID: 0, hostID: 65534, size: 1 }]);
  });

  test('a failure after read-only directories were written still removes the whole bundle', async () => {
    const l = path.join(pub, 'layout-bad');
    await composeImage(l, { layers: [tarLayer(lowerRo), tarLayer([{ name: '../escape', content: 'x\n' }])], config: { Cmd: ['/x'] } });
    const b = path.join(pub, 'new-parent', 'bundle');
    const r = asNobody([l, b]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('entry "../escape"');
    expect(existsSync(path.join(pub, 'new-parent'))).toBe(false);
  });
});
