// Where registry credentials come from, in order: explicit (--username/--password-stdin or
// OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD), then the docker config that `docker login` and
// docker/login-action write (credHelpers, auths, credsStore), then a GitHub token for ghcr.io;
// else anonymous. Secrets never reach a log line: every credential carries a `source` to name instead.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getExecOutput } from '@actions/exec';
import { UserError, errorMessage } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { DOCKER_HUB, DOCKER_HUB_CONFIG_KEY, normalizeRegistryHost } from './reference.js';

export type Credential =
  /** user name and password (or access token used as a password) */
  | { kind: 'basic'; username: string; password: string; source: string }
  /** a refresh token from `docker login` (OAuth2 grant_type=refresh_token) */
  | { kind: 'identityToken'; token: string; username?: string; source: string }
  /** a ready-made Bearer token */
  | { kind: 'registryToken'; token: string; source: string };

export interface CredentialOptions {
  /**
   * --username with --password-stdin (or the action's inputs): used for every registry, or only
   * for `registries` (host[:port] as in references) when given — so that a push target's
   * credentials are not offered to, say, the registry a base image comes from.
   */
  explicit?: { username: string; password: string; source?: string; registries?: string[] };
  /** Environment to read OCI_BUNDLE_USERNAME/PASSWORD, DOCKER_CONFIG, DOCKER_AUTH_CONFIG from. */
  env?: NodeJS.ProcessEnv;
  /** Used for ghcr.io when nothing else is found (GitHub Actions' GITHUB_TOKEN). */
  githubToken?: string;
  logger?: Logger;
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

export interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** Every secret inside a credential, for redaction. */
export function credentialSecrets(c: Credential | undefined): string[] {
  if (!c) return [];
  const out = c.kind === 'basic' ? [c.password] : [c.token];
  if (c.kind === 'basic') out.push(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
  return out.filter((s) => s.length >= 4);
}

/** A short description for messages: who and from where, never the secret. */
export function describeCredential(c: Credential | undefined): string {
  if (!c) return 'no credentials (anonymous)';
  if (c.kind === 'basic') return `user "${c.username}" (from ${c.source})`;
  if (c.kind === 'identityToken') return `an identity token (from ${c.source})`;
  return `a registry token (from ${c.source})`;
}

/** The docker config file path: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
  return path.join(dir, 'config.json');
}

/** Reads the docker config (DOCKER_AUTH_CONFIG wins over the file); undefined when there is none. */
export async function readDockerConfig(env: NodeJS.ProcessEnv = process.env): Promise<{ config: DockerConfig; source: string } | undefined> {
  if (env.DOCKER_AUTH_CONFIG) {
    try {
      return { config: JSON.parse(env.DOCKER_AUTH_CONFIG) as DockerConfig, source: 'DOCKER_AUTH_CONFIG' };
    } catch (e) {
      throw new UserError(`DOCKER_AUTH_CONFIG is not valid JSON: ${errorMessage(e).split('\n')[0]}`);
    }
  }
  const file = dockerConfigPath(env);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UserError(`cannot read the docker config ${file}: ${errorMessage(e)}`);
  }
  try {
    return { config: JSON.parse(text) as DockerConfig, source: file };
  } catch (e) {
    throw new UserError(`the docker config ${file} is not valid JSON (${errorMessage(e).split('\n')[0]}); fix it or point DOCKER_CONFIG elsewhere`);
  }
}

/** Keys a registry can have in config.json, reduced to host[:port] (docker/cli's ConvertToHostname). */
function keyMatches(key: string, registry: string): boolean {
  return normalizeRegistryHost(key) === registry.toLowerCase();
}

/** What a credential helper is asked for: Docker Hub's legacy URL, else the host. */
export function helperServerUrl(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : registry;
}

function decodeAuthEntry(entry: AuthEntry, source: string): Credential | undefined {
  if (entry.registrytoken) return { kind: 'registryToken', token: entry.registrytoken, source };
  if (entry.identitytoken) {
    let username: string | undefined;
    if (entry.auth) username = Buffer.from(entry.auth, 'base64').toString('utf8').split(':')[0] || undefined;
    return { kind: 'identityToken', token: entry.identitytoken, username: username ?? entry.username, source };
  }
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) throw new UserError(`the "auth" entry in ${source} is not base64 of user:password`);
    const password = decoded.slice(colon + 1).replace(/\0+$/g, '');
    return { kind: 'basic', username: decoded.slice(0, colon), password, source };
  }
  if (entry.username && entry.password) return { kind: 'basic', username: entry.username, password: entry.password, source };
  return undefined;
}

