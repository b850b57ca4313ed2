// Hostile registry answers against the image model: a digest that is a path, and an index child
// that is a tag. A tiny HTTP server plays the registry (Distribution refuses to store such
// documents, which is why a real one cannot); it records every request so the tests can say
// what was never asked for.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BlobCache } from '../src/layout/blob-cache.js';
import { resolveBase } from '../src/image/base.js';
import { mergeImages } from '../src/image/merge.js';
import { openSource } from '../src/image/open-source.js';
import { silentLogger } from '../src/util/log.js';
import { UserError } from '../src/util/errors.js';
import { tmpDir } from './helpers/fixtures.js';
import { copyImage } from '../src/model/copy.js';
import { LayoutDestination } from '../src/model/layout-destination.js';
import { RegistryImageSource } from '../src/model/registry-source.js';
import { parseReference } from '../src/registry/reference.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const sha = (b: Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex');

const marker = `oci-bundle-hostile-${process.pid}-${Date.now()}`;
// Where the old merge would have written: os.tmpdir() + "oci-bundle-merge-<pid>-" + digest.slice(7, 19).
const hostileConfig = `sha256:/../../${marker}`;
const evilManifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: hostileConfig, size: 2 }, layers: [] }));
const latestIndex = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [{ mediaType: OCI_MANIFEST, digest: 'latest', size: 100, platform: { os: 'linux', architecture: 'amd64' } }] }));
const configBytes = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
const endlessLayer = 'sha256:' + 'e'.repeat(64);
const endlessManifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(configBytes), size: configBytes.length },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: endlessLayer, size: 10 }],
  }),
);
const docs = new Map<string, { bytes: Buffer; type: string }>([
  [sha(endlessManifest), { bytes: endlessManifest, type: OCI_MANIFEST }],
  [sha(evilManifest), { bytes: evilManifest, type: OCI_MANIFEST }],
  [sha(latestIndex), { bytes: latestIndex, type: OCI_INDEX }],
]);

const requests: string[] = [];
let server: http.Server;
let host: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.url === '/v2/') return void res.writeHead(200).end('{}');
    const m = /^\/v2\/.+\/manifests\/(.+)$/.exec(req.url ?? '');
    const doc = m && docs.get(decodeURIComponent(m[1]));
    if (doc) {
      res.writeHead(200, { 'content-type': doc.type, 'docker-content-digest': sha(doc.bytes), 'content-length': doc.bytes.length });
      return void res.end(req.method === 'HEAD' ? undefined : doc.bytes);
    }
    if (req.url?.endsWith(`/blobs/${sha(configBytes)}`)) return void res.writeHead(200, { 'content-length': configBytes.length }).end(configBytes);
    if (req.url?.endsWith(`/blobs/${endlessLayer}`)) {
      // A blob that never ends: the reader must stop at the descriptor's size + 1.
      res.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 1);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => res.destroy());
      return void pump();
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"unknown"}]}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

const opts = () => ({ credential: null, logger: silentLogger, retries: 0 });

test('merge: a config digest that is a path is refused as malformed before any fetch or file', async () => {
  requests.length = 0;
  const err = await mergeImages([`${host}/evil/app:all`], [`${host}/evil/app@${sha(evilManifest)}`], opts()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).kind).toBe('malformed');
  expect((err as UserError).field).toBe('digest');
  expect(requests.some((r) => r.includes('/blobs/'))).toBe(false);
  expect(requests.some((r) => r.startsWith('PUT'))).toBe(false);
  expect(existsSync(path.join(os.tmpdir(), marker))).toBe(false);
  expect(existsSync(path.join('/', marker))).toBe(false);
});

test('base: a pinned index whose child "digest" is a tag is an error, never fetched as `latest`', async () => {
  requests.length = 0;
  const source = openSource(`${host}/evil/base@${sha(latestIndex)}`, opts());
  try {
    const err = await resolveBase(source, [], new BlobCache(tmpDir('oci-bundle-hostile-cache-')), silentLogger).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).kind).toBe('malformed');
    expect((err as UserError).field).toBe('digest');
    expect((err as UserError).message).toMatch(/"latest" is not a valid digest/);
  } finally {
    await source.close();
  }
  expect(requests.filter((r) => r.includes('/manifests/latest'))).toEqual([]);
});

test('copy: a blob that runs past its descriptor is cut at size + 1 and refused as corrupt', async () => {
  const source = new RegistryImageSource(parseReference(`${host}/evil/app@${sha(endlessManifest)}`), opts());
  const dest = path.join(tmpDir('oci-bundle-hostile-dest-'), 'layout');
  const err = await copyImage(source, new LayoutDestination(dest)).catch((e: unknown) => e);
  await source.close();
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).kind).toBe('corrupt');
  expect(existsSync(path.join(dest, 'index.json'))).toBe(false);
});

test('copy to a real registry: the corrupt source blob is the error (kind corrupt), and no manifest lands', async () => {
  const { startRegistry } = await import('./helpers/registry.js');
  const { RegistryDestination } = await import('../src/model/registry-destination.js');
  const reg = await startRegistry();
  const source = new RegistryImageSource(parseReference(`${host}/evil/app@${sha(endlessManifest)}`), opts());
  const dest = new RegistryDestination(parseReference(`${reg.host}/victim/app:1`), opts());
  try {
    const err = await copyImage(source, dest).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).kind).toBe('corrupt');
    const res = await fetch(`${reg.url}/v2/victim/app/manifests/1`, { method: 'HEAD' });
    expect(res.status).toBe(404);
  } finally {
    await source.close();
    await dest.close();
    await reg.stop();
  }
});
