// The validation engine called directly (as the build command does): layer tar rules, tar stream
// damage, digests (sha256/sha512/unknown), nested indexes, each blob hashed once, JSON rules,
// artifacts, Docker-style nulls, and zstd layers on this Node and on Node 24.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { tmpDir } from './helpers/fixtures.js';
import { node24 } from './helpers/node.js';
import { formatProblem, validateLayout, type Problem } from '../src/validate/validate.js';
import { Ajv } from 'ajv';
import { checkSchema } from '../src/validate/schema-check.js';
import { SCHEMAS } from '../src/validate/schemas.js';
import { findDuplicateKeys } from '../src/validate/json.js';
import {
  digestOf,
  OCI,
  rawTar,
  readBlobJson,
  rewriteImage,
  simpleLayout,
  validateCli,
  writeBlob,
  writeImage,
  writeIndex,
  type TarItem,
} from './helpers/validate-layouts.js';

const work = tmpDir('oci-bundle-validate-engine-');
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => {
  const d = path.join(work, `${name}-${++n}`);
  mkdirSync(d, { recursive: true });
  return d;
};
const errorsOf = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');
const rulesOf = (ps: Problem[]) => [...new Set(ps.map((p) => p.rule))].sort();

const base: TarItem[] = [
  { name: 'app/', type: '5' },
  { name: 'app/index.html', content: '<h1>hi</h1>\n' },
];

async function layoutWith(name: string, layers: TarItem[][], compression: 'gzip' | 'none' = 'none') {
  const dir = fresh(name);
  simpleLayout(dir, { layers: layers.map((items) => ({ tar: rawTar(items), compression })) });
  return { dir, report: await validateLayout(dir) };
}

describe('layer tar entries', () => {
  test('a clean layout of our own is valid with no problems at all', async () => {
    const { report } = await layoutWith('clean', [base], 'gzip');
    expect(report.problems).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.stats).toMatchObject({ indexes: 1, manifests: 1, configs: 1, layers: 1, blobsHashed: 3 });
  });

  test('malformed whiteouts are flagged; good ones are not', async () => {
    const { report } = await layoutWith('whiteouts', [
      [...base, { name: 'b', content: 'b' }],
      [
        { name: 'app/.wh.index.html' },
        { name: 'app/.wh..wh..opq' },
        { name: '.wh.' },
        { name: '.wh.b', type: '5' },
        { name: 'app/.wh.gone', content: 'not empty' },
        { name: '.wh..wh.plnk', type: '5' },
      ],
    ]);
    expect(report.valid).toBe(false);
    const got = report.problems.filter((p) => p.rule.startsWith('layer-whiteout')).map((p) => [p.severity, p.where.split(' → ').pop(), p.rule]);
    expect(got).toEqual([
      ['error', 'entry ".wh."', 'layer-whiteout-name'],
      ['error', 'entry ".wh.b"', 'layer-whiteout-type'],
      ['error', 'entry "app/.wh.gone"', 'layer-whiteout-type'],
      ['warning', 'entry ".wh..wh.plnk"', 'layer-whiteout-name'],
    ]);
    expect(report.problems.find((p) => p.where.endsWith('entry ".wh.b"'))!.message).toMatch(/is a directory; whiteouts must be empty regular files/);
    expect(report.problems.find((p) => p.where.endsWith('entry "app/.wh.gone"'))!.message).toMatch(/has 9 bytes of content/);
  });

  test('duplicate paths, a file used as a folder, absolute and ".." paths', async () => {
    const { report } = await layoutWith('paths', [
      [
        ...base,
        { name: './app/index.html', content: 'again' },
        { name: 'file', content: 'x' },
        { name: 'file/inside', content: 'y' },
        { name: '/abs', content: 'z' },
        { name: 'app/../app2', content: 'w' },
      ],
    ]);
    const byRule = (r: string) => report.problems.filter((p) => p.rule === r);
    expect(byRule('layer-duplicate-path')).toEqual([expect.objectContaining({ severity: 'error', message: '"app/index.html" appears more than once in the layer (the spec forbids duplicate paths)' })]);
    expect(byRule('layer-parent-not-dir')).toEqual([expect.objectContaining({ severity: 'error', message: '"file/inside" is inside "file", which this layer made a file' })]);
    expect(byRule('layer-path-absolute')).toEqual([expect.objectContaining({ severity: 'info' })]);
    expect(byRule('layer-path-dotdot')).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(rulesOf(errorsOf(report.problems))).toEqual(['layer-duplicate-path', 'layer-parent-not-dir']);
  });

  test('hard links: to a lower layer is fine; outside, missing or to a directory is not', async () => {
    const { report } = await layoutWith('links', [
      [...base, { name: 'lib/', type: '5' }, { name: 'lib/a', content: 'A' }],
      [
        { name: 'lib/b', type: '1', linkname: 'lib/a' },
        { name: 'same', content: 'S' },
        { name: 'same2', type: '1', linkname: './same' },
        { name: 'out', type: '1', linkname: '../../etc/passwd' },
        { name: 'nothing', type: '1', linkname: 'no/such/file' },
        { name: 'dirlink', type: '1', linkname: 'app' },
      ],
    ]);
    const errs = errorsOf(report.problems).map((p) => [p.where.split(' → ').slice(-2).join(' → '), p.rule]);
    expect(errs).toEqual([
      ['layers[1] → entry "out"', 'layer-hardlink-escape'],
      ['layers[1] → entry "nothing"', 'layer-hardlink-target'],
      ['layers[1] → entry "dirlink"', 'layer-hardlink-dir'],
    ]);
    // and a directory earlier in the same layer
    const { report: r2 } = await layoutWith('links-dir', [[...base, { name: 'd/', type: '5' }, { name: 'h', type: '1', linkname: 'd' }]]);
    expect(errorsOf(r2.problems)).toEqual([expect.objectContaining({ rule: 'layer-hardlink-dir', message: 'hard link "h" points at the directory "d" (hard links to directories are not allowed)' })]);
  });

  test('a flood of bad entries is capped, with a count of the rest', async () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ name: `../x${i}`, content: '' }));
    const { report } = await layoutWith('flood', [[...base, ...many]]);
    expect(report.problems.filter((p) => p.rule === 'layer-path-escape' && p.severity === 'error')).toHaveLength(25);
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: 'info', rule: 'layer-path-escape', message: '75 more entries break this rule; not listed' }));
  });
});

