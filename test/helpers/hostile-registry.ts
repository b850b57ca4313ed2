// A hostile registry for tests: an HTTP(S) server on this machine whose every answer is chosen
// by the test (a route function), recording each request with its Authorization header. Helpers
// send the classic attacks: an endless body, a body that trickles, a lying Content-Length.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  authorization?: string;
}

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface HostileRegistry {
  /** host:port as a registry name (127.0.0.1:N unless another address was asked for) */
  host: string;
  port: number;
  /** scheme://host:port */
  url: string;
  requests: RecordedRequest[];
  /** bytes the endless and trickle helpers have sent, per request URL */
  sent: Map<string, number>;
  stop(): Promise<void>;
}

export interface HostileOptions {
  /** Serve HTTPS with this PEM certificate and key. */
  tls?: { cert: string; key: string };
  /** Address to listen on and name the registry by (default 127.0.0.1). */
  address?: string;
}

/**
 * Starts the server. `route` answers everything except what it leaves unanswered: then GET /v2/
 * gets 200 and anything else 404.
 */
export async function startHostileRegistry(route: Route, opts: HostileOptions = {}): Promise<HostileRegistry> {
  const requests: RecordedRequest[] = [];
  const sent = new Map<string, number>();
  const sockets = new Set<Socket>();
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    req.resume();
    route(req, res);
    if (!res.headersSent && !res.writableEnded && !(res as { hostileBusy?: boolean }).hostileBusy) {
      res.statusCode = req.url === '/v2/' ? 200 : 404;
      res.end();
    }
  };
  const server = opts.tls ? https.createServer({ cert: opts.tls.cert, key: opts.tls.key }, handler) : http.createServer(handler);
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('secureConnection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const address = opts.address ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const port = (server.address() as AddressInfo).port;
  const host = `${address}:${port}`;
  return {
    host,
    port,
    url: `${opts.tls ? 'https' : 'http'}://${host}`,
    requests,
    sent,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Marks a response as answered asynchronously (so the default answer is not sent). */
function busy(res: http.ServerResponse): void {
  (res as { hostileBusy?: boolean }).hostileBusy = true;
}

/** Sends bytes as fast as the client takes them, forever (chunked, or under `headers`). */
export function endless(reg: HostileRegistry, req: http.IncomingMessage, res: http.ServerResponse, headers: Record<string, string> = {}): void {
  busy(res);
  res.writeHead(200, { 'content-type': 'application/octet-stream', ...headers });
  const chunk = Buffer.alloc(64 * 1024, 0x41);
  const key = req.url ?? '';
  let stopped = false;
  res.on('close', () => (stopped = true));
  const pump = () => {
    while (!stopped) {
      reg.sent.set(key, (reg.sent.get(key) ?? 0) + chunk.length);
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
  };
  pump();
}

/** Sends one byte every `intervalMs` (never silent long enough for an idle timeout), forever. */
export function trickle(reg: HostileRegistry, req: http.IncomingMessage, res: http.ServerResponse, intervalMs: number, headers: Record<string, string> = {}): void {
  busy(res);
  res.writeHead(200, { 'content-type': 'application/octet-stream', ...headers });
  const key = req.url ?? '';
  const timer = setInterval(() => {
    reg.sent.set(key, (reg.sent.get(key) ?? 0) + 1);
    res.write('x');
  }, intervalMs);
  res.on('close', () => clearInterval(timer));
}

/** A Bearer challenge naming `realm`. */
export function bearerChallenge(res: http.ServerResponse, realm: string, service = 'hostile'): void {
  res.writeHead(401, { 'www-authenticate': `Bearer realm="${realm}",service="${service}"`, 'content-type': 'application/json' });
  res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
}
