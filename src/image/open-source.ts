// Turns a --base value into an ImageSource: oci:DIR[:TAG] for a local layout, else a registry
// reference (docker.io/library/alpine:3.20, ghcr.io/org/base@sha256:…).
import type { RegistryClientOptions } from '../registry/client.js';
import { RegistryImageSource } from '../registry/pull.js';
import { LayoutSource, type ImageSource } from './source.js';

export function openSource(spec: string, registry: RegistryClientOptions = {}): ImageSource & { close?(): Promise<void> } {
  if (spec.startsWith('oci:')) return LayoutSource.parse(spec);
  return RegistryImageSource.parse(spec, registry);
}
