// The shared gates every reader goes through: platforms and digests from outside, and the one
// verified, bounded read of a blob file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256, requireDigest } from '../src/oci/digest.js';
import { checkPlatform, configPlatform, parsePlatform, platformMatches } from '../src/oci/platform.js';
import { readCappedFile, readVerifiedBlob, readVerifiedBytes } from '../src/layout/blob-read.js';
import { UserError } from '../src/util/errors.js';
import { tmpDir } from './helpers/fixtures.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function drain(s: NodeJS.ReadableStream): Promise<number> {
  let n = 0;
  for await (const c of s) n += (c as Buffer).length;
  return n;
}

describe('checkPlatform', () => {
  test('accepts and copies a spec platform, dropping unknown fields', () => {
    const p = checkPlatform({ os: 'linux', architecture: 'arm64', variant: 'v8', extra: '<b>', 'os.features': [] }, 'x');
    expect(p).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' });
    expect(checkPlatform({ os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763.1879' }, 'x')['os.version']).toBe('10.0.17763.1879');
  });
  test.each([
    [{ os: 'linux\n::error::pwned', architecture: 'amd64' }],
    [{ os: 'linux', architecture: '<img src=x onerror=alert(1)>' }],
    [{ os: 'linux', architecture: 'amd64', variant: '::add-mask::x' }],
    [{ os: 'linux', architecture: 'amd64', 'os.version': 'a\nb' }],
    [{ os: 'linux', architecture: 'amd64', 'os.features': ['ok', 'b a d'] }],
    [{ os: '../etc', architecture: 'amd64' }],
    [{ os: 7, architecture: 'amd64' }],
    ['linux/amd64'],
    [null],
  ])('refuses hostile %j with a malformed UserError', (v) => {
    let err: unknown;
    try {
      checkPlatform(v, 'index.json → manifests[0]');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).kind).toBe('malformed');
    expect((err as UserError).message).not.toMatch(/\n|::|</);
  });
  test('configPlatform and matching', () => {
    expect(configPlatform({ os: 'linux', architecture: 'arm' }, 'c')).toEqual({ os: 'linux', architecture: 'arm' });
    expect(platformMatches(parsePlatform('linux/arm64'), { os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe(true);
    expect(platformMatches(parsePlatform('linux/aarch64'), { os: 'linux', architecture: 'arm64' })).toBe(true);
    expect(platformMatches(parsePlatform('linux/arm/v6'), { os: 'linux', architecture: 'arm' })).toBe(false);
  });
});

describe('requireDigest', () => {
  test('passes valid digests through', () => {
    const d = sha256('x');
    expect(requireDigest(d, 'w')).toBe(d);
    expect(requireDigest('sha512:' + 'a'.repeat(128), 'w')).toMatch(/^sha512:/);
  });
  test.each(['latest', 'sha256:/../../etc/z', 'sha256:' + 'A'.repeat(64), 'sha256:' + 'a'.repeat(63), 'md5:abc', 'sha256:' + 'a'.repeat(64) + '\n', 42, undefined])('refuses %j', (v) => {
    expect(() => requireDigest(v, 'manifest config')).toThrow(UserError);
    try {
      requireDigest(v, 'manifest config');
    } catch (e) {
      expect((e as UserError).kind).toBe('malformed');
      expect((e as UserError).message).not.toContain('\n');
    }
  });
});

describe('readVerifiedBlob', () => {
  const body = Buffer.from('hello, blob\n');
  const want = { digest: sha256(body), size: body.length };
  const file = path.join(work, 'blob');
  writeFileSync(file, body);

  test('reads a good blob whole', async () => {
    expect((await readVerifiedBytes(file, want)).equals(body)).toBe(true);
  });
  test('a longer file stops at size + 1 with a corrupt error', async () => {
    await expect(drain(readVerifiedBlob(file, { ...want, size: 5 }))).rejects.toMatchObject({ kind: 'corrupt' });
  });
  test('a shorter file and a wrong digest are corrupt', async () => {
    await expect(drain(readVerifiedBlob(file, { ...want, size: 100 }))).rejects.toMatchObject({ kind: 'corrupt' });
    await expect(drain(readVerifiedBlob(file, { digest: sha256('other'), size: body.length }))).rejects.toMatchObject({ kind: 'corrupt' });
  });
  test('a symlink to /dev/zero is refused at once, not read forever', async () => {
    const link = path.join(work, 'zero-link');
    symlinkSync('/dev/zero', link);
    const t0 = Date.now();
    await expect(drain(readVerifiedBlob(link, { digest: sha256(''), size: 1 << 30 }))).rejects.toMatchObject({ kind: 'corrupt' });
    expect(Date.now() - t0).toBeLessThan(2000);
  });
  test('a FIFO is refused without blocking', async () => {
    const fifo = path.join(work, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(drain(readVerifiedBlob(fifo, want))).rejects.toMatchObject({ kind: 'corrupt' });
    await expect(readCappedFile(fifo, 'index.json')).rejects.toBeInstanceOf(UserError);
  });
  test('documents over the cap are refused before reading', async () => {
    await expect(readVerifiedBytes(file, { ...want, size: 9 * 1024 * 1024 })).rejects.toMatchObject({ kind: 'too-large' });
    const big = path.join(work, 'big.json');
    mkdirSync(path.dirname(big), { recursive: true });
    writeFileSync(big, Buffer.alloc(2048, 32));
    await expect(readCappedFile(big, 'index.json', 1024)).rejects.toMatchObject({ kind: 'too-large' });
    expect((await readCappedFile(big, 'index.json', 4096)).length).toBe(2048);
  });
});
