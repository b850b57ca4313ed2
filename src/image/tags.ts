// The tag part of an image reference, which names the image inside an OCI layout.
import { UserError } from '../util/errors.js';

const TAG_RE = /^[\w][\w.-]{0,127}$/;
const NAME_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

export function tagOf(ref: string): string {
  const r = ref.trim();
  if (!r) throw new UserError('--tag is empty; give an image reference like ghcr.io/owner/app:1.0');
  if (r.includes('@')) throw new UserError(`--tag "${ref}" names a digest; a tag is a name like ghcr.io/owner/app:1.0`);
  const slash = r.lastIndexOf('/');
  const colon = r.lastIndexOf(':');
  const hasTag = colon > slash;
  const name = hasTag ? r.slice(0, colon) : r;
  const tag = hasTag ? r.slice(colon + 1) : 'latest';
  const parts = name.split('/');
  const repoParts = parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost') ? parts.slice(1) : parts;
  if (!repoParts.length || !repoParts.every((p) => NAME_COMPONENT.test(p))) {
    throw new UserError(`--tag "${ref}" is not a valid image reference: repository names are lowercase letters, digits and . _ - separated by /`);
  }
  if (!TAG_RE.test(tag)) throw new UserError(`--tag "${ref}" has an invalid tag "${tag}": use letters, digits, _ . - (up to 128, not starting with . or -)`);
  return tag;
}
