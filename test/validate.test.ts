// `oci-bundle validate` judged against real peers: layouts written by umoci, buildah and skopeo
// (through a real registry, multi-arch and Docker v2s2) are accepted; each single breakage made
// on a copy of a valid layout is rejected with a message that names it, and only it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './helpers/cli.js';
import { makeTree, tmpDir } from './helpers/fixtures.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';
import {
  blobFile,
  buildahImage,
  copyLayout,
  digestOf,
  OCI,
  rawTar,
  readBlobJson,
  readJson,
  rewriteImage,
  umociImage,
  validateCli,
  writeBlob,
} from './helpers/validate-layouts.js';

const work = tmpDir('oci-bundle-validate-');
const src = path.join(work, 'src');
mkdirSync(path.join(src, 'sub'), { recursive: true });
writeFileSync(path.join(src, 'index.html'), '<h1>hello</h1>\n');
writeFileSync(path.join(src, 'sub', 'data.txt'), 'x'.repeat(3000));
writeFileSync(path.join(src, 'run'), '#!/bin/sh\necho hi\n', { mode: 0o755 });

const umociLayout = path.join(work, 'umoci');
umociImage(umociLayout, 'v1', src);

let n = 0;
const scratch = (name: string) => copyLayout(umociLayout, path.join(work, `${name}-${++n}`));
const index0 = (layout: string) => readJson(path.join(layout, 'index.json')).manifests[0];
const manifest0 = (layout: string) => readBlobJson(layout, index0(layout).digest);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('layouts written by real tools are valid', () => {
  test('umoci (init, new, insert)', () => {
    const r = validateCli(umociLayout);
    expect(r.errors).toEqual([]);
    expect(r.status).toBe(0);
    // umoci 0.4.7 ends its layer tar without the last entry's padding and the end marker:
    // readable by Go, reported as a warning, not an error.
    expect(r.warnings.map((w) => w.rule)).toContain('layer-tar-end');
    expect(r.stderr).toMatch(/valid \(1 manifest, 1 config, 1 layer/);
  });

  test('buildah (from scratch, copy, commit to oci:)', () => {
    const layout = path.join(work, 'buildah');
    buildahImage(path.join(work, 'buildah-store'), layout, 'v1', src);
    const m = manifest0(layout);
    expect(m.layers[0].mediaType).toBe(OCI.tar);
    const r = validateCli(layout);
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => w.rule !== 'media-type-missing')).toEqual([]);
    expect(r.status).toBe(0);
  });

  test('oci-bundle build (long and non-ASCII names, links, empty dirs; gzip and plain tar) gives no problems at all', () => {
    const ctx = makeTree(path.join(work, 'tree'));
    for (const compression of ['gzip', 'none']) {
      const out = path.join(work, `own-${compression}`);
      const b = runCli(['build', ctx, '--output', out, '--tag', 'example.com/app:v1', '--compression', compression, '--source-date-epoch', '1700000000', '--platform', 'linux/amd64,linux/arm64']);
      expect(b.stderr).not.toMatch(/internal error/);
      expect(b.status).toBe(0);
      const r = validateCli(out);
      expect(r.problems).toEqual([]);
      expect(r.status).toBe(0);
    }
  });

  test('human output lists the problems one per line with where and rule, and the verdict', () => {
    const r = runCli(['validate', umociLayout]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^warning: index\.json → manifests\[0\] → layers\[0\]: tar: .* \[layer-tar-end\]$/m);
    expect(r.stdout).toMatch(/valid \(1 manifest, 1 config, 1 layer, 3 blobs hashed/);
    expect(r.stderr).toBe('');
  });

  test('an oci-archive written by skopeo', () => {
    const archive = path.join(work, 'image.tar');
    execFileSync('skopeo', ['copy', '--quiet', `oci:${umociLayout}:v1`, `oci-archive:${archive}:v1`], { stdio: 'pipe' });
    const r = validateCli(archive);
    expect(r.errors).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/valid \(1 manifest/);
  });

  test('a Docker v2 schema 2 image (skopeo --format v2s2) is accepted and reported as such', () => {
    const layout = path.join(work, 'docker');
    execFileSync('skopeo', ['copy', '--quiet', '--format', 'v2s2', `oci:${umociLayout}:v1`, `oci:${layout}:v1`], { stdio: 'pipe' });
    expect(index0(layout).mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    const r = validateCli(layout);
    expect(r.errors).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'info', rule: 'docker-manifest', message: 'Docker v2 schema 2 manifest' }));
  });
});

