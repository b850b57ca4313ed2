// docker-archive output: a busybox image built by us, written as a docker-archive, is what
// `podman load` loads (config, diff_ids as RootFS layers, every tag) and runs; skopeo reads it
// too. The file is deterministic, and a failed write leaves an existing file as it was.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dockerRepoTag, writeDockerArchive } from '../src/model/docker-archive.js';
import { DockerArchiveDestination } from '../src/model/docker-archive-destination.js';
import { readVerifiedBlob } from '../src/layout/blob-read.js';
import { layoutTop, openLayoutImage } from '../src/model/load.js';
import { UserError } from '../src/util/errors.js';
import { busyboxContext } from './helpers/busybox.js';
import { ROOT, TEST_CLI } from './helpers/cli.js';
import { node24 } from './helpers/node.js';
import { COMPRESSION } from '../src/oci/compression.js';
import { tmpDir } from './helpers/fixtures.js';

const work = tmpDir('oci-bundle-docker-archive-');
const REPO = `localhost/oci-bundle-test-da-${process.pid}`;
const created: string[] = [];

afterAll(() => {
  for (const ref of created) spawnSync('podman', ['rmi', '-f', ref], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
});

function podman(args: string[]): string {
  return execFileSync('podman', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
}

interface Built {
  layout: string;
  diffIds: string[];
  config: string;
}

/** Builds busybox (one layer) + the rest (another) into a layout. */
function build(name: string, extra: string[] = [], node = process.execPath): Built {
  const ctx = busyboxContext(path.join(work, `${name}-ctx`), 'amd64');
  writeFileSync(path.join(ctx, 'hello.txt'), 'hello from the docker-archive\n');
  writeFileSync(path.join(ctx, 'built-as.txt'), `${name}\n`); // layers differ between images: podman shares none
  const layout = path.join(work, `${name}-layout`);
  const r = spawnSync(node, [TEST_CLI,
    'build', ctx, '--dest', '/', '--output', layout, '--json', '--source-date-epoch', '5',
    '--layer', 'bin/**', '--entrypoint', '["/bin/sh","-c","cat /hello.txt; echo GREETING=$GREETING"]',
    '--env', 'GREETING=bonjour', '--tag', `${REPO}:${name}`, ...extra,
  ], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '' } });
  expect(r.stderr).not.toMatch(/error/);
  expect(r.status).toBe(0);
  const json = JSON.parse(r.stdout) as { layers: Array<{ diffId: string }>; config: string };
  return { layout, diffIds: json.layers.map((l) => l.diffId), config: json.config };
}

async function archive(b: Built, file: string, tags: string[]) {
  const image = await openLayoutImage(b.layout, await layoutTop(b.layout));
  return writeDockerArchive(image, file, tags);
}

