// A client for one registry's HTTP API (OCI distribution spec v1.1): ping, authentication,
// blobs (HEAD, cross-repository mount, monolithic and chunked uploads, streamed downloads) and
// manifests (PUT, GET, HEAD). Every operation retries what can be retried and fails with one line.
import { createHash } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseDigest, requireDigest, sha256 } from '../oci/digest.js';
import { MediaType } from '../oci/mediatypes.js';
import { UserError, errorMessage } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { Authenticator, Secrets, describeScopes } from './auth.js';
import { type Credential, type CredentialOptions, describeCredential, dockerConfigPath, lookupCredentials } from './credentials.js';
import { isValidRepository, isValidTag, registryApiHost } from './reference.js';
import { shortDigest } from '../oci/digest.js';
import {
  type HttpRequest,
  HttpResponse,
  HttpTransport,
  RegistryError,
  type ResolvedTransportOptions,
  RetriesExhausted,
  type TransportOptions,
  bodyError,
  deadlineFor,
  describeErrorBody,
  parseRetryAfter,
  resolveLocation,
  resolveTransportOptions,
  withRetries,
} from './transport.js';

/** Media types we ask for when reading manifests. */
export const MANIFEST_ACCEPT = [MediaType.OciIndex, MediaType.OciManifest, MediaType.DockerManifestList, MediaType.DockerManifest];
/** Manifests larger than this are refused (distribution caps at 4 MiB). */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

export interface RegistryClientOptions extends TransportOptions, CredentialOptions {
  /** A credential already resolved (null: anonymous); looked up from the usual places when absent. */
  credential?: Credential | null;
  /** Collects secrets for redaction; shared when several clients print to the same place. */
  secrets?: Secrets;
  /** Share agents between clients (closing stays the owner's job). */
  transport?: HttpTransport;
}

export interface ManifestInfo {
  digest: string;
  mediaType: string;
  size: number;
}

export interface FetchedManifestBytes {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

/** Reads part of a blob: bytes [start, end). */
export interface BlobSource {
  open(start: number, end: number): Readable;
}

export interface BlobPushOptions {
  scopes: string[];
  /** Another repository of this registry that has the blob: try a cross-repository mount. */
  mountFrom?: string;
  /** Blobs larger than this go up in chunks (default 16 MiB). */
  chunkThreshold?: number;
  /** Chunk size (default 16 MiB), raised to the registry's OCI-Chunk-Min-Length. */
  chunkSize?: number;
  onProgress?: (sent: number) => void;
}

export type BlobPushResult = 'exists' | 'mounted' | 'pushed';

export const DEFAULT_CHUNK_THRESHOLD = 16 * 1024 * 1024;
export const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;

export { shortDigest } from '../oci/digest.js';

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

function statusLine(res: HttpResponse): string {
  return `${res.status}${res.statusText ? ' ' + res.statusText : ''}`;
}

function mediaTypeOfResponse(res: HttpResponse): string | undefined {
  const ct = res.header('content-type');
  return ct ? ct.split(';')[0].trim() : undefined;
}

// RFC 6838 restricted names: what a media type may be before it reaches a log line or a document.
const MEDIA_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;

function checkMediaType(value: unknown, where: string): string {
  if (typeof value === 'string' && MEDIA_TYPE_RE.test(value)) return value;
  throw new UserError(`${where}: the media type is not a valid type/subtype; the data is malformed`, 1, { kind: 'malformed', field: 'mediaType' });
}

/** The repository part of an API path: checked, so no registry-given name can bend the URL. */
function repoPath(repository: string): string {
  if (!isValidRepository(repository)) {
    throw new UserError(`${JSON.stringify(repository.slice(0, 100))} is not a valid repository name`, 1, { kind: 'malformed', field: 'repository' });
  }
  return repository;
}

/** A manifest reference: a digest (checked by the one digest gate) or a tag, nothing else. */
function manifestRef(reference: string, where: string): { ref: string; digest?: string } {
  if (parseDigest(reference)) return { ref: reference, digest: reference };
  if (!reference.includes(':') && isValidTag(reference)) return { ref: reference };
  return { ref: requireDigest(reference, where) };
}

/** A Docker-Content-Digest header: absent, or a valid digest (anything else is an error). */
function digestHeader(res: HttpResponse, where: string): string | undefined {
  const v = res.header('docker-content-digest');
  return v === undefined ? undefined : requireDigest(v.trim(), `${where}: Docker-Content-Digest`);
}

/** A size from a descriptor or header: a non-negative safe integer. */
function checkSize(size: number, where: string): number {
  if (Number.isSafeInteger(size) && size >= 0) return size;
  throw new UserError(`${where}: size ${String(size).slice(0, 30)} is not a non-negative integer; the data is malformed`, 1, { kind: 'malformed', field: 'size' });
}

/** The upload URL to PUT with ?digest=, keeping any query the Location already has. */
export function withDigestParam(location: URL, digest: string): URL {
  return new URL(`${location.href}${location.search ? '&' : '?'}digest=${encodeURIComponent(digest)}`);
}

/** Gives a network/status error the name of the step that failed (for retry lines). */
function tag(e: unknown, op: string, host: string): unknown {
  if (e instanceof RegistryError && !e.extra.op) return new RegistryError(e.message, e.reason, e.retryable, { ...e.extra, op, host });
  return e;
}

export class RegistryClient {
  readonly apiHost: string;
  readonly base: URL;
  readonly auth: Authenticator;
  readonly opts: ResolvedTransportOptions;
  readonly secrets: Secrets;
  private readonly transport: HttpTransport;
  private readonly ownsTransport: boolean;
  private readonly log: Logger;
  private pinged?: Promise<void>;

