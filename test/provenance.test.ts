// build --provenance: an in-toto Statement v1 with a SLSA Provenance v1 predicate about the image
// digest; the base by digest and the source commit (GitHub context, else git) as resolved
// dependencies; the workflow as builder in Actions; no secrets; the same bytes for the same inputs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../src/version.js';
import { withoutCredentials } from '../src/supply/provenance.js';
import { runAction } from './helpers/action.js';
import { tmpDir } from './helpers/fixtures.js';
import { appContext, blobJson, build, debianLikeBase } from './helpers/supply.js';

const work = tmpDir();
const base = path.join(work, 'base');
const ctx = path.join(work, 'app');
let baseDigest: string;
const SHA = '0123456789abcdef0123456789abcdef01234567';
const ACTIONS: Record<string, string> = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_REPOSITORY_ID: '123',
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_EVENT_NAME: 'push',
  OCI_BUNDLE_PASSWORD: 'registry-password-never-recorded',
};
const args = () => [ctx, '--base', `oci:${base}:latest`, '--tag', 'ghcr.io/acme/app:1.0', '--source-date-epoch', '1700000000', '--env', 'API_TOKEN=hunter2', '--env', 'MODE=prod', '--provenance'];

beforeAll(async () => {
  await debianLikeBase(base);
  baseDigest = JSON.parse(readFileSync(path.join(base, 'index.json'), 'utf8')).manifests[0].digest;
  appContext(ctx);
});

describe('in GitHub Actions', () => {
  let b: ReturnType<typeof build>;
  let bytes: Buffer;
  let st: any;

  beforeAll(() => {
    b = build([...args(), '--output', path.join(work, 'one')], ACTIONS);
    bytes = readFileSync(b.provenance!.path);
    st = JSON.parse(bytes.toString('utf8'));
  });

  test('an in-toto statement about the image digest with a SLSA v1 predicate', () => {
    expect(st._type).toBe('https://in-toto.io/Statement/v1');
    expect(st.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(st.subject).toEqual([{ name: 'ghcr.io/acme/app', digest: { sha256: b.digest.slice(7) } }]);
    expect(st.predicate.buildDefinition.buildType).toBe('https://github.com/oci-bundle/oci-bundle/build/v1');
  });

  test('resolved dependencies: the source commit and the base by digest', () => {
    expect(st.predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/acme/app@refs/heads/main', digest: { gitCommit: SHA } },
      { uri: `pkg:oci/base@${baseDigest}?tag=latest`, name: 'base', digest: { sha256: baseDigest.slice(7) } },
    ]);
  });

  test('the workflow is the builder and the run is the invocation', () => {
    expect(st.predicate.runDetails).toEqual({
      builder: { id: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', version: { 'oci-bundle': VERSION } },
      metadata: { invocationId: 'https://github.com/acme/app/actions/runs/42/attempts/2' },
    });
  });

  test('external parameters are the build inputs, without secrets', () => {
    const p = st.predicate.buildDefinition.externalParameters;
    expect(p).toMatchObject({ base: `oci:${base}:latest`, dest: '/app', env: ['API_TOKEN', 'MODE'], tags: ['ghcr.io/acme/app:1.0'], compression: 'gzip', created: '2023-11-14T22:13:20Z' });
    const text = bytes.toString('utf8');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('registry-password-never-recorded');
  });

  test('is attached to the image (subject = its manifest), and the same inputs give the same bytes', () => {
    const m = blobJson(b.layout, b.provenance!.digest);
    expect(m).toMatchObject({ artifactType: 'application/vnd.in-toto+json', subject: { digest: b.digest }, layers: [{ mediaType: 'application/vnd.in-toto+json', digest: b.provenance!.document }] });
    const again = build([...args(), '--output', path.join(work, 'two')], ACTIONS);
    expect(readFileSync(again.provenance!.path).equals(bytes)).toBe(true);
    expect(again.digest).toBe(b.digest);
  });
});

describe('outside Actions', () => {
  test('the source is the git commit and origin (credentials removed); the builder is this tool', () => {
    const repo = appContext(path.join(work, 'repo'));
    const git = (...a: string[]) => execFileSync('git', ['-C', repo, ...a], { encoding: 'utf8' }).trim();
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'x');
    git('remote', 'add', 'origin', 'https://someone:ghp_token@example.com/acme/app.git');
    const head = git('rev-parse', 'HEAD');
    const env = Object.fromEntries(Object.keys(ACTIONS).map((k) => [k, '']));
    const b = build([repo, '--source-date-epoch', '1700000000', '--provenance', '--output', path.join(work, 'git')], env);
    const st = JSON.parse(readFileSync(b.provenance!.path, 'utf8'));
    expect(st.predicate.buildDefinition.resolvedDependencies).toEqual([{ uri: 'git+https://example.com/acme/app.git', digest: { gitCommit: head } }]);
    expect(st.predicate.runDetails).toEqual({ builder: { id: `pkg:npm/oci-bundle@${VERSION}`, version: { 'oci-bundle': VERSION } } });
    expect(readFileSync(b.provenance!.path, 'utf8')).not.toContain('ghp_token');
  });

  test('remote URLs lose their user name and password', () => {
    expect(withoutCredentials('https://u:p@example.com/a.git')).toBe('https://example.com/a.git');
    expect(withoutCredentials('git@github.com:acme/app.git')).toBe('ssh://github.com/acme/app.git');
  });
});

describe('the Action', () => {
  test('inputs sbom and provenance attach both; the outputs give their digests and document paths', () => {
    const run = runAction('.', { context: ctx, base: `oci:${base}:latest`, sbom: 'true', provenance: 'true', 'source-date-epoch': '1700000000', cache: 'false' }, { GITHUB_WORKFLOW_REF: 'acme/site/.github/workflows/ci.yml@refs/tags/v1.2.3' });
    expect(run.status).toBe(0);
    const layout = run.outputs.layout;
    const sbomManifest = blobJson(layout, run.outputs['sbom-digest']);
    expect(sbomManifest).toMatchObject({ artifactType: 'application/vnd.cyclonedx+json', subject: { digest: run.outputs.digest } });
    expect(JSON.parse(readFileSync(run.outputs['sbom-path'], 'utf8')).bomFormat).toBe('CycloneDX');
    const st = JSON.parse(readFileSync(run.outputs['provenance-path'], 'utf8'));
    expect(st.subject[0].digest.sha256).toBe(run.outputs.digest.slice(7));
    expect(st.predicate.runDetails.builder.id).toBe('https://github.com/acme/site/.github/workflows/ci.yml@refs/tags/v1.2.3');
    expect(blobJson(layout, run.outputs['provenance-digest']).subject.digest).toBe(run.outputs.digest);
    // Off by default: no referrers, empty outputs.
    const off = runAction('.', { context: ctx, 'source-date-epoch': '1700000000', cache: 'false' });
    expect(off.status).toBe(0);
    expect([off.outputs['sbom-digest'], off.outputs['provenance-digest']]).toEqual(['', '']);
    expect(off.outputs.digest).not.toBe('');
  });
});