describe('tar stream damage', () => {
  const tar = rawTar([...base, { name: 'app/big', content: 'q'.repeat(3000) }]);

  async function withLayerBytes(name: string, bytes: Buffer) {
    const dir = fresh(name);
    simpleLayout(dir, { layers: [{ tar: bytes, compression: 'none' }] });
    return validateLayout(dir);
  }

  test('cut in the middle of a file: error (digests rewritten, so it is the only one)', async () => {
    const r = await withLayerBytes('cut', tar.subarray(0, 512 * 4 + 100));
    expect(errorsOf(r.problems)).toEqual([expect.objectContaining({ rule: 'layer-tar', where: 'index.json → manifests[0] → layers[0] → entry "app/big"', message: expect.stringMatching(/ends inside the content of "app\/big": 2900 more bytes/) })]);
  });

  test('a corrupt header checksum: error', async () => {
    const bad = Buffer.from(tar);
    bad[512 + 10] ^= 1; // the second header's name
    const r = await withLayerBytes('checksum', bad);
    expect(errorsOf(r.problems)).toEqual([expect.objectContaining({ rule: 'layer-tar', message: expect.stringMatching(/^tar: header checksum mismatch at byte 512/) })]);
  });

  test('no end-of-archive marker: a warning only', async () => {
    const r = await withLayerBytes('no-end', tar.subarray(0, tar.length - 1024));
    expect(r.valid).toBe(true);
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', rule: 'layer-tar-end', message: 'tar: the tar stream ends without an end-of-archive marker (two zero blocks)' })]);
  });

  test('a lone zero block hides what follows: error', async () => {
    const hidden = Buffer.concat([tar.subarray(0, 512 * 3), Buffer.alloc(512), tar.subarray(512 * 3)]);
    const r = await withLayerBytes('lone-zero', hidden);
    expect(rulesOf(errorsOf(r.problems))).toEqual(['layer-tar']);
    expect(errorsOf(r.problems)[0].message).toMatch(/single zero block/);
  });

  test('a layer typed gzip that is not gzip: unreadable, and only that', async () => {
    const dir = fresh('not-gzip');
    simpleLayout(dir, { layers: [{ tar, compression: 'none' }] });
    rewriteImage(dir, (m) => {
      m.layers[0].mediaType = OCI.gzip;
    });
    const r = await validateLayout(dir);
    expect(errorsOf(r.problems)).toEqual([expect.objectContaining({ rule: 'layer-unreadable', message: expect.stringMatching(/^the layer is not a readable gzip stream: incorrect header check/) })]);
  });
});

