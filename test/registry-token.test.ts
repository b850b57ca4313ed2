// Bearer token auth against a real registry (CNCF Distribution with auth.token) and our token
// server: Basic-authenticated token requests, the OAuth2 refresh-token form for identity tokens,
// anonymous pull tokens for public repositories, token refresh after a 401 mid-push, scopes for
// cross-repository mounts; plus the pull side (manifests, digests, blobs).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pushLayout } from '../src/registry/push.js';
import { fetchBlob, headManifest, pullManifest, resolveDigest, RegistryImageSource } from '../src/registry/pull.js';
import { RegistryClient } from '../src/registry/client.js';
import type { Logger } from '../src/util/log.js';
import type { CliResult } from './helpers/cli.js';
import { runCliAsync } from './helpers/cli-async.js';
import { tmpDir } from './helpers/fixtures.js';
import { startTokenRegistry, type TokenServer } from './helpers/token-server.js';
import type { RunningRegistry } from './helpers/registry.js';
import { makeImage, type TestImage } from './helpers/registry-layouts.js';

const PASSWORD = 'tok-pw-7d2c-Secret';
const READER_PASSWORD = 'reader-pw-41aa-Secret';
const REFRESH = 'refresh-token-0c9e-Secret';
const work = tmpDir('oci-bundle-token-');
const emptyDockerConfig = path.join(work, 'docker-empty');
mkdirSync(emptyDockerConfig);
const ENV = { DOCKER_CONFIG: emptyDockerConfig, OCI_BUNDLE_USERNAME: '', OCI_BUNDLE_PASSWORD: '', OCI_BUNDLE_RETRY_BASE_MS: '50', OCI_BUNDLE_DEBUG: '' };

let registry: RunningRegistry;
let tokens: TokenServer;
let stopAll: () => Promise<void>;
let img: TestImage;

function collect(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(`warning: ${m}`), debug: (m) => lines.push(`debug: ${m}`) };
}

function push(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  return runCliAsync(['push', ...args], { env: { ...ENV, ...env }, input });
}

/** sha256 of the manifest skopeo reads (async: skopeo talks to our in-process token server). */
async function skopeoRawDigest(ref: string, creds: string): Promise<string> {
  const { stdout } = await promisify(execFile)('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', creds, `docker://${ref}`], { encoding: 'buffer' });
  return 'sha256:' + createHash('sha256').update(stdout).digest('hex');
}

function dockerConfig(name: string, config: unknown): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

const bob = { username: 'bob', password: PASSWORD };

beforeAll(async () => {
  const started = await startTokenRegistry({ users: { bob: PASSWORD, reader: READER_PASSWORD }, readOnly: ['reader'], refreshTokens: { [REFRESH]: 'bob' } });
  registry = started.registry;
  tokens = started.tokens;
  stopAll = started.stop;
  img = await makeImage(path.join(work, 'img'), { refName: 'v1' });
});

afterAll(async () => {
  await stopAll?.();
});

