// Where registry credentials come from, in order: explicit (--username/--password-stdin or
// OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD), then the docker config that `docker login` and
// docker/login-action write (credHelpers, auths, credsStore), then a GitHub token for ghcr.io;
// else anonymous. Secrets never reach a log line: every credential carries a `source` to name instead.
// Explicit credentials (flags, inputs, OCI_BUNDLE_USERNAME/PASSWORD) go only to the registries a
// run writes to. A credential helper is a name, never a path or a command line: it is checked
// against docker's grammar, found on PATH here, and run with the single argument "get", no shell.
import { spawn } from 'node:child_process';
import { constants as fsConstants, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError, errorMessage } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { DOCKER_HUB, DOCKER_HUB_CONFIG_KEY, normalizeRegistryHost } from './reference.js';

export type Credential =
  /** user name and password (or access token used as a password); `auth`: the config's raw base64 */
  | { kind: 'basic'; username: string; password: string; source: string; auth?: string }
  /** a refresh token from `docker login` (OAuth2 grant_type=refresh_token) */
  | { kind: 'identityToken'; token: string; username?: string; source: string; auth?: string }
  /** a ready-made Bearer token */
  | { kind: 'registryToken'; token: string; source: string };

export interface CredentialOptions {
  /**
   * --username with --password-stdin (or the action's inputs): used for every registry, or only
   * for `registries` (host[:port] as in references) when given — so that a push target's
   * credentials are not offered to, say, the registry a base image comes from.
   */
  explicit?: { username: string; password: string; source?: string; registries?: string[] };
  /**
   * The registries this run writes to (push or merge targets). When given, explicit credentials
   * and OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD are offered to these only: a base image's registry
   * gets the docker config's credentials or none. Undefined: the client only talks to targets.
   */
  destinations?: string[];
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

/** Every secret inside a credential, in every spelling we send or read it in, for redaction. */
export function credentialSecrets(c: Credential | undefined): string[] {
  if (!c) return [];
  const out = c.kind === 'basic' ? [c.password] : [c.token];
  if (c.kind === 'basic') out.push(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
  if (c.kind === 'identityToken') out.push(Buffer.from(`${c.username ?? '<token>'}:${c.token}`).toString('base64'));
  if (c.kind !== 'registryToken' && c.auth) out.push(c.auth.trim());
  return out.filter((s) => s.length >= 4);
}

export { destinationRegistries } from './reference.js';

/** A short description for messages: who and from where, never the secret. */
export function describeCredential(c: Credential | undefined): string {
  if (!c) return 'no credentials (anonymous)';
  // JSON quoting: a user name from a config or helper cannot start a new log line.
  if (c.kind === 'basic') return `user ${JSON.stringify(c.username)} (from ${c.source})`;
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
    // JSON.parse's message quotes the text it failed on: never show it, the text holds secrets.
    let doc: unknown;
    try {
      doc = JSON.parse(env.DOCKER_AUTH_CONFIG);
    } catch {
      throw new UserError('DOCKER_AUTH_CONFIG is not valid JSON (its text is not shown: it holds secrets); fix its syntax', 1, { kind: 'input' });
    }
    return { config: checkDockerConfig(doc, 'DOCKER_AUTH_CONFIG'), source: 'DOCKER_AUTH_CONFIG' };
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
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(`the docker config ${file} is not valid JSON (its text is not shown: it holds secrets); fix it or point DOCKER_CONFIG elsewhere`, 1, { kind: 'input' });
  }
  return { config: checkDockerConfig(doc, file), source: file };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The docker config's shape, checked key by key; messages name keys, never values. */
export function checkDockerConfig(doc: unknown, source: string): DockerConfig {
  const bad = (what: string) => new UserError(`${what} in ${source}; fix the docker config`, 1, { kind: 'input' });
  if (!isRecord(doc)) throw bad('the docker config is not a JSON object');
  const out: DockerConfig = {};
  if (doc.auths !== undefined) {
    if (!isRecord(doc.auths)) throw bad('"auths" is not an object');
    out.auths = {};
    for (const [key, entry] of Object.entries(doc.auths)) {
      if (!isRecord(entry)) throw bad(`auths "${safeKey(key)}" is not an object`);
      const e: AuthEntry = {};
      for (const field of ['auth', 'username', 'password', 'identitytoken', 'registrytoken'] as const) {
        const v = entry[field];
        if (v === undefined || v === null) continue;
        if (typeof v !== 'string') throw bad(`auths "${safeKey(key)}" field "${field}" is not a string`);
        e[field] = v;
      }
      out.auths[key] = e;
    }
  }
  if (doc.credHelpers !== undefined) {
    if (!isRecord(doc.credHelpers)) throw bad('"credHelpers" is not an object');
    out.credHelpers = doc.credHelpers as Record<string, string>; // names are checked when used
  }
  if (doc.credsStore !== undefined && doc.credsStore !== '') out.credsStore = doc.credsStore as string;
  return out;
}

/** A config key for a message: registry hosts are short and printable; anything else is elided. */
function safeKey(key: string): string {
  return /^[A-Za-z0-9.:/[\]_-]{1,200}$/.test(key) ? key : '(a key that is not a registry address)';
}

/** Docker's grammar for helper names: the suffix of docker-credential-<name>, one file name. */
const HELPER_NAME_RE = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The helper name a config key holds, or a UserError naming that key: a name that could be a
 * path or a command line is refused before anything is run.
 */
export function checkHelperName(value: unknown, key: string, source: string): string {
  if (typeof value === 'string' && HELPER_NAME_RE.test(value) && value !== '.' && value !== '..') return value;
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value) : `a ${typeof value}`;
  throw new UserError(
    `${key} in ${source} is ${shown}, not a credential helper name (letters, digits, ".", "_" and "-" only); nothing was run; fix the docker config`,
    1,
    { kind: 'input' },
  );
}

/** docker-credential-<name> as an absolute path from PATH (absolute entries only), or undefined. */
export async function findHelper(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const file = `docker-credential-${name}`;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    // A relative PATH entry ("", ".") would run whatever the working folder holds.
    if (!path.isAbsolute(dir)) continue;
    const candidate = path.join(dir, file);
    try {
      const st = await fs.stat(candidate);
      if (!st.isFile()) continue;
      await fs.access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      continue;
    }
  }
  return undefined;
}