describe('digests, descriptors and documents', () => {
  test('a sha512 layout is checked with sha512', async () => {
    const dir = fresh('sha512');
    const img = writeImage(dir, { layers: [{ tar: rawTar(base) }], algorithm: 'sha512' });
    writeIndex(dir, [img.manifest]);
    expect(img.manifest.digest).toMatch(/^sha512:[0-9a-f]{128}$/);
    const ok = await validateLayout(dir);
    expect(ok.problems).toEqual([]);
    // an uppercase digest breaks the grammar
    writeIndex(dir, [{ ...img.manifest, digest: img.manifest.digest.toUpperCase().replace('SHA512', 'sha512') }]);
    const bad = await validateLayout(dir);
    expect(errorsOf(bad.problems)).toEqual([expect.objectContaining({ severity: 'error', where: 'index.json → manifests[0] → digest', rule: 'index-schema', message: expect.stringMatching(/is not a valid digest: sha512 must be lowercase hex$/) })]);
  });

  test('a digest of an unknown algorithm passes with a warning; a malformed one does not', async () => {
    const dir = fresh('algs');
    const img = simpleLayout(dir, { layers: [{ tar: rawTar(base) }] });
    writeIndex(dir, [img.manifest, { mediaType: OCI.manifest, digest: 'blake3:' + 'a'.repeat(64), size: 10 }, { mediaType: OCI.manifest, digest: 'sha256:abc', size: 10 }]);
    const r = await validateLayout(dir);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([
      expect.objectContaining({ severity: 'error', where: 'index.json → manifests[2] → digest', message: '"sha256:abc" is not a valid digest: sha256 needs 64 hex digits, this has 3' }),
      expect.objectContaining({ severity: 'warning', where: 'index.json → manifests[1]', rule: 'digest-algorithm' }),
    ]);
  });

  test('nested indexes are followed and every blob is hashed exactly once', async () => {
    const dir = fresh('nested');
    const shared = rawTar(base);
    const a = writeImage(dir, { layers: [{ tar: shared }, { tar: rawTar([{ name: 'amd', content: '1' }]) }], architecture: 'amd64' });
    const b = writeImage(dir, { layers: [{ tar: shared }, { tar: rawTar([{ name: 'arm', content: '2' }]) }], architecture: 'arm64' });
    const inner = writeBlob(dir, JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests: [{ ...a.manifest, platform: { os: 'linux', architecture: 'amd64' } }, { ...b.manifest, platform: { os: 'linux', architecture: 'arm64' } }] }));
    const outer = writeBlob(dir, JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests: [{ mediaType: OCI.index, ...inner }] }));
    const tag = (name: string) => ({ annotations: { 'org.opencontainers.image.ref.name': name } });
    writeIndex(dir, [{ ...a.manifest, ...tag('a') }, { ...a.manifest, ...tag('a-again') }, { mediaType: OCI.index, ...outer, ...tag('all') }]);
    const hashed: string[] = [];
    const r = await validateLayout(dir, { onProgress: (m) => (m.startsWith('hashed ') ? hashed.push(m.split(' ')[1]) : undefined) });
    expect(r.problems).toEqual([]);
    const distinct = new Set([a.manifest.digest, a.config, ...a.layers, b.manifest.digest, b.config, ...b.layers, inner.digest, outer.digest]);
    expect(distinct.size).toBe(9);
    expect(hashed.sort()).toEqual([...distinct].sort());
    expect(r.stats).toMatchObject({ indexes: 3, manifests: 2, configs: 2, layers: 3, blobsHashed: 9 });
  });

  test('--ref by name selects one image', async () => {
    const dir = fresh('ref');
    const img = simpleLayout(dir, { layers: [{ tar: rawTar(base) }] }, 'good');
    writeIndex(dir, [{ ...img.manifest, annotations: { 'org.opencontainers.image.ref.name': 'good' } }, { mediaType: OCI.manifest, digest: digestOf('gone'), size: 4, annotations: { 'org.opencontainers.image.ref.name': 'broken' } }]);
    expect((await validateLayout(dir, { ref: 'good' })).valid).toBe(true);
    expect(errorsOf((await validateLayout(dir, { ref: 'broken' })).problems)).toEqual([expect.objectContaining({ rule: 'blob-missing' })]);
    expect((await validateLayout(dir)).valid).toBe(false);
  });

  test('duplicate JSON keys in a manifest are an error', async () => {
    const dir = fresh('dupkeys');
    const img = simpleLayout(dir, { layers: [{ tar: rawTar(base) }] });
    const m = readBlobJson(dir, img.manifest.digest);
    const text = JSON.stringify(m).replace(/^\{/, '{"schemaVersion":2,');
    const mb = writeBlob(dir, text);
    writeIndex(dir, [{ mediaType: OCI.manifest, ...mb }]);
    const r = await validateLayout(dir);
    expect(errorsOf(r.problems)).toEqual([expect.objectContaining({ rule: 'json-duplicate-key', message: 'in the manifest, key "schemaVersion" appears twice; readers disagree on which one counts' })]);
    expect(findDuplicateKeys('{"a":{"b":1,"c":[{"d":1,"d":2}]},"e":"{\\"a\\":1}"}')).toEqual(['a.c[0].d']);
  });

  test('embedded data must match the digest', async () => {
    const dir = fresh('data');
    const img = simpleLayout(dir, { layers: [{ tar: rawTar(base) }] });
    rewriteImage(dir, (m) => {
      m.config.data = Buffer.from('{"not":"the config"}').toString('base64');
    });
    const r = await validateLayout(dir);
    expect(errorsOf(r.problems)).toEqual([expect.objectContaining({ where: 'index.json → manifests[0] → config → data', rule: 'descriptor-data' })]);
    expect(img.layers).toHaveLength(1);
  });

  test('Docker-style null fields in a config are fine; history/layer count mismatch is a warning', async () => {
    const dir = fresh('nulls');
    simpleLayout(dir, { layers: [{ tar: rawTar(base) }] });
    rewriteImage(dir, (_m, c) => {
      c.config = { Env: null, Cmd: null, Entrypoint: null, Volumes: null, Labels: null, ExposedPorts: { '8080/tcp': {} }, WorkingDir: '' };
      c.author = null;
      c.history.push({ created_by: 'extra' });
    });
    const r = await validateLayout(dir);
    expect(r.valid).toBe(true);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([expect.objectContaining({ severity: 'warning', rule: 'config-history-count', message: 'the config history has 2 entries that are not empty_layer for 1 layers' })]);
  });

  test('config schema: types, Env form, created date', async () => {
    const dir = fresh('config-schema');
    simpleLayout(dir, { layers: [{ tar: rawTar(base) }] });
    rewriteImage(dir, (_m, c) => {
      c.created = 'yesterday';
      c.config.Env = ['NOEQUALS'];
      c.config.Cmd = 'sh -c run';
      delete c.os;
    });
    const r = await validateLayout(dir);
    expect(errorsOf(r.problems).map((p) => [p.where.replace('index.json → manifests[0] → config', '…'), p.message])).toEqual([
      ['…', 'required field "os" is missing'],
      ['… → created', 'created "yesterday" is not an RFC 3339 date-time'],
      ['… → config → Env[0]', 'Env[0] "NOEQUALS" is not of the form KEY=VALUE'],
      ['… → config → Cmd', 'Cmd must be an array, not the string "sh -c run"'],
    ]);
  });

  test('an artifact: empty config needs artifactType; its layers are opaque', async () => {
    const dir = fresh('artifact');
    mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
    writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    const empty = writeBlob(dir, '{}');
    expect(empty.digest).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    const sbom = writeBlob(dir, '{"spdxVersion":"SPDX-2.3"}');
    const manifest = { schemaVersion: 2, mediaType: OCI.manifest, artifactType: 'application/spdx+json', config: { mediaType: 'application/vnd.oci.empty.v1+json', ...empty }, layers: [{ mediaType: 'application/spdx+json', ...sbom }] };
    const m = writeBlob(dir, JSON.stringify(manifest));
    writeIndex(dir, [{ mediaType: OCI.manifest, ...m }]);
    expect((await validateLayout(dir)).problems).toEqual([]);
    delete (manifest as Partial<typeof manifest>).artifactType;
    const m2 = writeBlob(dir, JSON.stringify(manifest));
    writeIndex(dir, [{ mediaType: OCI.manifest, ...m2 }]);
    expect(errorsOf((await validateLayout(dir)).problems)).toEqual([expect.objectContaining({ rule: 'manifest-artifact-type' })]);
  });

  test('unknown media types in index.json are noted, not errors; a missing blobs folder is', async () => {
    const dir = fresh('unknown');
    const img = simpleLayout(dir, { layers: [{ tar: rawTar(base) }] });
    const other = writeBlob(dir, 'whatever');
    writeIndex(dir, [img.manifest, { mediaType: 'application/vnd.example.thing', ...other }]);
    const r = await validateLayout(dir);
    expect(r.valid).toBe(true);
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'info', rule: 'unknown-media-type' })]);
    rmSync(path.join(dir, 'blobs'), { recursive: true });
    const gone = await validateLayout(dir);
    expect(rulesOf(errorsOf(gone.problems))).toEqual(['blob-missing', 'layout-blobs']);
  });

  test('a missing non-distributable layer with urls is a warning', async () => {
    const dir = fresh('foreign');
    const img = simpleLayout(dir, { layers: [{ tar: rawTar(base) }] });
    rmSync(path.join(dir, 'blobs', 'sha256', img.layers[0].slice(7)));
    rewriteImage(dir, (m) => {
      m.layers[0].mediaType = 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip';
      m.layers[0].urls = ['https://example.com/layer'];
    });
    const r = await validateLayout(dir);
    expect(r.valid).toBe(true);
    expect(rulesOf(r.problems)).toEqual(['blob-missing-foreign', 'layer-nondistributable', 'unreferenced-blobs']);
  });

  test('formatProblem prints one line with severity, where, message and rule', () => {
    expect(formatProblem({ severity: 'error', where: 'index.json → manifests[0] → layers[2]', rule: 'blob-digest', message: 'bad' })).toBe('error: index.json → manifests[0] → layers[2]: bad [blob-digest]');
    expect(formatProblem({ severity: 'info', where: '', rule: 'x', message: 'm' })).toBe('note: m [x]');
  });

  test('schemas: descriptor and platform fields', () => {
    const d = { mediaType: OCI.manifest, digest: digestOf('x'), size: 1 };
    expect(checkSchema('ociIndex', { schemaVersion: 2, manifests: [d] })).toEqual([]);
    expect(checkSchema('ociIndex', { schemaVersion: 2, manifests: [{ ...d, size: -1, mediaType: 'not a type', platform: { os: 'linux' } }] }).map((i) => [i.path.join('.'), i.message])).toEqual([
      ['manifests[0].mediaType', 'mediaType "not a type" is not a valid media type (type/subtype, RFC 6838)'],
      ['manifests[0].size', 'size must not be negative (-1)'],
      ['manifests[0].platform', 'required field "architecture" is missing'],
    ]);
    expect(checkSchema('ociManifest', { schemaVersion: 2, config: d, layers: [], annotations: { a: 1 } })).toEqual([{ path: ['annotations', 'a'], message: 'a must be a string, not the integer 1' }]);
    expect(checkSchema('dockerManifestList', { schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json', manifests: [d] })).toEqual([{ path: ['manifests[0]'], message: 'required field "platform" is missing' }]);
  });

  test('schemas: every one is a valid draft-07 schema (the checker compiles them without that check)', () => {
    const ajv = new Ajv({ strict: false });
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      expect({ name, valid: ajv.validateSchema(schema), errors: ajv.errors ?? null }).toEqual({ name, valid: true, errors: null });
    }
  });
});

