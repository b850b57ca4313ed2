// Unit tests of the registry client's pure parts: references (as docker parses them), challenges,
// scopes, credential lookup from docker configs, and small transport helpers.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatReference, isLoopback, manifestReference, normalizeRegistryHost, parseReference, registryApiHost } from '../src/registry/reference.js';
import { mergeScopes, parseWwwAuthenticate, Secrets } from '../src/registry/auth.js';
import { lookupCredentials } from '../src/registry/credentials.js';
import { isInsecure, parseRetryAfter, describeErrorBody } from '../src/registry/transport.js';
import { withDigestParam } from '../src/registry/client.js';
import { UserError } from '../src/util/errors.js';
import { tmpDir } from './helpers/fixtures.js';

const D = 'sha256:' + 'a'.repeat(64);

describe('parseReference', () => {
  test.each([
    ['alpine', 'docker.io', 'library/alpine', 'latest', undefined],
    ['alpine:3.20', 'docker.io', 'library/alpine', '3.20', undefined],
    ['me/app:1', 'docker.io', 'me/app', '1', undefined],
    ['docker.io/alpine', 'docker.io', 'library/alpine', 'latest', undefined],
    ['index.docker.io/me/app', 'docker.io', 'me/app', 'latest', undefined],
    ['ghcr.io/o/i:v1.2.3', 'ghcr.io', 'o/i', 'v1.2.3', undefined],
    ['localhost:5000/app', 'localhost:5000', 'app', 'latest', undefined],
    ['localhost/app', 'localhost', 'app', 'latest', undefined],
    ['localhost:5000', 'docker.io', 'library/localhost', '5000', undefined],
    ['127.0.0.1:5000/team/sub/app:dev', '127.0.0.1:5000', 'team/sub/app', 'dev', undefined],
    ['[::1]:5000/app:x', '[::1]:5000', 'app', 'x', undefined],
    [`ghcr.io/o/i@${D}`, 'ghcr.io', 'o/i', undefined, D],
    [`ghcr.io/o/i:v1@${D}`, 'ghcr.io', 'o/i', 'v1', D],
    ['reg-1.example/e---f.g_h/a__b:Tag_1.0-x', 'reg-1.example', 'e---f.g_h/a__b', 'Tag_1.0-x', undefined],
    ['Foo/bar', 'Foo', 'bar', 'latest', undefined],
  ])('%s', (input, registry, repository, tag, digest) => {
    const r = parseReference(input);
    expect(r).toEqual({ registry, repository, tag, digest });
  });

  test('formats fully qualified names and picks the digest over the tag', () => {
    expect(formatReference(parseReference('alpine'))).toBe('docker.io/library/alpine:latest');
    const r = parseReference(`localhost:5000/app:v1@${D}`);
    expect(formatReference(r)).toBe(`localhost:5000/app:v1@${D}`);
    expect(manifestReference(r)).toBe(D);
    expect(manifestReference(parseReference('localhost:5000/app:v1'))).toBe('v1');
    expect(registryApiHost('docker.io')).toBe('registry-1.docker.io');
    expect(registryApiHost('ghcr.io')).toBe('ghcr.io');
  });

  test.each([
    ['', /empty/],
    ['Alpine/Sub', /must be lower-case/],
    ['ghcr.io/Owner/app', /must be lower-case/],
    ['app:', /tag after ":" is empty/],
    ['app:-bad', /tag "-bad"/],
    [`app:${'x'.repeat(129)}`, /longer than 128/],
    ['app@sha256:abc', /not a digest/],
    [`app@sha256:${'A'.repeat(64)}`, /lower-case hex/],
    [`app@md5:${'a'.repeat(32)}`, /unsupported digest algorithm/],
    ['a'.repeat(64), /image ID/],
    ['https://ghcr.io/o/i', /URL scheme/],
    ['ghcr.io//i', /empty path component/],
    ['ghcr.io/o/-i', /not a valid repository path component/],
    ['ghcr.io/', /repository name after the registry is missing/],
    ['bad_host:5000/app', /not a valid registry/],
    ['my app', /white space/],
    [`ghcr.io/${'a'.repeat(250)}`, /more than 255/],
    [`a@${D}@${D}`, /more than one "@"/],
  ])('rejects %j with a clear one-line message', (input, why) => {
    let err: unknown;
    try {
      parseReference(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/^invalid image reference /);
    expect(msg).toMatch(why);
    expect(msg).not.toContain('\n');
  });

  test('loopback and insecure registries use plain HTTP; others HTTPS', () => {
    expect(isLoopback('localhost:5000')).toBe(true);
    expect(isLoopback('127.0.0.1:5000')).toBe(true);
    expect(isLoopback('127.12.0.3')).toBe(true);
    expect(isLoopback('[::1]:5000')).toBe(true);
    expect(isLoopback('128.0.0.1:5000')).toBe(false);
    expect(isLoopback('localhost.example.com')).toBe(false);
    expect(isInsecure('reg.lan:5000', ['reg.lan:5000'])).toBe(true);
    expect(isInsecure('reg.lan:5000', ['reg.lan'])).toBe(true);
    expect(isInsecure('reg.lan:5001', ['reg.lan:5000'])).toBe(false);
    expect(isInsecure('ghcr.io', [])).toBe(false);
    expect(normalizeRegistryHost('https://index.docker.io/v1/')).toBe('docker.io');
    expect(normalizeRegistryHost('https://Reg.Example:5000/v2/')).toBe('reg.example:5000');
  });
});

describe('challenges and scopes', () => {
  test('parses Bearer and Basic challenges with quoted and bare parameters', () => {
    expect(parseWwwAuthenticate('Bearer realm="https://auth.example/token",service="reg.example",scope="repository:a/b:pull,push repository:c:pull"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'reg.example', scope: 'repository:a/b:pull,push repository:c:pull' } },
    ]);
    expect(parseWwwAuthenticate('Basic realm="Registry Realm", Bearer realm=https://x/t, service=s, error="insufficient_scope"')).toEqual([
      { scheme: 'basic', params: { realm: 'Registry Realm' } },
      { scheme: 'bearer', params: { realm: 'https://x/t', service: 's', error: 'insufficient_scope' } },
    ]);
    expect(parseWwwAuthenticate('BASIC realm="a \\"quoted\\" realm"')).toEqual([{ scheme: 'basic', params: { realm: 'a "quoted" realm' } }]);
    expect(parseWwwAuthenticate(undefined)).toEqual([]);
  });

  test('merges scopes per resource, keeping the first one first, with host:port names intact', () => {
    expect(mergeScopes(['repository:app:pull,push'], ['repository:app:pull', 'repository:base:pull', 'repository:localhost:5000/x:pull'])).toEqual([
      'repository:app:pull,push',
      'repository:base:pull',
      'repository:localhost:5000/x:pull',
    ]);
  });

  test('secrets are redacted from text and log lines', () => {
    const s = new Secrets();
    s.add('hunter22', 'abc'); // too short to redact safely: ignored
    const lines: string[] = [];
    s.logger({ info: (m) => lines.push(m), warn: (m) => lines.push(m), debug: (m) => lines.push(m) }).info('pw hunter22 and abc');
    expect(lines).toEqual(['pw *** and abc']);
  });

  test('Retry-After in seconds or as a date; error bodies as code: message', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(Date.now() + 3000).toUTCString())).toBeGreaterThan(1000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(describeErrorBody('{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}', ': ')).toBe(': DENIED: requested access to the resource is denied');
    expect(describeErrorBody('<html>oops</html>')).toBe('');
    // Registry text never carries a new line (a workflow command) into a message.
    expect(describeErrorBody('{"errors":[{"code":"DENIED","message":"no\\n::error::owned\\r\\u2028x"}]}')).toBe('DENIED: no ::error::owned x');
  });

  test('the digest is appended to an upload URL, keeping its query', () => {
    expect(withDigestParam(new URL('http://h/v2/a/blobs/uploads/u?_state=x%3D%3D'), D).href).toBe(`http://h/v2/a/blobs/uploads/u?_state=x%3D%3D&digest=sha256%3A${'a'.repeat(64)}`);
    expect(withDigestParam(new URL('http://h/v2/a/blobs/uploads/u'), D).href).toBe(`http://h/v2/a/blobs/uploads/u?digest=sha256%3A${'a'.repeat(64)}`);
  });
});

