// The CycloneDX 1.6 JSON SBOM of one platform image, made with the CycloneDX project's library.
// Deterministic: the timestamp is the build's source date epoch, components are sorted, and the
// serial number is a name-based UUID of the image digest; the same inputs give the same bytes.
import { createHash } from 'node:crypto';
import { Component, Bom, LicenseExpression, NamedLicense, Property, SpdxLicense, type License } from '@cyclonedx/cyclonedx-library/Models';
import { ComponentType } from '@cyclonedx/cyclonedx-library/Enums';
import { JsonSerializer, JSON as CdxJson } from '@cyclonedx/cyclonedx-library/Serialize';
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec';
import { fixupSpdxId } from '@cyclonedx/cyclonedx-library/SPDX';
import parseSpdx from 'spdx-expression-parse';
import type { Platform } from '../oci/types.js';
import { VERSION } from '../version.js';
import { ociPurl, type ImageName } from './image-purl.js';
import type { FoundPackage } from './packages/types.js';

export const SBOM_MEDIA_TYPE = 'application/vnd.cyclonedx+json';

export interface SbomInput {
  image: ImageName;
  /** The platform manifest the SBOM describes. */
  digest: string;
  platform: Platform;
  /** RFC 3339 time of the build (from the source date epoch). */
  created: string;
  base?: { image: ImageName; digest: string };
  packages: FoundPackage[];
}

/** RFC 4122 version 5 UUID (SHA-1, URL namespace) of `name`. */
export function uuidV5(name: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const h = createHash('sha1').update(ns).update(name).digest().subarray(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function licence(text: string): License {
  const id = fixupSpdxId(text);
  if (id) return new SpdxLicense(id);
  try {
    parseSpdx(text);
    if (/\s(AND|OR|WITH)\s/i.test(text)) return new LicenseExpression(text);
  } catch {
    /* not an SPDX expression: keep the text as the licence's name */
  }
  return new NamedLicense(text);
}

function byPurl(a: FoundPackage, b: FoundPackage): number {
  return a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : a.location < b.location ? -1 : a.location > b.location ? 1 : 0;
}

export function makeSbom(input: SbomInput): Buffer {
  const bom = new Bom();
  bom.serialNumber = `urn:uuid:${uuidV5(`oci-bundle:sbom:${input.digest}`)}`;
  bom.metadata.timestamp = new Date(input.created);
  bom.metadata.tools.components.add(new Component(ComponentType.Application, 'oci-bundle', { version: VERSION }));
  const imagePurl = ociPurl(input.image, input.digest, input.platform);
  bom.metadata.component = new Component(ComponentType.Container, input.image.name, { version: input.digest, purl: imagePurl, bomRef: imagePurl });
  bom.metadata.component.properties.add(new Property('oci-bundle:platform', [input.platform.os, input.platform.architecture, input.platform.variant].filter(Boolean).join('/')));
  if (input.base) {
    const purl = ociPurl(input.base.image, input.base.digest, input.platform);
    const c = new Component(ComponentType.Container, input.base.image.name, { version: input.base.digest, purl, bomRef: purl });
    c.properties.add(new Property('oci-bundle:role', 'base-image'));
    bom.components.add(c);
  }
  // One component per purl; a package found in several places lists each place.
  const groups = new Map<string, FoundPackage[]>();
  for (const p of [...input.packages].sort(byPurl)) groups.set(p.purl, [...(groups.get(p.purl) ?? []), p]);
  for (const [purl, found] of groups) {
    const p = found[0];
    // CycloneDX puts an npm scope and a Maven groupId in `group`.
    const cut = p.ecosystem === 'npm' && p.name.startsWith('@') ? p.name.indexOf('/') : p.ecosystem === 'maven' ? p.name.indexOf(':') : -1;
    const group = cut > 0 ? p.name.slice(0, cut) : undefined;
    const c = new Component(ComponentType.Library, cut > 0 ? p.name.slice(cut + 1) : p.name, { group, version: p.version, purl, bomRef: purl });
    const lic = found.find((f) => f.licence)?.licence;
    if (lic) c.licenses.add(licence(lic));
    for (const f of found) c.properties.add(new Property('oci-bundle:location', f.location));
    bom.components.add(c);
  }
  const serializer = new JsonSerializer(new CdxJson.Normalize.Factory(Spec1dot6));
  return Buffer.from(serializer.serialize(bom, { sortLists: true, space: 2 }) + '\n', 'utf8');
}
