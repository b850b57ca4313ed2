// Turns a --base value into an ImageSource.
import { UserError } from '../util/errors.js';
import { LayoutSource, type ImageSource } from './source.js';

export function openSource(spec: string): ImageSource {
  if (spec.startsWith('oci:')) return LayoutSource.parse(spec);
  throw new UserError(`base "${spec}": pulling from registries is not available yet; use oci:DIR[:TAG]`);
}
