// A hostile registry against the client's data handling: blob bodies that never end, trickle or
// lie about their length stop at the descriptor's size (nothing past it is written) or at the
// per-transfer deadline; manifests are capped on the bytes that arrive; digests in headers and
// arguments go through the one digest gate before any URL or message; Locations are http(s) only.
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { Writable } from 'node:stream';
import { RegistryClient } from '../src/registry/client.js';
import { UserError } from '../src/util/errors.js';
import { bearerChallenge, endless, startHostileRegistry, trickle, type HostileRegistry, type Route } from './helpers/hostile-registry.js';

const SIZE = 1024 * 1024;
const BLOB = Buffer.alloc(SIZE, 7);
const DIGEST = 'sha256:' + createHash('sha256').update(BLOB).digest('hex');
const SCOPES = ['repository:app:pull'];
const DEADLINE_S = 2;

let reg: HostileRegistry;
let behave: Route = () => {};
let client: RegistryClient;

beforeAll(async () => {
  process.env.OCI_BUNDLE_BLOB_DEADLINE_SECONDS = String(DEADLINE_S);
  reg = await startHostileRegistry((req, res) => behave(req, res));
  client = await RegistryClient.open(reg.host, { credential: null, retries: 2, retryBaseMs: 10 });
});

afterAll(async () => {
  delete process.env.OCI_BUNDLE_BLOB_DEADLINE_SECONDS;
  client.close();
  await reg.stop();
});

/** A destination that counts what it is given. */
function counting(): { written: () => number; make: () => Writable } {
  let n = 0;
  return {
    written: () => n,
    make: () =>
      new Writable({
        write(chunk: Buffer, _enc, cb) {
          n += chunk.length;
          cb();
        },
      }),
  };
}

async function failure(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a failure');
}

function isBlob(req: http.IncomingMessage): boolean {
  return req.method === 'GET' && /\/blobs\//.test(req.url ?? '');
}

describe('blob downloads are bounded by the descriptor and a deadline', () => {
  test('an endless body stops at the first byte past the size: nothing past it written, within 5 s and 64 MiB', async () => {
    behave = (req, res) => isBlob(req) && endless(reg, req, res);
    const dest = counting();
    const rss0 = process.memoryUsage().rss;
    const t0 = Date.now();
    const e = await failure(client.fetchBlob('app', DIGEST, SIZE, dest.make, SCOPES));
    const elapsed = Date.now() - t0;
    expect(e.message).toMatch(new RegExp(`blob ${DIGEST} from .* is longer than its ${SIZE} bytes; stopped reading`));
    expect(e.kind).toBe('corrupt');
    expect(dest.written()).toBeLessThanOrEqual(SIZE + 1);
    expect(elapsed).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rss0).toBeLessThan(64 * 1024 * 1024);
    // Not retried: one request for the blob.
    expect(reg.requests.filter((q) => q.url.includes(DIGEST)).length).toBe(1);
  });

  test(`a trickling body (1 byte / 100 ms, never idle) ends at the deadline (${DEADLINE_S} s floor + size at 256 KiB/s), within 10 s`, async () => {
    const small = Buffer.from('tiny blob\n');
    const digest = 'sha256:' + createHash('sha256').update(small).digest('hex');
    behave = (req, res) => isBlob(req) && trickle(reg, req, res, 100, { 'content-length': String(small.length * 1000) });
    const dest = counting();
    const t0 = Date.now();
    const e = await failure(client.fetchBlob('app', digest, small.length * 1000, dest.make, SCOPES));
    const elapsed = Date.now() - t0;
    expect(e.message).toMatch(/did not finish its answer within 2 s, the deadline for it \(set OCI_BUNDLE_BLOB_DEADLINE_SECONDS/);
    expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_S * 1000 - 100);
    expect(elapsed).toBeLessThan(10_000);
    expect(dest.written()).toBeLessThanOrEqual(small.length * 1000);
  });

  test('a Content-Length above the descriptor size is refused before any byte is written', async () => {
    behave = (req, res) => isBlob(req) && endless(reg, req, res, { 'content-length': String(10 * 1024 ** 3) });
    const dest = counting();
    const t0 = Date.now();
    const e = await failure(client.fetchBlob('app', DIGEST, SIZE, dest.make, SCOPES));
    expect(e.message).toMatch(/announces 10737418240 bytes for a blob of 1048576; refusing it/);
    expect(dest.written()).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test('the right Content-Length with the wrong bytes is a digest error after one attempt', async () => {
    behave = (req, res) => {
      if (!isBlob(req)) return;
      res.writeHead(200, { 'content-length': String(SIZE) });
      res.end(Buffer.alloc(SIZE, 9)); // right length, wrong bytes
    };
    const dest = counting();
    const e = await failure(client.fetchBlob('app', DIGEST, SIZE, dest.make, SCOPES));
    expect(e.message).toMatch(/is corrupt: its content hashes to sha256:/);
    expect(dest.written()).toBeLessThanOrEqual(SIZE * 1); // one attempt: a wrong hash is not retried
  });

  test('without a descriptor size, an answer without Content-Length is refused (no unbounded download)', async () => {
    behave = (req, res) => isBlob(req) && endless(reg, req, res);
    const dest = counting();
    const e = await failure(client.fetchBlob('app', DIGEST, undefined, dest.make, SCOPES));
    expect(e.message).toMatch(/no size is known and the registry sent no Content-Length/);
    expect(dest.written()).toBe(0);
  });

  test('a size that is not a non-negative integer is refused before any request', async () => {
    const before = reg.requests.length;
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 60]) {
      const e = await failure(client.fetchBlob('app', DIGEST, bad, counting().make, SCOPES));
      expect(e.kind).toBe('malformed');
    }
    expect(reg.requests.length).toBe(before);
  });
});

