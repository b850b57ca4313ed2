// SBOM and provenance as OCI 1.1 referrers on real registries: Distribution 2.8 (no referrers
// API: the sha256-<hex> fallback tag, keeping what others listed there) and a registry with the
// API; `referrers` lists and prints them; multi-platform subjects; the image is unchanged and
// skopeo, umoci, podman and oci-image-tool still take it; `validate` checks referrers.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCliAsync } from './helpers/cli-async.js';
import { makeBusyboxContext } from './helpers/compose.js';
import { tmpDir } from './helpers/fixtures.js';
import { startReferrersApi, type ReferrersApi } from './helpers/referrers-api.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';
import { appContext, blobJson, debianLikeBase, type BuildJson } from './helpers/supply.js';
import { blobFile, copyLayout, validateCli, writeBlob } from './helpers/validate-layouts.js';

const work = tmpDir();
const base = path.join(work, 'base');
const ctx = path.join(work, 'ctx');
let registry: RunningRegistry;
let api: ReferrersApi;
const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const SBOM = 'application/vnd.cyclonedx+json';
const INTOTO = 'application/vnd.in-toto+json';

const sha256 = (b: Buffer | string) => 'sha256:' + createHash('sha256').update(b).digest('hex');

async function cli(args: string[], env: Record<string, string> = {}) {
  const r = await runCliAsync(args, { env });
  if (r.status !== 0) throw new Error(`oci-bundle ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r;
}
async function build(args: string[]): Promise<BuildJson> {
  return JSON.parse((await cli(['build', ctx, '--dest', '/', '--source-date-epoch', '1700000000', '--json', ...args])).stdout) as BuildJson;
}
const baseArgs = () => ['--base', `oci:${base}:latest`];

async function putBlob(host: string, repo: string, bytes: Buffer): Promise<{ digest: string; size: number }> {
  const digest = sha256(bytes);
  const post = await fetch(`http://${host}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  const loc = new URL(post.headers.get('location')!, `http://${host}`);
  loc.searchParams.set('digest', digest);
  const put = await fetch(loc, { method: 'PUT', body: new Uint8Array(bytes), headers: { 'content-type': 'application/octet-stream' } });
  if (put.status !== 201) throw new Error(`blob upload: ${put.status}`);
  return { digest, size: bytes.length };
}
async function putManifest(host: string, repo: string, ref: string, doc: unknown, mediaType: string): Promise<{ digest: string; size: number }> {
  const bytes = Buffer.from(JSON.stringify(doc));
  const r = await fetch(`http://${host}/v2/${repo}/manifests/${ref}`, { method: 'PUT', body: new Uint8Array(bytes), headers: { 'content-type': mediaType } });
  if (r.status !== 201) throw new Error(`manifest PUT ${ref}: ${r.status} ${await r.text()}`);
  return { digest: sha256(bytes), size: bytes.length };
}
async function getIndex(host: string, repo: string, ref: string): Promise<{ status: number; doc?: any }> {
  const r = await fetch(`http://${host}/v2/${repo}/manifests/${ref}`, { headers: { accept: INDEX } });
  return { status: r.status, doc: r.status === 200 ? await r.json() : undefined };
}
const tagOf = (digest: string) => digest.replace(':', '-');

beforeAll(async () => {
  registry = await startRegistry();
  api = await startReferrersApi(registry);
  await debianLikeBase(base);
  makeBusyboxContext(ctx);
  appContext(ctx);
});

afterAll(async () => {
  rmSync(path.join(os.tmpdir(), `oci-bundle-podman-${process.pid}`), { recursive: true, force: true });
  await api?.stop();
  await registry?.stop();
});

describe('a registry without the referrers API (Distribution 2.8)', () => {
  let b: BuildJson;
  let signature: { digest: string; size: number };

  beforeAll(async () => {
    b = await build([...baseArgs(), '--output', path.join(work, 'fb'), '--tag', `${registry.host}/fb/app:1`, '--sbom', '--provenance']);
    // Someone else already attached a signature to this image, listed at the fallback tag.
    const empty = await putBlob(registry.host, 'fb/app', Buffer.from('{}'));
    const sig = await putBlob(registry.host, 'fb/app', Buffer.from('not really a signature'));
    const subject = { mediaType: MANIFEST, digest: b.digest, size: readFileSync(blobFile(b.layout, b.digest)).length };
    const sigManifest = { schemaVersion: 2, mediaType: MANIFEST, artifactType: 'application/vnd.example.signature', config: { mediaType: 'application/vnd.oci.empty.v1+json', ...empty }, layers: [{ mediaType: 'application/octet-stream', ...sig }], subject };
    signature = await putManifest(registry.host, 'fb/app', sha256(JSON.stringify(sigManifest)), sigManifest, MANIFEST);
    const listing = { schemaVersion: 2, mediaType: INDEX, manifests: [{ mediaType: MANIFEST, ...signature, artifactType: 'application/vnd.example.signature' }] };
    await putManifest(registry.host, 'fb/app', tagOf(b.digest), listing, INDEX);
    await cli(['push', b.layout, `${registry.host}/fb/app:1`]);
  });

  test('push lists the SBOM and provenance at the sha256-<hex> tag, keeping the signature already there', async () => {
    const got = await getIndex(registry.host, 'fb/app', tagOf(b.digest));
    expect(got.status).toBe(200);
    expect(got.doc.manifests.map((d: any) => [d.digest, d.artifactType])).toEqual([
      [signature.digest, 'application/vnd.example.signature'],
      [b.sbom![0].digest, SBOM],
      [b.provenance!.digest, INTOTO],
    ]);
    // Pushing again adds nothing twice.
    await cli(['push', b.layout, `${registry.host}/fb/app:1`]);
    expect((await getIndex(registry.host, 'fb/app', tagOf(b.digest))).doc.manifests).toHaveLength(3);
  });

  test('each artifact manifest in the registry has subject = the image', async () => {
    for (const d of [b.sbom![0].digest, b.provenance!.digest]) {
      const r = await fetch(`http://${registry.host}/v2/fb/app/manifests/${d}`, { headers: { accept: MANIFEST } });
      expect((await r.json()).subject).toMatchObject({ mediaType: MANIFEST, digest: b.digest });
    }
  });

  test('referrers lists them through the fallback tag and prints each document', async () => {
    const list = JSON.parse((await cli(['referrers', `${registry.host}/fb/app:1`, '--json'])).stdout);
    expect(list).toMatchObject({ digest: b.digest, via: 'tag' });
    expect(list.referrers.map((r: any) => [r.artifactType, r.subject]).sort()).toEqual(
      [
        ['application/vnd.example.signature', b.digest],
        [INTOTO, b.digest],
        [SBOM, b.digest],
      ].sort(),
    );
    const sbom = (await cli(['referrers', `${registry.host}/fb/app:1`, '--sbom'])).stdout;
    expect(sbom).toBe(readFileSync(b.sbom![0].path, 'utf8'));
    const prov = JSON.parse((await cli(['referrers', `${registry.host}/fb/app:1`, '--provenance'])).stdout);
    expect(prov.subject[0].digest.sha256).toBe(b.digest.slice(7));
    const text = (await cli(['referrers', `${registry.host}/fb/app:1`])).stdout;
    expect(text).toContain(`${b.sbom![0].digest} ${SBOM}`);
  });

  test('the image digest with --sbom --provenance equals the digest without', async () => {
    const plain = await build([...baseArgs(), '--output', path.join(work, 'plain'), '--tag', `${registry.host}/fb/app:1`]);
    expect(plain.digest).toBe(b.digest);
    expect(plain.sbom).toBeNull();
    const inspected = JSON.parse(execFileSync('skopeo', ['inspect', '--tls-verify=false', `docker://${registry.host}/fb/app:1`], { encoding: 'utf8' }));
    expect(inspected.Digest).toBe(b.digest);
  });

  test('skopeo, umoci, podman and oci-image-tool still take the image and the layout', () => {
    // skopeo: the layout by tag, and the pushed image.
    execFileSync('skopeo', ['copy', `oci:${b.layout}:1`, `oci:${path.join(work, 'skopeo-copy')}:1`], { stdio: 'pipe' });
    execFileSync('skopeo', ['copy', '--src-tls-verify=false', `docker://${registry.host}/fb/app:1`, `oci:${path.join(work, 'skopeo-pull')}:1`], { stdio: 'pipe' });
    // umoci: unpacks the image by tag.
    const bundle = path.join(work, 'umoci-bundle');
    execFileSync('umoci', ['unpack', '--image', `${b.layout}:1`, bundle], { stdio: 'pipe' });
    expect(readFileSync(path.join(bundle, 'rootfs', 'server.js'), 'utf8')).toContain('hi');
    // oci-image-tool (image-spec 1.0 era) checks the image manifest and config; its --ref lookup
    // cannot pick one of several index.json entries, so it is not given the whole layout.
    const manifest = blobJson(b.layout, b.digest);
    for (const [type, digest] of [['manifest', b.digest], ['config', manifest.config.digest]]) {
      const r = spawnSync('oci-image-tool', ['validate', '--type', type, blobFile(b.layout, digest)], { encoding: 'utf8' });
      expect(`${r.status} ${r.stderr}`).toBe(`0 ${r.stderr}`);
    }
    // podman: pulls from the layout and from the registry, and runs it.
    const store = path.join(work, 'podman');
    mkdirSync(store, { recursive: true });
    const podman = ['--root', path.join(store, 'root'), '--runroot', path.join(store, 'run'), '--storage-driver', 'vfs', '--cgroup-manager', 'cgroupfs', '--events-backend', 'file'];
    execFileSync('podman', [...podman, 'pull', '--tls-verify=false', `docker://${registry.host}/fb/app:1`], { stdio: 'pipe' });
    // podman names an oci: image after its path, which must be lower case.
    const lower = copyLayout(b.layout, path.join(os.tmpdir(), `oci-bundle-podman-${process.pid}`));
    const out = execFileSync(
      'podman',
      [...podman, 'run', '--rm', '--runtime=runc', '--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=1024:1024', '--network', 'none', `oci:${lower}:1`, '/bin/cat', '/server.js'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(out).toContain('console.log("hi")');
    const digests = execFileSync('podman', [...podman, 'images', '--digests', '--format', '{{.Digest}}'], { encoding: 'utf8' });
    expect(digests).toContain(b.digest);
  });

  test('validate accepts the layout with its referrers, and flags broken ones', () => {
    expect(validateCli(b.layout).errors).toEqual([]);
    // A referrer whose subject is not in the layout, and a statement about another image.
    const broken = copyLayout(b.layout, path.join(work, 'broken'));
    const empty = writeBlob(broken, '{}');
    const stranger = 'sha256:' + 'ab'.repeat(32);
    const statement = writeBlob(broken, JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'x', digest: { sha256: 'cd'.repeat(32) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} }));
    const orphan = writeBlob(broken, JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST, artifactType: SBOM, config: { mediaType: 'application/vnd.oci.empty.v1+json', ...empty }, layers: [{ mediaType: SBOM, ...empty }], subject: { mediaType: MANIFEST, digest: stranger, size: 10 } }));
    const subjectSize = readFileSync(blobFile(b.layout, b.digest)).length;
    const liar = writeBlob(broken, JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST, artifactType: INTOTO, config: { mediaType: 'application/vnd.oci.empty.v1+json', ...empty }, layers: [{ mediaType: INTOTO, ...statement }], subject: { mediaType: MANIFEST, digest: b.digest, size: subjectSize } }));
    const index = JSON.parse(readFileSync(path.join(broken, 'index.json'), 'utf8'));
    index.manifests.push({ mediaType: MANIFEST, ...orphan, artifactType: SBOM }, { mediaType: MANIFEST, ...liar, artifactType: INTOTO });
    writeFileSync(path.join(broken, 'index.json'), JSON.stringify(index));
    const r = validateCli(broken);
    expect(r.status).toBe(1);
    expect(r.errorRules).toEqual(['referrer-document', 'referrer-subject-missing']);
  });
});

