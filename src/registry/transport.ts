// HTTP for registries on node:http/https: one request at a time with connect and idle timeouts,
// streamed bodies that can be re-opened for a retry, redirects (GET/HEAD) that drop the
// Authorization header when they leave the origin, and retries with exponential backoff + jitter.
import { createRequire } from 'node:module';
import type { Agent, IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { UserError, errorMessage } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { silentLogger } from '../util/log.js';
import { isLoopback, normalizeRegistryHost } from './reference.js';

export interface TransportOptions {
  /** Registries (host[:port], or host for any port) spoken to over plain HTTP. Loopback always is. */
  insecureRegistries?: string[];
  /** TCP connect timeout per attempt (default 15 s). */
  connectTimeoutMs?: number;
  /** A request fails when the connection is silent this long (default 120 s). */
  idleTimeoutMs?: number;
  /** Retries after the first attempt (default 5). */
  retries?: number;
  /** First backoff delay; doubles each retry, with jitter (default 500 ms). */
  retryBaseMs?: number;
  /** Largest single wait, also caps Retry-After (default 60 s). */
  retryMaxDelayMs?: number;
  /** No retry starts after this much time spent on one operation (default 10 min). */
  maxElapsedMs?: number;
  /**
   * Every request (and a blob download as a whole) ends within this floor plus its size at
   * DEADLINE_MIN_RATE, however its bytes trickle in (default 300 s).
   */
  deadlineFloorMs?: number;
  logger?: Logger;
}

export type ResolvedTransportOptions = Required<Omit<TransportOptions, 'logger' | 'insecureRegistries'>> & {
  logger: Logger;
  insecureRegistries: string[];
};

function envNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UserError(`${name} must be a non-negative number, not "${v}"`);
  return n;
}

const secondsToMs = (s: number | undefined) => (s === undefined ? undefined : s * 1000);

/** The slowest average a transfer may keep up: a deadline grants 1 s per this many bytes. */
export const DEADLINE_MIN_RATE = 256 * 1024;

/** When a transfer must be over: `at` (epoch ms), and the `seconds` it was granted, for messages. */
export interface Deadline {
  at: number;
  seconds: number;
}

/** The deadline of a transfer of `bytes` starting now: the floor plus the bytes at the minimum rate. */
export function deadlineFor(opts: Pick<ResolvedTransportOptions, 'deadlineFloorMs'>, bytes: number, now = Date.now()): Deadline {
  const ms = opts.deadlineFloorMs + Math.ceil((Math.max(0, bytes) / DEADLINE_MIN_RATE) * 1000);
  return { at: now + ms, seconds: Math.round(ms / 100) / 10 };
}

/**
 * Defaults, overridable by the caller, then by the environment (OCI_BUNDLE_RETRIES,
 * OCI_BUNDLE_RETRY_BASE_MS, OCI_BUNDLE_CONNECT_TIMEOUT_MS, OCI_BUNDLE_TIMEOUT_MS).
 */
export function resolveTransportOptions(opts: TransportOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedTransportOptions {
  return {
    insecureRegistries: (opts.insecureRegistries ?? []).map(normalizeRegistryHost),
    connectTimeoutMs: opts.connectTimeoutMs ?? envNumber(env, 'OCI_BUNDLE_CONNECT_TIMEOUT_MS') ?? 15_000,
    idleTimeoutMs: opts.idleTimeoutMs ?? envNumber(env, 'OCI_BUNDLE_TIMEOUT_MS') ?? 120_000,
    retries: opts.retries ?? envNumber(env, 'OCI_BUNDLE_RETRIES') ?? 5,
    retryBaseMs: opts.retryBaseMs ?? envNumber(env, 'OCI_BUNDLE_RETRY_BASE_MS') ?? 500,
    retryMaxDelayMs: opts.retryMaxDelayMs ?? 60_000,
    maxElapsedMs: opts.maxElapsedMs ?? 10 * 60_000,
    deadlineFloorMs: opts.deadlineFloorMs ?? secondsToMs(envNumber(env, 'OCI_BUNDLE_BLOB_DEADLINE_SECONDS')) ?? 300_000,
    logger: opts.logger ?? silentLogger,
  };
}

/** True when `registry` is reached over plain HTTP: loopback, or named in insecureRegistries. */
export function isInsecure(registry: string, insecure: string[]): boolean {
  if (isLoopback(registry)) return true;
  const r = registry.toLowerCase();
  const hostOnly = r.replace(/:\d+$/, '');
  return insecure.some((i) => i === r || i === hostOnly);
}

/** A request body that can be sent more than once: bytes, or a stream factory of known length. */
export type Body = Buffer | { length: number; open(): Readable };

export interface HttpRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: Body;
  /** Follow redirects (GET/HEAD only); default true for those. */
  followRedirects?: boolean;
  /** When the answer must have been read in full (default: deadlineFor the request body). */
  deadline?: Deadline;
}