describe('multi-arch through a real registry (skopeo copy --all)', () => {
  let registry: RunningRegistry;
  const multi = path.join(work, 'multi-src');
  const out = path.join(work, 'multi-out');

  beforeAll(async () => {
    registry = await startRegistry();
    // two single-platform images by umoci, joined in an index we write ourselves
    umociImage(multi, 'amd', src);
    execFileSync('umoci', ['new', '--image', `${multi}:arm`], { stdio: 'pipe' });
    execFileSync('umoci', ['insert', '--image', `${multi}:arm`, src, '/app'], { stdio: 'pipe' });
    execFileSync('umoci', ['config', '--image', `${multi}:arm`, '--architecture', 'arm64', '--os', 'linux'], { stdio: 'pipe' });
    const idx = readJson(path.join(multi, 'index.json'));
    const arch = { amd: 'amd64', arm: 'arm64' } as Record<string, string>;
    const manifests = idx.manifests.map((m: any) => ({ mediaType: m.mediaType, digest: m.digest, size: m.size, platform: { os: 'linux', architecture: arch[m.annotations['org.opencontainers.image.ref.name']] } }));
    const ix = writeBlob(multi, JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests }));
    idx.manifests.push({ mediaType: OCI.index, ...ix, annotations: { 'org.opencontainers.image.ref.name': 'multi' } });
    writeFileSync(path.join(multi, 'index.json'), JSON.stringify(idx));
    const ref = `docker://${registry.host}/validate/multi:1`;
    execFileSync('skopeo', ['copy', '--quiet', '--all', '--dest-tls-verify=false', `oci:${multi}:multi`, ref], { stdio: 'pipe' });
    execFileSync('skopeo', ['copy', '--quiet', '--all', '--src-tls-verify=false', ref, `oci:${out}:multi`], { stdio: 'pipe' });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('the copied index and both platforms validate', () => {
    const top = index0(out);
    expect(top.mediaType).toBe(OCI.index);
    const r = validateCli(out);
    expect(r.errors).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/valid \(2 manifests, 2 configs/);
  });

  test('--ref picks one image of the source layout; an unknown ref is an error', () => {
    const ok = validateCli(multi, ['--ref', 'multi']);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/valid \(2 manifests/);
    const bad = validateCli(multi, ['--ref', 'nope']);
    expect(bad.status).toBe(1);
    expect(bad.errors[0]).toMatchObject({ rule: 'ref-not-found' });
    expect(bad.errors[0].message).toMatch(/no image named "nope".*amd, arm, multi/);
  });

  test('a platform in the index that disagrees with the config', () => {
    const layout = copyLayout(out, path.join(work, 'multi-swapped'));
    const top = index0(layout);
    const nested = readBlobJson(layout, top.digest);
    // swap the platforms of the two entries, rewrite the nested index and index.json
    const [a, b] = nested.manifests;
    [a.platform, b.platform] = [b.platform, a.platform];
    const ix = writeBlob(layout, JSON.stringify(nested));
    writeFileSync(path.join(layout, 'index.json'), JSON.stringify({ ...readJson(path.join(layout, 'index.json')), manifests: [{ ...top, ...ix }] }));
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errorRules).toEqual(['platform-mismatch']);
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0].where).toBe('index.json → manifests[0] → manifests[0] → platform');
    expect(r.errors.map((e) => e.message).sort()).toEqual([
      'the platform says architecture "amd64" but the config says "arm64"',
      'the platform says architecture "arm64" but the config says "amd64"',
    ]);
  });

  test('skopeo --all --format v2s2 makes a Docker manifest list; accepted and reported', () => {
    const layout = path.join(work, 'docker-list');
    execFileSync('skopeo', ['copy', '--quiet', '--all', '--format', 'v2s2', `oci:${multi}:multi`, `oci:${layout}:multi`], { stdio: 'pipe' });
    const r = validateCli(layout);
    expect(r.errors).toEqual([]);
    expect(r.status).toBe(0);
    const notes = r.problems.filter((p) => p.severity === 'info').map((p) => p.message);
    expect(notes).toContain('Docker manifest list (v2 schema 2)');
    expect(notes.filter((m) => m === 'Docker v2 schema 2 manifest')).toHaveLength(2);
  });
});

