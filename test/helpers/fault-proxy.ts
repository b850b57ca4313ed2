// A fault-injecting HTTP proxy for tests, on 127.0.0.1 between a client and a registry. Requests
// pass through unchanged (the Host header too, so the registry's Location URLs point back at the
// proxy) unless a rule matches: then the proxy answers a status itself, resets the connection
// before the registry sees the request, forwards and then resets instead of answering (the
// registry did the work, the client never hears), or never answers. Every request is logged.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FaultAction =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'reset-before' }
  | { kind: 'reset-after' }
  | { kind: 'hang' }
  /** forward, then change the answer: add headers and/or replace the body */
  | { kind: 'rewrite'; headers?: Record<string, string>; body?: string };

export interface FaultRule {
  method?: string;
  /** matched against the path and query */
  path?: RegExp;
  /** let this many matching requests through first (default 0) */
  skip?: number;
  /** fire this many times (default 1) */
  times?: number;
  action: FaultAction;
  /** how often it fired (set by the proxy) */
  fired?: number;
  seen?: number;
}

export interface ProxyLogEntry {
  method: string;
  path: string;
  fault?: string;
  status?: number;
}

export interface FaultProxy {
  host: string;
  port: number;
  rules: FaultRule[];
  log: ProxyLogEntry[];
  add(rule: FaultRule): FaultRule;
  stop(): Promise<void>;
}

function kill(socket: Socket): void {
  const s = socket as Socket & { resetAndDestroy?: () => void };
  if (typeof s.resetAndDestroy === 'function') s.resetAndDestroy();
  else s.destroy();
}

export async function startFaultProxy(upstream: { host: string; port: number }): Promise<FaultProxy> {
  const rules: FaultRule[] = [];
  const log: ProxyLogEntry[] = [];
  const sockets = new Set<Socket>();
  const agent = new http.Agent({ keepAlive: true });

  const match = (req: http.IncomingMessage): FaultRule | undefined => {
    for (const r of rules) {
      if (r.method && r.method !== req.method) continue;
      if (r.path && !r.path.test(req.url ?? '')) continue;
      r.seen = (r.seen ?? 0) + 1;
      if (r.seen <= (r.skip ?? 0)) continue;
      if ((r.fired ?? 0) >= (r.times ?? 1)) continue;
      r.fired = (r.fired ?? 0) + 1;
      return r;
    }
    return undefined;
  };

  const forward = (req: http.IncomingMessage, onResponse: (res: http.IncomingMessage) => void, onError: () => void) => {
    const up = http.request({ host: upstream.host, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent }, onResponse);
    up.on('error', onError);
    req.pipe(up);
  };

  const server = http.createServer((req, res) => {
    const entry: ProxyLogEntry = { method: req.method ?? '', path: req.url ?? '' };
    log.push(entry);
    const rule = match(req);
    const action = rule?.action;
    if (action) entry.fault = action.kind === 'status' ? `status ${action.status}` : action.kind;
    if (action?.kind === 'status') {
      req.resume();
      res.writeHead(action.status, { 'content-type': 'application/json', ...(action.headers ?? {}) });
      res.end(action.body ?? JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }));
      entry.status = action.status;
      return;
    }
    if (action?.kind === 'reset-before') {
      kill(req.socket);
      return;
    }
    if (action?.kind === 'hang') {
      req.resume();
      return;
    }
    forward(
      req,
      (up) => {
        entry.status = up.statusCode;
        if (action?.kind === 'reset-after') {
          up.resume();
          up.on('end', () => kill(req.socket));
          return;
        }
        if (action?.kind === 'rewrite') {
          const headers = { ...up.headers, ...(action.headers ?? {}) };
          if (action.body === undefined) {
            res.writeHead(up.statusCode ?? 502, up.statusMessage, headers);
            up.pipe(res);
            return;
          }
          up.resume();
          headers['content-length'] = String(Buffer.byteLength(action.body));
          res.writeHead(up.statusCode ?? 502, up.statusMessage, headers);
          res.end(action.body);
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.statusMessage, up.headers);
        up.pipe(res);
      },
      () => kill(req.socket),
    );
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    port,
    rules,
    log,
    add(rule: FaultRule) {
      rules.push(rule);
      return rule;
    },
    async stop() {
      for (const s of sockets) s.destroy();
      agent.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
