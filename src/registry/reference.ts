// Image references as Docker parses them: [registry/]repository[:tag][@digest].
// Grammar from distribution/reference (regexp.go, normalize.go), with OCI's stricter digests.
import { UserError } from '../util/errors.js';
import { parseDigest } from '../oci/digest.js';

export const DOCKER_HUB = 'docker.io';
/** The host Docker Hub's registry API answers on. */
export const DOCKER_HUB_API = 'registry-1.docker.io';
/** The key `docker login` uses for Docker Hub in config.json. */
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
export const DEFAULT_TAG = 'latest';

export interface Reference {
  /** Registry as written in references: "docker.io", "ghcr.io", "localhost:5000", "[::1]:5000". */
  readonly registry: string;
  /** Repository path inside the registry: "library/alpine", "team/app". */
  readonly repository: string;
  /** The tag, if any (defaults to "latest" only when there is neither a tag nor a digest). */
  readonly tag?: string;
  /** The digest, if pinned. When both are present the digest is what is pulled. */
  readonly digest?: string;
}

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_SHAPE_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const NAME_MAX = 255;

function bad(input: string, why: string): UserError {
  return new UserError(`invalid image reference "${input}": ${why}`);
}

/**
 * Parses `name[:tag][@digest]` the way docker does: the first path component is a registry only
 * when it has a "." or ":" or is "localhost" (or has upper-case letters); otherwise the registry
 * is docker.io, where single names get "library/". Throws a one-line UserError saying what is wrong.
 */
export function parseReference(input: string): Reference {
  const s = input.trim();
  if (s === '') throw bad(input, 'it is empty');
  // "user:password@host/…": refuse without echoing the input, which would print the password.
  // A real "@" is followed by a digest, which never holds "/".
  const at0 = s.indexOf('@');
  const afterAt = s.slice(at0 + 1);
  if (at0 >= 0 && (afterAt.includes('/') || (s.slice(0, at0).includes(':') && !DIGEST_SHAPE_RE.test(afterAt)))) {
    throw new UserError(
      'invalid image reference (not shown, in case it holds a password): "@" must be followed by a digest (NAME@sha256:<64 hex>); credentials never go in a reference: use docker login, or --username with --password-stdin',
      1,
      { kind: 'input' },
    );
  }
  if (/\s/.test(s)) throw bad(input, 'it contains white space');
  if (/^[a-f0-9]{64}$/.test(s)) throw bad(input, 'a bare 64-character hex string is an image ID, not a name; use NAME@sha256:<hex>');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) throw bad(input, 'remove the URL scheme (write host/repository:tag)');

  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (digest.includes('@')) throw bad(input, 'more than one "@"');
    if (!DIGEST_SHAPE_RE.test(digest)) throw bad(input, `"${digest}" is not a digest (expected sha256:<64 hex digits>)`);
    if (!parseDigest(digest)) {
      if (/^sha(256|512):/.test(digest)) throw bad(input, `digest "${digest}" must be sha256:<64 lower-case hex digits> (or sha512:<128>)`);
      throw bad(input, `unsupported digest algorithm in "${digest}" (only sha256 and sha512)`);
    }
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > lastSlash) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (tag === '') throw bad(input, 'the tag after ":" is empty');
    if (!TAG_RE.test(tag)) {
      throw bad(input, tag.length > 128 ? 'the tag is longer than 128 characters' : `tag "${tag}" may only contain letters, digits, "_", "." and "-", and must not start with "." or "-"`);
    }
  }
  if (rest === '') throw bad(input, 'the repository name is missing');

  let registry: string;
  let repository: string;
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())) {
    registry = first;
    repository = rest.slice(slash + 1);
    if (!DOMAIN_RE.test(registry)) throw bad(input, `"${registry}" is not a valid registry host[:port]`);
  } else {
    registry = DOCKER_HUB;
    repository = rest;
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (repository === '') throw bad(input, 'the repository name after the registry is missing');
  if (repository !== repository.toLowerCase()) throw bad(input, `repository name "${repository}" must be lower-case`);
  for (const component of repository.split('/')) {
    if (component === '') throw bad(input, `repository name "${repository}" has an empty path component (check the slashes)`);
    if (!PATH_COMPONENT_RE.test(component)) {
      throw bad(input, `"${component}" is not a valid repository path component (lower-case letters and digits, separated by ".", "_", "__" or "-")`);
    }
  }
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  const nameLength = registry.length + 1 + repository.length;
  if (nameLength > NAME_MAX) throw bad(input, `the name is ${nameLength} characters long, more than ${NAME_MAX}`);
  if (tag === undefined && digest === undefined) tag = DEFAULT_TAG;
  return { registry, repository, tag, digest };
}

/** registry/repository[:tag][@digest], fully qualified (docker.io/library/alpine:latest). */
export function formatReference(ref: Reference): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? ':' + ref.tag : ''}${ref.digest !== undefined ? '@' + ref.digest : ''}`;
}

/** registry/repository without tag or digest. */
export function repositoryName(ref: Pick<Reference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** What goes in /v2/<name>/manifests/<reference>: the digest if pinned, else the tag. */
export function manifestReference(ref: Reference): string {
  return ref.digest ?? ref.tag ?? DEFAULT_TAG;
}

/** Validates a tag (what follows ":" in a reference). */
export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}

/** Validates a repository path (no registry, no tag), e.g. for a mount source. */
export function isValidRepository(repository: string): boolean {
  return repository.split('/').every((c) => PATH_COMPONENT_RE.test(c));
}

/** The host:port the registry's HTTP API answers on (Docker Hub's differs from its name). */
export function registryApiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/** Splits host[:port] (IPv6 in brackets) into its parts; the host keeps its brackets. */
export function splitHostPort(hostPort: string): { host: string; port?: number } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostPort);
  if (!m) return { host: hostPort };
  return { host: m[1], port: m[2] !== undefined ? Number(m[2]) : undefined };
}

/** localhost, 127.0.0.0/8 and ::1: spoken to over plain HTTP, as docker does. */
export function isLoopback(registry: string): boolean {
  const host = splitHostPort(registry).host.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Reduces a config key or user-given registry ("https://host:5000/v1/") to host[:port]. */
export function normalizeRegistryHost(key: string): string {
  let k = key.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = k.indexOf('/');
  if (slash >= 0) k = k.slice(0, slash);
  k = k.toLowerCase();
  if (k === 'index.docker.io' || k === DOCKER_HUB_API) return DOCKER_HUB;
  return k;
}

/** The registries of push/merge targets, for CredentialOptions.destinations (here: no client needed to name them). */
export function destinationRegistries(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => parseReference(t).registry))];
}
