// `oci-bundle push` against real registries (CNCF Distribution), without auth and with htpasswd
// Basic auth; skopeo is the judge of what landed. Credentials from every source, failures with
// clear one-line messages, and no secret in any output.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, type CliResult } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';
import { freePort, startRegistry, type RunningRegistry } from './helpers/registry.js';
import { makeImage, type TestImage } from './helpers/registry-layouts.js';

const PASSWORD = 'pw-Sup3r-s3cret-9f81';
const USER = 'alice';
const work = tmpDir('oci-bundle-push-');
const emptyDockerConfig = path.join(work, 'docker-empty');
mkdirSync(emptyDockerConfig);
/** Isolated from the machine's docker config and credentials. */
const ENV = { DOCKER_CONFIG: emptyDockerConfig, OCI_BUNDLE_USERNAME: '', OCI_BUNDLE_PASSWORD: '', OCI_BUNDLE_RETRY_BASE_MS: '50', OCI_BUNDLE_DEBUG: '' };

interface PushJson {
  digest: string;
  mediaType: string;
  size: number;
  tags: string[];
  pushed: number;
  skipped: number;
  mounted: number;
}

function push(args: string[], env: Record<string, string> = {}, input?: string): CliResult {
  return runCli(['push', ...args], { env: { ...ENV, ...env }, input });
}

