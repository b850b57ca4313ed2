// OS packages of a base image: Debian's dpkg status (one file, or distroless's status.d/* with
// a file per package) and Alpine's apk database. The purl namespace is the distribution's ID
// from /etc/os-release when known (debian, ubuntu, alpine...).
import { PackageURL } from 'packageurl-js';
import { field, parseParagraphs } from './rfc822.js';
import type { FoundPackage } from './types.js';

export const DPKG_STATUS = '/var/lib/dpkg/status';
export const DPKG_STATUS_D = '/var/lib/dpkg/status.d/';
export const APK_INSTALLED = '/lib/apk/db/installed';
export const OS_RELEASE = ['/etc/os-release', '/usr/lib/os-release'];

export function isOsPackageDb(path: string): boolean {
  return path === DPKG_STATUS || path === APK_INSTALLED || (path.startsWith(DPKG_STATUS_D) && !path.slice(DPKG_STATUS_D.length).includes('/') && !path.endsWith('.md5sums'));
}

/** ID and VERSION_ID of an os-release file. */
export function parseOsRelease(text: string): { id?: string; versionId?: string } {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return { id: out.ID?.toLowerCase(), versionId: out.VERSION_ID };
}

function distroQualifier(os: { id?: string; versionId?: string } | undefined): Record<string, string> {
  return os?.id && os.versionId ? { distro: `${os.id}-${os.versionId}` } : {};
}

/** Installed packages of a dpkg status file (or one status.d entry). */
export function scanDpkg(path: string, content: Buffer, os?: { id?: string; versionId?: string }): FoundPackage[] {
  const out: FoundPackage[] = [];
  const namespace = os?.id && os.id !== 'alpine' ? os.id : 'debian';
  for (const p of parseParagraphs(content.toString('utf8'))) {
    const name = field(p, 'package');
    const version = field(p, 'version');
    const status = field(p, 'status');
    // status.d entries of distroless carry no Status: they are installed by construction.
    if (!name || !version || (status !== undefined && !/\binstalled$/.test(status))) continue;
    const arch = field(p, 'architecture');
    const purl = new PackageURL('deb', namespace, name, version, { ...(arch ? { arch } : {}), ...distroQualifier(os) }).toString();
    out.push({ ecosystem: 'deb', name, version, purl, location: path });
  }
  return out;
}

/** Installed packages of Alpine's /lib/apk/db/installed (single-letter keys: P name, V version, A arch, L licence). */
export function scanApk(path: string, content: Buffer, os?: { id?: string; versionId?: string }): FoundPackage[] {
  const out: FoundPackage[] = [];
  for (const block of content.toString('utf8').split(/\n\s*\n/)) {
    const f: Record<string, string> = {};
    for (const line of block.split('\n')) {
      if (line.length > 2 && line[1] === ':' && f[line[0]] === undefined) f[line[0]] = line.slice(2);
    }
    if (!f.P || !f.V) continue;
    const purl = new PackageURL('apk', os?.id && os.id !== 'debian' ? os.id : 'alpine', f.P, f.V, { ...(f.A ? { arch: f.A } : {}), ...distroQualifier(os) }).toString();
    out.push({ ecosystem: 'apk', name: f.P, version: f.V, licence: f.L || undefined, purl, location: path });
  }
  return out;
}