describe('lookupCredentials', () => {
  const work = tmpDir('oci-bundle-creds-');
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const withConfig = (name: string, config: unknown): NodeJS.ProcessEnv => {
    const dir = path.join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
    return { DOCKER_CONFIG: dir, PATH: process.env.PATH };
  };

  test('explicit credentials win, then OCI_BUNDLE_USERNAME/PASSWORD, then the docker config', async () => {
    const env: NodeJS.ProcessEnv = { ...withConfig('order', { auths: { 'reg.example': { auth: b64('cfg:cfgpw') } } }), OCI_BUNDLE_USERNAME: 'envu', OCI_BUNDLE_PASSWORD: 'envpw' };
    expect(await lookupCredentials('reg.example', { env, explicit: { username: 'u', password: 'p' } })).toMatchObject({ kind: 'basic', username: 'u', password: 'p' });
    expect(await lookupCredentials('reg.example', { env })).toMatchObject({ kind: 'basic', username: 'envu', password: 'envpw' });
    // explicit credentials limited to some registries are not offered to others
    expect(await lookupCredentials('reg.example', { env, explicit: { username: 'u', password: 'p', registries: ['ghcr.io'] } })).toMatchObject({ username: 'envu' });
    expect(await lookupCredentials('docker.io', { env: {}, explicit: { username: 'u', password: 'p', registries: ['index.docker.io'] } })).toMatchObject({ username: 'u' });
    delete env.OCI_BUNDLE_USERNAME;
    await expect(lookupCredentials('reg.example', { env })).rejects.toThrow(/set both OCI_BUNDLE_USERNAME and OCI_BUNDLE_PASSWORD/);
    delete env.OCI_BUNDLE_PASSWORD;
    expect(await lookupCredentials('reg.example', { env })).toMatchObject({ kind: 'basic', username: 'cfg', password: 'cfgpw' });
    expect(await lookupCredentials('other.example', { env })).toBeUndefined();
  });

  test('config keys: host, https://host/path, and Docker Hub\'s legacy URL; identity and registry tokens', async () => {
    const env = withConfig('keys', {
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hub:hubpw\0') },
        'https://reg.example:5000/v2/': { auth: b64('r:p:with:colons') },
        'id.example': { auth: b64('someone:'), identitytoken: 'refresh-123' },
        'tok.example': { registrytoken: 'bearer-456' },
        'empty.example': {},
      },
    });
    expect(await lookupCredentials('docker.io', { env })).toMatchObject({ kind: 'basic', username: 'hub', password: 'hubpw' });
    expect(await lookupCredentials('reg.example:5000', { env })).toMatchObject({ kind: 'basic', username: 'r', password: 'p:with:colons' });
    expect(await lookupCredentials('reg.example', { env })).toBeUndefined();
    expect(await lookupCredentials('id.example', { env })).toMatchObject({ kind: 'identityToken', token: 'refresh-123', username: 'someone' });
    expect(await lookupCredentials('tok.example', { env })).toMatchObject({ kind: 'registryToken', token: 'bearer-456' });
    expect(await lookupCredentials('empty.example', { env })).toBeUndefined();
    expect(await lookupCredentials('ghcr.io', { env, githubToken: 'ghs_x' })).toMatchObject({ kind: 'basic', password: 'ghs_x' });
  });

  test('credential helpers: credHelpers per host, credsStore for the rest; <token> means identity token', async () => {
    const bin = path.join(work, 'bin');
    mkdirSync(bin, { recursive: true });
    const seen = path.join(work, 'helper-seen');
    // Answers for reg.example, says "not found" for anything else; records what it was asked.
    const script = `#!/bin/sh
read -r server
echo "$0 $1 $server" >> '${seen}'
case "$server" in
  reg.example) printf '{"ServerURL":"reg.example","Username":"helper-user","Secret":"helper-secret"}' ;;
  https://index.docker.io/v1/) printf '{"ServerURL":"x","Username":"<token>","Secret":"hub-refresh"}' ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`;
    for (const name of ['docker-credential-pertest', 'docker-credential-storetest']) {
      writeFileSync(path.join(bin, name), script);
      chmodSync(path.join(bin, name), 0o755);
    }
    const env = { ...withConfig('helpers', { credHelpers: { 'reg.example': 'pertest' }, credsStore: 'storetest', auths: { 'inline.example': { auth: b64('in:line') } } }) };
    const oldPath = process.env.PATH;
    process.env.PATH = `${bin}:${oldPath}`; // helpers are found on the process PATH
    try {
      expect(await lookupCredentials('reg.example', { env })).toMatchObject({ kind: 'basic', username: 'helper-user', password: 'helper-secret' });
      expect(await lookupCredentials('docker.io', { env })).toMatchObject({ kind: 'identityToken', token: 'hub-refresh' });
      expect(await lookupCredentials('inline.example', { env })).toMatchObject({ kind: 'basic', username: 'in', password: 'line' });
      expect(await lookupCredentials('none.example', { env })).toBeUndefined();
      const warnings: string[] = [];
      const missing = withConfig('missing-helper', { credsStore: 'does-not-exist' });
      expect(await lookupCredentials('reg.example', { env: missing, logger: { info: () => {}, debug: () => {}, warn: (m) => warnings.push(m) } })).toBeUndefined();
      expect(warnings.join('\n')).toMatch(/docker-credential-does-not-exist \(credsStore in .*\) is not on PATH/);
    } finally {
      process.env.PATH = oldPath;
    }
    const calls = readFileSync(seen, 'utf8').trim().split('\n');
    expect(calls).toEqual([
      expect.stringMatching(/docker-credential-pertest get reg\.example$/),
      expect.stringMatching(/docker-credential-storetest get https:\/\/index\.docker\.io\/v1\/$/),
      expect.stringMatching(/docker-credential-storetest get none\.example$/),
    ]);
  });

  test('a broken docker config is a clear error', async () => {
    const dir = path.join(work, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'config.json'), '{ not json');
    await expect(lookupCredentials('reg.example', { env: { DOCKER_CONFIG: dir } })).rejects.toThrow(/config\.json is not valid JSON/);
  });
});
