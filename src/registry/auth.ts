// Registry authentication: WWW-Authenticate challenges (Basic, Bearer), token requests (GET with
// Basic credentials or anonymous; OAuth2 POST with a refresh token for identity tokens), a token
// cache per scope set with expiry, and redaction of every secret from log lines and messages.
import { UserError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { type Credential, credentialSecrets, describeCredential } from './credentials.js';
import { isLoopback } from './reference.js';
import { HttpTransport, RegistryError, describeErrorBody, logUrl, parseRetryAfter, withRetries } from './transport.js';

export interface Challenge {
  /** lower-case scheme: "basic", "bearer" */
  scheme: string;
  /** lower-case parameter names */
  params: Record<string, string>;
}

const TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;

/** Parses a WWW-Authenticate header (RFC 7235): several challenges, quoted or token parameters. */
export function parseWwwAuthenticate(header: string | undefined): Challenge[] {
  const out: Challenge[] = [];
  if (!header) return out;
  const s = header;
  let i = 0;
  const skip = (chars: RegExp) => {
    while (i < s.length && chars.test(s[i])) i++;
  };
  const readToken = () => {
    const start = i;
    while (i < s.length && TOKEN_CHAR.test(s[i])) i++;
    return s.slice(start, i);
  };
  let current: Challenge | undefined;
  while (i < s.length) {
    skip(/[\s,]/);
    if (i >= s.length) break;
    const token = readToken();
    if (!token) {
      i++; // unexpected character: skip it
      continue;
    }
    skip(/\s/);
    if (s[i] === '=' && current) {
      i++;
      skip(/\s/);
      let value = '';
      if (s[i] === '"') {
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < s.length) i++;
          value += s[i++];
        }
        i++; // closing quote
      } else {
        const start = i;
        while (i < s.length && s[i] !== ',' && !/\s/.test(s[i])) i++;
        value = s.slice(start, i);
      }
      current.params[token.toLowerCase()] = value;
    } else if (s[i] === '=' && !current) {
      i++;
    } else {
      current = { scheme: token.toLowerCase(), params: {} };
      out.push(current);
    }
  }
  return out;
}

/** Merges scope lists ("repository:name:pull,push"); order of first appearance is kept. */
export function mergeScopes(...lists: string[][]): string[] {
  const order: string[] = [];
  const actions = new Map<string, Set<string>>();
  for (const scope of lists.flat()) {
    const first = scope.indexOf(':');
    const last = scope.lastIndexOf(':');
    if (first < 0 || last === first) continue;
    const resource = scope.slice(0, last); // type:name (the name may hold host:port)
    const acts = scope.slice(last + 1).split(',').filter(Boolean);
    if (!actions.has(resource)) {
      actions.set(resource, new Set());
      order.push(resource);
    }
    for (const a of acts) actions.get(resource)!.add(a);
  }
  return order.map((r) => `${r}:${[...actions.get(r)!].join(',')}`);
}

/**
 * Why a token realm may not receive credentials, or undefined when it may. Docker sends them to
 * whatever realm the registry names; we add two rules: never in clear text to another machine
 * (plain HTTP only to a loopback realm), and never downgraded (a registry reached over HTTPS gets
 * an HTTPS realm or none).
 */
export function realmRefusal(realm: URL, registry: URL): string | undefined {
  if (realm.protocol === 'https:') return undefined;
  if (realm.protocol !== 'http:') return `its token realm is a ${realm.protocol} URL`;
  if (registry.protocol === 'https:') return 'it was reached over HTTPS but names a plain-HTTP token realm';
  if (!isLoopback(realm.host)) return 'its token realm is plain HTTP on a host that is not loopback';
  return undefined;
}

