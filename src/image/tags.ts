// The tag part of an image reference, which names the image inside an OCI layout.
import { parseReference } from '../registry/reference.js';
import { UserError } from '../util/errors.js';

export function tagOf(ref: string): string {
  if (!ref.trim()) throw new UserError('--tag is empty; give an image reference like ghcr.io/owner/app:1.0');
  let parsed;
  try {
    parsed = parseReference(ref.trim());
  } catch (e) {
    throw new UserError(`--tag "${ref}" is not a valid image reference: ${(e as Error).message}`);
  }
  if (parsed.digest && !parsed.tag) throw new UserError(`--tag "${ref}" names a digest; a tag is a name like ghcr.io/owner/app:1.0`);
  return parsed.tag ?? 'latest';
}
