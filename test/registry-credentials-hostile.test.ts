// Hostile docker configs, references and registries against credentials: helper names that are
// paths or command lines never run anything; OCI_BUNDLE_USERNAME/PASSWORD and --username reach
// only the registries pushed to, never a base's; token realms get credentials only over HTTPS (or
// plain HTTP on loopback when the registry itself is plain HTTP); secrets never reach a message.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Secrets } from '../src/registry/auth.js';
import { RegistryClient } from '../src/registry/client.js';
import { credentialSecrets, lookupCredentials } from '../src/registry/credentials.js';
import { parseReference } from '../src/registry/reference.js';
import { UserError } from '../src/util/errors.js';
import { runCliAsync } from './helpers/cli-async.js';
import { tmpDir } from './helpers/fixtures.js';
import { bearerChallenge, startHostileRegistry } from './helpers/hostile-registry.js';

const work = tmpDir('oci-bundle-credhostile-');
const emptyDockerConfig = path.join(work, 'docker-empty');
mkdirSync(emptyDockerConfig);
const PASSWORD = 'hostile-pw-5e1f-Secret';
const REG = '127.0.0.1:5999';

async function failure(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a failure');
}

describe('credential helper names', () => {
  const marker = path.join(work, 'pwned');
  // A folder on PATH holding the program a crafted name would reach, plus a shell in reach.
  const bin = path.join(work, 'bin');
  mkdirSync(bin);
  const payload = `#!/bin/sh\ntouch ${marker}\n`;
  for (const f of ['docker-credential-', 'docker-credential-evil x']) {
    writeFileSync(path.join(bin, f), payload);
    chmodSync(path.join(bin, f), 0o755);
  }
  const env = (config: unknown) => ({ DOCKER_AUTH_CONFIG: JSON.stringify(config), HOME: work });
  // Helpers are looked up on the process PATH, as docker does.
  const oldPath = process.env.PATH;
  beforeAll(() => {
    process.env.PATH = `${bin}:/usr/bin:/bin`;
  });
  afterAll(() => {
    process.env.PATH = oldPath;
  });

  test.each([
    ['a path and a command line', `/../../../bin/sh -c "id > ${marker}"`],
    ['a relative path', '../../../../bin/sh'],
    ['a path with spaces', `/../../../bin/sh -c "touch ${marker}"`],
    ['dot-dot', '..'],
    ['dot', '.'],
    ['a space', 'evil x'],
    ['a newline and a workflow command', 'x\n::error::injected'],
    ['a shell separator', 'pass;touch /tmp/x'],
    ['a blank', ' '],
  ])('credsStore that is %s: refused by name, nothing runs', async (_what, name) => {
    const e = await failure(lookupCredentials(REG, { env: env({ credsStore: name }) }));
    expect(e.message).toMatch(/^credsStore in DOCKER_AUTH_CONFIG is .*not a credential helper name .*nothing was run/);
    expect(e.message).not.toContain('\n');
    expect(e.kind).toBe('input');
    expect(existsSync(marker)).toBe(false);
  });

  test('credHelpers entries are checked the same way, naming their key; a number is refused too', async () => {
    let e = await failure(lookupCredentials(REG, { env: env({ credHelpers: { [REG]: `/../../../bin/sh -c "touch ${marker}"` } }) }));
    expect(e.message).toMatch(new RegExp(`^credHelpers "${REG.replace(/\./g, '\\.')}" in DOCKER_AUTH_CONFIG is .*not a credential helper name`));
    e = await failure(lookupCredentials(REG, { env: env({ credsStore: 42 }) }));
    expect(e.message).toMatch(/credsStore in DOCKER_AUTH_CONFIG is a number, not a credential helper name/);
    expect(existsSync(marker)).toBe(false);
  });

  test('a valid helper is found on PATH and run with exactly ["get"], the server on stdin, no shell', async () => {
    const argsFile = path.join(work, 'helper-args');
    const stdinFile = path.join(work, 'helper-stdin');
    const helper = path.join(bin, 'docker-credential-test.v1_ok-x');
    writeFileSync(helper, `#!/bin/sh\nprintf '%s|' "$@" > ${argsFile}\ncat > ${stdinFile}\necho '{"ServerURL":"x","Username":"helper-user","Secret":"${PASSWORD}"}'\n`);
    chmodSync(helper, 0o755);
    const c = await lookupCredentials(REG, { env: env({ credsStore: 'test.v1_ok-x' }) });
    expect(c).toEqual({ kind: 'basic', username: 'helper-user', password: PASSWORD, source: 'credential helper docker-credential-test.v1_ok-x' });
    expect(readFileSync(argsFile, 'utf8')).toBe('get|');
    expect(readFileSync(stdinFile, 'utf8')).toBe(REG);
  });

  test('a helper only in a relative PATH entry (the working folder) is not run', async () => {
    const cwdHelper = path.join(work, 'docker-credential-cwd');
    writeFileSync(cwdHelper, payload);
    chmodSync(cwdHelper, 0o755);
    const warnings: string[] = [];
    const logger = { info: () => {}, debug: () => {}, warn: (m: string) => warnings.push(m) };
    const prev = process.cwd();
    process.chdir(work);
    process.env.PATH = `.::${bin}`;
    try {
      const c = await lookupCredentials(REG, { env: env({ credsStore: 'cwd' }), logger });
      expect(c).toBeUndefined();
    } finally {
      process.chdir(prev);
      process.env.PATH = `${bin}:/usr/bin:/bin`;
    }
    expect(warnings.join('\n')).toMatch(/docker-credential-cwd .* is not on PATH/);
    expect(existsSync(marker)).toBe(false);
  });

  test('the CLI refuses the crafted credsStore with one line and runs nothing', async () => {
    const r = await runCliAsync(['build', work, '--base', `${REG}/lib/base:1`, '--output', path.join(work, 'out-cli')], {
      env: { DOCKER_AUTH_CONFIG: JSON.stringify({ credsStore: `/../../../bin/sh -c "id > ${marker}"` }), DOCKER_CONFIG: emptyDockerConfig, OCI_BUNDLE_USERNAME: '', OCI_BUNDLE_PASSWORD: '' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/credsStore in DOCKER_AUTH_CONFIG is .* not a credential helper name/);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('malformed docker configs and references never echo secrets', () => {
  const auth = Buffer.from(`alice:${PASSWORD}`).toString('base64');

  test.each([
    ['truncated JSON', `{"auths":{"${REG}":{"auth":"${auth}"}`],
    ['a stray character', `{"auths":{"${REG}":{"auth":"${auth}"}}}x`],
    ['single quotes', `{'auths':{'${REG}':{'auth':'${auth}','password':'${PASSWORD}'}}}`],
  ])('DOCKER_AUTH_CONFIG with %s', async (_what, text) => {
    const e = await failure(lookupCredentials(REG, { env: { DOCKER_AUTH_CONFIG: text } }));
    expect(e.message).toMatch(/^DOCKER_AUTH_CONFIG is not valid JSON/);
    expect(e.message).not.toContain(auth.slice(0, 12));
    expect(e.message).not.toContain(PASSWORD);
  });

  test('a config file with bad JSON or wrong types names the key, not the value', async () => {
    const dir = path.join(work, 'bad-config');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'config.json'), `{"auths":{"${REG}":{"auth":"${auth}",}}}`);
    let e = await failure(lookupCredentials(REG, { env: { DOCKER_CONFIG: dir } }));
    expect(e.message).toMatch(/is not valid JSON \(its text is not shown/);
    expect(e.message).not.toContain(auth.slice(0, 12));
    e = await failure(lookupCredentials(REG, { env: { DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { [REG]: { auth: 5, password: [PASSWORD] } } }) } }));
    expect(e.message).toMatch(new RegExp(`auths "${REG.replace(/\./g, '\\.')}" field "auth" is not a string`));
    expect(e.message).not.toContain(PASSWORD);
  });

  test.each([`user:${PASSWORD}@ghcr.io/o/app:1`, `https://user:${PASSWORD}@ghcr.io/o/app`, `user:${PASSWORD}@localhost:5000`, `${PASSWORD}@ghcr.io/o/app`, `u:pa/${PASSWORD}@ghcr.io/o/app`, `user:${PASSWORD} x@ghcr.io/o/app`])(
    'reference %# with user information is refused without the secret',
    (ref) => {
      let err: unknown;
      try {
        parseReference(ref);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/user information|credentials never go in a reference/);
      expect((err as Error).message).not.toContain(PASSWORD);
    },
  );

  test('Secrets.redact covers the raw base64 "auth" (even when not canonical), Basic headers and identity tokens', async () => {
    const rawAuth = Buffer.from(`alice:${PASSWORD}\0`).toString('base64'); // docker tolerates trailing NULs
    const identity = 'identity-token-9f3a-Secret';
    const c1 = await lookupCredentials(REG, { env: { DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { [REG]: { auth: rawAuth } } }) } });
    const c2 = await lookupCredentials(REG, { env: { DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { [REG]: { auth: Buffer.from('bob:').toString('base64'), identitytoken: identity } } }) } });
    const s = new Secrets();
    s.add(...credentialSecrets(c1), ...credentialSecrets(c2));
    const canonical = Buffer.from(`alice:${PASSWORD}`).toString('base64');
    const text = `a ${rawAuth} b Basic ${canonical} c ${identity} d ${Buffer.from(`bob:${identity}`).toString('base64')} e ${encodeURIComponent(PASSWORD)}`;
    const out = s.redact(text);
    for (const secret of [rawAuth, canonical, identity, PASSWORD, 'hostile-pw']) expect(out).not.toContain(secret);
    expect(out).toBe('a *** b Basic *** c *** d *** e ***');
  });
});