/** Every secret we hold, replaced by "***" in anything we print. */
export class Secrets {
  private readonly values = new Set<string>();
  /** Adds each secret with the spellings it travels in: base64 (Basic, docker config) and URL-encoded. */
  add(...secrets: (string | undefined)[]): void {
    for (const s of secrets) {
      if (!s || s.length < 4) continue;
      this.values.add(s);
      this.values.add(encodeURIComponent(s));
      this.values.add(Buffer.from(s).toString('base64').replace(/=+$/, ''));
    }
  }
  redact(text: string): string {
    let out = text;
    // Longest first, so a secret inside another's spelling cannot leave a tail behind.
    for (const s of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
    return out;
  }
  /** A UserError with every secret replaced by "***" in its message (kind and field kept); anything else as it is. */
  redactError(e: unknown): unknown {
    if (!(e instanceof UserError)) return e;
    const msg = this.redact(e.message);
    return msg === e.message ? e : new UserError(msg, e.exitCode, { kind: e.kind, field: e.field });
  }
  /** A logger that redacts before printing. */
  logger(inner: Logger): Logger {
    return {
      info: (m) => inner.info(this.redact(m)),
      warn: (m) => inner.warn(this.redact(m)),
      debug: (m) => inner.debug(this.redact(m)),
    };
  }
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

function basicHeader(username: string, password: string): string {
  return 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64');
}

/** What a push or pull of `scopes` is, for messages: `push access to repository "a/b"`. */
export function describeScopes(scopes: string[]): string {
  const parts = scopes.map((s) => {
    const last = s.lastIndexOf(':');
    const first = s.indexOf(':');
    const type = s.slice(0, first);
    const name = s.slice(first + 1, last);
    const acts = s.slice(last + 1).split(',');
    const what = acts.includes('push') ? 'push' : acts.includes('delete') ? 'delete' : acts.join('/');
    return type === 'repository' ? `${what} access to repository "${name}"` : `${s}`;
  });
  return parts.join(' and ');
}

/** Authentication state for one registry; shared by every request to it. */
export class Authenticator {
  scheme: 'none' | 'basic' | 'bearer' | undefined;
  /** The `error` of the last Bearer challenge (e.g. "insufficient_scope"). */
  lastError?: string;
  private realm?: string;
  private service?: string;
  private readonly tokens = new Map<string, CachedToken>();
  private readonly inflight = new Map<string, Promise<CachedToken>>();

  constructor(
    readonly registry: string,
    readonly credential: Credential | undefined,
    private readonly transport: HttpTransport,
    private readonly secrets: Secrets,
    private readonly logger: Logger,
    /** Where the registry's API was reached (its scheme decides which realms get credentials). */
    private readonly registryUrl: URL = transport.baseUrl(registry),
  ) {
    secrets.add(...credentialSecrets(credential));
  }

  /** Learns the scheme from an answer to GET /v2/ (200: none; 401: its challenge). */
  fromPing(status: number, wwwAuthenticate: string | undefined): void {
    if (status !== 401) {
      this.scheme = 'none';
      return;
    }
    this.learn(parseWwwAuthenticate(wwwAuthenticate));
  }

  private learn(challenges: Challenge[]): Challenge | undefined {
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    if (bearer && bearer.params.realm) {
      this.scheme = 'bearer';
      this.realm = bearer.params.realm;
      this.service = bearer.params.service;
      return bearer;
    }
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (basic) {
      this.scheme = 'basic';
      return basic;
    }
    return undefined;
  }

  /** The Authorization header for a request needing `scopes`, or undefined (anonymous/no auth). */
  async header(scopes: string[]): Promise<string | undefined> {
    const c = this.credential;
    if (this.scheme === 'basic') return c?.kind === 'basic' ? basicHeader(c.username, c.password) : undefined;
    if (this.scheme !== 'bearer') return undefined;
    if (c?.kind === 'registryToken') return `Bearer ${c.token}`;
    const key = [...scopes].sort().join(' ');
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return `Bearer ${cached.token}`;
    let p = this.inflight.get(key);
    if (!p) {
      p = this.fetchToken(scopes).finally(() => this.inflight.delete(key));
      this.inflight.set(key, p);
    }
    const t = await p;
    this.tokens.set(key, t);
    return `Bearer ${t.token}`;
  }

  /**
   * After a 401: learns the challenge, forgets the token used, and says whether one more try
   * (with a fresh token, or with credentials not sent yet) can help, and with which scopes.
   */
  onUnauthorized(wwwAuthenticate: string | undefined, scopes: string[], sent: string | undefined): { retry: boolean; scopes: string[] } {
    const ch = this.learn(parseWwwAuthenticate(wwwAuthenticate));
    if (this.scheme === 'bearer') {
      this.lastError = ch?.params.error;
      const extra = ch?.params.scope ? ch.params.scope.split(/\s+/).filter(Boolean) : [];
      const merged = mergeScopes(scopes, extra);
      // Forget the token that was refused, unless a concurrent request already replaced it.
      for (const key of [[...scopes].sort().join(' '), [...merged].sort().join(' ')]) {
        const cached = this.tokens.get(key);
        if (cached && (!sent || sent === `Bearer ${cached.token}`)) this.tokens.delete(key);
      }
      return { retry: this.credential?.kind !== 'registryToken' || !sent, scopes: merged };
    }
    if (this.scheme === 'basic') return { retry: this.credential?.kind === 'basic' && !sent?.startsWith('Basic '), scopes };
    return { retry: false, scopes };
  }

  private async fetchToken(scopes: string[]): Promise<CachedToken> {
    const realm = this.realm!;
    let realmUrl: URL;
    try {
      realmUrl = new URL(realm);
    } catch {
      throw new UserError(`registry ${this.registry} sent an invalid token realm "${realm}"`);
    }
    const c = this.credential;
    const refusal = c ? realmRefusal(realmUrl, this.registryUrl) : undefined;
    if (refusal) {
      throw new UserError(`registry ${this.registry} asks for credentials at ${logUrl(realmUrl)}, but ${refusal}; refusing to send ${describeCredential(c)} there`, 1, { kind: 'auth' });
    }
    const opts = this.transport.opts;
    return withRetries(opts, { op: `token request for ${describeScopes(scopes)}`, host: realmUrl.host }, async () => {
      if (c?.kind === 'identityToken') {
        const t = await this.oauth2(realmUrl, scopes, c.token);
        if (t) return t;
        return this.getToken(realmUrl, scopes, basicHeader(c.username ?? '<token>', c.token));
      }
      return this.getToken(realmUrl, scopes, c?.kind === 'basic' ? basicHeader(c.username, c.password) : undefined);
    });
  }

  /** OAuth2 refresh-token grant; undefined when the server does not implement it (404/405). */
  private async oauth2(realm: URL, scopes: string[], refreshToken: string): Promise<CachedToken | undefined> {
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'oci-bundle' });
    if (this.service) form.set('service', this.service);
    if (scopes.length) form.set('scope', scopes.join(' '));
    const res = await this.transport.request({
      method: 'POST',
      url: realm,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(form.toString()),
    });
    if (res.status === 404 || res.status === 405) {
      await res.discard();
      this.logger.debug(`token server ${realm.host} has no OAuth2 POST (${res.status}); using GET`);
      return undefined;
    }
    return this.readToken(res, realm, scopes);
  }

