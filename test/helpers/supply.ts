// Fixtures for the SBOM / provenance / referrers tests: a Debian-like base in an OCI layout
// (dpkg status, a distroless status.d entry, os-release, a whiteout), and an application context
// with npm packages (one scoped, one nested) and Python distributions.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './cli.js';
import { composeImage, tarLayer } from './compose.js';

export const DPKG_STATUS = `Package: base-files
Status: install ok installed
Priority: required
Architecture: amd64
Version: 12.4+deb12u5
Description: Debian base system miscellaneous files

Package: libc6
Status: install ok installed
Architecture: amd64
Source: glibc
Version: 2.36-9+deb12u4
Description: GNU C Library: Shared libraries
 Contains the standard libraries that are used by nearly all programs.
 .
 A second paragraph of the description.

Package: removed-pkg
Status: deinstall ok config-files
Architecture: amd64
Version: 1.0-1
`;

/** purls the base must yield: dpkg status, the status.d entry; not the removed or whited-out ones. */
export const BASE_PURLS = [
  'pkg:deb/debian/base-files@12.4+deb12u5?arch=amd64&distro=debian-12',
  'pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12',
  'pkg:deb/debian/tzdata@2024a-0+deb12u1?arch=all&distro=debian-12',
];

export const APP_PURLS = [
  'pkg:npm/%40acme/widget@2.1.0',
  'pkg:npm/left-pad@1.3.0',
  'pkg:npm/ms@2.1.3',
  'pkg:pypi/old.pkg@0.9',
  'pkg:pypi/requests-toolbelt@1.0.0',
];

/** A base image in the OCI layout `dir` (tag "latest"): two layers, the second deleting a package. */
export async function debianLikeBase(dir: string): Promise<string> {
  const l1 = tarLayer([
    { name: 'etc/', type: 'dir' },
    { name: 'etc/os-release', content: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n' },
    { name: 'var/', type: 'dir' },
    { name: 'var/lib/', type: 'dir' },
    { name: 'var/lib/dpkg/', type: 'dir' },
    { name: 'var/lib/dpkg/status', content: DPKG_STATUS },
    { name: 'var/lib/dpkg/status.d/', type: 'dir' },
    { name: 'var/lib/dpkg/status.d/gone', content: 'Package: gone\nArchitecture: amd64\nVersion: 9\n' },
  ]);
  const l2 = tarLayer([
    { name: './var/lib/dpkg/status.d/', type: 'dir' },
    { name: './var/lib/dpkg/status.d/tzdata', content: 'Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\nMaintainer: GNU Libc Maintainers\n' },
    { name: './var/lib/dpkg/status.d/tzdata.md5sums', content: '0123 usr/share/zoneinfo/UTC\n' },
    { name: './var/lib/dpkg/status.d/.wh.gone', content: '' },
  ]);
  return composeImage(dir, { layers: [l1, l2], platform: { os: 'linux', architecture: 'amd64' }, ref: 'latest' });
}

function write(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** An application folder with npm and Python packages, plus decoys that are not packages. */
export function appContext(dir: string): string {
  write(path.join(dir, 'server.js'), 'console.log("hi")\n');
  write(path.join(dir, 'package.json'), JSON.stringify({ name: 'the-app', version: '0.0.1' }));
  write(path.join(dir, 'node_modules/left-pad/package.json'), JSON.stringify({ name: 'left-pad', version: '1.3.0', license: 'WTFPL' }));
  write(path.join(dir, 'node_modules/left-pad/test/fixtures/package.json'), JSON.stringify({ name: 'fixture', version: '9.9.9' }));
  write(path.join(dir, 'node_modules/@acme/widget/package.json'), JSON.stringify({ name: '@acme/widget', version: '2.1.0', license: '(MIT OR Apache-2.0)' }));
  write(path.join(dir, 'node_modules/@acme/widget/node_modules/ms/package.json'), JSON.stringify({ name: 'ms', version: '2.1.3', license: 'MIT' }));
  write(path.join(dir, 'node_modules/.package-lock.json'), '{}');
  write(
    path.join(dir, 'lib/python3.12/site-packages/Requests_Toolbelt-1.0.0.dist-info/METADATA'),
    'Metadata-Version: 2.1\nName: Requests_Toolbelt\nVersion: 1.0.0\nLicense: Apache 2.0\nClassifier: License :: OSI Approved :: Apache Software License\n\nName: not-a-header\n',
  );
  write(path.join(dir, 'lib/legacy/Old.Pkg.egg-info/PKG-INFO'), 'Metadata-Version: 1.1\nName: Old.Pkg\nVersion: 0.9\nLicense-Expression: BSD-3-Clause\n');
  return dir;
}

export interface BuildJson {
  digest: string;
  mediaType: string;
  layout: string;
  platforms: string[];
  configs?: unknown;
  sbom: Array<{ platform: string; subject: string; digest: string; document: string; path: string; packages: number }> | null;
  provenance: { subject: string; digest: string; document: string; path: string } | null;
}

export function build(args: string[], env: Record<string, string> = {}): BuildJson {
  const r = runCli(['build', ...args, '--json'], { env });
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as BuildJson;
}

export function blobJson<T = any>(layout: string, digest: string): T {
  return JSON.parse(readFileSync(path.join(layout, 'blobs', 'sha256', digest.slice(7)), 'utf8')) as T;
}