  private constructor(
    readonly registry: string,
    credential: Credential | undefined,
    opts: RegistryClientOptions,
  ) {
    this.secrets = opts.secrets ?? new Secrets();
    const resolved = resolveTransportOptions(opts);
    this.log = this.secrets.logger(resolved.logger);
    this.opts = { ...resolved, logger: this.log };
    this.ownsTransport = !opts.transport;
    this.transport = opts.transport ?? new HttpTransport(this.opts);
    this.apiHost = registryApiHost(registry);
    this.base = this.transport.baseUrl(this.apiHost);
    this.auth = new Authenticator(registry, credential, this.transport, this.secrets, this.log, this.base);
  }

  /** A client for `registry` ("docker.io", "ghcr.io", "127.0.0.1:5000"), credentials looked up. */
  static async open(registry: string, opts: RegistryClientOptions = {}): Promise<RegistryClient> {
    const credential = opts.credential === null ? undefined : (opts.credential ?? (await lookupCredentials(registry, { ...opts, logger: opts.logger })));
    const client = new RegistryClient(registry, credential, opts);
    client.log.debug(`registry ${registry}: ${client.base.origin}, ${describeCredential(credential)}`);
    return client;
  }

  close(): void {
    if (this.ownsTransport) this.transport.close();
  }

  url(path: string): URL {
    return new URL(path, this.base);
  }

  /** GET /v2/ once: checks the API is there and learns how to authenticate. */
  ping(): Promise<void> {
    if (!this.pinged) {
      this.pinged = this.doPing().catch((e) => {
        this.pinged = undefined;
        throw e;
      });
    }
    return this.pinged;
  }