  private async getToken(realm: URL, scopes: string[], authorization: string | undefined): Promise<CachedToken> {
    const url = new URL(realm.href);
    if (this.service) url.searchParams.append('service', this.service);
    for (const s of scopes) url.searchParams.append('scope', s);
    const res = await this.transport.request({ method: 'GET', url, headers: authorization ? { authorization } : {} });
    return this.readToken(res, realm, scopes);
  }

  private async readToken(res: Awaited<ReturnType<HttpTransport['request']>>, realm: URL, scopes: string[]): Promise<CachedToken> {
    const text = await res.text(256 * 1024);
    if (res.status >= 500 || res.status === 429 || res.status === 408) {
      throw new RegistryError(`token server ${realm.host} answered ${res.status} ${res.statusText}${describeErrorBody(text, ': ')}`, `${res.status} ${res.statusText}`.trim(), true, {
        status: res.status,
        retryAfterMs: parseRetryAfter(res.header('retry-after')),
      });
    }
    if (res.status === 401 || res.status === 403) {
      const who = describeCredential(this.credential);
      const fix = this.credential
        ? `check the user name and password or token, or run "docker login ${this.registry}" again`
        : `this registry needs credentials: run "docker login ${this.registry}" or pass --username with --password-stdin`;
      throw new UserError(`token server ${realm.host} refused ${who} for ${describeScopes(scopes)} on ${this.registry} (${res.status}${describeErrorBody(text, ': ')}); ${fix}`);
    }
    if (res.status !== 200) {
      throw new UserError(`token server ${realm.host} answered ${res.status} ${res.statusText} for ${describeScopes(scopes)} on ${this.registry}${describeErrorBody(text, ': ')}`);
    }
    let doc: { token?: unknown; access_token?: unknown; expires_in?: unknown; refresh_token?: unknown };
    try {
      doc = JSON.parse(text);
    } catch {
      // JSON.parse quotes the text, which may hold a token: say only that it is not JSON.
      throw new UserError(`token server ${realm.host} sent an answer that is not JSON`);
    }
    const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    const token = str(doc?.access_token) ?? str(doc?.token);
    if (!token) throw new UserError(`token server ${realm.host} sent no token`);
    // A token goes into a header: refuse one that could split it.
    if (!/^[\x21-\x7e]+$/.test(token)) throw new UserError(`token server ${realm.host} sent a token with characters a header cannot carry`);
    this.secrets.add(token, str(doc.refresh_token), str(doc.token), str(doc.access_token));
    const lifetime = (typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : 60) * 1000;
    // Renew a little before the server's expiry (clocks drift, requests take time).
    const expiresAt = Date.now() + lifetime - Math.min(30_000, lifetime / 5);
    this.logger.debug(`token for ${scopes.join(' ') || '(no scope)'} from ${realm.host}, valid ${Math.round(lifetime / 1000)} s`);
    return { token, expiresAt };
  }
}
