// Pushing through a fault-injecting proxy to a real registry: 5xx, 429 with Retry-After, resets
// before the registry sees a request, resets after it did the work (answer lost), silence. Each
// push must still complete with exactly our digest in the registry, each retry logged on one line.
// Also: redirects to another host never carry our credentials.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pushLayout, type PushOptions } from '../src/registry/push.js';
import { fetchBlob, pullManifest } from '../src/registry/pull.js';
import type { Logger } from '../src/util/log.js';
import { fixedBytes, tmpDir } from './helpers/fixtures.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';
import { makeImage, type TestImage } from './helpers/registry-layouts.js';

const work = tmpDir('oci-bundle-faults-');
let registry: RunningRegistry;
let proxy: FaultProxy;
let img: TestImage;
let big: { digest: string; size: number };

function collect(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(`warning: ${m}`), debug: () => {} };
}

/** Small chunks so a 300 KiB layer goes up in five PATCHes; fast backoff. */
function opts(log: Logger, extra: PushOptions = {}): PushOptions {
  return { logger: log, retryBaseMs: 20, chunkThreshold: 64 * 1024, chunkSize: 64 * 1024, credential: null, ...extra };
}

/** What the registry itself (not through the proxy) serves for repo:tag: sha256 of the raw manifest. */
function registryDigest(repo: string, tag: string): string {
  const raw = execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/${repo}:${tag}`]);
  return 'sha256:' + createHash('sha256').update(raw).digest('hex');
}

async function registryHasBlob(repo: string, digest: string): Promise<boolean> {
  return (await fetch(`${registry.url}/v2/${repo}/blobs/${digest}`, { method: 'HEAD' })).status === 200;
}

async function expectComplete(repo: string, tag: string): Promise<void> {
  expect(registryDigest(repo, tag)).toBe(img.digest);
  for (const d of img.blobs.keys()) if (d !== img.digest) expect(await registryHasBlob(repo, d)).toBe(true);
}

const RETRY = (op: string, why: string) => new RegExp(`^retry \\d/5 ${op} sha256:[0-9a-f]{12}… on 127\\.0\\.0\\.1:\\d+: ${why}; waiting \\d+\\.\\d s$`);

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startFaultProxy({ host: '127.0.0.1', port: registry.port });
  img = await makeImage(path.join(work, 'img'), { refName: 'v1', layers: [{ content: fixedBytes(300 * 1024, 11) }, { content: Buffer.from('small\n') }] });
  big = img.layers[0];
  expect(big.size).toBeGreaterThan(4 * 64 * 1024);
});

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

beforeEach(() => {
  proxy.rules.length = 0;
  proxy.log.length = 0;
});

test('503 on blob HEADs and 429 with Retry-After on upload start: waits as told, then completes', async () => {
  const head = proxy.add({ method: 'HEAD', path: /\/blobs\/sha256:/, times: 2, action: { kind: 'status', status: 503 } });
  const post = proxy.add({ method: 'POST', path: /\/blobs\/uploads\/$/, times: 1, action: { kind: 'status', status: 429, headers: { 'retry-after': '1' }, body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}' } });
  const log = collect();
  const started = Date.now();
  const out = await pushLayout(img.dir, [`${proxy.host}/a/app:v1`], opts(log));
  expect(out).toMatchObject({ digest: img.digest, pushed: 3, skipped: 0 });
  expect(head.fired).toBe(2);
  expect(post.fired).toBe(1);
  const retries = log.lines.filter((l) => l.startsWith('retry '));
  expect(retries.filter((l) => RETRY('HEAD blob', '503 Service Unavailable').test(l))).toHaveLength(2);
  const wait = retries.find((l) => RETRY('POST upload', '429 Too Many Requests').test(l));
  expect(wait).toMatch(/waiting 1\.\d s$/); // Retry-After: 1 honoured
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  await expectComplete('a/app', 'v1');
});

test('a reset before the registry sees a PATCH: the upload starts over with a new session', async () => {
  const patch = proxy.add({ method: 'PATCH', skip: 2, times: 1, action: { kind: 'reset-before' } });
  const log = collect();
  const out = await pushLayout(img.dir, [`${proxy.host}/b/app:v1`], opts(log, { concurrency: 1 }));
  expect(out.digest).toBe(img.digest);
  expect(patch.fired).toBe(1);
  expect(log.lines.filter((l) => RETRY('PATCH blob', 'connection reset').test(l))).toHaveLength(1);
  // after the reset: the broken session cancelled, HEAD again, a new POST, and every chunk again
  // from the first
  const afterReset = proxy.log.slice(proxy.log.findIndex((e) => e.fault === 'reset-before') + 1);
  expect(afterReset.map((e) => e.method).slice(0, 4)).toEqual(['DELETE', 'HEAD', 'POST', 'PATCH']);
  const patches = afterReset.filter((e) => e.method === 'PATCH');
  expect(patches).toHaveLength(Math.ceil(big.size / (64 * 1024)));
  await expectComplete('b/app', 'v1');
});

test('a reset before a monolithic PUT, and one after the registry stored a blob (answer lost)', async () => {
  const before = proxy.add({ method: 'PUT', path: /\/blobs\/uploads\/.*digest=/, times: 1, action: { kind: 'reset-before' } });
  const after = proxy.add({ method: 'PUT', path: /\/blobs\/uploads\/.*digest=/, times: 1, action: { kind: 'reset-after' } });
  const log = collect();
  // no chunking here: every blob goes up in one PUT
  const out = await pushLayout(img.dir, [`${proxy.host}/c/app:v1`], opts(log, { chunkThreshold: 16 * 1024 * 1024, concurrency: 1 }));
  expect(out).toMatchObject({ digest: img.digest, pushed: 3, skipped: 0 });
  expect(before.fired).toBe(1);
  expect(after.fired).toBe(1);
  expect(log.lines.filter((l) => RETRY('PUT blob', 'connection reset').test(l))).toHaveLength(2);
  // the blob whose answer was lost was found by HEAD on the retry, not uploaded twice (the
  // cancel before it finds the session already closed by the upload that did land)
  const lost = proxy.log.findIndex((e) => e.fault === 'reset-after');
  expect(proxy.log[lost].status).toBe(201);
  expect(proxy.log[lost + 1]).toMatchObject({ method: 'DELETE', status: 404 });
  expect(proxy.log[lost + 2]).toMatchObject({ method: 'HEAD', status: 200 });
  expect(proxy.log.filter((e) => e.method === 'PUT' && /blobs\/uploads/.test(e.path) && !e.fault)).toHaveLength(2);
  await expectComplete('c/app', 'v1');
});

test('a lost answer to the manifest PUT: the PUT is repeated and the tag holds our digest', async () => {
  const rule = proxy.add({ method: 'PUT', path: /\/manifests\/v1$/, times: 1, action: { kind: 'reset-after' } });
  const log = collect();
  const out = await pushLayout(img.dir, [`${proxy.host}/d/app:v1`], opts(log));
  expect(out.digest).toBe(img.digest);
  expect(rule.fired).toBe(1);
  expect(log.lines).toContainEqual(expect.stringMatching(/^retry 1\/5 PUT manifest v1 on 127\.0\.0\.1:\d+: connection reset; waiting \d+\.\d s$/));
  expect(proxy.log.filter((e) => e.method === 'PUT' && e.path.endsWith('/manifests/v1')).map((e) => e.status)).toEqual([201, 201]);
  await expectComplete('d/app', 'v1');
});

test('every fault at once, three blobs at a time: one push still completes', async () => {
  proxy.add({ method: 'HEAD', path: /\/blobs\//, times: 2, action: { kind: 'status', status: 502 } });
  proxy.add({ method: 'POST', times: 1, action: { kind: 'status', status: 429, headers: { 'retry-after': '0' } } });
  proxy.add({ method: 'PATCH', skip: 1, times: 1, action: { kind: 'reset-before' } });
  proxy.add({ method: 'PATCH', skip: 3, times: 1, action: { kind: 'reset-after' } });
  proxy.add({ method: 'PUT', path: /\/blobs\//, times: 1, action: { kind: 'reset-after' } });
  proxy.add({ method: 'PUT', path: /\/manifests\//, times: 1, action: { kind: 'reset-after' } });
  proxy.add({ method: 'PUT', path: /\/manifests\//, times: 1, action: { kind: 'status', status: 500 } });
  const log = collect();
  const out = await pushLayout(img.dir, [`${proxy.host}/e/app:v1`, `${proxy.host}/e/app:v2`], opts(log));
  expect(out.digest).toBe(img.digest);
  for (const r of proxy.rules) expect(r.fired).toBe(r.times);
  expect(log.lines.filter((l) => l.startsWith('retry ')).length).toBeGreaterThanOrEqual(7);
  await expectComplete('e/app', 'v1');
  expect(registryDigest('e/app', 'v2')).toBe(img.digest);
});

test('a registry that stops answering: the request times out and is retried', async () => {
  const hang = proxy.add({ method: 'HEAD', times: 1, action: { kind: 'hang' } });
  const log = collect();
  const out = await pushLayout(img.dir, [`${proxy.host}/f/app:v1`], opts(log, { idleTimeoutMs: 400, concurrency: 1 }));
  expect(out.digest).toBe(img.digest);
  expect(hang.fired).toBe(1);
  expect(log.lines).toContainEqual(expect.stringMatching(RETRY('HEAD blob', 'timeout')));
  await expectComplete('f/app', 'v1');
});

test('a fault that persists: gives up after the retries with what failed where, and no manifest', async () => {
  proxy.add({ method: 'POST', times: 1000, action: { kind: 'status', status: 503, body: '{"errors":[{"code":"UNAVAILABLE","message":"maintenance"}]}' } });
  const log = collect();
  const started = Date.now();
  await expect(pushLayout(img.dir, [`${proxy.host}/g/app:v1`], opts(log, { concurrency: 1 }))).rejects.toThrow(
    /^POST upload sha256:[0-9a-f]{12}… on 127\.0\.0\.1:\d+ failed after 6 attempts: 503 Service Unavailable: UNAVAILABLE: maintenance$/,
  );
  expect(log.lines.filter((l) => l.startsWith('retry '))).toHaveLength(5);
  expect(Date.now() - started).toBeLessThan(5000);
  expect(proxy.log.filter((e) => e.path.includes('/manifests/'))).toHaveLength(0);
  expect(proxy.log.filter((e) => e.method === 'POST')).toHaveLength(6);
});

test('OCI-Chunk-Min-Length from the registry raises the chunk size', async () => {
  const rule = proxy.add({ method: 'POST', path: /\/blobs\/uploads\/$/, times: 1000, action: { kind: 'rewrite', headers: { 'oci-chunk-min-length': String(128 * 1024) } } });
  const out = await pushLayout(img.dir, [`${proxy.host}/h/app:v1`], opts(collect(), { concurrency: 1 }));
  expect(out.digest).toBe(img.digest);
  expect(rule.fired).toBe(3);
  const patches = proxy.log.filter((e) => e.method === 'PATCH');
  expect(patches).toHaveLength(Math.ceil(big.size / (128 * 1024)));
  await expectComplete('h/app', 'v1');
});

test('403 DENIED: says which registry refused which access for whom, and what to check; not retried', async () => {
  proxy.add({ method: 'PUT', path: /\/manifests\//, times: 1000, action: { kind: 'status', status: 403, body: '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}' } });
  const log = collect();
  await expect(pushLayout(img.dir, [`${proxy.host}/i/app:v1`], opts(log))).rejects.toThrow(
    /^registry 127\.0\.0\.1:\d+ denied push access to repository "i\/app" for an anonymous client \(PUT manifest v1: 403: DENIED: requested access to the resource is denied\); check that this account has permission on the repository$/,
  );
  expect(log.lines.filter((l) => l.startsWith('retry '))).toHaveLength(0);
});

test('a manifest pulled by digest that does not match it is refused', async () => {
  await pushLayout(img.dir, [`${registry.host}/j/app:v1`], { credential: null });
  const tampered = JSON.stringify({ schemaVersion: 2, mediaType: img.mediaType, config: img.layers[1], layers: [] });
  proxy.add({ method: 'GET', path: /\/manifests\//, times: 2, action: { kind: 'rewrite', body: tampered } });
  await expect(pullManifest(`${proxy.host}/j/app@${img.digest}`, { credential: null })).rejects.toThrow(/the manifest received hashes to sha256:[0-9a-f]{64}, not sha256:/);
  // by tag, the registry's Docker-Content-Digest header must match the bytes
  await expect(pullManifest(`${proxy.host}/j/app:v1`, { credential: null })).rejects.toThrow(/hashes to sha256:[0-9a-f]{64}, but the registry says sha256:/);
  expect((await pullManifest(`${proxy.host}/j/app:v1`, { credential: null })).digest).toBe(img.digest);
});

test('redirects (blob storage on another host) are followed without the Authorization header', async () => {
  const blob = readFileSync(path.join(img.dir, 'blobs', 'sha256', big.digest.slice(7)));
  const seenA: Array<string | undefined> = [];
  const seenB: Array<string | undefined> = [];
  const expected = 'Basic ' + Buffer.from('user:redirect-secret').toString('base64');
  const storage = http.createServer((req, res) => {
    seenB.push(req.headers.authorization);
    res.writeHead(200, { 'content-length': String(blob.length) }).end(blob);
  });
  await new Promise<void>((r) => storage.listen(0, 'localhost', r));
  const storagePort = (storage.address() as AddressInfo).port;
  const reg = http.createServer((req, res) => {
    seenA.push(req.headers.authorization);
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
    } else if (req.url === `/v2/r/blobs/${big.digest}`) {
      res.writeHead(307, { location: `http://localhost:${storagePort}/storage/blob?signature=abc` }).end();
    } else if (req.url === '/v2/r/manifests/same-host') {
      res.writeHead(307, { location: `/v2/r/manifests/${img.digest}` }).end();
    } else if (req.url === `/v2/r/manifests/${img.digest}`) {
      res.writeHead(200, { 'content-type': img.mediaType }).end(readFileSync(path.join(img.dir, 'blobs', 'sha256', img.digest.slice(7))));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => reg.listen(0, '127.0.0.1', r));
  const regHost = `127.0.0.1:${(reg.address() as AddressInfo).port}`;
  try {
    const dest = path.join(work, 'redirected.bin');
    const creds = { explicit: { username: 'user', password: 'redirect-secret' } };
    expect(await fetchBlob(`${regHost}/r`, big.digest, dest, { ...creds, size: big.size })).toBe(big.size);
    expect(readFileSync(dest)).toEqual(blob);
    expect(seenB).toEqual([undefined]); // the storage host never saw our credentials
    expect(seenA).toContain(expected);
    // a redirect within the registry keeps them
    seenA.length = 0;
    expect((await pullManifest(`${regHost}/r:same-host`, creds)).digest).toBe(img.digest);
    expect(seenA.slice(-2)).toEqual([expected, expected]);
  } finally {
    storage.closeAllConnections();
    reg.closeAllConnections();
    await new Promise((r) => storage.close(r));
    await new Promise((r) => reg.close(r));
  }
});

test('a failed upload is cancelled in the registry, not left open until it expires', async () => {
  proxy.add({
    method: 'PUT',
    path: /^\/v2\/k\/app\/blobs\/uploads\/.+digest=/,
    times: 1000,
    action: { kind: 'status', status: 400, body: '{"errors":[{"code":"DIGEST_INVALID","message":"provided digest did not match uploaded content"}]}' },
  });
  await expect(pushLayout(img.dir, [`${proxy.host}/k/app:v1`], opts(collect(), { concurrency: 1 }))).rejects.toThrow(/DIGEST_INVALID/);
  const puts = proxy.log.filter((e) => e.method === 'PUT' && e.path.startsWith('/v2/k/app/blobs/uploads/'));
  const deletes = proxy.log.filter((e) => e.method === 'DELETE' && e.path.startsWith('/v2/k/app/blobs/uploads/'));
  expect(puts.length).toBeGreaterThan(0);
  expect(deletes).toHaveLength(puts.length);
  for (const d of deletes) {
    expect(d.status).toBe(204);
    // the registry no longer knows the session
    expect((await fetch(`${registry.url}${d.path}`)).status).toBe(404);
  }
});
