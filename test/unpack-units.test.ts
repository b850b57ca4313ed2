// The unpack engine's small parts on their own: the tar reader, path cleaning and rooted
// resolution, /etc/passwd and /etc/group, and the runtime config's pieces.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { TRAILER } from '../src/layer/tar.js';
import { parseGroup, parsePasswd, resolveUser } from '../src/unpack/passwd.js';
import { imageAnnotations, processArgs, processCwd, processEnv } from '../src/unpack/runtime-config.js';
import { RootResolver, cleanEntryPath } from '../src/unpack/secure-path.js';
import { readTar, type TarEntry } from '../src/unpack/tar-reader.js';
import type { ImageConfig } from '../src/oci/types.js';
import { makeTar } from './helpers/compose.js';
import { tmpDir } from './helpers/fixtures.js';

async function entries(tar: Buffer, chunk = 7): Promise<Array<TarEntry & { body: string }>> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < tar.length; i += chunk) pieces.push(tar.subarray(i, i + chunk));
  const out: Array<TarEntry & { body: string }> = [];
  for await (const item of readTar(Readable.from(pieces))) {
    const parts: Buffer[] = [];
    if (item.entry.name.endsWith('skip-body')) {
      out.push({ ...item.entry, body: '' });
      continue;
    }
    for await (const c of item.body()) parts.push(c);
    out.push({ ...item.entry, body: Buffer.concat(parts).toString() });
  }
  return out;
}

describe('tar reader', () => {
  test('reads names, types, bodies, owners and PAX records, in small uneven pieces', async () => {
    const long = `${'p'.repeat(160)}/${'n'.repeat(99)}`;
    const got = await entries(
      makeTar([
        { name: 'dir/', type: 'dir', mode: 0o750, mtime: 5 },
        { name: 'dir/skip-body', content: 'not read by the consumer' },
        { name: 'dir/f', content: 'x'.repeat(1000), uid: 3000000, gid: 7 },
        { name: long, type: 'symlink', linkname: 't'.repeat(150) },
        { name: 'h', type: 'hardlink', linkname: 'dir/f' },
        { name: 'c', type: 'char', devmajor: 4, devminor: 64 },
      ]),
    );
    expect(got.map((e) => [e.name, e.kind])).toEqual([
      ['dir/', 'dir'],
      ['dir/skip-body', 'file'],
      ['dir/f', 'file'],
      [long, 'symlink'],
      ['h', 'hardlink'],
      ['c', 'char'],
    ]);
    expect(got[0]).toMatchObject({ mode: 0o750, mtime: 5 });
    expect(got[2]).toMatchObject({ body: 'x'.repeat(1000), uid: 3000000, gid: 7, size: 1000 });
    expect(got[3].linkname).toBe('t'.repeat(150));
    expect(got[5]).toMatchObject({ devmajor: 4, devminor: 64 });
  });

  test('refuses a bad checksum, a truncated stream and an entry after a zero block', async () => {
    const tar = makeTar([{ name: 'a', content: 'hello' }]);
    const bad = Buffer.from(tar);
    bad[10] ^= 1;
    await expect(entries(bad)).rejects.toThrow('bad checksum');
    await expect(entries(tar.subarray(0, 600))).rejects.toThrow('truncated');
    const after = Buffer.concat([Buffer.alloc(512), makeTar([{ name: 'hidden', content: 'x' }])]);
    await expect(entries(after)).rejects.toThrow('follows a zero block');
    // trailing zero padding of any length is fine
    expect(await entries(Buffer.concat([tar, Buffer.alloc(9216), TRAILER]))).toHaveLength(1);
  });
});

