// Starts a real CNCF Distribution registry (Debian's docker-registry) on 127.0.0.1 with a free
// port, for the duration of a test file. Auth modes are added by options.
import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningRegistry {
  /** host:port, e.g. 127.0.0.1:40123 */
  host: string;
  port: number;
  url: string;
  dir: string;
  username?: string;
  password?: string;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  /** htpasswd Basic auth with this user and password */
  basic?: { username: string; password: string };
  /** Extra YAML appended under the top level (e.g. an auth.token section), already indented. */
  extraConfig?: string;
  /** Bearer token auth against a token server (see token-server.ts). */
  token?: { realm: string; service: string; issuer: string; rootCertBundle: string };
  /** Send relative Location headers (http.relativeurls), as some registries do. */
  relativeUrls?: boolean;
  /** Serve HTTPS with this certificate and key (PEM files). */
  tls?: { certificate: string; key: string };
}

/** Status of GET /v2/, or undefined while nothing answers (HTTPS: any certificate accepted). */
function probe(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const mod = url.startsWith('https:') ? https : http;
    const req = mod.get(`${url}/v2/`, { rejectUnauthorized: false, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(undefined));
    req.setTimeout(2000, () => req.destroy());
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function startRegistry(opts: RegistryOptions = {}): Promise<RunningRegistry> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oci-bundle-registry-'));
  const port = await freePort();
  let auth = '';
  if (opts.basic) {
    const htpasswd = path.join(dir, 'htpasswd');
    execFileSync('htpasswd', ['-Bbc', htpasswd, opts.basic.username, opts.basic.password], { stdio: 'ignore' });
    auth = `auth:\n  htpasswd:\n    realm: test-realm\n    path: ${htpasswd}\n`;
  }
  if (opts.token) {
    const t = opts.token;
    auth = `auth:\n  token:\n    realm: ${t.realm}\n    service: ${t.service}\n    issuer: ${t.issuer}\n    rootcertbundle: ${t.rootCertBundle}\n`;
  }
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${path.join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    ...(opts.relativeUrls ? ['  relativeurls: true'] : []),
    ...(opts.tls ? ['  tls:', `    certificate: ${opts.tls.certificate}`, `    key: ${opts.tls.key}`] : []),
    auth,
    opts.extraConfig ?? '',
  ].join('\n');
  const configPath = path.join(dir, 'config.yml');
  writeFileSync(configPath, config);
  const child: ChildProcess = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d.toString()));
  const host = `127.0.0.1:${port}`;
  const url = `${opts.tls ? 'https' : 'http'}://${host}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`);
    const status = await probe(url);
    if (status === 200 || status === 401) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`docker-registry did not start on ${host}: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host,
    port,
    url,
    dir,
    username: opts.basic?.username,
    password: opts.basic?.password,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
