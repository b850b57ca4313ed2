// Python distributions: *.dist-info/METADATA (wheels, pip) and *.egg-info/PKG-INFO (setuptools).
import { PackageURL } from 'packageurl-js';
import { field, parseParagraphs } from './rfc822.js';
import type { FoundPackage } from './types.js';

const PY_METADATA = /(?:^|\/)[^/]+\.(?:dist-info\/METADATA|egg-info\/PKG-INFO)$/;

export function isPythonMetadata(path: string): boolean {
  return PY_METADATA.test(path);
}

function declaredLicence(f: Map<string, string[]>): string | undefined {
  const expr = field(f, 'license-expression');
  if (expr) return expr;
  // "License:" is free text, sometimes the whole licence file: keep it only when it is a name.
  const lic = field(f, 'license');
  if (lic && lic !== 'UNKNOWN' && !lic.includes('\n') && lic.length <= 100) return lic;
  const classifiers = (f.get('classifier') ?? []).filter((c) => c.startsWith('License ::')).map((c) => c.split('::').pop()!.trim());
  if (classifiers.length === 1) return classifiers[0];
  return undefined;
}

export function scanPypi(path: string, content: Buffer): FoundPackage | undefined {
  if (!isPythonMetadata(path)) return undefined;
  // Only the header: the long description follows the first blank line.
  const [f] = parseParagraphs(content.toString('utf8'), true);
  const name = f && field(f, 'name');
  const version = f && field(f, 'version');
  if (!f || !name || !version) return undefined;
  // packageurl-js applies the purl spec's pypi rule: lower case, '_' becomes '-'.
  const purl = new PackageURL('pypi', undefined, name, version).toString();
  return { ecosystem: 'pypi', name, version, licence: declaredLicence(f), purl, location: path };
}