describe('each breakage is found, named, and is the only error', () => {
  test('a flipped byte in a layer', () => {
    const layout = scratch('flip');
    const layer = manifest0(layout).layers[0];
    const file = blobFile(layout, layer.digest);
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0x55;
    writeFileSync(file, bytes);
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    const digestErr = r.errors.find((e) => e.rule === 'blob-digest');
    expect(digestErr).toMatchObject({ where: 'index.json → manifests[0] → layers[0]' });
    expect(digestErr!.message).toMatch(new RegExp(`content of blob ${layer.digest} hashes to sha256:[0-9a-f]{64}: the blob is corrupt`));
    // the gzip stream is broken too (or, by luck, only its diff_id changed): nothing else
    expect(r.errorRules.filter((x) => !['blob-digest', 'layer-unreadable', 'config-diff-id'].includes(x))).toEqual([]);
  });

  test('a truncated config', () => {
    const layout = scratch('truncated-config');
    const cfg = manifest0(layout).config;
    truncateSync(blobFile(layout, cfg.digest), Math.floor(cfg.size / 2));
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errorRules).toEqual(['blob-digest', 'descriptor-size', 'json-invalid']);
    expect(r.errors.find((e) => e.rule === 'descriptor-size')!.message).toBe(`size is ${cfg.size} but blob ${cfg.digest.slice(0, 19)}… has ${Math.floor(cfg.size / 2)} bytes`);
    expect(r.errors.find((e) => e.rule === 'json-invalid')).toMatchObject({ where: 'index.json → manifests[0] → config', message: expect.stringMatching(/the config .* cannot be parsed: it is not valid JSON/) });
  });

  test('a missing blob', () => {
    const layout = scratch('missing');
    const layer = manifest0(layout).layers[0];
    unlinkSync(blobFile(layout, layer.digest));
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([
      { severity: 'error', where: 'index.json → manifests[0] → layers[0]', rule: 'blob-missing', message: `blob ${layer.digest} is missing: blobs/sha256/${layer.digest.slice(7)} does not exist`, digest: layer.digest },
    ]);
  });

  test('a descriptor size off by one', () => {
    const layout = scratch('size');
    let size = 0;
    rewriteImage(layout, (m) => {
      size = m.layers[0].size;
      m.layers[0].size += 1;
    });
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([expect.objectContaining({ where: 'index.json → manifests[0] → layers[0] → size', rule: 'descriptor-size', message: expect.stringMatching(new RegExp(`^size is ${size + 1} but blob sha256:.* has ${size} bytes$`)) })]);
  });

  test('a wrong diff_id', () => {
    const layout = scratch('diffid');
    const wrong = digestOf('not the layer');
    rewriteImage(layout, (_m, c) => {
      c.rootfs.diff_ids[0] = wrong;
    });
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errorRules).toEqual(['config-diff-id']);
    expect(r.errors[0].where).toBe('index.json → manifests[0] → config → rootfs → diff_ids[0]');
    expect(r.errors[0].message).toMatch(new RegExp(`^diff_id is ${wrong} but layers\\[0\\] uncompressed hashes to sha256:[0-9a-f]{64}$`));
  });

  test('oci-layout missing', () => {
    const layout = scratch('no-oci-layout');
    unlinkSync(path.join(layout, 'oci-layout'));
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([{ severity: 'error', where: 'oci-layout', rule: 'layout-oci-layout', message: 'oci-layout is missing: this is not an OCI image layout' }]);
  });

  test('an unsupported imageLayoutVersion', () => {
    const layout = scratch('layout-version');
    writeFileSync(path.join(layout, 'oci-layout'), '{"imageLayoutVersion":"2.0.0"}');
    const r = validateCli(layout);
    expect(r.errorRules).toEqual(['layout-version']);
    expect(r.errors[0].message).toMatch(/imageLayoutVersion "2.0.0" is not supported/);
  });

  test('index.json that is not JSON', () => {
    const layout = scratch('index-not-json');
    writeFileSync(path.join(layout, 'index.json'), '{"schemaVersion": 2, "manifests": [');
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errorRules).toEqual(['layout-index']);
    expect(r.errors[0].message).toMatch(/^index\.json cannot be parsed: it is not valid JSON/);
  });

  test('a manifest with schemaVersion 1 (oci-image-tool agrees)', () => {
    const layout = scratch('schema1');
    rewriteImage(layout, (m) => {
      m.schemaVersion = 1;
    });
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([{ severity: 'error', where: 'index.json → manifests[0] → schemaVersion', rule: 'manifest-schema', message: 'schemaVersion must be 2, not 1' }]);
    const peer = spawnSync('oci-image-tool', ['validate', '--type', 'manifest', blobFile(layout, index0(layout).digest)], { encoding: 'utf8' });
    expect(peer.status).not.toBe(0);
    const original = spawnSync('oci-image-tool', ['validate', '--type', 'manifest', blobFile(umociLayout, index0(umociLayout).digest)], { encoding: 'utf8' });
    expect(original.status).toBe(0);
  });

  test('a layer holding ../../etc/evil', () => {
    const layout = scratch('evil');
    const tar = rawTar([{ name: 'etc/', type: '5' }, { name: 'etc/ok', content: 'fine\n' }, { name: '../../etc/evil', content: 'pwned\n' }]);
    const b = writeBlob(layout, tar);
    rewriteImage(layout, (m, c) => {
      m.layers.push({ mediaType: OCI.tar, ...b });
      c.rootfs.diff_ids.push(b.digest);
      c.history.push({ created_by: 'evil' });
    });
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([
      { severity: 'error', where: 'index.json → manifests[0] → layers[1] → entry "../../etc/evil"', rule: 'layer-path-escape', message: '"../../etc/evil" escapes the root of the filesystem ("..")', digest: b.digest },
    ]);
  });

  test('index.json descriptor says index, blob is a manifest', () => {
    const layout = scratch('kind');
    const idx = readJson(path.join(layout, 'index.json'));
    idx.manifests[0].mediaType = OCI.index;
    writeFileSync(path.join(layout, 'index.json'), JSON.stringify(idx));
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errorRules).toEqual(['media-type-mismatch']);
    expect(r.errors[0].message).toMatch(/says application\/vnd\.oci\.image\.index\.v1\+json \(an index\) but the blob is an image manifest/);
  });

  test('several breakages at once are all reported', () => {
    const layout = scratch('many');
    rewriteImage(layout, (m, c) => {
      m.schemaVersion = 3;
      c.rootfs.type = 'snapshots';
      c.rootfs.diff_ids[0] = digestOf('x');
    });
    unlinkSync(path.join(layout, 'oci-layout'));
    const r = validateCli(layout);
    expect(r.status).toBe(1);
    expect(r.errorRules).toEqual(['config-diff-id', 'config-schema', 'layout-oci-layout', 'manifest-schema']);
    expect(r.errors.find((e) => e.rule === 'config-schema')).toMatchObject({ where: 'index.json → manifests[0] → config → rootfs → type', message: 'type must be "layers", not "snapshots"' });
  });
});