export class HttpResponse {
  private cached?: Buffer;
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: IncomingHttpHeaders,
    /** The URL that answered (after redirects). */
    readonly url: URL,
    readonly stream: IncomingMessage,
  ) {}

  header(name: string): string | undefined {
    const v = this.headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(', ') : v;
  }

  /** Reads the whole body (up to `limit` bytes; more is an error). Repeated calls return the same bytes. */
  async buffer(limit = 1024 * 1024): Promise<Buffer> {
    if (this.cached) return this.cached;
    const declared = Number(this.header('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
      this.stream.destroy();
      throw new UserError(`the answer from ${this.url.host} is larger than ${limit} bytes (Content-Length ${declared})`, 1, { kind: 'too-large' });
    }
    const chunks: Buffer[] = [];
    let n = 0;
    try {
      for await (const c of this.stream) {
        n += (c as Buffer).length;
        if (n > limit) {
          this.stream.destroy();
          throw new UserError(`the answer from ${this.url.host} is larger than ${limit} bytes`, 1, { kind: 'too-large' });
        }
        chunks.push(c as Buffer);
      }
    } catch (e) {
      throw bodyError(e, this.url);
    }
    this.cached = Buffer.concat(chunks);
    return this.cached;
  }

  async text(limit?: number): Promise<string> {
    return (await this.buffer(limit)).toString('utf8');
  }

  /** Throws the body away (so the connection can be reused). */
  async discard(): Promise<void> {
    if (this.cached || this.stream.readableEnded) return;
    this.stream.resume();
    await new Promise<void>((resolve) => {
      this.stream.once('end', resolve);
      this.stream.once('close', resolve);
      this.stream.once('error', () => resolve());
    });
  }
}

