// Turns a --base value into an image source: oci:DIR[:TAG], oci-archive:FILE[:TAG], else a
// registry reference (docker.io/library/alpine:3.20, ghcr.io/org/base@sha256:…).
import { parseImageName } from '../model/names.js';
import { openImageSource } from '../model/open.js';
import type { RegistryClientOptions } from '../registry/client.js';
import type { ImageSource } from './source.js';

export function openSource(spec: string, registry: RegistryClientOptions = {}): ImageSource & { close(): Promise<void> } {
  const source = openImageSource(parseImageName(spec, 'base'), registry, 'base');
  return Object.assign(source, { mountFrom: source.location });
}