describe('paths', () => {
  test('cleanEntryPath drops "/", "./" and ".", and refuses to climb out', () => {
    expect(cleanEntryPath('/a/./b/')).toEqual(['a', 'b']);
    expect(cleanEntryPath('./')).toEqual([]);
    expect(cleanEntryPath('a/../b')).toEqual(['b']);
    expect(cleanEntryPath('a/../../b')).toBeUndefined();
    expect(cleanEntryPath('../b')).toBeUndefined();
    expect(cleanEntryPath('a\0b')).toBeUndefined();
  });

  test('RootResolver follows symlinks rooted at the root and never leaves it', () => {
    const dir = tmpDir('oci-bundle-unpack-units-');
    const root = path.join(dir, 'root');
    mkdirSync(path.join(root, 'usr/lib'), { recursive: true });
    symlinkSync('usr/lib', path.join(root, 'lib'));
    symlinkSync('/usr', path.join(root, 'abs'));
    symlinkSync('../../..', path.join(root, 'usr/up'));
    symlinkSync('loop2', path.join(root, 'loop1'));
    symlinkSync('loop1', path.join(root, 'loop2'));
    writeFileSync(path.join(root, 'usr/lib/f'), '');
    const r = new RootResolver(root);
    expect(r.resolve(['lib', 'x'], true)).toBe(path.join(root, 'usr/lib/x'));
    expect(r.resolve(['lib'], false)).toBe(path.join(root, 'lib'));
    expect(r.resolve(['abs', 'lib'], true)).toBe(path.join(root, 'usr/lib'));
    expect(r.resolve(['usr', 'up', 'etc', 'passwd'], true)).toBe(path.join(root, 'etc/passwd'));
    expect(r.resolve(['nope', '..', '..', 'x'], true)).toBe(path.join(root, 'x'));
    expect(() => r.resolve(['loop1', 'x'], true)).toThrow('too many levels of symbolic links');
    expect(() => r.mkdirAll(path.join(root, 'usr/lib/f/sub'))).toThrow('is not a directory');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('users', () => {
  const passwd = parsePasswd('# comment\nroot:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\nbroken line\nweird:x:notanumber:1::/:\n');
  const group = parseGroup('root:x:0:\nstaff:x:50:app,other\napp:x:1000:app\nwheel:x:10:root\n');

  test('parses, skipping comments and broken lines', () => {
    expect(passwd.map((p) => p.name)).toEqual(['root', 'app']);
    expect(group.find((g) => g.name === 'staff')!.members).toEqual(['app', 'other']);
  });

  test.each([
    [undefined, { uid: 0, gid: 0, additionalGids: [10], home: '/root' }],
    ['app', { uid: 1000, gid: 1000, additionalGids: [50], home: '/home/app' }],
    ['app:0', { uid: 1000, gid: 0, additionalGids: [], home: '/home/app' }],
    ['1000:staff', { uid: 1000, gid: 50, additionalGids: [], home: '/home/app' }],
    ['77', { uid: 77, gid: 0, additionalGids: [] }],
  ])('User %j', (spec, want) => {
    expect(resolveUser(spec, passwd, group)).toEqual(want);
  });

  test('names that cannot be resolved are errors', () => {
    expect(() => resolveUser('ghost', passwd, group)).toThrow('no user "ghost"');
    expect(() => resolveUser('app:ghosts', passwd, group)).toThrow('no group "ghosts"');
    expect(() => resolveUser('app', undefined, undefined)).toThrow('no /etc/passwd');
    expect(() => resolveUser('app:', passwd, group)).toThrow('empty group');
    expect(() => resolveUser('99999999999', passwd, group)).toThrow('out of range');
    expect(resolveUser('5:6', undefined, undefined)).toEqual({ uid: 5, gid: 6, additionalGids: [] });
  });
});

describe('runtime config pieces', () => {
  const cfg = (c: ImageConfig['config'], extra: Partial<ImageConfig> = {}): ImageConfig => ({ architecture: 'arm', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, config: c, ...extra });

  test('args, cwd and env', () => {
    expect(processArgs(cfg({ Entrypoint: ['/a'], Cmd: ['b'] }))).toEqual(['/a', 'b']);
    expect(processArgs(cfg({ Entrypoint: null, Cmd: ['b'] }))).toEqual(['b']);
    expect(() => processArgs(cfg({}))).toThrow('neither Entrypoint nor Cmd');
    expect(processCwd(cfg({}))).toBe('/');
    expect(processCwd(cfg({ WorkingDir: 'srv' }))).toBe('/srv');
    expect(processEnv(cfg({ Env: ['A=1'] }), { uid: 0, gid: 0, additionalGids: [] })).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'A=1']);
    expect(processEnv(cfg({ Env: ['PATH=/x', 'HOME=/h'] }), { uid: 0, gid: 0, additionalGids: [], home: '/root' })).toEqual(['PATH=/x', 'HOME=/h']);
  });

  test('annotations: only what the image sets; labels win', () => {
    expect(imageAnnotations(cfg({ Labels: { 'org.opencontainers.image.os': 'label-wins' } }, { variant: 'v7', 'os.features': ['a', 'b'] }))).toEqual({
      'org.opencontainers.image.os': 'label-wins',
      'org.opencontainers.image.architecture': 'arm',
      'org.opencontainers.image.variant': 'v7',
      'org.opencontainers.image.os.features': 'a,b',
    });
  });
});