/** A helper's whole run is bounded: its answer is a few hundred bytes. */
const HELPER_TIMEOUT_MS = 60_000;
const HELPER_MAX_OUTPUT = 1024 * 1024;

/** Runs `program get` (no shell) with `input` on stdin; stdout and stderr capped, time bounded. */
function runHelperProgram(program: string, input: string, env: NodeJS.ProcessEnv): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['get'], { shell: false, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let why: string | undefined;
    const stop = (reason: string) => {
      why ??= reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`no answer within ${HELPER_TIMEOUT_MS / 1000} s`), HELPER_TIMEOUT_MS);
    const take = (into: Buffer[]) => (c: Buffer) => {
      size += c.length;
      if (size > HELPER_MAX_OUTPUT) stop(`more than ${HELPER_MAX_OUTPUT} bytes of output`);
      else into.push(c);
    };
    child.stdout.on('data', take(out));
    child.stderr.on('data', take(err));
    child.stdin.on('error', () => {}); // a helper that exits without reading stdin
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (why) reject(new Error(why));
      else resolve({ exitCode: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(input);
  });
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
    return { kind: 'identityToken', token: entry.identitytoken, username: username ?? entry.username, source, auth: entry.auth };
  }
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) throw new UserError(`the "auth" entry in ${source} is not base64 of user:password`);
    const password = decoded.slice(colon + 1).replace(/\0+$/g, '');
    return { kind: 'basic', username: decoded.slice(0, colon), password, source, auth: entry.auth };
  }
  if (entry.username && entry.password) return { kind: 'basic', username: entry.username, password: entry.password, source };
  return undefined;
}

/**
 * Runs `docker-credential-<helper> get` with the server URL on stdin. `helper` must already have
 * passed checkHelperName; it is checked again here so no caller can skip it.
 */
