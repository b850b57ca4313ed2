// Image names with a transport, as skopeo users write them: `oci:DIR[:REF]`,
// `oci-archive:FILE[:REF]`, `docker-archive:FILE[:NAME[:TAG]]`, else a registry reference.
import { type Reference, parseReference } from '../registry/reference.js';
import { UserError } from '../util/errors.js';

export type ImageName =
  | { transport: 'registry'; ref: Reference; text: string }
  | { transport: 'oci'; dir: string; ref?: string; text: string }
  | { transport: 'oci-archive'; file: string; ref?: string; text: string }
  | { transport: 'docker-archive'; file: string; name?: string; text: string };

/** A ref.name after the last ':' (tag grammar); the path may itself hold ':' (C:\… or odd names). */
function splitRef(body: string): { path: string; ref?: string } {
  const m = /^(.*?)(?::([\w][\w.-]{0,127}))?$/.exec(body)!;
  return { path: m[1], ref: m[2] };
}

/** Parses SOURCE or DEST of `copy` (and --base). `field` names the option at fault in errors. */
export function parseImageName(text: string, field: string): ImageName {
  const fail = (why: string) => new UserError(`${field} "${text}": ${why}`, 2, { kind: 'usage', field });
  if (text.startsWith('oci:')) {
    const { path, ref } = splitRef(text.slice(4));
    if (!path) throw fail('give a folder: oci:DIR[:REF]');
    return { transport: 'oci', dir: path, ref, text };
  }
  if (text.startsWith('oci-archive:')) {
    const { path, ref } = splitRef(text.slice(12));
    if (!path) throw fail('give a file: oci-archive:FILE[:REF]');
    return { transport: 'oci-archive', file: path, ref, text };
  }
  if (text.startsWith('docker-archive:')) {
    const body = text.slice(15);
    const colon = body.indexOf(':');
    const file = colon >= 0 ? body.slice(0, colon) : body;
    const name = colon >= 0 ? body.slice(colon + 1) : undefined;
    if (!file) throw fail('give a file: docker-archive:FILE[:NAME:TAG]');
    if (name !== undefined) parseReference(name); // refuses a malformed name early
    return { transport: 'docker-archive', file, name, text };
  }
  const other = /^(dir|docker-daemon|containers-storage|ostree|sif|tarball):/.exec(text);
  if (other) throw fail(`the ${other[1]}: transport is not supported; use a registry reference, oci:DIR[:REF], oci-archive:FILE[:REF] or docker-archive:FILE[:NAME:TAG]`);
  // skopeo's spelling of a registry reference.
  const ref = text.startsWith('docker://') ? text.slice(9) : text;
  return { transport: 'registry', ref: parseReference(ref), text: ref };
}
