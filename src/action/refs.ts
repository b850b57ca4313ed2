import { parseReference, repositoryName } from '../registry/reference.js';

/** A reference without its tag or digest: registry/repository. */
export function repositoryOf(ref: string): string {
  return repositoryName(parseReference(ref));
}