  private async doPing(): Promise<void> {
    const url = this.url('/v2/');
    try {
      await withRetries(
        this.opts,
        { op: 'GET /v2/', host: this.registry },
        async () => {
          const res = await this.transport.request({ method: 'GET', url });
          const text = await res.text(64 * 1024);
          if (res.status === 200 || res.status === 401) {
            this.auth.fromPing(res.status, res.header('www-authenticate'));
            this.log.debug(`registry ${this.registry}: auth ${this.auth.scheme}`);
            return;
          }
          if (isRetryableStatus(res.status)) {
            throw new RegistryError(`${statusLine(res)}${describeErrorBody(text, ': ')}`, statusLine(res), true, { status: res.status, retryAfterMs: parseRetryAfter(res.header('retry-after')) });
          }
          if (res.status === 404) throw new UserError(`${url.origin} does not look like an OCI registry: GET /v2/ answered 404`);
          throw new UserError(`registry ${this.registry} answered GET /v2/ with ${statusLine(res)}${describeErrorBody(text, ': ')}`);
        },
        // An address that refuses or ignores connections rarely starts answering a moment later.
        (e) => (e.reason === 'connect timeout' ? 1 : e.extra.connect ? 2 : this.opts.retries),
      );
    } catch (e) {
      if (e instanceof RetriesExhausted) {
        const detail = e.last.message.replace(`cannot connect to ${this.apiHost}: `, '');
        throw new UserError(`cannot reach the registry ${this.registry}${this.apiHost !== this.registry ? ` (${this.apiHost})` : ''}: ${detail} (${e.attempts} attempt${e.attempts > 1 ? 's' : ''})`);
      }
      throw e;
    }
  }

  /**
   * One request with authentication: adds the Authorization the registry wants (only to the
   * registry's own origin) and, on a 401, authenticates again once. Network failures throw
   * RegistryError tagged with `op`.
   */
  async send(req: HttpRequest, scopes: string[], op: string): Promise<HttpResponse> {
    await this.ping();
    let sc = scopes;
    for (let round = 0; ; round++) {
      const sameOrigin = req.url.origin === this.base.origin;
      const authorization = sameOrigin ? await this.auth.header(sc) : undefined;
      let res: HttpResponse;
      try {
        res = await this.transport.request({ ...req, headers: { ...(req.headers ?? {}), ...(authorization ? { authorization } : {}) } });
      } catch (e) {
        throw tag(e, op, this.registry);
      }
      if (res.status !== 401 || round > 0 || !sameOrigin) return res;
      await res.text(64 * 1024).catch(() => '');
      const next = this.auth.onUnauthorized(res.header('www-authenticate'), sc, authorization);
      if (!next.retry) return res;
      this.log.debug(`${op}: 401 from ${this.registry}; authenticating again`);
      sc = next.scopes;
    }
  }

  /** Turns an unexpected answer into an error: retryable for 5xx/408/429, else one clear line. */
  async fail(res: HttpResponse, op: string, scopes: string[]): Promise<never> {
    const text = await res.text(64 * 1024).catch(() => '');
    const desc = describeErrorBody(text, ': ');
    if (isRetryableStatus(res.status)) {
      throw new RegistryError(`${statusLine(res)}${desc}`, statusLine(res), true, {
        status: res.status,
        retryAfterMs: parseRetryAfter(res.header('retry-after')),
        op,
        host: this.registry,
      });
    }
    if (res.status === 401 || res.status === 403) throw new UserError(this.authMessage(res.status, scopes, desc, op));
    if (res.status === 404) throw new UserError(`${op} on ${this.registry}: not found (404${desc})`);
    throw new UserError(`${op} on ${this.registry} failed: ${statusLine(res)}${desc}`);
  }

  private authMessage(status: number, scopes: string[], desc: string, op: string): string {
    const what = describeScopes(scopes);
    const cred = this.auth.credential;
    const reg = this.registry;
    if (status === 401 && !cred) {
      return `registry ${reg} refused ${what} without credentials (${op}: 401${desc}); no credentials for ${reg} in --username, OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD or ${dockerConfigPath()}: run "docker login ${reg}" or pass --username with --password-stdin`;
    }
    if (status === 401 && this.auth.scheme === 'bearer' && this.auth.lastError === 'insufficient_scope') {
      // The token server accepted the credentials but granted less than asked.
      return `registry ${reg} refused ${what} for ${describeCredential(cred)}: the token server did not grant it (${op}: 401 insufficient_scope${desc}); check that this account has that permission on the repository`;
    }
    if (status === 401) {
      return `registry ${reg} refused ${what} for ${describeCredential(cred)} (${op}: 401${desc}); check the user name and password or token and that this account has that access; run "docker login ${reg}" again or pass --username with --password-stdin`;
    }
    return `registry ${reg} denied ${what} for ${cred ? describeCredential(cred) : 'an anonymous client'} (${op}: 403${desc}); check that this account has permission on the repository`;
  }