describe('credentials go only where they belong', () => {
  test('OCI_BUNDLE_USERNAME/PASSWORD and --username reach the push target, never the --base registry nor its token server', async () => {
    // The base registry names a token realm on itself and records everything it is sent.
    const base = await startHostileRegistry((req, res) => {
      if (req.url === '/v2/' && !req.headers.authorization) return bearerChallenge(res, `http://${base.host}/token`);
      if (req.url?.startsWith('/token')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"token":"anonymous-base-token"}');
      }
    });
    const dest = await startHostileRegistry(() => {});
    const ctx = path.join(work, 'ctx');
    mkdirSync(ctx, { recursive: true });
    writeFileSync(path.join(ctx, 'a.txt'), 'a\n');
    try {
      const common = ['build', ctx, '--base', `${base.host}/lib/base:1`, '--tag', `${dest.host}/app:1`, '--output', path.join(work, 'out-scope')];
      const env = { DOCKER_CONFIG: emptyDockerConfig, OCI_BUNDLE_RETRIES: '0' };
      const viaEnv = await runCliAsync(common, { env: { ...env, OCI_BUNDLE_USERNAME: 'alice', OCI_BUNDLE_PASSWORD: PASSWORD } });
      const viaFlag = await runCliAsync([...common, '--username', 'alice', '--password-stdin'], { env: { ...env, OCI_BUNDLE_USERNAME: '', OCI_BUNDLE_PASSWORD: '' }, input: PASSWORD });
      for (const r of [viaEnv, viaFlag]) {
        expect(r.status).toBe(1); // the base has no manifest: the build stops there
        expect(r.stderr).toMatch(/not found/);
        expect(r.stderr + r.stdout).not.toContain(PASSWORD);
      }
      expect(base.requests.some((q) => q.url.startsWith('/token'))).toBe(true);
      const basicSecret = Buffer.from(`alice:${PASSWORD}`).toString('base64');
      for (const q of base.requests) {
        expect(q.authorization ?? '').not.toContain(basicSecret);
        if (q.url.startsWith('/token')) expect(q.authorization).toBeUndefined();
      }
    } finally {
      await base.stop();
      await dest.stop();
    }
    // The same options give the destination its credentials.
    const env = { OCI_BUNDLE_USERNAME: 'alice', OCI_BUNDLE_PASSWORD: PASSWORD, DOCKER_CONFIG: emptyDockerConfig };
    expect(await lookupCredentials('dest.example:5000', { env, destinations: ['dest.example:5000'] })).toMatchObject({ kind: 'basic', username: 'alice' });
    expect(await lookupCredentials('base.example', { env, destinations: ['dest.example:5000'] })).toBeUndefined();
    expect(await lookupCredentials('base.example', { env, destinations: [] })).toBeUndefined();
  });

  test('a plain-HTTP token realm on another host gets no credentials (refused before connecting, within 5 s)', async () => {
    const reg = await startHostileRegistry((req, res) => {
      if (req.url === '/v2/') bearerChallenge(res, 'http://198.51.100.7/token');
    });
    const client = await RegistryClient.open(reg.host, { credential: { kind: 'basic', username: 'alice', password: PASSWORD, source: 'test' }, retries: 0 });
    const t0 = Date.now();
    try {
      const e = await failure(client.getManifest('app', 'latest', ['repository:app:pull']));
      expect(e.message).toMatch(/asks for credentials at http:\/\/198\.51\.100\.7\/token, but its token realm is plain HTTP on a host that is not loopback; refusing to send user "alice"/);
      expect(e.kind).toBe('auth');
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(e.message).not.toContain(PASSWORD);
    } finally {
      client.close();
      await reg.stop();
    }
  });

  test('a plain-HTTP loopback realm of a plain-HTTP loopback registry still gets them (docker behaviour)', async () => {
    const reg = await startHostileRegistry((req, res) => {
      if (req.url === '/v2/' && !req.headers.authorization) return bearerChallenge(res, `http://${reg.host}/token`);
      if (req.url?.startsWith('/token')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"token":"tok-abcdef"}');
      }
    });
    const client = await RegistryClient.open(reg.host, { credential: { kind: 'basic', username: 'alice', password: PASSWORD, source: 'test' }, retries: 0 });
    try {
      await failure(client.getManifest('app', 'latest', ['repository:app:pull'])); // 404 after the token
      const tokenReq = reg.requests.find((q) => q.url.startsWith('/token'));
      expect(tokenReq?.authorization).toBe(`Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`);
    } finally {
      client.close();
      await reg.stop();
    }
  });

  // An HTTPS registry needs a name that is not loopback (loopback is always plain HTTP): this
  // machine's own address, with a certificate for it, trusted by the CLI via NODE_EXTRA_CA_CERTS.
  const ownAddress = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === 'IPv4')?.address;
  (ownAddress ? test : test.skip)('an HTTPS registry naming a plain-HTTP realm (even on loopback) gets no credentials; the realm records nothing', async () => {
    const dir = path.join(work, 'tls');
    mkdirSync(dir);
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${ownAddress}`, '-addext', `subjectAltName=IP:${ownAddress}`], { stdio: 'ignore' });
    const realm = await startHostileRegistry((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"token":"should-never-be-asked"}');
    });
    const reg = await startHostileRegistry(
      (req, res) => {
        if (req.url === '/v2/') bearerChallenge(res, `http://${realm.host}/token`);
      },
      { tls: { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8') }, address: ownAddress },
    );
    try {
      const ctx = path.join(work, 'ctx-tls');
      mkdirSync(ctx);
      writeFileSync(path.join(ctx, 'a.txt'), 'a\n');
      const r = await runCliAsync(['build', ctx, '--base', `${reg.host}/lib/base:1`, '--tag', `${reg.host}/app:1`, '--output', path.join(work, 'out-tls')], {
        env: { NODE_EXTRA_CA_CERTS: cert, DOCKER_CONFIG: emptyDockerConfig, OCI_BUNDLE_USERNAME: 'alice', OCI_BUNDLE_PASSWORD: PASSWORD, OCI_BUNDLE_RETRIES: '0' },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/it was reached over HTTPS but names a plain-HTTP token realm; refusing to send user "alice"/);
      expect(r.stderr).not.toContain(PASSWORD);
      expect(realm.requests).toEqual([]);
      expect(reg.requests.every((q) => q.authorization === undefined)).toBe(true);
    } finally {
      await reg.stop();
      await realm.stop();
    }
  });
});