describe('push with token auth', () => {
  test('user and password: one token request with the push scope; skopeo sees our digest on both tags', async () => {
    const before = tokens.requests.length;
    const r = await push([img.dir, `${registry.host}/team/app:v1`, `${registry.host}/team/app:v2`, '--json'], { OCI_BUNDLE_USERNAME: 'bob', OCI_BUNDLE_PASSWORD: PASSWORD });
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ digest: img.digest, pushed: 3, tags: [`${registry.host}/team/app:v1`, `${registry.host}/team/app:v2`] });
    const mine = tokens.requests.slice(before);
    expect(mine).toEqual([expect.objectContaining({ method: 'GET', user: 'bob', scopes: ['repository:team/app:pull,push'], status: 200 })]);
    for (const t of ['v1', 'v2']) expect(await skopeoRawDigest(`${registry.host}/team/app:${t}`, `bob:${PASSWORD}`)).toBe(img.digest);
  });

  test('identity token from the docker config: OAuth2 POST with grant_type=refresh_token', async () => {
    const dir = dockerConfig('docker-identity', { auths: { [registry.host]: { auth: Buffer.from('bob:').toString('base64'), identitytoken: REFRESH } } });
    const before = tokens.requests.length;
    const r = await push([img.dir, `${registry.host}/oauth/app:v1`, '--json'], { DOCKER_CONFIG: dir, OCI_BUNDLE_DEBUG: '1' });
    expect(r.status).toBe(0);
    expect(tokens.requests.slice(before)).toEqual([expect.objectContaining({ method: 'POST', grantType: 'refresh_token', user: 'bob', scopes: ['repository:oauth/app:pull,push'], status: 200 })]);
    expect(await skopeoRawDigest(`${registry.host}/oauth/app:v1`, `bob:${PASSWORD}`)).toBe(img.digest);
    const issued = tokens.requests.slice(before).map((q) => q.token!);
    for (const s of [REFRESH, ...issued]) expect(r.stdout + r.stderr).not.toContain(s);
  });

  test('identity token with a server lacking OAuth2 (404 on POST): falls back to GET', async () => {
    tokens.options.noOAuth = true;
    try {
      const before = tokens.requests.length;
      const out = await pushLayout(img.dir, [`${registry.host}/oauth/fallback:v1`], { credential: { kind: 'identityToken', token: REFRESH, source: 'test' }, retryBaseMs: 10 });
      expect(out.digest).toBe(img.digest);
      expect(tokens.requests.slice(before).map((q) => [q.method, q.status, q.user])).toEqual([
        ['POST', 404, null],
        ['GET', 200, 'bob'],
      ]);
    } finally {
      tokens.options.noOAuth = false;
    }
  });

  test('an expired token is refreshed after a 401 in the middle of a push', async () => {
    // warm a token for this scope, then make the token server hand out dead tokens next
    const log = collect();
    await pushLayout(img.dir, [`${registry.host}/refresh/app:warm`], { explicit: bob, logger: log });
    tokens.expireNext(1);
    const before = tokens.requests.length;
    const out = await pushLayout(img.dir, [`${registry.host}/refresh/app:v1`], { explicit: bob, logger: log, retryBaseMs: 10 });
    expect(out.digest).toBe(img.digest);
    // one dead token (the registry answered 401), then a fresh one that worked
    expect(tokens.requests.slice(before).map((q) => q.status)).toEqual([200, 200]);
    expect(await skopeoRawDigest(`${registry.host}/refresh/app:v1`, `bob:${PASSWORD}`)).toBe(img.digest);
  });

  test('cross-repository mount: the token covers the source repository, blobs are mounted not uploaded', async () => {
    await pushLayout(img.dir, [`${registry.host}/base/image:1`], { explicit: bob });
    const layers = Object.fromEntries(img.layers.map((l) => [l.digest, `${registry.host}/base/image`]));
    const before = tokens.requests.length;
    const log = collect();
    const out = await pushLayout(img.dir, [`${registry.host}/derived/app:1`], { explicit: bob, mountFrom: layers, logger: log });
    expect(out).toMatchObject({ digest: img.digest, mounted: 2, pushed: 1, skipped: 0 });
    expect(tokens.requests.slice(before)).toEqual([expect.objectContaining({ scopes: ['repository:derived/app:pull,push', 'repository:base/image:pull'] })]);
    expect(log.lines.filter((l) => / mounted$/.test(l))).toHaveLength(2);
    expect(await skopeoRawDigest(`${registry.host}/derived/app:1`, `bob:${PASSWORD}`)).toBe(img.digest);
    // a source the registry does not have: the mount opens an upload session and we use it
    const unknown = Object.fromEntries(img.layers.map((l) => [l.digest, 'nowhere/else']));
    const again = await pushLayout(img.dir, [`${registry.host}/derived/other:1`], { explicit: bob, mountFrom: unknown });
    expect(again).toMatchObject({ mounted: 0, pushed: 3 });
  });

  test('wrong password: the token server refuses it, one clear line, nothing pushed', async () => {
    const r = await push([img.dir, `${registry.host}/wrong/app:v1`, '--username', 'bob', '--password-stdin'], {}, 'not-the-password');
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('oci-bundle: error:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/token server 127\.0\.0\.1:\d+ refused user "bob" \(from --username\/--password-stdin\) for push access to repository "wrong\/app" on 127\.0\.0\.1:\d+ \(401: UNAUTHORIZED: authentication failed\); check the user name and password/);
    expect(await headManifest(`${registry.host}/wrong/app:v1`, { explicit: bob })).toBeUndefined();
  });

  test('a read-only account: the registry refuses the push, naming registry, repository and what to check', async () => {
    const r = await push([img.dir, `${registry.host}/readonly/app:v1`], { OCI_BUNDLE_USERNAME: 'reader', OCI_BUNDLE_PASSWORD: READER_PASSWORD });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`error: registry ${registry.host.replace(/\./g, '\\.')} refused push access to repository "readonly/app" for user "reader" \\(from OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD\\): the token server did not grant it \\(POST upload sha256:[0-9a-f]{12}…: 401 insufficient_scope`),
    );
    expect(r.stderr).toMatch(/check that this account has that permission on the repository$/m);
    expect(await headManifest(`${registry.host}/readonly/app:v1`, { explicit: bob })).toBeUndefined();
  });
});

