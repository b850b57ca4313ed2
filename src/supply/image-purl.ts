// Names and purls of images: pkg:oci/<name>@<digest>?repository_url=<registry/repository>.
import path from 'node:path';
import { PackageURL } from 'packageurl-js';
import type { Platform } from '../oci/types.js';
import { parseReference } from '../registry/reference.js';

export interface ImageName {
  /** What people call it: registry/repository, or the layout folder's name for oci: images. */
  name: string;
  /** registry/repository, when the image lives (or will live) in a registry. */
  repositoryUrl?: string;
  tag?: string;
}

/** How an image reference (registry reference or oci:DIR[:TAG]) is named in documents. */
export function imageName(ref: string): ImageName {
  if (ref.startsWith('oci:')) {
    const m = /^oci:(.*?)(?::([\w][\w.-]{0,127}))?$/.exec(ref)!;
    return { name: path.basename(path.resolve(m[1])), tag: m[2] };
  }
  try {
    const r = parseReference(ref);
    return { name: `${r.registry}/${r.repository}`, repositoryUrl: `${r.registry}/${r.repository}`, tag: r.tag };
  } catch {
    return { name: ref };
  }
}

export function ociPurl(img: ImageName, digest: string, platform?: Platform): string {
  const short = img.name.slice(img.name.lastIndexOf('/') + 1).toLowerCase();
  const q: Record<string, string> = {};
  if (platform) q.arch = platform.architecture;
  if (img.repositoryUrl) q.repository_url = img.repositoryUrl;
  if (img.tag) q.tag = img.tag;
  return new PackageURL('oci', undefined, short, digest, q).toString();
}
