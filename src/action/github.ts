// What a workflow run tells us about the image: OCI labels and annotations from the GITHUB_*
// context, added only where the user did not set them.
import { CREATED, REVISION, SOURCE, URL, VERSION } from '../oci/annotations.js';

export function githubMetadata(env: NodeJS.ProcessEnv, created: string): Record<string, string> {
  const out: Record<string, string> = {};
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (env.GITHUB_REPOSITORY) {
    out[SOURCE] = `${server}/${env.GITHUB_REPOSITORY}`;
    out[URL] = `${server}/${env.GITHUB_REPOSITORY}`;
  }
  if (env.GITHUB_SHA) out[REVISION] = env.GITHUB_SHA;
  out[CREATED] = created;
  if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) out[VERSION] = env.GITHUB_REF_NAME;
  else if (env.GITHUB_REF?.startsWith('refs/tags/')) out[VERSION] = env.GITHUB_REF.slice('refs/tags/'.length);
  return out;
}

/** Ours under theirs: keys the user set win. */
export function withDefaults(user: Record<string, string>, derived: Record<string, string>): Record<string, string> {
  return { ...derived, ...user };
}