/** Why a request failed in a way that retrying may fix; `reason` is short ("connection reset"). */
export class RegistryError extends UserError {
  constructor(
    message: string,
    readonly reason: string,
    readonly retryable: boolean,
    readonly extra: { status?: number; code?: string; retryAfterMs?: number; op?: string; host?: string; connect?: boolean } = {},
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

/** An error while reading an answer's body: the connection broke or went silent. */
export function bodyError(e: unknown, url: URL): UserError {
  if (e instanceof UserError) return e;
  if ((e as { timeoutKind?: string }).timeoutKind === 'deadline') return deadlineError(e, url);
  const timeout = (e as { timeoutKind?: string }).timeoutKind === 'idle';
  return new RegistryError(
    `the connection to ${url.host} ${timeout ? 'went silent' : 'broke'} while reading its answer (${errorMessage(e).split('\n')[0]})`,
    timeout ? 'timeout' : 'connection reset',
    true,
    { host: url.host },
  );
}

/** A transfer that outlived its deadline: not retried (a trickling server would only trickle again). */
function deadlineError(e: unknown, url: URL): RegistryError {
  const seconds = (e as { seconds?: number }).seconds ?? 0;
  return new RegistryError(
    `${url.host} did not finish its answer within ${seconds} s, the deadline for it (set OCI_BUNDLE_BLOB_DEADLINE_SECONDS to allow more for slow links)`,
    'deadline',
    false,
    { host: url.host },
  );
}

/** A URL for logs: no query (upload state, signed storage URLs) and no user info. */
export function logUrl(u: URL): string {
  return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
}

/** Turns a socket/TLS error into a one-line RegistryError naming the host. */
export function networkError(e: unknown, url: URL, connectTimeoutMs: number, idleTimeoutMs: number): RegistryError {
  const err = e as NodeJS.ErrnoException & { timeoutKind?: string };
  const code = err.code ?? '';
  const host = url.host;
  const msg = errorMessage(e);
  if (err.timeoutKind === 'connect') {
    return new RegistryError(`cannot connect to ${host}: no answer within ${connectTimeoutMs / 1000} s (connect timeout)`, 'connect timeout', true, { host, connect: true });
  }
  if (err.timeoutKind === 'deadline') return deadlineError(e, url);
  if (err.timeoutKind === 'idle') {
    return new RegistryError(`${host} stopped answering for ${idleTimeoutMs / 1000} s (timeout)`, 'timeout', true, { host });
  }
  switch (code) {
    case 'ECONNREFUSED':
      return new RegistryError(`cannot connect to ${host}: connection refused (ECONNREFUSED); is the registry running at that address?`, 'connection refused', true, { host, connect: true });
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
    case 'ERR_STREAM_PREMATURE_CLOSE':
    case 'UND_ERR_SOCKET':
      return new RegistryError(`the connection to ${host} was reset (${code})`, 'connection reset', true, { host });
    case 'ETIMEDOUT':
      return new RegistryError(`the connection to ${host} timed out (ETIMEDOUT)`, 'timeout', true, { host, connect: true });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
    case 'EHOSTDOWN':
      return new RegistryError(`cannot reach ${host}: ${code === 'EHOSTUNREACH' || code === 'EHOSTDOWN' ? 'host' : 'network'} unreachable (${code})`, 'unreachable', true, { host, connect: true });
    case 'EAI_AGAIN':
      return new RegistryError(`cannot resolve ${url.hostname} right now (EAI_AGAIN, temporary DNS failure)`, 'DNS failure', true, { host, connect: true });
    case 'ENOTFOUND':
      return new RegistryError(`cannot resolve the registry host "${url.hostname}" (ENOTFOUND); check the name`, 'unknown host', false, { host, connect: true });
  }
  if (msg === 'socket hang up' || code === 'ECONNRESET') {
    return new RegistryError(`the connection to ${host} was closed before an answer (socket hang up)`, 'connection reset', true, { host });
  }
  if (/SSL|TLS|CERT|certificate|EPROTO|self.signed|UNABLE_TO_VERIFY/i.test(code + ' ' + msg)) {
    if (/wrong version number|packet length|unknown protocol|http request/i.test(msg)) {
      return new RegistryError(`TLS error talking to ${host}: it does not speak HTTPS; if it is a plain-HTTP registry, add --insecure-registry ${host}`, 'TLS error', false, { host });
    }
    // OpenSSL's "805C...:error:0A00010B:SSL routines:..." details say nothing to a user.
    const why = msg.split('\n')[0].replace(/\s*[0-9A-F]{8,}:error:[^ ]*/g, '').trim();
    return new RegistryError(`TLS error talking to ${host}: ${why}${code && !why.includes(code) ? ` (${code})` : ''}; for a private CA set NODE_EXTRA_CA_CERTS to its certificate file`, 'TLS error', false, { host });
  }
  return new RegistryError(`request to ${host} failed: ${msg.split('\n')[0]}${code ? ` (${code})` : ''}`, code || 'network error', false, { host });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * node:http and node:https, loaded at the first request: every command imports this module, most
 * never send a request (a build without --push or --base), and an ESM import of node:http
 * evaluates all its exports, which loads undici and http2 too: 60 ms of start-up for nothing.
 */
type HttpModules = { http: typeof import('node:http'); https: typeof import('node:https') };
let httpModules: HttpModules | undefined;
function loadHttp(): HttpModules {
  if (!httpModules) {
    const require = createRequire(import.meta.url);
    httpModules = { http: require('node:http') as HttpModules['http'], https: require('node:https') as HttpModules['https'] };
  }
  return httpModules;
}

/** Sends requests; owns keep-alive agents (call close() when done). */
export class HttpTransport {
  private agents: { http: Agent; https: Agent } | undefined;

  constructor(readonly opts: ResolvedTransportOptions) {}

  /** The scheme and host to reach a registry's API at. */
  baseUrl(apiHost: string): URL {
    return new URL(`${isInsecure(apiHost, this.opts.insecureRegistries) ? 'http' : 'https'}://${apiHost}`);
  }

  /** One request (plus redirects for GET/HEAD). Network failures reject with RegistryError. */
  async request(req: HttpRequest): Promise<HttpResponse> {
    let url = req.url;
    let headers = { ...(req.headers ?? {}) };
    const follow = req.followRedirects ?? (req.method === 'GET' || req.method === 'HEAD');
    const bodyLength = req.body === undefined ? 0 : req.body.length;
    const deadline = req.deadline ?? deadlineFor(this.opts, bodyLength);
    for (let hop = 0; ; hop++) {
      const res = await this.once(req.method, url, headers, req.body, deadline);
      const location = res.header('location');
      if (!follow || !REDIRECTS.has(res.status) || !location) return res;
      if (hop >= 10) {
        await res.discard();
        throw new RegistryError(`too many redirects from ${req.url.host} (last: ${logUrl(url)})`, 'redirect loop', false);
      }
      await res.discard();
      const next = resolveLocation(location, url, `a redirect from ${url.host}`);
      if (next.origin !== url.origin) {
        // Never hand the registry's credentials to another host (blob storage, CDN).
        const { authorization: _drop, ...rest } = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
        void _drop;
        headers = rest;
      }
      this.opts.logger.debug(`redirect ${res.status} ${logUrl(url)} -> ${logUrl(next)}`);
      url = next;
    }
  }

  private once(method: string, url: URL, headers: Record<string, string>, body: Body | undefined, deadline: Deadline): Promise<HttpResponse> {
    const { connectTimeoutMs, idleTimeoutMs, logger } = this.opts;
    const started = Date.now();
    return new Promise<HttpResponse>((resolve, reject) => {
      const isHttps = url.protocol === 'https:';
      const h: Record<string, string> = { 'user-agent': 'oci-bundle', ...headers };
      const length = body === undefined ? 0 : Buffer.isBuffer(body) ? body.length : body.length;
      if (body !== undefined || ['PUT', 'POST', 'PATCH'].includes(method)) h['content-length'] = String(length);
      let settled = false;
      let bodyDone = body === undefined;
      let source: Readable | undefined;
      let connectTimer: NodeJS.Timeout | undefined;
      let answer: IncomingMessage | undefined;
      // One timer for the whole exchange: connect, headers and every byte of the body.
      const deadlineTimer = setTimeout(
        () => {
          const e = Object.assign(new Error('deadline'), { timeoutKind: 'deadline', seconds: deadline.seconds });
          if (answer) answer.destroy(e);
          else req.destroy(e);
        },
        Math.max(0, deadline.at - started),
      );
      deadlineTimer.unref();
      const fail = (e: unknown) => {
        clearTimeout(deadlineTimer);
        if (connectTimer) clearTimeout(connectTimer);
        if (settled) return;
        settled = true;
        source?.destroy();
        reject(e instanceof RegistryError ? e : networkError(e, url, connectTimeoutMs, idleTimeoutMs));
      };
      const { http, https } = loadHttp();
      this.agents ??= { http: new http.Agent({ keepAlive: true, maxSockets: 16 }), https: new https.Agent({ keepAlive: true, maxSockets: 16 }) };
      const req = (isHttps ? https : http).request(
        url,
        { method, headers: h, agent: isHttps ? this.agents.https : this.agents.http },
        (res) => {
          if (connectTimer) clearTimeout(connectTimer);
          if (settled) {
            res.resume();
            return;
          }
          settled = true;
          answer = res;
          res.once('close', () => clearTimeout(deadlineTimer));
          logger.debug(`${method} ${logUrl(url)}${length ? ` (${length} bytes)` : ''} -> ${res.statusCode} (${Date.now() - started} ms)`);
          if (!bodyDone) {
            // Answered before we finished sending (an error, usually): stop sending, and do not
            // reuse this connection once the answer has been read.
            if (source) {
              source.unpipe(req);
              source.destroy();
            }
            res.once('end', () => req.destroy());
          }
          res.on('error', () => {});
          resolve(new HttpResponse(res.statusCode ?? 0, res.statusMessage ?? '', res.headers, url, res));
        },
      );
      req.on('error', fail);
      req.setTimeout(idleTimeoutMs, () => {
        const e = Object.assign(new Error('idle timeout'), { timeoutKind: 'idle' });
        req.destroy(e);
      });
      req.on('socket', (socket) => {
        if (socket.connecting) {
          connectTimer = setTimeout(() => {
            req.destroy(Object.assign(new Error('connect timeout'), { timeoutKind: 'connect' }));
          }, connectTimeoutMs);
          socket.once('connect', () => connectTimer && clearTimeout(connectTimer));
        }
      });
      if (body === undefined) {
        req.end();
      } else if (Buffer.isBuffer(body)) {
        req.end(body, () => (bodyDone = true));
      } else {
        try {
          source = body.open();
        } catch (e) {
          // The caller's data source refused (a missing file, or a deliberate stop): give up this
          // request and hand the caller its own error back.
          req.destroy();
          if (connectTimer) clearTimeout(connectTimer);
          clearTimeout(deadlineTimer);
          settled = true;
          reject(e);
          return;
        }
        source.on('error', (e) => {
          req.destroy();
          fail(new RegistryError(`cannot read the data to send to ${url.host}: ${errorMessage(e)}`, 'local read error', false));
        });
        source.on('end', () => (bodyDone = true));
        source.pipe(req);
      }
    });
  }

  close(): void {
    this.agents?.http.destroy();
    this.agents?.https.destroy();
  }
}

/**
 * A Location (redirect or upload session) as a URL: only http and https are followed; a file:,
 * data: or other scheme, or text that is no URL, is an error naming `what`.
 */
export function resolveLocation(location: string, base: URL, what: string): URL {
  let next: URL;
  try {
    next = new URL(location, base);
  } catch {
    throw new RegistryError(`${what} has a Location that is not a URL; refusing to follow it`, 'bad location', false, { host: base.host });
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new RegistryError(`${what} points to a ${JSON.stringify(next.protocol.slice(0, 20))} URL; only http and https are followed`, 'bad location', false, { host: base.host });
  }
  if (next.username || next.password) {
    throw new RegistryError(`${what} has a Location with user information; refusing to follow it`, 'bad location', false, { host: base.host });
  }
  return next;
}

/** Retry-After as milliseconds (seconds or an HTTP date), if present and sane. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, t - now);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface RetryContext {
  /** e.g. `PATCH blob sha256:abcd…` — used when the error does not say which step failed. */
  op: string;
  /** host:port for messages */
  host: string;
}

/**
 * Runs `fn` until it succeeds, a non-retryable error happens, the retries are used up or the time
 * budget is spent. Each retry is logged on one line: what, where, why and how long we wait.
 * Returns fn's value; throws a UserError describing the last failure.
 */
/** Thrown by withRetries when a retryable failure persisted: carries the last failure. */
export class RetriesExhausted extends UserError {
  constructor(
    message: string,
    readonly last: RegistryError,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'RetriesExhausted';
  }
}

export async function withRetries<T>(opts: ResolvedTransportOptions, ctx: RetryContext, fn: (attempt: number) => Promise<T>, limit?: (e: RegistryError) => number): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (!(e instanceof RegistryError) || !e.retryable) throw e;
      const retries = Math.min(opts.retries, limit ? limit(e) : opts.retries);
      const op = e.extra.op ?? ctx.op;
      const where = e.extra.host ?? ctx.host;
      if (attempt > retries) {
        throw new RetriesExhausted(`${op} on ${where} failed${attempt > 1 ? ` after ${attempt} attempts` : ''}: ${e.message}`, e, attempt);
      }
      const backoff = Math.min(opts.retryMaxDelayMs, opts.retryBaseMs * 2 ** (attempt - 1));
      let wait = backoff / 2 + Math.random() * (backoff / 2);
      if (e.extra.retryAfterMs !== undefined) wait = Math.max(wait, Math.min(e.extra.retryAfterMs, opts.retryMaxDelayMs));
      if (Date.now() - started + wait > opts.maxElapsedMs) {
        throw new RetriesExhausted(`${op} on ${where} failed: ${e.message} (gave up after ${Math.round((Date.now() - started) / 1000)} s)`, e, attempt);
      }
      opts.logger.info(`retry ${attempt}/${retries} ${op} on ${where}: ${e.reason}; waiting ${(wait / 1000).toFixed(1)} s`);
      await sleep(wait);
    }
  }
}

