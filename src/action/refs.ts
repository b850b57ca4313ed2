/** A reference without its tag or digest: registry/repository. */
export function repositoryOf(ref: string): string {
  const at = ref.indexOf('@');
  const r = at >= 0 ? ref.slice(0, at) : ref;
  const slash = r.lastIndexOf('/');
  const colon = r.lastIndexOf(':');
  return colon > slash ? r.slice(0, colon) : r;
}