describe('oci-archive input is extracted safely', () => {
  test('an archive entry escaping the folder is refused and not written', () => {
    const escapee = path.join(work, 'escaped-file');
    const layoutTar = rawTar([
      { name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' },
      { name: 'index.json', content: JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests: [] }) },
      { name: 'blobs/', type: '5' },
      { name: `../../../../../../..${escapee}`, content: 'should not be written' },
    ]);
    const archive = path.join(work, 'evil-archive.tar');
    writeFileSync(archive, layoutTar);
    const r = validateCli(archive);
    expect(r.status).toBe(1);
    expect(r.errorRules).toEqual(['archive-entry-path']);
    expect(r.errors[0].message).toMatch(/escapes the layout folder; ignored/);
    expect(existsSync(escapee)).toBe(false);
  });

  test('a file that is not a tar is reported, not crashed on', () => {
    const f = path.join(work, 'not-a-tar');
    writeFileSync(f, 'hello, I am not a tar file at all'.repeat(40));
    const r = validateCli(f);
    expect(r.status).toBe(1);
    expect(r.errorRules).toEqual(['archive-read', 'archive-tar']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the command line', () => {
  test('no PATH is a usage error (exit 2)', () => {
    const r = runCli(['validate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/give the OCI layout folder or oci-archive/);
  });

  test('an unknown flag is a usage error (exit 2)', () => {
    const r = runCli(['validate', umociLayout, '--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/frobnicate/);
  });

  test('two paths are a usage error (exit 2)', () => {
    expect(runCli(['validate', umociLayout, umociLayout]).status).toBe(2);
  });

  test('--help prints usage and exits 0', () => {
    const r = runCli(['validate', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: oci-bundle validate PATH/);
  });

  test('a path that does not exist is a problem (exit 1), never a stack trace', () => {
    const missing = path.join(work, 'nowhere');
    const r = runCli(['validate', missing]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`error: ${missing} does not exist [layout-path]`);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--json prints only the JSON list on stdout', () => {
    const layout = scratch('json');
    unlinkSync(path.join(layout, 'oci-layout'));
    const r = runCli(['validate', layout, '--json']);
    expect(r.status).toBe(1);
    const list = JSON.parse(r.stdout);
    expect(Array.isArray(list)).toBe(true);
    for (const p of list) {
      const { digest, ...rest } = p as Record<string, unknown>;
      expect(Object.keys(rest).sort()).toEqual(['message', 'rule', 'severity', 'where']);
      if (digest !== undefined) expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    expect(r.stderr).toMatch(/INVALID: 1 error/);
  });
});