function pushJson(args: string[], env: Record<string, string> = {}, input?: string): PushJson {
  const r = push([...args, '--json'], env, input);
  if (r.status !== 0) throw new Error(`push failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as PushJson;
}

/** sha256 of the raw manifest skopeo reads for `ref` (what the registry serves for the tag). */
function skopeoRawDigest(ref: string, creds?: string): string {
  const raw = execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', ...(creds ? ['--creds', creds] : []), `docker://${ref}`]);
  return 'sha256:' + createHash('sha256').update(raw).digest('hex');
}

function skopeoDigest(ref: string, creds?: string): string {
  return execFileSync('skopeo', ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', ...(creds ? ['--creds', creds] : []), `docker://${ref}`], { encoding: 'utf8' }).trim();
}

async function manifestStatus(reg: RunningRegistry, repo: string, ref: string): Promise<number> {
  const headers: Record<string, string> = { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json' };
  if (reg.username) headers.authorization = 'Basic ' + Buffer.from(`${reg.username}:${reg.password}`).toString('base64');
  const res = await fetch(`${reg.url}/v2/${repo}/manifests/${ref}`, { method: 'HEAD', headers });
  return res.status;
}

function oneLineError(r: CliResult): string {
  const lines = r.stderr.trim().split('\n');
  const errors = lines.filter((l) => l.startsWith('oci-bundle: error: '));
  expect(errors).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
  return errors[0];
}

let open: RunningRegistry;
let basic: RunningRegistry;
let img: TestImage;
let idx: TestImage;

beforeAll(async () => {
  [open, basic] = await Promise.all([startRegistry(), startRegistry({ basic: { username: USER, password: PASSWORD } })]);
  img = await makeImage(path.join(work, 'img'), { refName: 'v1' });
  idx = await makeImage(path.join(work, 'idx'), { refName: 'multi', platforms: ['linux/amd64', 'linux/arm64'], seed: 2 });
});

afterAll(async () => {
  await Promise.all([open?.stop(), basic?.stop()]);
});

describe('push without auth', () => {
  test('two tags: skopeo sees our digest under both, and copies the image back intact', () => {
    const out = pushJson([img.dir, `${open.host}/team/app:v1`, `${open.host}/team/app:latest`]);
    expect(out).toEqual({ digest: img.digest, mediaType: img.mediaType, size: img.blobs.get(img.digest), tags: [`${open.host}/team/app:v1`, `${open.host}/team/app:latest`], pushed: 3, skipped: 0, mounted: 0, referrers: [] });
    for (const tag of ['v1', 'latest']) {
      expect(skopeoDigest(`${open.host}/team/app:${tag}`)).toBe(img.digest);
      expect(skopeoRawDigest(`${open.host}/team/app:${tag}`)).toBe(img.digest);
    }
    const back = path.join(work, 'back');
    execFileSync('skopeo', ['copy', '--preserve-digests', '--src-tls-verify=false', `docker://${open.host}/team/app:v1`, `oci:${back}:v1`], { stdio: 'pipe' });
    const index = JSON.parse(readFileSync(path.join(back, 'index.json'), 'utf8'));
    expect(index.manifests[0].digest).toBe(img.digest);
    const pulled = readdirSync(path.join(back, 'blobs', 'sha256')).map((h) => `sha256:${h}`).sort();
    expect(pulled).toEqual([...img.blobs.keys()].sort());
    for (const d of pulled) {
      expect(readFileSync(path.join(back, 'blobs', 'sha256', d.slice(7)))).toEqual(readFileSync(path.join(img.dir, 'blobs', 'sha256', d.slice(7))));
    }
  });

  test('a second push HEADs every blob and skips them, but PUTs the tag again', () => {
    const first = pushJson([img.dir, `${open.host}/again/app:one`]);
    expect(first.pushed).toBe(3);
    const r = push([img.dir, `${open.host}/again/app:one`, `${open.host}/again/app:two`, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pushed: 0, skipped: 3, mounted: 0, digest: img.digest });
    expect(r.stderr).toMatch(/already there/);
    expect(skopeoDigest(`${open.host}/again/app:two`)).toBe(img.digest);
  });

  test('an index: child manifests by digest first, then the index under the tag', async () => {
    const out = pushJson([idx.dir, `${open.host}/multi:1.0`, '--ref', 'multi']);
    expect(out.digest).toBe(idx.digest);
    expect(out.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(out.pushed).toBe(4); // two layers and two configs
    expect(skopeoRawDigest(`${open.host}/multi:1.0`)).toBe(idx.digest);
    for (const m of idx.manifests) expect(await manifestStatus(open, 'multi', m)).toBe(200);
    expect(skopeoDigest(`${open.host}/multi@${idx.manifests[1]}`)).toBe(idx.manifests[1]);
  });

  test('--ref picks one image of a layout holding several; without it the error lists them', async () => {
    const dir = path.join(work, 'several');
    const a = await makeImage(dir, { refName: 'a', seed: 3 });
    const b = await makeImage(dir, { refName: 'b', seed: 4 });
    const r = push([dir, `${open.host}/several:x`]);
    expect(r.status).toBe(1);
    expect(oneLineError(r)).toMatch(/holds 2 images; choose one with --ref \(a, b\)/);
    expect(pushJson([dir, `${open.host}/several:b`, '--ref', 'b']).digest).toBe(b.digest);
    expect(pushJson([dir, `${open.host}/several:a`, '--ref', 'a']).digest).toBe(a.digest);
    expect(skopeoDigest(`${open.host}/several:b`)).toBe(b.digest);
  });

  test('a reference pinning another digest is refused before anything is sent', async () => {
    const other = 'sha256:' + '0'.repeat(64);
    const r = push([img.dir, `${open.host}/pinned/app@${other}`]);
    expect(r.status).toBe(1);
    expect(oneLineError(r)).toMatch(new RegExp(`pins ${other}, but the image in .* is ${img.digest}`));
    expect(await manifestStatus(open, 'pinned/app', img.digest)).toBe(404);
    const ok = pushJson([img.dir, `${open.host}/pinned/app@${img.digest}`]);
    expect(ok.tags).toEqual([`${open.host}/pinned/app@${img.digest}`]);
    expect(await manifestStatus(open, 'pinned/app', img.digest)).toBe(200);
  });

  test('relative Location headers are resolved against the request', async () => {
    const rel = await startRegistry({ relativeUrls: true });
    try {
      const r = push([img.dir, `${rel.host}/rel/app:v1`, '--json'], { OCI_BUNDLE_DEBUG: '1' });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).pushed).toBe(3);
      expect(skopeoDigest(`${rel.host}/rel/app:v1`)).toBe(img.digest);
      // the upload URLs came from relative Locations and kept their query (_state)
      expect(r.stderr).toMatch(/PUT http:\/\/127\.0\.0\.1:\d+\/v2\/rel\/app\/blobs\/uploads\/[0-9a-f-]+\?… \(\d+ bytes\) -> 201/);
    } finally {
      await rel.stop();
    }
  });
});

describe('push with Basic auth', () => {
  test('credentials from --username and --password-stdin', () => {
    const out = pushJson([img.dir, `${basic.host}/app:stdin`, '--username', USER, '--password-stdin'], {}, PASSWORD + '\n');
    expect(out.digest).toBe(img.digest);
    expect(skopeoDigest(`${basic.host}/app:stdin`, `${USER}:${PASSWORD}`)).toBe(img.digest);
  });

  test('credentials from OCI_BUNDLE_USERNAME and OCI_BUNDLE_PASSWORD', () => {
    const out = pushJson([img.dir, `${basic.host}/app:env`], { OCI_BUNDLE_USERNAME: USER, OCI_BUNDLE_PASSWORD: PASSWORD });
    expect(out.tags).toEqual([`${basic.host}/app:env`]);
    expect(skopeoDigest(`${basic.host}/app:env`, `${USER}:${PASSWORD}`)).toBe(img.digest);
  });

  test.each([
    ['host:port', (h: string) => h],
    ['https URL', (h: string) => `https://${h}`],
    ['http URL with path', (h: string) => `http://${h}/v1/`],
  ])('credentials from the docker config (auths keyed by %s)', (_name, key) => {
    const dir = path.join(work, `docker-${_name.replace(/\W/g, '-')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths: { [key(basic.host)]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } } }));
    const tag = `cfg-${_name.replace(/\W/g, '-')}`;
    const out = pushJson([img.dir, `${basic.host}/app:${tag}`], { DOCKER_CONFIG: dir });
    expect(out.digest).toBe(img.digest);
    expect(skopeoDigest(`${basic.host}/app:${tag}`, `${USER}:${PASSWORD}`)).toBe(img.digest);
  });

  test('credentials from a credential helper named in credHelpers', () => {
    const dir = path.join(work, 'docker-helper');
    const bin = path.join(work, 'helper-bin');
    mkdirSync(dir, { recursive: true });
    mkdirSync(bin, { recursive: true });
    const asked = path.join(work, 'helper-asked');
    writeFileSync(path.join(bin, 'docker-credential-obtest'), `#!/bin/sh\nread -r server\nprintf '%s %s' "$1" "$server" > '${asked}'\nprintf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}' "$server"\n`);
    chmodSync(path.join(bin, 'docker-credential-obtest'), 0o755);
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ credHelpers: { [basic.host]: 'obtest' } }));
    const r = push([img.dir, `${basic.host}/app:helper`, '--json'], { DOCKER_CONFIG: dir, PATH: `${bin}:${process.env.PATH}`, OCI_BUNDLE_DEBUG: '1' });
    expect(r.status).toBe(0);
    expect(readFileSync(asked, 'utf8')).toBe(`get ${basic.host}`);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    expect(skopeoDigest(`${basic.host}/app:helper`, `${USER}:${PASSWORD}`)).toBe(img.digest);
  });

  test('a wrong password fails with one clear line and pushes no manifest', async () => {
    const r = push([img.dir, `${basic.host}/denied/app:nope`, '--username', USER, '--password-stdin'], {}, 'wrong-password\n');
    expect(r.status).toBe(1);
    const line = oneLineError(r);
    expect(line).toMatch(new RegExp(`registry ${basic.host.replace(/\./g, '\\.')} refused push access to repository "denied/app" for user "alice" \\(from --username/--password-stdin\\)`));
    expect(line).toMatch(/401/);
    expect(line).toMatch(/docker login/);
    expect(r.stdout).toBe('');
    expect(await manifestStatus(basic, 'denied/app', 'nope')).toBe(404);
  });

  test('no credentials at all: says none were found and how to provide them', async () => {
    const r = push([img.dir, `${basic.host}/anon/app:nope`]);
    expect(r.status).toBe(1);
    const line = oneLineError(r);
    expect(line).toMatch(/refused push access to repository "anon\/app" without credentials/);
    expect(line).toContain(path.join(emptyDockerConfig, 'config.json'));
    expect(line).toMatch(/docker login/);
    expect(await manifestStatus(basic, 'anon/app', 'nope')).toBe(404);
  });

  test('secrets never appear on stdout or stderr, not even with OCI_BUNDLE_DEBUG=1', () => {
    const secrets = [PASSWORD, Buffer.from(`${USER}:${PASSWORD}`).toString('base64')];
    const dir = path.join(work, 'docker-debug');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths: { [basic.host]: { auth: secrets[1] } } }));
    const runs = [
      push([img.dir, `${basic.host}/app:dbg1`, '--json', '--username', USER, '--password-stdin'], { OCI_BUNDLE_DEBUG: '1' }, PASSWORD),
      push([img.dir, `${basic.host}/app:dbg2`, '--json'], { OCI_BUNDLE_DEBUG: '1', OCI_BUNDLE_USERNAME: USER, OCI_BUNDLE_PASSWORD: PASSWORD }),
      push([img.dir, `${basic.host}/app:dbg3`, '--json'], { OCI_BUNDLE_DEBUG: '1', DOCKER_CONFIG: dir }),
      // failing runs print errors: no secret there either
      push([img.dir, `${basic.host}/app:dbg4`, '--username', USER, '--password-stdin'], { OCI_BUNDLE_DEBUG: '1' }, `${PASSWORD}-wrong`),
    ];
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0, 1]);
    for (const r of runs) {
      expect(r.stderr).toMatch(/debug: /); // debug output was on
      for (const s of secrets) {
        expect(r.stdout).not.toContain(s);
        expect(r.stderr).not.toContain(s);
      }
    }
  });
});