export interface RegistryErrorEntry {
  code?: string;
  message?: string;
  detail?: unknown;
}

/** The `errors` of a registry error body ({"errors":[{"code","message","detail"}]}), if it is one. */
export function parseErrorBody(text: string): RegistryErrorEntry[] {
  try {
    const doc = JSON.parse(text) as { errors?: RegistryErrorEntry[]; details?: string; message?: string; error?: string };
    if (Array.isArray(doc.errors)) return doc.errors.filter((e) => e && typeof e === 'object');
    const m = doc.details ?? doc.message ?? doc.error;
    if (typeof m === 'string') return [{ message: m }];
  } catch {
    /* not JSON */
  }
  return [];
}

/** "CODE: message; CODE2: message2" from an error body (or its first line), prefixed; "" when empty. */
export function describeErrorBody(text: string, prefix = ''): string {
  const errors = parseErrorBody(text);
  let s: string;
  if (errors.length) {
    s = errors
      .slice(0, 3)
      .map((e) => [e.code, e.message].filter(Boolean).join(': '))
      .filter(Boolean)
      .join('; ');
  } else {
    s = text.trim().split('\n')[0] ?? '';
    if (s.startsWith('<')) s = ''; // an HTML error page says nothing useful on one line
  }
  // Registry text goes into one-line messages and logs: no control characters (no new lines).
  s = [...s].map((ch) => (ch.charCodeAt(0) < 0x20 || (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) <= 0x9f) || ch === '\u2028' || ch === '\u2029' ? ' ' : ch)).join('').replace(/ {2,}/g, ' ').trim();
  if (s.length > 300) s = s.slice(0, 297) + '...';
  return s ? prefix + s : '';
}
