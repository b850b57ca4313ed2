// build --sbom: a CycloneDX 1.6 SBOM that the CycloneDX library's strict validator accepts,
// listing exactly the base's OS packages and the context's npm and Python packages with correct
// purls, byte-identical between builds, attached as a referrer without changing the image.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { scanGoBinary } from '../src/supply/packages/go.js';
import { scanNpm } from '../src/supply/packages/npm.js';
import { scanApk, scanDpkg } from '../src/supply/packages/os.js';
import { scanPypi } from '../src/supply/packages/pypi.js';
import { tmpDir } from './helpers/fixtures.js';
import { APP_PURLS, BASE_PURLS, GO_JAVA_PURLS, GO_MODINFO, appContext, blobJson, build, debianLikeBase, fakeGoBinary, withGoAndJava } from './helpers/supply.js';

const work = tmpDir();
const base = path.join(work, 'base');
const ctx = path.join(work, 'app');
const TAG = 'registry.example/acme/app:1.0';

beforeAll(async () => {
  await debianLikeBase(base);
  withGoAndJava(appContext(ctx));
});

describe('package scanners', () => {
  test('npm: scoped purls, licences, and only a package directory\'s own package.json', () => {
    const scoped = scanNpm('/app/node_modules/@acme/widget/package.json', Buffer.from('{"name":"@acme/widget","version":"2.1.0","license":{"type":"MIT"}}'));
    expect(scoped).toMatchObject({ name: '@acme/widget', version: '2.1.0', licence: 'MIT', purl: 'pkg:npm/%40acme/widget@2.1.0' });
    expect(scanNpm('/app/node_modules/x/package.json', Buffer.from('{"name":"x","version":"1.0.0","licenses":[{"type":"MIT"},{"type":"ISC"}]}'))?.licence).toBe('(MIT OR ISC)');
    expect(scanNpm('/app/node_modules/x/test/package.json', Buffer.from('{"name":"x","version":"1"}'))).toBeUndefined();
    expect(scanNpm('/app/package.json', Buffer.from('{"name":"x","version":"1"}'))).toBeUndefined();
    expect(scanNpm('/app/node_modules/x/package.json', Buffer.from('{"name":"x"}'))).toBeUndefined();
    expect(scanNpm('/app/node_modules/x/package.json', Buffer.from('not json'))).toBeUndefined();
  });

  test('PyPI: names normalised as the purl spec says, the description body ignored', () => {
    const p = scanPypi('/usr/lib/python3/dist-packages/Foo_Bar-2.0.dist-info/METADATA', Buffer.from('Metadata-Version: 2.4\nName: Foo_Bar\nVersion: 2.0\nLicense-Expression: MIT OR Apache-2.0\n\nLicense: nope\n'));
    expect(p).toMatchObject({ name: 'Foo_Bar', version: '2.0', licence: 'MIT OR Apache-2.0', purl: 'pkg:pypi/foo-bar@2.0' });
    expect(scanPypi('/x/Foo.egg-info/PKG-INFO', Buffer.from('Name: Foo\n'))).toBeUndefined();
  });

  test('dpkg: installed packages only; distroless entries without Status count', () => {
    const os = { id: 'debian', versionId: '12' };
    const list = scanDpkg('/var/lib/dpkg/status', Buffer.from('Package: a\nStatus: install ok installed\nVersion: 1:2.0-1\nArchitecture: arm64\n\nPackage: b\nStatus: deinstall ok config-files\nVersion: 1\n'), os);
    expect(list.map((p) => p.purl)).toEqual(['pkg:deb/debian/a@1:2.0-1?arch=arm64&distro=debian-12']);
    expect(scanDpkg('/var/lib/dpkg/status.d/c', Buffer.from('Package: c\nVersion: 3\nArchitecture: all\n'))[0].purl).toBe('pkg:deb/debian/c@3?arch=all');
  });

  test('apk: name, version, arch and licence of each record', () => {
    const db = 'C:Q1abc=\nP:musl\nV:1.2.5-r0\nA:x86_64\nL:MIT\nT:the musl c library\n\nP:busybox\nV:1.36.1-r29\nA:x86_64\nL:GPL-2.0-only\n';
    const list = scanApk('/lib/apk/db/installed', Buffer.from(db), { id: 'alpine', versionId: '3.20.3' });
    expect(list.map((p) => [p.purl, p.licence])).toEqual([
      ['pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3', 'MIT'],
      ['pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3', 'GPL-2.0-only'],
    ]);
  });

  test('Go: the main module and dependencies (with replacements) of the embedded build info', () => {
    const list = scanGoBinary('/app/bin/server', fakeGoBinary(GO_MODINFO));
    expect(list.map((p) => [p.name, p.version, p.purl])).toEqual([
      ['example.com/acme/server', 'v1.4.0', 'pkg:golang/example.com/acme/server@v1.4.0'],
      ['github.com/google/uuid', 'v1.6.0', 'pkg:golang/github.com/google/uuid@v1.6.0'],
      ['golang.org/x/net', 'v0.30.0', 'pkg:golang/golang.org/x/net@v0.30.0'],
    ]);
    expect(scanGoBinary('/x', fakeGoBinary('path\tcmd/x\nmod\tcmd/x\t(devel)\t\n'))).toEqual([]);
    expect(scanGoBinary('/x', Buffer.alloc(10000))).toEqual([]);
  });
});