  // ---- blobs ----

  /** HEAD a blob: its size, or undefined when the repository does not have it. */
  async headBlob(repository: string, digest: string, scopes: string[]): Promise<number | undefined> {
    requireDigest(digest, `HEAD blob in ${repository}`);
    const op = `HEAD blob ${shortDigest(digest)}`;
    return withRetries(this.opts, { op, host: this.registry }, () => this.headBlobOnce(repository, digest, scopes, op));
  }

  private async headBlobOnce(repository: string, digest: string, scopes: string[], op: string): Promise<number | undefined> {
    const res = await this.send({ method: 'HEAD', url: this.url(`/v2/${repoPath(repository)}/blobs/${requireDigest(digest, op)}`) }, scopes, op);
    await res.discard();
    if (res.status === 200) return Number(res.header('content-length') ?? -1);
    if (res.status === 404) return undefined;
    return this.fail(res, op, scopes);
  }

  /**
   * Makes sure the repository has the blob: HEAD, then a mount (when a source repository is
   * given), else an upload — monolithic for small blobs, chunked for large ones. A failed attempt
   * starts over (HEAD first: the blob may have landed although its answer was lost).
   */
  async pushBlob(repository: string, desc: { digest: string; size: number }, source: BlobSource, o: BlobPushOptions): Promise<BlobPushResult> {
    requireDigest(desc.digest, `push blob to ${repository}`);
    checkSize(desc.size, `push blob ${desc.digest}`);
    if (o.mountFrom !== undefined) repoPath(o.mountFrom);
    const short = shortDigest(desc.digest);
    return withRetries(this.opts, { op: `push blob ${short}`, host: this.registry }, async (attempt) => {
      const size = await this.headBlobOnce(repository, desc.digest, o.scopes, `HEAD blob ${short}`);
      if (size !== undefined) {
        // Found on a retry: our earlier attempt stored it and only the answer was lost.
        if (attempt > 1) {
          this.log.debug(`blob ${short} is in ${repository} after all`);
          return 'pushed';
        }
        return 'exists';
      }
      const uploads = this.url(`/v2/${repoPath(repository)}/blobs/uploads/`);
      let session: { location: URL; minChunk?: number } | undefined;
      if (o.mountFrom && o.mountFrom !== repository) {
        const op = `mount blob ${short} from ${o.mountFrom}`;
        const url = new URL(`${uploads.href}?mount=${encodeURIComponent(desc.digest)}&from=${encodeURIComponent(o.mountFrom)}`);
        const res = await this.send({ method: 'POST', url }, o.scopes, op);
        await res.text(64 * 1024).catch(() => '');
        if (res.status === 201) return 'mounted';
        if (res.status === 202 && res.header('location')) {
          session = this.sessionFrom(res);
          this.log.debug(`${op}: not mounted (202); uploading`);
        } else if (isRetryableStatus(res.status)) {
          await this.fail(res, op, o.scopes);
        } else {
          this.log.debug(`${op}: ${statusLine(res)}; uploading instead`);
        }
      }
      if (!session) {
        const op = `POST upload ${short}`;
        const res = await this.send({ method: 'POST', url: uploads }, o.scopes, op);
        if (res.status !== 202 || !res.header('location')) {
          if (res.status === 202) throw new UserError(`${op} on ${this.registry}: the registry opened an upload without a Location header`);
          await this.fail(res, op, o.scopes);
        }
        await res.discard();
        session = this.sessionFrom(res);
      }
      // An upload that fails is cancelled (DELETE on its session), so the registry is not left
      // holding half a blob until it expires the session; then the error goes on as it was.
      try {
        return await this.upload(desc, source, o, session, short);
      } catch (e) {
        await this.cancelUpload(session.location, o.scopes, short);
        throw e;
      }
    });
  }

