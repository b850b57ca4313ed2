// An in-toto Statement v1 with a SLSA Provenance v1 predicate for a build: what was built (the
// image digest), from what (base by digest, source repository and commit) and how (our build
// type and the build's parameters, never credentials), by whom (the workflow, or this tool).
// No wall-clock times: the same inputs and environment give the same bytes.
import { getExecOutput } from '@actions/exec';
import { VERSION } from '../version.js';
import { ociPurl, type ImageName } from './image-purl.js';

export const PROVENANCE_MEDIA_TYPE = 'application/vnd.in-toto+json';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const BUILD_TYPE = 'https://github.com/oci-bundle/oci-bundle/build/v1';

export interface ResourceDescriptor {
  uri?: string;
  name?: string;
  digest?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface ProvenanceStatement {
  _type: typeof STATEMENT_TYPE;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: typeof SLSA_PROVENANCE_V1;
  predicate: {
    buildDefinition: {
      buildType: string;
      externalParameters: Record<string, unknown>;
      internalParameters?: Record<string, unknown>;
      resolvedDependencies: ResourceDescriptor[];
    };
    runDetails: {
      builder: { id: string; version?: Record<string, string> };
      metadata?: { invocationId?: string };
    };
  };
}

export interface SourceInfo {
  /** e.g. git+https://github.com/acme/app@refs/heads/main */
  uri: string;
  commit: string;
}

export interface ProvenanceInput {
  image: ImageName;
  /** The image's digest (its index for a multi-platform image). */
  digest: string;
  /** The build's inputs as the user gave them. */
  parameters: Record<string, unknown>;
  base?: { image: ImageName; digest: string };
  source?: SourceInfo;
  env?: NodeJS.ProcessEnv;
}

function hexOf(digest: string): Record<string, string> {
  const i = digest.indexOf(':');
  return { [digest.slice(0, i)]: digest.slice(i + 1) };
}

/** A remote URL without user name or password (they may be tokens). */
export function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    // scp-like "user@host:path": an ssh URL without the user.
    const m = /^(?:[^@/]+@)?([^:/]+):(.*)$/.exec(url);
    return m ? `ssh://${m[1]}/${m[2].replace(/^\//, '')}` : url;
  }
}

/** The source repository and commit: from the GitHub Actions context, else from git, else unknown. */
export async function resolveSource(context: string, env: NodeJS.ProcessEnv = process.env): Promise<SourceInfo | undefined> {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY && env.GITHUB_SHA) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    return { uri: `git+${server}/${env.GITHUB_REPOSITORY}${env.GITHUB_REF ? '@' + env.GITHUB_REF : ''}`, commit: env.GITHUB_SHA };
  }
  try {
    const git = (args: string[]) => getExecOutput('git', ['-C', context, ...args], { silent: true, ignoreReturnCode: true });
    const head = await git(['rev-parse', 'HEAD']);
    const commit = head.stdout.trim();
    if (head.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
    const remote = await git(['remote', 'get-url', 'origin']);
    const url = remote.exitCode === 0 && remote.stdout.trim() ? withoutCredentials(remote.stdout.trim()) : undefined;
    return { uri: url ? `git+${url}` : 'git+file:', commit };
  } catch {
    return undefined; // git not installed
  }
}

export function makeProvenance(input: ProvenanceInput): Buffer {
  const env = input.env ?? process.env;
  const actions = env.GITHUB_ACTIONS === 'true';
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const deps: ResourceDescriptor[] = [];
  if (input.source) deps.push({ uri: input.source.uri, digest: { gitCommit: input.source.commit } });
  if (input.base) deps.push({ uri: ociPurl(input.base.image, input.base.digest), name: input.base.image.name, digest: hexOf(input.base.digest) });
  const builderId = actions && env.GITHUB_WORKFLOW_REF ? `${server}/${env.GITHUB_WORKFLOW_REF}` : `pkg:npm/oci-bundle@${VERSION}`;
  const invocationId =
    actions && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT || '1'}` : undefined;
  const internal: Record<string, unknown> = {};
  if (actions) {
    for (const k of ['GITHUB_EVENT_NAME', 'GITHUB_REPOSITORY_ID', 'GITHUB_REPOSITORY_OWNER_ID', 'RUNNER_ENVIRONMENT']) if (env[k]) internal[k.toLowerCase()] = env[k];
  }
  const statement: ProvenanceStatement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: input.image.name, digest: hexOf(input.digest) }],
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: input.parameters,
        ...(Object.keys(internal).length ? { internalParameters: internal } : {}),
        resolvedDependencies: deps,
      },
      runDetails: {
        builder: { id: builderId, version: { 'oci-bundle': VERSION } },
        ...(invocationId ? { metadata: { invocationId } } : {}),
      },
    },
  };
  return Buffer.from(JSON.stringify(statement, null, 2) + '\n', 'utf8');
}