describe('failures', () => {
  test('an unreachable registry: host, port and system error, quickly', async () => {
    const port = await freePort();
    const started = Date.now();
    const r = push([img.dir, `127.0.0.1:${port}/app:x`]);
    expect(r.status).toBe(1);
    expect(oneLineError(r)).toMatch(new RegExp(`cannot reach the registry 127\\.0\\.0\\.1:${port}: connection refused \\(ECONNREFUSED\\).*\\(3 attempts\\)$`));
    expect(Date.now() - started).toBeLessThan(15000);
  });

  test('an HTTPS registry that is not there: unknown host is not retried', () => {
    const r = push([img.dir, 'no-such-host.invalid/app:x']);
    expect(r.status).toBe(1);
    expect(oneLineError(r)).toMatch(/cannot resolve the registry host "no-such-host\.invalid" \(ENOTFOUND\)/);
    expect(r.stderr).not.toMatch(/retry/);
  });

  test('usage errors exit 2, bad references and layouts exit 1 with what is wrong', () => {
    const noRef = push([img.dir]);
    expect(noRef.status).toBe(2);
    expect(noRef.stderr).toMatch(/at least one image reference/);
    const noUser = push([img.dir, `${open.host}/x:y`, '--password-stdin'], {}, 'pw');
    expect(noUser.status).toBe(2);
    expect(noUser.stderr).toMatch(/--password-stdin needs --username/);
    const unknown = push([img.dir, `${open.host}/x:y`, '--password', 'pw']);
    expect(unknown.status).toBe(2);
    const badRef = push([img.dir, `${open.host}/Upper/Case:x`]);
    expect(badRef.status).toBe(1);
    expect(oneLineError(badRef)).toMatch(/invalid image reference ".*\/Upper\/Case:x": repository name "Upper\/Case" must be lower-case/);
    const notLayout = push([work, `${open.host}/x:y`]);
    expect(notLayout.status).toBe(1);
    expect(oneLineError(notLayout)).toMatch(/is not an OCI image layout \(it has no oci-layout file\)/);
    const missing = push([path.join(work, 'nope'), `${open.host}/x:y`]);
    expect(missing.status).toBe(1);
    expect(oneLineError(missing)).toMatch(/does not exist/);
    const help = spawnSync(process.execPath, [path.join('build', 'test-dist', 'cli.js'), 'push', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--insecure-registry HOST/);
  });

  test('HTTPS unless loopback or --insecure-registry; an HTTP-only registry gets a hint', () => {
    // On Linux 0.0.0.0 reaches the local host, but it is not a loopback name: HTTPS by default.
    const host = `0.0.0.0:${open.port}`;
    const tls = push([img.dir, `${host}/insecure/app:v1`]);
    expect(tls.status).toBe(1);
    expect(oneLineError(tls)).toMatch(new RegExp(`TLS error talking to ${host.replace(/\./g, '\\.')}: it does not speak HTTPS; .*add --insecure-registry ${host.replace(/\./g, '\\.')}`));
    const r = push([img.dir, `${host}/insecure/app:v1`, '--insecure-registry', host, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).digest).toBe(img.digest);
    expect(skopeoDigest(`${open.host}/insecure/app:v1`)).toBe(img.digest);
  });
});

describe('TLS', () => {
  test('HTTPS with a private CA: refused with a hint, then trusted through NODE_EXTRA_CA_CERTS', async () => {
    const dir = path.join(work, 'tls');
    mkdirSync(dir, { recursive: true });
    const ossl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
    ossl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=oci-bundle test CA');
    ossl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=0.0.0.0');
    writeFileSync(path.join(dir, 'ext'), 'subjectAltName=IP:0.0.0.0,IP:127.0.0.1\n');
    ossl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'ext');
    const reg = await startRegistry({ tls: { certificate: path.join(dir, 'server.crt'), key: path.join(dir, 'server.key') } });
    try {
      // 0.0.0.0 reaches the local host on Linux without being a loopback name: HTTPS it is
      const host = `0.0.0.0:${reg.port}`;
      const untrusted = push([img.dir, `${host}/tls/app:v1`]);
      expect(untrusted.status).toBe(1);
      expect(oneLineError(untrusted)).toMatch(/TLS error talking to 0\.0\.0\.0:\d+: (?:unable to verify the first certificate|self[- ]signed certificate in certificate chain).*; for a private CA set NODE_EXTRA_CA_CERTS/);
      const r = push([img.dir, `${host}/tls/app:v1`, '--json'], { NODE_EXTRA_CA_CERTS: path.join(dir, 'ca.crt') });
      expect(r.stderr).not.toMatch(/error/);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).digest).toBe(img.digest);
      expect(skopeoDigest(`${host}/tls/app:v1`)).toBe(img.digest);
    } finally {
      await reg.stop();
    }
  });
});