describe('pull', () => {
  beforeAll(async () => {
    await pushLayout(img.dir, [`${registry.host}/public/app:v1`, `${registry.host}/private/app:v1`], { explicit: bob });
  });

  test('anonymous pull of a public repository uses an anonymous token', async () => {
    const before = tokens.requests.length;
    const m = await pullManifest(`${registry.host}/public/app:v1`, { credential: null });
    expect(m.digest).toBe(img.digest);
    expect(m.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(m.bytes).toEqual(readFileSync(path.join(img.dir, 'blobs', 'sha256', img.digest.slice(7))));
    expect(tokens.requests.slice(before)).toEqual([expect.objectContaining({ user: null, scopes: ['repository:public/app:pull'] })]);
  });

  test('anonymous pull of a private repository: refused, with what to do', async () => {
    await expect(pullManifest(`${registry.host}/private/app:v1`, { credential: null })).rejects.toThrow(
      /registry 127\.0\.0\.1:\d+ refused pull access to repository "private\/app" without credentials .*docker login/,
    );
  });

  test('by digest (verified), HEAD, resolveDigest, and not found', async () => {
    const byDigest = await pullManifest(`${registry.host}/private/app@${img.digest}`, { explicit: bob });
    expect(byDigest.digest).toBe(img.digest);
    expect(await resolveDigest(`${registry.host}/private/app:v1`, { explicit: bob })).toBe(img.digest);
    expect(await headManifest(`${registry.host}/private/app:v1`, { explicit: bob })).toEqual({ digest: img.digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: img.blobs.get(img.digest) });
    await expect(pullManifest(`${registry.host}/private/app:missing`, { explicit: bob })).rejects.toThrow(/private\/app:missing: not found \(MANIFEST_UNKNOWN/);
    await expect(resolveDigest(`${registry.host}/private/app:missing`, { explicit: bob })).rejects.toThrow(/private\/app:missing: not found/);
  });

  test('blobs stream to a file or a writable, verified by digest', async () => {
    const layer = img.layers[0];
    const dest = path.join(work, 'layer.bin');
    expect(await fetchBlob(`${registry.host}/public/app`, layer.digest, dest, { credential: null, size: layer.size })).toBe(layer.size);
    expect(readFileSync(dest)).toEqual(readFileSync(path.join(img.dir, 'blobs', 'sha256', layer.digest.slice(7))));
    const chunks: Buffer[] = [];
    const sink = () =>
      new Writable({
        write(c, _e, cb) {
          chunks.push(c);
          cb();
        },
      });
    await fetchBlob(`${registry.host}/private/app`, layer.digest, sink, { explicit: bob });
    expect(Buffer.concat(chunks)).toEqual(readFileSync(dest));
    // the wrong expected size is caught
    await expect(fetchBlob(`${registry.host}/public/app`, layer.digest, path.join(work, 'bad.bin'), { credential: null, size: layer.size + 1, retries: 0 })).rejects.toThrow(/is corrupt: \d+ bytes arrived/);
  });

  test('tokens are cached per scope set and renewed when they expire', async () => {
    tokens.options.expiresIn = 1;
    const client = await RegistryClient.open(registry.host, { explicit: bob });
    try {
      const before = tokens.requests.length;
      const count = () => tokens.requests.length - before;
      await pullManifest(`${registry.host}/public/app:v1`, { client });
      await headManifest(`${registry.host}/public/app:v1`, { client });
      expect(count()).toBe(1); // same scope: cached
      await pullManifest(`${registry.host}/private/app:v1`, { client });
      expect(count()).toBe(2); // another scope: another token
      await new Promise((r) => setTimeout(r, 1000));
      await pullManifest(`${registry.host}/public/app:v1`, { client });
      expect(count()).toBe(3); // expired: renewed before use
      expect(tokens.requests.slice(before).map((q) => q.status)).toEqual([200, 200, 200]);
    } finally {
      client.close();
      tokens.options.expiresIn = undefined;
    }
  });

  test('RegistryImageSource reads a base image through one client', async () => {
    const src = RegistryImageSource.parse(`${registry.host}/private/app:v1`, { explicit: bob });
    try {
      const m = await src.manifest();
      expect(m.digest).toBe(img.digest);
      const cfg = JSON.parse(m.bytes.toString()).config;
      const dest = path.join(work, 'config.json');
      expect(await src.fetchBlob(cfg.digest, cfg.size, dest)).toBe(cfg.size);
      expect(src.mountFrom).toEqual({ registry: registry.host, repository: 'private/app' });
    } finally {
      await src.close();
    }
  });
});