export async function runCredentialHelper(helper: string, registry: string, logger?: Logger, key = 'credsStore', configSource = 'the docker config'): Promise<Credential | undefined> {
  // Helpers run as docker runs them: found on this process's PATH, with its environment.
  const env = process.env;
  const name = checkHelperName(helper, key, configSource);
  const tool = `docker-credential-${name}`;
  const serverUrl = helperServerUrl(registry);
  const program = await findHelper(name, env);
  if (!program) {
    logger?.warn(`credential helper ${tool} (${key} in ${configSource}) is not on PATH; continuing without credentials for ${registry}`);
    return undefined;
  }
  let out: { exitCode: number; stdout: string; stderr: string };
  try {
    out = await runHelperProgram(program, serverUrl, env);
  } catch (e) {
    logger?.warn(`credential helper ${tool} could not be run (${errorMessage(e).split('\n')[0]}); continuing without credentials for ${registry}`);
    return undefined;
  }
  if (out.exitCode !== 0) {
    const why = (out.stdout + out.stderr).trim().split('\n')[0] ?? '';
    if (!/credentials not found/i.test(why)) logger?.warn(`credential helper ${tool} failed for ${registry} (exit ${out.exitCode}); continuing without credentials`);
    return undefined;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(out.stdout);
  } catch {
    throw new UserError(`credential helper ${tool} printed something that is not JSON for ${registry}`);
  }
  const { Username, Secret } = (isRecord(doc) ? doc : {}) as { Username?: unknown; Secret?: unknown };
  if (typeof Secret !== 'string' || !Secret) return undefined;
  if (Username !== undefined && typeof Username !== 'string') throw new UserError(`credential helper ${tool} answered with a Username that is not a string for ${registry}`);
  const source = `credential helper ${tool}`;
  if (Username === '<token>') return { kind: 'identityToken', token: Secret, source };
  return { kind: 'basic', username: Username ?? '', password: Secret, source };
}

/**
 * The credential for `registry` (host[:port] as in references, "docker.io" for Docker Hub), or
 * undefined for anonymous access.
 */
export async function lookupCredentials(registry: string, opts: CredentialOptions = {}): Promise<Credential | undefined> {
  const env = opts.env ?? process.env;
  const target = normalizeRegistryHost(registry);
  const isDestination = !opts.destinations || opts.destinations.some((r) => normalizeRegistryHost(r) === target);
  if (isDestination && opts.explicit && (!opts.explicit.registries || opts.explicit.registries.some((r) => normalizeRegistryHost(r) === target))) {
    return { kind: 'basic', username: opts.explicit.username, password: opts.explicit.password, source: opts.explicit.source ?? '--username/--password-stdin' };
  }
  if (env.OCI_BUNDLE_USERNAME || env.OCI_BUNDLE_PASSWORD) {
    if (!env.OCI_BUNDLE_USERNAME || !env.OCI_BUNDLE_PASSWORD) {
      throw new UserError('set both OCI_BUNDLE_USERNAME and OCI_BUNDLE_PASSWORD, or neither');
    }
    if (isDestination) return { kind: 'basic', username: env.OCI_BUNDLE_USERNAME, password: env.OCI_BUNDLE_PASSWORD, source: 'OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD' };
  }
  const found = await readDockerConfig(env);
  if (found) {
    const { config, source } = found;
    const helperEntry = Object.entries(config.credHelpers ?? {}).find(([k]) => keyMatches(k, registry));
    if (helperEntry) {
      const key = `credHelpers "${safeKey(helperEntry[0])}"`;
      const c = await runCredentialHelper(checkHelperName(helperEntry[1], key, source), registry, opts.logger, key, source);
      if (c) return c;
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
      if (!entry || !keyMatches(key, registry)) continue;
      const c = decodeAuthEntry(entry, `${source} (auths "${safeKey(key)}")`);
      if (c) return c;
    }
    if (config.credsStore !== undefined) {
      const c = await runCredentialHelper(checkHelperName(config.credsStore, 'credsStore', source), registry, opts.logger, 'credsStore', source);
      if (c) return c;
    }
  }
  if (opts.githubToken && registry.toLowerCase() === 'ghcr.io') {
    return { kind: 'basic', username: env.GITHUB_ACTOR || 'github', password: opts.githubToken, source: 'github-token' };
  }
  return undefined;
}