describe('every other answer has a deadline too', () => {
  test(`a token server that trickles its answer fails at the ${DEADLINE_S} s floor, within 6 s, not retried`, async () => {
    const tok = await startHostileRegistry((req, res) => {
      if (req.url === '/v2/') return bearerChallenge(res, `http://${tok.host}/token`);
      if (req.url?.startsWith('/token')) trickle(tok, req, res, 100, { 'content-type': 'application/json' });
    });
    const c = await RegistryClient.open(tok.host, { credential: null, retries: 2, retryBaseMs: 10 });
    const t0 = Date.now();
    try {
      const e = await failure(c.getManifest('app', 'latest', SCOPES));
      expect(e.message).toMatch(/did not finish its answer within 2 s/);
      expect(Date.now() - t0).toBeLessThan(6000);
      expect(tok.requests.filter((q) => q.url.startsWith('/token')).length).toBe(1);
    } finally {
      c.close();
      await tok.stop();
    }
  });
});

describe('manifests are capped on the bytes that arrive', () => {
  test('an endless manifest body (no Content-Length) stops past 8 MiB with a clear error, within 10 s and 64 MiB', async () => {
    behave = (req, res) => req.method === 'GET' && /\/manifests\//.test(req.url ?? '') && endless(reg, req, res, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
    const rss0 = process.memoryUsage().rss;
    const t0 = Date.now();
    const e = await failure(client.getManifest('app', 'latest', SCOPES));
    expect(e.message).toMatch(/larger than 8388608 bytes/);
    expect(e.kind).toBe('too-large');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - rss0).toBeLessThan(64 * 1024 * 1024);
  });

  test('a manifest whose Content-Length is above the cap is refused without reading it', async () => {
    behave = (req, res) => req.method === 'GET' && /\/manifests\//.test(req.url ?? '') && endless(reg, req, res, { 'content-length': String(1024 ** 3) });
    const e = await failure(client.getManifest('app', 'latest', SCOPES));
    expect(e.message).toMatch(/larger than 8388608 bytes \(Content-Length 1073741824\)/);
  });
});

describe('digests and media types from the registry pass the gate before use', () => {
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: {}, layers: [] }));

  test.each(['sha256:/../../etc/z', 'latest', 'sha256:' + 'A'.repeat(64), `sha256:${'a'.repeat(64)}/x`])('a Docker-Content-Digest of %j is an error on HEAD and GET', async (bad) => {
    behave = (req, res) => {
      if (!/\/manifests\//.test(req.url ?? '')) return;
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': bad, 'content-length': String(manifest.length) });
      res.end(req.method === 'HEAD' ? undefined : manifest);
    };
    for (const p of [client.headManifest('app', 'v1', SCOPES), client.getManifest('app', 'v1', SCOPES)]) {
      const e = await failure(p);
      expect(e.message).toMatch(/Docker-Content-Digest: .* is not a valid digest/);
      expect(e.kind).toBe('malformed');
    }
  });

  test('digests and references given to the client are checked before any request', async () => {
    const before = reg.requests.length;
    for (const bad of ['sha256:/../../etc/z', 'sha256:abc', '../x', 'a/b']) {
      expect((await failure(client.fetchBlob('app', bad, 1, counting().make, SCOPES))).kind).toBe('malformed');
      expect((await failure(client.headBlob('app', bad, SCOPES))).kind).toBe('malformed');
      expect((await failure(client.getManifest('app', bad, SCOPES))).kind).toBe('malformed');
      expect((await failure(client.headManifest('app', bad, SCOPES))).kind).toBe('malformed');
      expect((await failure(client.putManifest('app', bad, manifest, 'application/vnd.oci.image.manifest.v1+json', SCOPES))).kind).toBe('malformed');
    }
    expect((await failure(client.getManifest('../../v2', 'latest', SCOPES))).kind).toBe('malformed');
    expect(reg.requests.length).toBe(before);
  });

  test('a mediaType field that is not a media type (a workflow command) is refused', async () => {
    const doc = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'x\n::error::owned', layers: [] }));
    behave = (req, res) => {
      if (!/\/manifests\//.test(req.url ?? '')) return;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(doc.length) });
      res.end(doc);
    };
    const e = await failure(client.getManifest('app', 'v1', SCOPES));
    expect(e.message).toMatch(/mediaType: the media type is not a valid type\/subtype/);
    expect(e.message).not.toContain('::error::');
  });
});

describe('Locations are http(s) only', () => {
  test.each(['file:///etc/passwd', 'data:text/plain,hello', 'ftp://example.com/x'])('a redirect to %s is a clear error, not followed', async (location) => {
    behave = (req, res) => {
      if (!isBlob(req)) return;
      res.writeHead(307, { location });
      res.end();
    };
    const e = await failure(client.fetchBlob('app', DIGEST, SIZE, counting().make, SCOPES));
    expect(e.message).toMatch(/points to a "(file|data|ftp):" URL; only http and https are followed/);
  });

  test('an upload session Location with file: is a clear error', async () => {
    behave = (req, res) => {
      if (req.method === 'POST' && /\/blobs\/uploads\//.test(req.url ?? '')) {
        res.writeHead(202, { location: 'file:///tmp/oci-bundle-upload' });
        res.end();
      }
    };
    const e = await failure(client.pushBlob('app', { digest: DIGEST, size: SIZE }, { open: () => { throw new Error('not reached'); } }, { scopes: ['repository:app:pull,push'] }));
    expect(e.message).toMatch(/the upload session from .* points to a "file:" URL; only http and https are followed/);
  });
});
