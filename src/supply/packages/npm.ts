// npm packages: node_modules/<name>/package.json and node_modules/@scope/<name>/package.json.
import { PackageURL } from 'packageurl-js';
import type { FoundPackage } from './types.js';

// Only a package's own manifest: not package.json files of its tests or fixtures deeper down.
const NPM_MANIFEST = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/;

export function isNpmManifest(path: string): boolean {
  return NPM_MANIFEST.test(path);
}

type Licence = string | { type?: unknown } | undefined;

function declaredLicence(doc: { license?: Licence; licenses?: Licence[] }): string | undefined {
  const one = (l: Licence): string | undefined => (typeof l === 'string' ? l : l && typeof l.type === 'string' ? l.type : undefined);
  const l = one(doc.license);
  if (l) return l.trim() || undefined;
  // The old array form: any of them may be chosen.
  const many = Array.isArray(doc.licenses) ? doc.licenses.map(one).filter((x): x is string => !!x) : [];
  if (many.length === 1) return many[0];
  if (many.length > 1) return `(${many.join(' OR ')})`;
  return undefined;
}

/** The package a node_modules package.json describes, or undefined when it is not one (no name or version, not JSON). */
export function scanNpm(path: string, content: Buffer): FoundPackage | undefined {
  const m = NPM_MANIFEST.exec(path);
  if (!m) return undefined;
  let doc: { name?: unknown; version?: unknown; license?: Licence; licenses?: Licence[] };
  try {
    doc = JSON.parse(content.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null || typeof doc.name !== 'string' || typeof doc.version !== 'string' || !doc.name || !doc.version) return undefined;
  const name = doc.name;
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const purl = slash > 0 ? new PackageURL('npm', name.slice(0, slash), name.slice(slash + 1), doc.version) : new PackageURL('npm', undefined, name, doc.version);
  return { ecosystem: 'npm', name, version: doc.version, licence: declaredLicence(doc), purl: purl.toString(), location: path };
}