  /**
   * The bytes of an upload into an open session: one PUT, or PATCHes then a closing PUT.
   * `session.location` follows the registry's Location answers, so a failure can cancel it.
   */
  private async upload(
    desc: { digest: string; size: number },
    source: BlobSource,
    o: BlobPushOptions,
    session: { location: URL; minChunk?: number },
    short: string,
  ): Promise<BlobPushResult> {
    const threshold = o.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD;
    if (desc.size <= threshold) {
      const op = `PUT blob ${short}`;
      const url = withDigestParam(session.location, desc.digest);
      const res = await this.send(
        { method: 'PUT', url, headers: { 'content-type': 'application/octet-stream' }, body: { length: desc.size, open: () => source.open(0, desc.size) } },
        o.scopes,
        op,
      );
      await this.finishUpload(res, desc.digest, op, o.scopes);
      o.onProgress?.(desc.size);
      return 'pushed';
    }
    const chunk = Math.max(o.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunk ?? 0);
    for (let start = 0; start < desc.size; ) {
      const end = Math.min(desc.size, start + chunk);
      const op = `PATCH blob ${short}`;
      const s = start;
      const res = await this.send(
        {
          method: 'PATCH',
          url: session.location,
          headers: { 'content-type': 'application/octet-stream', 'content-range': `${start}-${end - 1}` },
          body: { length: end - start, open: () => source.open(s, end) },
        },
        o.scopes,
        op,
      );
      if (res.status !== 202) await this.uploadFailure(res, op, o.scopes);
      await res.discard();
      const range = /^(?:bytes=)?0-(\d+)$/.exec(res.header('range') ?? '');
      if (range && Number(range[1]) !== end - 1) {
        throw new RegistryError(`the registry holds bytes 0-${range[1]} of the upload, expected 0-${end - 1}`, 'upload out of step', true, { op, host: this.registry });
      }
      if (res.header('location')) session.location = resolveLocation(res.header('location')!, res.url, `${op} on ${this.registry}`);
      start = end;
      o.onProgress?.(start);
    }
    const op = `PUT blob ${short}`;
    const res = await this.send({ method: 'PUT', url: withDigestParam(session.location, desc.digest), headers: { 'content-type': 'application/octet-stream' }, body: Buffer.alloc(0) }, o.scopes, op);
    await this.finishUpload(res, desc.digest, op, o.scopes);
    return 'pushed';
  }

  /** Best effort: one DELETE of the upload session, whatever its answer. */
  private async cancelUpload(location: URL, scopes: string[], short: string): Promise<void> {
    try {
      const res = await this.send({ method: 'DELETE', url: location }, scopes, `cancel upload ${short}`);
      await res.discard();
      this.log.debug(`cancel upload ${short}: ${statusLine(res)}`);
    } catch {
      // the session expires on its own
    }
  }

  private sessionFrom(res: HttpResponse): { location: URL; minChunk?: number } {
    const min = Number(res.header('oci-chunk-min-length'));
    return { location: resolveLocation(res.header('location')!, res.url, `the upload session from ${this.registry}`), minChunk: Number.isSafeInteger(min) && min > 0 ? min : undefined };
  }

  /** Errors inside an upload session: a lost session (404) or out-of-order range (416) restarts it. */
  private async uploadFailure(res: HttpResponse, op: string, scopes: string[]): Promise<never> {
    if (res.status === 404 || res.status === 416) {
      const text = await res.text(64 * 1024).catch(() => '');
      throw new RegistryError(`${statusLine(res)}${describeErrorBody(text, ': ')} (the upload session broke)`, res.status === 404 ? 'upload session lost' : 'upload out of order', true, {
        status: res.status,
        op,
        host: this.registry,
      });
    }
    return this.fail(res, op, scopes);
  }