/** Runs `docker-credential-<helper> get` with the server URL on stdin. */
export async function runCredentialHelper(helper: string, registry: string, logger?: Logger): Promise<Credential | undefined> {
  const tool = `docker-credential-${helper}`;
  const serverUrl = helperServerUrl(registry);
  let out: { exitCode: number; stdout: string; stderr: string };
  try {
    out = await getExecOutput(tool, ['get'], { input: Buffer.from(serverUrl), silent: true, ignoreReturnCode: true });
  } catch (e) {
    logger?.warn(`credential helper ${tool} could not be run (${errorMessage(e).split('\n')[0].split('. ')[0]}); continuing without credentials for ${registry}`);
    return undefined;
  }
  if (out.exitCode !== 0) {
    const why = (out.stdout + out.stderr).trim().split('\n')[0] ?? '';
    if (!/credentials not found/i.test(why)) logger?.warn(`credential helper ${tool} failed for ${registry} (exit ${out.exitCode}); continuing without credentials`);
    return undefined;
  }
  let doc: { Username?: string; Secret?: string };
  try {
    doc = JSON.parse(out.stdout) as { Username?: string; Secret?: string };
  } catch {
    throw new UserError(`credential helper ${tool} printed something that is not JSON for ${registry}`);
  }
  if (!doc.Secret) return undefined;
  const source = `credential helper ${tool}`;
  if (doc.Username === '<token>') return { kind: 'identityToken', token: doc.Secret, source };
  return { kind: 'basic', username: doc.Username ?? '', password: doc.Secret, source };
}

/**
 * The credential for `registry` (host[:port] as in references, "docker.io" for Docker Hub), or
 * undefined for anonymous access.
 */
export async function lookupCredentials(registry: string, opts: CredentialOptions = {}): Promise<Credential | undefined> {
  const env = opts.env ?? process.env;
  const target = normalizeRegistryHost(registry);
  if (opts.explicit && (!opts.explicit.registries || opts.explicit.registries.some((r) => normalizeRegistryHost(r) === target))) {
    return { kind: 'basic', username: opts.explicit.username, password: opts.explicit.password, source: opts.explicit.source ?? '--username/--password-stdin' };
  }
  if (env.OCI_BUNDLE_USERNAME || env.OCI_BUNDLE_PASSWORD) {
    if (!env.OCI_BUNDLE_USERNAME || !env.OCI_BUNDLE_PASSWORD) {
      throw new UserError('set both OCI_BUNDLE_USERNAME and OCI_BUNDLE_PASSWORD, or neither');
    }
    return { kind: 'basic', username: env.OCI_BUNDLE_USERNAME, password: env.OCI_BUNDLE_PASSWORD, source: 'OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD' };
  }
  const found = await readDockerConfig(env);
  if (found) {
    const { config, source } = found;
    const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => keyMatches(k, registry))?.[1];
    if (helper) {
      const c = await runCredentialHelper(helper, registry, opts.logger);
      if (c) return c;
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
      if (!entry || !keyMatches(key, registry)) continue;
      const c = decodeAuthEntry(entry, `${source} (auths "${key}")`);
      if (c) return c;
    }
    if (config.credsStore) {
      const c = await runCredentialHelper(config.credsStore, registry, opts.logger);
      if (c) return c;
    }
  }
  if (opts.githubToken && registry.toLowerCase() === 'ghcr.io') {
    return { kind: 'basic', username: env.GITHUB_ACTOR || 'github', password: opts.githubToken, source: 'github-token' };
  }
  return undefined;
}
