// A Docker-style token server for tests: issues RS256 JWTs whose header carries the signing
// certificate (x5c), which CNCF Distribution checks against its rootcertbundle. Supports Basic-
// authenticated GET token requests, anonymous pull tokens for "public/" repositories, and the
// OAuth2 POST form (grant_type=refresh_token or password). Every request is recorded.
import { execFileSync } from 'node:child_process';
import { createSign, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startRegistry, type RunningRegistry } from './registry.js';

export interface TokenServerOptions {
  /** user → password */
  users?: Record<string, string>;
  /** refresh token (docker config "identitytoken") → user */
  refreshTokens?: Record<string, string>;
  /** users that only ever get pull */
  readOnly?: string[];
  /** anonymous requests get pull on repositories starting with this (default "public/") */
  publicPrefix?: string;
  /** expires_in of issued tokens, seconds (default 300) */
  expiresIn?: number;
  /** the first N tokens issued are already expired (beyond Distribution's 60 s leeway) */
  expiredFirst?: number;
  /** answer 404 to POST (a server without OAuth2) */
  noOAuth?: boolean;
}

export interface TokenRequest {
  method: string;
  scopes: string[];
  /** the authenticated user, or null (anonymous) */
  user: string | null;
  grantType?: string;
  status: number;
  /** the token handed out (to check it never shows in output) */
  token?: string;
}

export interface TokenServer {
  url: string;
  realm: string;
  service: string;
  issuer: string;
  certPath: string;
  requests: TokenRequest[];
  options: TokenServerOptions;
  /** the next n tokens issued are already expired */
  expireNext(n: number): void;
  stop(): Promise<void>;
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

export async function startTokenServer(options: TokenServerOptions = {}): Promise<TokenServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oci-bundle-token-'));
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=oci-bundle-test-token'], { stdio: 'ignore' });
  const key = readFileSync(keyPath, 'utf8');
  const certDer = readFileSync(certPath, 'utf8').replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  const service = 'oci-bundle-test-registry';
  const issuer = 'oci-bundle-test-issuer';
  const requests: TokenRequest[] = [];
  let issued = 0;
  let expiredUntil = options.expiredFirst ?? 0;

  const grant = (user: string | null, scopes: string[]) => {
    const access: Array<{ type: string; name: string; actions: string[] }> = [];
    for (const s of scopes) {
      const first = s.indexOf(':');
      const last = s.lastIndexOf(':');
      if (first < 0 || last === first) continue;
      const type = s.slice(0, first);
      const name = s.slice(first + 1, last);
      const wanted = s.slice(last + 1).split(',');
      let allowed: string[];
      if (user === null) allowed = name.startsWith(options.publicPrefix ?? 'public/') ? ['pull'] : [];
      else if (options.readOnly?.includes(user)) allowed = ['pull'];
      else allowed = ['pull', 'push'];
      const actions = wanted.filter((a) => allowed.includes(a));
      if (type === 'repository' && actions.length) access.push({ type, name, actions });
    }
    return access;
  };

  const sign = (user: string | null, scopes: string[]) => {
    const now = Math.floor(Date.now() / 1000);
    const expired = issued < expiredUntil;
    issued++;
    const header = { typ: 'JWT', alg: 'RS256', x5c: [certDer] };
    const claims = {
      iss: issuer,
      sub: user ?? '',
      aud: service,
      exp: expired ? now - 3600 : now + (options.expiresIn ?? 300),
      nbf: expired ? now - 7200 : now - 10,
      iat: expired ? now - 7200 : now,
      jti: randomBytes(8).toString('hex'),
      access: grant(user, scopes),
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const sig = createSign('RSA-SHA256').update(input).sign(key);
    return `${input}.${b64url(sig)}`;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const reply = (status: number, body: unknown, rec: Omit<TokenRequest, 'status'>) => {
        requests.push({ ...rec, status });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname !== '/token') {
        res.writeHead(404).end();
        return;
      }
      const users = options.users ?? {};
      if (req.method === 'GET') {
        const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ')).filter(Boolean);
        let user: string | null = null;
        const auth = req.headers.authorization;
        if (auth) {
          const m = /^Basic\s+(.+)$/i.exec(auth);
          const decoded = m ? Buffer.from(m[1], 'base64').toString('utf8') : '';
          const colon = decoded.indexOf(':');
          const u = decoded.slice(0, colon);
          const p = decoded.slice(colon + 1);
          const refreshUser = u === '<token>' ? options.refreshTokens?.[p] : undefined;
          if (refreshUser) {
            const token = sign(refreshUser, scopes);
            reply(200, { token, expires_in: options.expiresIn ?? 300 }, { method: 'GET', scopes, user: refreshUser, token });
            return;
          }
          if (!m || colon < 0 || users[u] === undefined || users[u] !== p) {
            reply(401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication failed' }] }, { method: 'GET', scopes, user: null });
            return;
          }
          user = u;
        }
        const token = sign(user, scopes);
        reply(200, { token, access_token: token, expires_in: options.expiresIn ?? 300, issued_at: new Date().toISOString() }, { method: 'GET', scopes, user, token });
        return;
      }
      if (req.method === 'POST') {
        if (options.noOAuth) {
          requests.push({ method: 'POST', scopes: [], user: null, status: 404 });
          res.writeHead(404).end('404 page not found');
          return;
        }
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
        const grantType = form.get('grant_type') ?? '';
        let user: string | undefined;
        if (grantType === 'refresh_token') user = options.refreshTokens?.[form.get('refresh_token') ?? ''];
        else if (grantType === 'password') {
          const u = form.get('username') ?? '';
          if (users[u] !== undefined && users[u] === form.get('password')) user = u;
        }
        if (!user || form.get('service') !== service || !form.get('client_id')) {
          reply(401, { error: 'invalid_grant' }, { method: 'POST', scopes, user: null, grantType });
          return;
        }
        const token = sign(user, scopes);
        reply(200, { access_token: token, scope: scopes.join(' '), expires_in: options.expiresIn ?? 300 }, { method: 'POST', scopes, user, grantType, token });
        return;
      }
      res.writeHead(405).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    realm: `${url}/token`,
    service,
    issuer,
    certPath,
    requests,
    options,
    expireNext(n: number) {
      expiredUntil = issued + n;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A registry with Bearer token auth plus its token server. */
export async function startTokenRegistry(options: TokenServerOptions = {}): Promise<{ registry: RunningRegistry; tokens: TokenServer; stop(): Promise<void> }> {
  const tokens = await startTokenServer(options);
  const registry = await startRegistry({ token: { realm: tokens.realm, service: tokens.service, issuer: tokens.issuer, rootCertBundle: tokens.certPath } });
  return {
    registry,
    tokens,
    async stop() {
      await registry.stop();
      await tokens.stop();
    },
  };
}
