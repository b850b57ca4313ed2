// A registry with the OCI 1.1 referrers API, for tests: a proxy in front of a real Distribution
// registry that answers GET /v2/<name>/referrers/<digest> itself and, when a manifest with a
// subject is PUT, records it and answers with the OCI-Subject header, as the spec says.
import http from 'node:http';
import net from 'node:net';
import type { RunningRegistry } from './registry.js';

export interface ReferrersApi {
  host: string;
  /** "name@subject" -> descriptors of the manifests that refer to it. */
  referrers: Map<string, Array<Record<string, unknown>>>;
  stop(): Promise<void>;
}

const REFERRERS = /^\/v2\/(.+)\/referrers\/(sha256:[a-f0-9]{64})(?:\?.*)?$/;
const MANIFEST = /^\/v2\/(.+)\/manifests\/([^/?]+)$/;

export async function startReferrersApi(upstream: RunningRegistry): Promise<ReferrersApi> {
  const referrers = new Map<string, Array<Record<string, unknown>>>();
  const forward = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer | undefined, onDone?: (status: number, headers: http.IncomingHttpHeaders) => Record<string, string>) => {
    const up = http.request({ host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (ur) => {
      const extra = onDone ? onDone(ur.statusCode ?? 0, ur.headers) : {};
      res.writeHead(ur.statusCode ?? 502, { ...ur.headers, ...extra });
      ur.pipe(res);
    });
    up.on('error', () => res.destroy());
    if (body) up.end(body);
    else req.pipe(up);
  };
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    const r = REFERRERS.exec(url);
    if (r && (req.method === 'GET' || req.method === 'HEAD')) {
      const body = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: referrers.get(`${r[1]}@${r[2]}`) ?? [] });
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json', 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const m = MANIFEST.exec(url);
    if (m && req.method === 'PUT') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const bytes = Buffer.concat(chunks);
        let doc: any;
        try {
          doc = JSON.parse(bytes.toString('utf8'));
        } catch {
          doc = undefined;
        }
        forward(req, res, bytes, (status, headers): Record<string, string> => {
          if (status !== 201 || !doc?.subject?.digest) return {};
          const key = `${m[1]}@${doc.subject.digest}`;
          const digest = String(headers['docker-content-digest']);
          const list = (referrers.get(key) ?? []).filter((d) => d.digest !== digest);
          list.push({ mediaType: doc.mediaType, digest, size: bytes.length, artifactType: doc.artifactType ?? doc.config?.mediaType, ...(doc.annotations ? { annotations: doc.annotations } : {}) });
          referrers.set(key, list);
          return { 'oci-subject': doc.subject.digest };
        });
      });
      return;
    }
    forward(req, res, undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    referrers,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