describe('docker-archive', () => {
  let gz: Built;
  const file = path.join(work, 'gz.tar');
  const tags = [`${REPO}:gz`, `${REPO}:also`];

  beforeAll(async () => {
    gz = build('gz');
    await archive(gz, file, tags);
  });

  test('a deterministic tar: sorted entries, owner 0, mtime 0, manifest.json in docker save form', async () => {
    const again = path.join(work, 'gz-again.tar');
    const r = await archive(gz, again, tags);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
    expect(r.imageId).toBe(gz.config);
    expect(r.reencoded).toBe(0);
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvf', file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }).trim().split('\n');
    const names = listing.map((l) => l.split(/\s+/).pop()!);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe('blobs/');
    for (const l of listing) expect(l).toMatch(/ 0\/0 .* 1970-01-01 00:00:00 /);
    const manifest = JSON.parse(execFileSync('tar', ['-xOf', file, 'manifest.json'], { encoding: 'utf8' })) as Array<{ Config: string; RepoTags: string[]; Layers: string[] }>;
    expect(manifest).toHaveLength(1);
    expect(manifest[0].Config).toBe(`blobs/sha256/${gz.config.slice(7)}`);
    expect(manifest[0].RepoTags).toEqual(tags);
    expect(manifest[0].Layers).toHaveLength(2);
    for (const l of manifest[0].Layers) expect(names).toContain(l);
  });

  test('podman load accepts it: config, diff_ids as RootFS layers, every tag; the image runs', () => {
    created.push(...tags);
    const out = podman(['load', '-i', file]);
    expect(out).toMatch(/Loaded image/);
    const [info] = JSON.parse(podman(['image', 'inspect', tags[0]])) as Array<{ Id: string; RepoTags: string[]; Config: { Entrypoint: string[]; Env: string[] }; RootFS: { Layers: string[] } }>;
    expect(info.Id).toBe(gz.config.slice(7));
    expect(info.RepoTags).toEqual(expect.arrayContaining(tags));
    expect(info.Config.Entrypoint).toEqual(['/bin/sh', '-c', 'cat /hello.txt; echo GREETING=$GREETING']);
    expect(info.Config.Env).toContain('GREETING=bonjour');
    expect(info.RootFS.Layers).toEqual(gz.diffIds);
    const run = spawnSync('podman', ['run', '--rm', '--runtime=runc', '--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=1024:1024', '--network', 'none', tags[1]], { encoding: 'utf8', timeout: 120000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('hello from the docker-archive\nGREETING=bonjour\n');
  });

  test('skopeo reads it as docker-archive with the same layers', () => {
    const info = JSON.parse(execFileSync('skopeo', ['inspect', '--config', `docker-archive:${file}`], { encoding: 'utf8' })) as { rootfs: { diff_ids: string[] } };
    expect(info.rootfs.diff_ids).toEqual(gz.diffIds);
  });

  test('plain (uncompressed) layers load as they are', async () => {
    const plain = build('plain', ['--compression', 'none']);
    const f = path.join(work, 'plain.tar');
    await archive(plain, f, [`${REPO}:plain`]);
    created.push(`${REPO}:plain`);
    podman(['load', '-i', f]);
    const [info] = JSON.parse(podman(['image', 'inspect', `${REPO}:plain`])) as Array<{ RootFS: { Layers: string[] } }>;
    expect(info.RootFS.Layers).toEqual(plain.diffIds);
  });

  test('RepoTags: Docker Hub names short as docker save writes them; a digest-only reference is refused', () => {
    expect(dockerRepoTag('app')).toBe('app:latest');
    expect(dockerRepoTag('docker.io/library/app:1')).toBe('app:1');
    expect(dockerRepoTag('acme/app:2')).toBe('acme/app:2');
    expect(dockerRepoTag('localhost:5000/team/app:3')).toBe('localhost:5000/team/app:3');
    expect(() => dockerRepoTag(`app@sha256:${'a'.repeat(64)}`)).toThrow(UserError);
  });

  test('a corrupt layer fails the write and leaves the existing file and no temp files', async () => {
    const bad = path.join(work, 'bad-layout');
    execFileSync('cp', ['-a', gz.layout, bad]);
    const image = await openLayoutImage(bad, await layoutTop(bad));
    const layer = image.manifest.layers[1].digest.slice(7);
    const blob = path.join(bad, 'blobs', 'sha256', layer);
    const bytes = readFileSync(blob);
    bytes[bytes.length >> 1] ^= 0xff;
    rmSync(blob);
    writeFileSync(blob, bytes);
    const dir = path.join(work, 'out');
    execFileSync('mkdir', ['-p', dir]);
    const target = path.join(dir, 'image.tar');
    copyFileSync(file, target);
    const err = await writeDockerArchive(image, target, [`${REPO}:bad`]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).kind).toBe('corrupt');
    expect(readFileSync(target).equals(readFileSync(file))).toBe(true);
    expect(readdirSync(dir)).toEqual(['image.tar']);
  });

  test('as a copy destination: blobs staged, one manifest, the same bytes on commit; an index is refused', async () => {
    const top = await layoutTop(gz.layout);
    const image = await openLayoutImage(gz.layout, top);
    const blob = (d: { digest: string }) => path.join(gz.layout, 'blobs', 'sha256', d.digest.slice(7));
    const dir = path.join(work, 'dest');
    execFileSync('mkdir', ['-p', dir]);
    const target = path.join(dir, 'copied.tar');
    const dest = new DockerArchiveDestination(target, tags[0]);
    expect(dest.singleImage).toBe(true);
    for (const d of [image.manifest.config, ...image.manifest.layers]) {
      expect(await dest.hasBlob(d)).toBe(false);
      expect(await dest.putBlob(d, () => Promise.resolve(readVerifiedBlob(blob(d), d)))).toBe('pushed');
      expect(await dest.hasBlob(d)).toBe(true);
    }
    const bytes = readFileSync(blob(image.descriptor));
    await expect(dest.putManifest({ descriptor: { ...image.descriptor, mediaType: 'application/vnd.oci.image.index.v1+json' }, bytes, doc: {} }, { tags: [] })).rejects.toThrow(/not an index/);
    // A plain tag is a tag of the name's repository (copy's --tag), so this is ${REPO}:also.
    await dest.putManifest({ descriptor: image.descriptor, bytes, doc: JSON.parse(bytes.toString('utf8')) as unknown }, { tags: [tags[0], 'also'] });
    await dest.commit();
    expect(readFileSync(target).equals(readFileSync(file))).toBe(true);
    expect(readdirSync(dir)).toEqual(['copied.tar']);
  });

  describe('zstd layers', () => {
    let zs: Built;
    beforeAll(() => {
      zs = build('zstd', ['--compression', 'zstd'], node24());
    });

    /** Runs writeDockerArchive under Node 24 (zstd in zlib): a small script bundled from src/. */
    async function writeWithNode24(out: string, tamper: boolean) {
      const { build: esbuild } = await import('esbuild');
      const script = path.join(work, 'write-archive.mjs');
      await esbuild({
        stdin: {
          contents: `import { layoutTop, openLayoutImage } from './src/model/load.ts';
import { writeDockerArchive } from './src/model/docker-archive.ts';
const [layout, out, tag, tamper] = process.argv.slice(2);
const image = await openLayoutImage(layout, await layoutTop(layout));
if (tamper) image.config.rootfs.diff_ids[1] = 'sha256:' + '0'.repeat(64);
try { console.log(JSON.stringify(await writeDockerArchive(image, out, [tag]))); } catch (e) { console.log(JSON.stringify({ kind: e.kind, message: e.message })); }`,
          resolveDir: ROOT,
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: script,
        // the layout source reaches CommonJS dependencies (proper-lockfile), as the real bundle does
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
        logLevel: 'silent',
      });
      return JSON.parse(execFileSync(node24(), [script, zs.layout, out, `${REPO}:zstd`, tamper ? '1' : ''], { encoding: 'utf8' })) as { reencoded?: number; kind?: string; message?: string };
    }

    test('are decompressed to plain tar; podman loads the image with the same diff_ids and ID', async () => {
      const f = path.join(work, 'zstd.tar');
      const r = await writeWithNode24(f, false);
      expect(r.reencoded).toBe(2);
      const manifest = JSON.parse(execFileSync('tar', ['-xOf', f, 'manifest.json'], { encoding: 'utf8' })) as Array<{ Layers: string[] }>;
      expect(manifest[0].Layers).toEqual(zs.diffIds.map((d) => `blobs/sha256/${d.slice(7)}`));
      for (const l of manifest[0].Layers) expect(execFileSync('sh', ['-c', `tar -xOf '${f}' '${l}' | sha256sum`], { encoding: 'utf8' }).slice(0, 64)).toBe(l.slice(13));
      created.push(`${REPO}:zstd`);
      podman(['load', '-i', f]);
      const [info] = JSON.parse(podman(['image', 'inspect', `${REPO}:zstd`])) as Array<{ Id: string; RootFS: { Layers: string[] } }>;
      expect(info.RootFS.Layers).toEqual(zs.diffIds);
      expect(info.Id).toBe(zs.config.slice(7));
    });

    test('a layer whose content does not match its diff_id is refused, and nothing is written', async () => {
      const f = path.join(work, 'zstd-bad.tar');
      const r = await writeWithNode24(f, true);
      expect(r.kind).toBe('corrupt');
      expect(r.message).toMatch(/does not match the image config: its uncompressed content is sha256:[0-9a-f]{64}, rootfs.diff_ids says sha256:0{64}$/);
      expect(existsSync(f)).toBe(false);
      expect(readdirSync(work).filter((n) => n.includes('.tmp-') || n.startsWith('.oci-bundle-layer-'))).toEqual([]);
    });

    test('on a Node without zstd they are refused before anything is written', async () => {
      if (COMPRESSION.zstd.available()) return; // this Node has zstd: the path above covers it
      const f = path.join(work, 'zstd-old-node.tar');
      const err = await writeDockerArchive(await openLayoutImage(zs.layout, await layoutTop(zs.layout)), f, []).catch((e: unknown) => e);
      expect((err as UserError).kind).toBe('unsupported');
      expect((err as UserError).message).toMatch(/zstd-compressed, which needs Node.js 22.15 or newer/);
      expect(existsSync(f)).toBe(false);
    });
  });

  test('a folder as the target is refused in one line', async () => {
    const image = await openLayoutImage(gz.layout, await layoutTop(gz.layout));
    await expect(writeDockerArchive(image, work, [])).rejects.toThrow(/is a folder/);
  });
});