describe('a registry with the referrers API', () => {
  test('push records them through the API (OCI-Subject): no fallback tag; referrers finds them there', async () => {
    const b = await build([...baseArgs(), '--output', path.join(work, 'api'), '--tag', `${api.host}/api/app:1`, '--sbom', '--provenance', '--push']);
    expect(api.referrers.get(`api/app@${b.digest}`)?.map((d) => d.digest).sort()).toEqual([b.sbom![0].digest, b.provenance!.digest].sort());
    expect((await getIndex(registry.host, 'api/app', tagOf(b.digest))).status).toBe(404);
    const list = JSON.parse((await cli(['referrers', `${api.host}/api/app:1`, '--json'])).stdout);
    expect(list.via).toBe('api');
    expect(list.referrers.map((r: any) => [r.artifactType, r.subject, r.digest]).sort()).toEqual(
      [
        [INTOTO, b.digest, b.provenance!.digest],
        [SBOM, b.digest, b.sbom![0].digest],
      ].sort(),
    );
    expect((await cli(['referrers', `${api.host}/api/app:1`, '--sbom'])).stdout).toBe(readFileSync(b.sbom![0].path, 'utf8'));
  });
});

describe('a multi-platform image', () => {
  test('an SBOM per platform manifest, the provenance on the index; referrers picks by --platform', async () => {
    const scratchCtx = appContext(path.join(work, 'scratch-ctx'));
    const r = await cli(['build', scratchCtx, '--platform', 'linux/amd64,linux/arm64', '--source-date-epoch', '1700000000', '--output', path.join(work, 'multi'), '--tag', `${registry.host}/multi/app:1`, '--sbom', '--provenance', '--push', '--json']);
    const b = JSON.parse(r.stdout) as BuildJson;
    const index = blobJson(b.layout, b.digest);
    expect(index.mediaType).toBe(INDEX);
    expect(b.sbom!.map((s) => [s.platform, s.subject])).toEqual(index.manifests.map((m: any) => [`${m.platform.os}/${m.platform.architecture}`, m.digest]));
    expect(b.provenance!.subject).toBe(b.digest);
    expect(blobJson(b.layout, b.provenance!.digest).subject).toMatchObject({ mediaType: INDEX, digest: b.digest });

    const list = JSON.parse((await cli(['referrers', `${registry.host}/multi/app:1`, '--json'])).stdout);
    expect(list.referrers.filter((x: any) => x.artifactType === INTOTO).map((x: any) => [x.subject, x.platform])).toEqual([[b.digest, undefined]]);
    expect(list.referrers.filter((x: any) => x.artifactType === SBOM).map((x: any) => x.platform).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    const ambiguous = await runCliAsync(['referrers', `${registry.host}/multi/app:1`, '--sbom']);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain('--platform');
    const arm = JSON.parse((await cli(['referrers', `${registry.host}/multi/app:1`, '--sbom', '--platform', 'linux/arm64'])).stdout);
    expect(arm.metadata.component.version).toBe(index.manifests[1].digest);
    // The layout answers the same questions.
    const local = JSON.parse((await cli(['referrers', `oci:${b.layout}:1`, '--json'])).stdout);
    expect(local.referrers).toHaveLength(3);
    expect(existsSync(b.sbom![1].path)).toBe(true);
  });
});