describe('build --sbom', () => {
  let plain: ReturnType<typeof build>;
  let first: ReturnType<typeof build>;
  let sbomBytes: Buffer;
  let sbom: any;

  beforeAll(() => {
    const args = [ctx, '--base', `oci:${base}:latest`, '--tag', TAG, '--source-date-epoch', '1700000000'];
    plain = build([...args, '--output', path.join(work, 'plain')]);
    first = build([...args, '--output', path.join(work, 'one'), '--sbom']);
    sbomBytes = readFileSync(first.sbom![0].path);
    sbom = JSON.parse(sbomBytes.toString('utf8'));
  });

  test('passes the CycloneDX library\'s strict JSON validator (spec 1.6)', async () => {
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    expect(await validator.validate(sbomBytes.toString('utf8'))).toBeNull();
    expect(sbom.specVersion).toBe('1.6');
  });

  test('lists exactly the base\'s OS packages and the context\'s packages, with purls, versions and licences', () => {
    const libs = sbom.components.filter((c: any) => c.type === 'library');
    expect(libs.map((c: any) => c.purl).sort()).toEqual([...BASE_PURLS, ...APP_PURLS, ...GO_JAVA_PURLS].sort());
    const byPurl = new Map<string, any>(libs.map((c: any) => [c.purl, c]));
    expect(byPurl.get('pkg:npm/%40acme/widget@2.1.0')).toMatchObject({ group: '@acme', name: 'widget', version: '2.1.0', licenses: [{ expression: '(MIT OR Apache-2.0)' }] });
    expect(byPurl.get('pkg:npm/left-pad@1.3.0').licenses).toEqual([{ license: { id: 'WTFPL' } }]);
    expect(byPurl.get('pkg:pypi/requests-toolbelt@1.0.0')).toMatchObject({ name: 'Requests_Toolbelt', version: '1.0.0', licenses: [{ license: { name: 'Apache 2.0' } }] });
    expect(byPurl.get('pkg:pypi/old.pkg@0.9').licenses).toEqual([{ license: { id: 'BSD-3-Clause' } }]);
    expect(byPurl.get(BASE_PURLS[1])).toMatchObject({ name: 'libc6', version: '2.36-9+deb12u4' });
    const where = (purl: string) => byPurl.get(purl).properties.find((p: any) => p.name === 'oci-bundle:location').value;
    expect(where('pkg:npm/ms@2.1.3')).toBe('/app/node_modules/@acme/widget/node_modules/ms/package.json');
    expect(where(BASE_PURLS[2])).toBe('/var/lib/dpkg/status.d/tzdata');
    expect(where(BASE_PURLS[0])).toBe('/var/lib/dpkg/status');
    expect(where('pkg:maven/org.slf4j/slf4j-api@2.0.13')).toBe('/app/lib/app.jar!/BOOT-INF/lib/slf4j-api-2.0.13.jar!/META-INF/maven/org.slf4j/slf4j-api/pom.properties');
    expect(byPurl.get('pkg:maven/com.acme/app@2.0.0')).toMatchObject({ group: 'com.acme', name: 'app', version: '2.0.0' });
    expect(where('pkg:golang/golang.org/x/net@v0.30.0')).toBe('/app/bin/server');
  });

  test('names the image as the metadata component and the base (name and digest) as a component', () => {
    const baseManifest = JSON.parse(readFileSync(path.join(base, 'index.json'), 'utf8')).manifests[0].digest;
    expect(sbom.metadata.component).toMatchObject({ type: 'container', name: 'registry.example/acme/app', version: first.digest });
    expect(sbom.metadata.component.purl).toBe(`pkg:oci/app@${first.digest}?arch=amd64&repository_url=registry.example%2Facme%2Fapp&tag=1.0`);
    const baseComponent = sbom.components.find((c: any) => c.type === 'container');
    expect(baseComponent).toMatchObject({ name: 'base', version: baseManifest });
    expect(baseComponent.purl).toBe(`pkg:oci/base@${baseManifest}?arch=amd64&tag=latest`);
    expect(sbom.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
    expect(sbom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('two builds give the same SBOM bytes', () => {
    const again = build([ctx, '--base', `oci:${base}:latest`, '--tag', TAG, '--source-date-epoch', '1700000000', '--output', path.join(work, 'two'), '--sbom', '--no-cache']);
    expect(readFileSync(again.sbom![0].path).equals(sbomBytes)).toBe(true);
    expect(again.sbom![0].digest).toBe(first.sbom![0].digest);
  });

  test('is an OCI 1.1 referrer of the platform manifest; the image digest does not change', () => {
    expect(first.digest).toBe(plain.digest);
    const s = first.sbom![0];
    expect(s.subject).toBe(first.digest);
    const m = blobJson(first.layout, s.digest);
    expect(m).toMatchObject({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.cyclonedx+json',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 },
      layers: [{ mediaType: 'application/vnd.cyclonedx+json', digest: s.document }],
      subject: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: first.digest },
    });
    const index = JSON.parse(readFileSync(path.join(first.layout, 'index.json'), 'utf8'));
    const named = index.manifests.filter((d: any) => d.annotations?.['org.opencontainers.image.ref.name']);
    expect(named.map((d: any) => d.digest)).toEqual([first.digest]);
    expect(index.manifests.find((d: any) => d.digest === s.digest)).toMatchObject({ artifactType: 'application/vnd.cyclonedx+json' });
  });
});