  private async finishUpload(res: HttpResponse, digest: string, op: string, scopes: string[]): Promise<void> {
    if (res.status !== 201 && res.status !== 204 && res.status !== 200) {
      if (res.status === 400) {
        const text = await res.text(64 * 1024).catch(() => '');
        if (/DIGEST_INVALID|SIZE_INVALID/.test(text)) {
          throw new UserError(`${op} on ${this.registry}: the registry says the data does not match ${digest} (${describeErrorBody(text)}); the blob in the layout may be corrupt`);
        }
      }
      await this.uploadFailure(res, op, scopes);
    }
    await res.discard();
    const got = digestHeader(res, `${op} on ${this.registry}`);
    if (got && got !== digest) throw new UserError(`${op} on ${this.registry}: the registry stored the blob as ${got}, not ${digest}`);
  }

  /**
   * Downloads a blob into `dest` (a file path, or a factory of a fresh Writable per attempt),
   * verifying size and digest. Redirects to storage hosts are followed without our credentials.
   * Bounded: never more than the descriptor's size is written (the byte after it is an error,
   * as is a Content-Length above it), and the whole download, retries included, ends by a
   * deadline scaled by the size (deadlineFor) however slowly the bytes come.
   */
  async fetchBlob(repository: string, digest: string, size: number | undefined, dest: string | (() => Writable), scopes: string[]): Promise<number> {
    const { algorithm } = parseDigest(requireDigest(digest, `GET blob from ${this.registry}/${repoPath(repository)}`))!;
    const short = shortDigest(digest);
    const op = `GET blob ${short}`;
    if (size !== undefined) checkSize(size, op);
    const url = this.url(`/v2/${repository}/blobs/${digest}`);
    // Without a descriptor size the deadline is the floor alone.
    const deadline = deadlineFor(this.opts, size ?? 0);
    return withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: 'GET', url, deadline }, scopes, op);
      if (res.status !== 200) await this.fail(res, op, scopes);
      const lengthHeader = res.header('content-length');
      const declared = lengthHeader === undefined ? undefined : Number(lengthHeader);
      const limit = size ?? (declared !== undefined && Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined);
      if (limit === undefined) {
        res.stream.destroy();
        throw new UserError(`${op} on ${this.registry}: no size is known and the registry sent no Content-Length; refusing an unbounded download`, 1, { kind: 'malformed', field: 'size' });
      }
      if (declared !== undefined && declared > limit) {
        res.stream.destroy();
        throw new UserError(`${op} on ${this.registry}: the registry announces ${Number.isFinite(declared) ? declared : 'an unreadable number of'} bytes for a blob of ${limit}; refusing it`, 1, { kind: 'corrupt' });
      }
      const hash = createHash(algorithm);
      let n = 0;
      const where = `${this.registry}/${repository}`;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          if (n + chunk.length > limit) {
            // Nothing past the descriptor's size is written: stop at the first extra byte.
            cb(new UserError(`blob ${digest} from ${where} is longer than its ${limit} bytes; stopped reading`, 1, { kind: 'corrupt' }));
            return;
          }
          hash.update(chunk);
          n += chunk.length;
          cb(null, chunk);
        },
      });
      const out = typeof dest === 'string' ? createWriteStream(dest) : dest();
      try {
        await pipeline(res.stream, counter, out);
      } catch (e) {
        if (typeof dest === 'string') await fs.rm(dest, { force: true }).catch(() => {});
        if ((e as NodeJS.ErrnoException).syscall && ['open', 'write'].includes((e as NodeJS.ErrnoException).syscall!)) {
          throw new UserError(`${op}: cannot write ${typeof dest === 'string' ? dest : 'the blob'}: ${errorMessage(e)}`);
        }
        throw tag(bodyError(e, res.url), op, this.registry);
      }
      const got = `${algorithm}:${hash.digest('hex')}`;
      if ((size !== undefined && n !== size) || got !== digest) {
        if (typeof dest === 'string') await fs.rm(dest, { force: true }).catch(() => {});
        const why = size !== undefined && n !== size ? `${n} bytes arrived, ${size} expected` : `its content hashes to ${got}`;
        throw new RegistryError(`blob ${digest} from ${where} is corrupt: ${why}`, 'corrupt download', n !== size, { op, host: this.registry });
      }
      return n;
    });
  }

  /**
   * Opens a blob for streaming (registry to registry, without a file): the GET is retried until
   * it answers 200; the body then fails (instead of ending) when it runs past `desc.size`, ends
   * short, or hashes to another digest. The caller re-opens to retry a broken stream.
   */
  async openBlobStream(repository: string, desc: { digest: string; size: number }, scopes: string[]): Promise<Readable> {
    const short = shortDigest(desc.digest);
    const op = `GET blob ${short}`;
    const algorithm = desc.digest.startsWith('sha512:') ? 'sha512' : 'sha256';
    const res = await withRetries(this.opts, { op, host: this.registry }, async () => {
      const r = await this.send({ method: 'GET', url: this.url(`/v2/${repository}/blobs/${desc.digest}`) }, scopes, op);
      if (r.status !== 200) await this.fail(r, op, scopes);
      return r;
    });
    const hash = createHash(algorithm);
    let n = 0;
    const where = `blob ${desc.digest} from ${this.registry}/${repository}`;
    const corrupt = (why: string) => new UserError(`${where} is corrupt: ${why}`, 1, { kind: 'corrupt' });
    const verify = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        n += chunk.length;
        if (n > desc.size) {
          res.stream.destroy();
          cb(corrupt(`more than the ${desc.size} bytes its descriptor says`));
          return;
        }
        hash.update(chunk);
        cb(null, chunk);
      },
      flush(cb) {
        if (n !== desc.size) cb(corrupt(`${n} bytes arrived, ${desc.size} expected`));
        else if (`${algorithm}:${hash.digest('hex')}` !== desc.digest) cb(corrupt('its content does not match its digest'));
        else cb();
      },
    });
    res.stream.on('error', (e) => verify.destroy(tag(bodyError(e, res.url), op, this.registry) as Error));
    return res.stream.pipe(verify);
  }

  // ---- manifests ----

  /** PUTs the exact bytes under `reference` (tag or digest); checks the digest the registry reports. */
  async putManifest(repository: string, reference: string, bytes: Buffer, mediaType: string, scopes: string[]): Promise<string> {
    const digest = sha256(bytes);
    const { ref, digest: pinned } = manifestRef(reference, `PUT manifest to ${this.registry}/${repoPath(repository)}`);
    checkMediaType(mediaType, `PUT manifest ${ref}`);
    const op = `PUT manifest ${pinned ? shortDigest(ref) : ref}`;
    return withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: 'PUT', url: this.url(`/v2/${repository}/manifests/${ref}`), headers: { 'content-type': mediaType }, body: bytes }, scopes, op);
      if (res.status < 200 || res.status > 299) await this.fail(res, op, scopes);
      await res.discard();
      const got = digestHeader(res, `${op} on ${this.registry}`);
      if (got && got !== digest) throw new UserError(`${op} on ${this.registry}: the registry stored the manifest as ${got}, but its bytes are ${digest}`);
      return digest;
    });
  }

  /** GETs a manifest or index: exact bytes, media type and digest (verified when pulled by digest). */
  async getManifest(repository: string, reference: string, scopes: string[], accept: readonly string[] = MANIFEST_ACCEPT): Promise<FetchedManifestBytes> {
    const { ref, digest: pinned } = manifestRef(reference, `GET manifest from ${this.registry}/${repoPath(repository)}`);
    const op = `GET manifest ${pinned ? shortDigest(ref) : ref}`;
    const deadline = deadlineFor(this.opts, MAX_MANIFEST_BYTES);
    return withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: 'GET', url: this.url(`/v2/${repository}/manifests/${ref}`), headers: { accept: accept.join(', ') }, deadline }, scopes, op);
      if (res.status === 404) {
        const text = await res.text(64 * 1024).catch(() => '');
        throw new UserError(`${this.registry}/${repository}${pinned ? '@' : ':'}${ref}: not found${describeErrorBody(text, ' (') ? describeErrorBody(text, ' (') + ')' : ''}`, 1, { kind: 'not-found' });
      }
      if (res.status !== 200) await this.fail(res, op, scopes);
      let bytes: Buffer;
      try {
        // Capped on the bytes that arrive, not only on what Content-Length says.
        bytes = await res.buffer(MAX_MANIFEST_BYTES);
      } catch (e) {
        throw tag(e, op, this.registry);
      }
      const algorithm = pinned ? parseDigest(pinned)!.algorithm : 'sha256';
      const digest = `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
      if (pinned && pinned !== digest) {
        throw new UserError(`${op} on ${this.registry}: the manifest received hashes to ${digest}, not ${pinned}; refusing it`, 1, { kind: 'corrupt' });
      }
      const header = digestHeader(res, `${op} on ${this.registry}`);
      if (header && header.startsWith(`${algorithm}:`) && header !== digest) {
        throw new UserError(`${op} on ${this.registry}: the manifest received hashes to ${digest}, but the registry says ${header}`, 1, { kind: 'corrupt' });
      }
      let doc: unknown;
      try {
        doc = JSON.parse(bytes.toString('utf8'));
      } catch {
        throw new UserError(`${op} on ${this.registry}: the manifest is not JSON`, 1, { kind: 'malformed' });
      }
      if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new UserError(`${op} on ${this.registry}: the manifest is not a JSON object`, 1, { kind: 'malformed' });
      const field = (doc as { mediaType?: unknown }).mediaType;
      const declared = field === undefined ? undefined : checkMediaType(field, `${op} on ${this.registry}: mediaType`);
      let mediaType = mediaTypeOfResponse(res);
      if (!mediaType || mediaType === 'application/json' || mediaType === 'text/plain' || mediaType === 'application/octet-stream') mediaType = declared;
      if (!mediaType) throw new UserError(`${op} on ${this.registry}: the manifest has no media type`, 1, { kind: 'malformed' });
      checkMediaType(mediaType, `${op} on ${this.registry}: Content-Type`);
      if (declared && declared !== mediaType) {
        throw new UserError(`${op} on ${this.registry}: served as ${mediaType} but its mediaType field says ${declared}`, 1, { kind: 'malformed' });
      }
      return { bytes, mediaType, digest };
    });
  }

  /** HEADs a manifest: digest, media type and size, or undefined when there is none. */
  async headManifest(repository: string, reference: string, scopes: string[], accept: readonly string[] = MANIFEST_ACCEPT): Promise<ManifestInfo | undefined> {
    const { ref, digest: pinned } = manifestRef(reference, `HEAD manifest in ${this.registry}/${repoPath(repository)}`);
    const op = `HEAD manifest ${pinned ? shortDigest(ref) : ref}`;
    const got = await withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: 'HEAD', url: this.url(`/v2/${repository}/manifests/${ref}`), headers: { accept: accept.join(', ') } }, scopes, op);
      await res.discard();
      if (res.status === 404) return null;
      if (res.status !== 200) return this.fail(res, op, scopes);
      const digest = digestHeader(res, `${op} on ${this.registry}`);
      const mediaType = mediaTypeOfResponse(res);
      const size = Number(res.header('content-length'));
      if (digest && pinned && digest.split(':')[0] === pinned.split(':')[0] && digest !== pinned) {
        throw new UserError(`${op} on ${this.registry}: asked for ${pinned}, the registry answers for ${digest}`, 1, { kind: 'corrupt' });
      }
      if (!digest || !mediaType || !Number.isSafeInteger(size) || size < 0) return undefined; // incomplete answer: GET instead
      return { digest, mediaType: checkMediaType(mediaType, `${op} on ${this.registry}: Content-Type`), size };
    });
    if (got === null) return undefined;
    if (got) return got;
    const m = await this.getManifest(repository, ref, scopes, accept);
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
  }
}