describe('zstd layers', () => {
  const dir = path.join(work, 'zstd');
  let img: ReturnType<typeof simpleLayout>;
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    img = simpleLayout(dir, { layers: [{ tar: rawTar(base), compression: 'zstd' }] });
  });

  test('on Node 24 (node:zlib zstd) the diff_id and entries are checked', () => {
    const r = validateCli(dir, [], { node: node24() });
    expect(r.status).toBe(0);
    expect(r.problems).toEqual([]);
    const broken = path.join(work, 'zstd-broken');
    rmSync(broken, { recursive: true, force: true });
    mkdirSync(broken);
    simpleLayout(broken, { layers: [{ tar: rawTar(base), compression: 'zstd' }] });
    rewriteImage(broken, (_m, c) => {
      c.rootfs.diff_ids[0] = digestOf('wrong');
    });
    const b = validateCli(broken, [], { node: node24() });
    expect(b.status).toBe(1);
    expect(b.errorRules).toEqual(['config-diff-id']);
  });

  test(`on this Node (${process.versions.node}): checked when node:zlib has zstd, else a warning; the stored digest is verified either way`, () => {
    const r = validateCli(dir);
    expect(r.status).toBe(0);
    const hasZstd = typeof (zlib as unknown as Record<string, unknown>).createZstdDecompress === 'function';
    if (hasZstd) expect(r.problems).toEqual([]);
    else expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', rule: 'layer-zstd-unchecked', message: expect.stringMatching(/zstd layers cannot be decompressed on Node .*its diff_id and tar entries were not checked/) })]);
    const flipped = path.join(work, 'zstd-flipped');
    rmSync(flipped, { recursive: true, force: true });
    mkdirSync(flipped);
    simpleLayout(flipped, { layers: [{ tar: rawTar(base), compression: 'zstd' }] });
    const file = path.join(flipped, 'blobs', 'sha256', img.layers[0].slice(7));
    const bytes = readFileSync(file);
    bytes[bytes.length - 5] ^= 0xff;
    writeFileSync(file, bytes);
    const b = validateCli(flipped);
    expect(b.status).toBe(1);
    expect(b.errorRules).toContain('blob-digest');
  });
});

