import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  parseDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/registry/reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API = "registry-1.docker.io";
var DOCKER_HUB_CONFIG_KEY = "https://index.docker.io/v1/";
var DEFAULT_TAG = "latest";
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
var PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG_RE = /^[\w][\w.-]{0,127}$/;
var DIGEST_SHAPE_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
var NAME_MAX = 255;
function bad(input, why) {
  return new UserError(`invalid image reference "${input}": ${why}`);
}
function parseReference(input) {
  const s = input.trim();
  if (s === "") throw bad(input, "it is empty");
  const at0 = s.indexOf("@");
  const afterAt = s.slice(at0 + 1);
  if (at0 >= 0 && (afterAt.includes("/") || s.slice(0, at0).includes(":") && !DIGEST_SHAPE_RE.test(afterAt))) {
    throw new UserError(
      'invalid image reference (not shown, in case it holds a password): "@" must be followed by a digest (NAME@sha256:<64 hex>); credentials never go in a reference: use docker login, or --username with --password-stdin',
      1,
      { kind: "input" }
    );
  }
  if (/\s/.test(s)) throw bad(input, "it contains white space");
  if (/^[a-f0-9]{64}$/.test(s)) throw bad(input, "a bare 64-character hex string is an image ID, not a name; use NAME@sha256:<hex>");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) throw bad(input, "remove the URL scheme (write host/repository:tag)");
  let rest = s;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (digest.includes("@")) throw bad(input, 'more than one "@"');
    if (!DIGEST_SHAPE_RE.test(digest)) throw bad(input, `"${digest}" is not a digest (expected sha256:<64 hex digits>)`);
    if (!parseDigest(digest)) {
      if (/^sha(256|512):/.test(digest)) throw bad(input, `digest "${digest}" must be sha256:<64 lower-case hex digits> (or sha512:<128>)`);
      throw bad(input, `unsupported digest algorithm in "${digest}" (only sha256 and sha512)`);
    }
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const lastColon = rest.lastIndexOf(":");
  if (lastColon > lastSlash) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (tag === "") throw bad(input, 'the tag after ":" is empty');
    if (!TAG_RE.test(tag)) {
      throw bad(input, tag.length > 128 ? "the tag is longer than 128 characters" : `tag "${tag}" may only contain letters, digits, "_", "." and "-", and must not start with "." or "-"`);
    }
  }
  if (rest === "") throw bad(input, "the repository name is missing");
  let registry;
  let repository;
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase())) {
    registry = first;
    repository = rest.slice(slash + 1);
    if (!DOMAIN_RE.test(registry)) throw bad(input, `"${registry}" is not a valid registry host[:port]`);
  } else {
    registry = DOCKER_HUB;
    repository = rest;
  }
  if (registry === "index.docker.io") registry = DOCKER_HUB;
  if (repository === "") throw bad(input, "the repository name after the registry is missing");
  if (repository !== repository.toLowerCase()) throw bad(input, `repository name "${repository}" must be lower-case`);
  for (const component of repository.split("/")) {
    if (component === "") throw bad(input, `repository name "${repository}" has an empty path component (check the slashes)`);
    if (!PATH_COMPONENT_RE.test(component)) {
      throw bad(input, `"${component}" is not a valid repository path component (lower-case letters and digits, separated by ".", "_", "__" or "-")`);
    }
  }
  if (registry === DOCKER_HUB && !repository.includes("/")) repository = `library/${repository}`;
  const nameLength = registry.length + 1 + repository.length;
  if (nameLength > NAME_MAX) throw bad(input, `the name is ${nameLength} characters long, more than ${NAME_MAX}`);
  if (tag === void 0 && digest === void 0) tag = DEFAULT_TAG;
  return { registry, repository, tag, digest };
}
function formatReference(ref) {
  return `${ref.registry}/${ref.repository}${ref.tag !== void 0 ? ":" + ref.tag : ""}${ref.digest !== void 0 ? "@" + ref.digest : ""}`;
}
function repositoryName(ref) {
  return `${ref.registry}/${ref.repository}`;
}
function manifestReference(ref) {
  return ref.digest ?? ref.tag ?? DEFAULT_TAG;
}
function isValidTag(tag) {
  return TAG_RE.test(tag);
}
function isValidRepository(repository) {
  return repository.split("/").every((c) => PATH_COMPONENT_RE.test(c));
}
function registryApiHost(registry) {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
function splitHostPort(hostPort) {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostPort);
  if (!m) return { host: hostPort };
  return { host: m[1], port: m[2] !== void 0 ? Number(m[2]) : void 0 };
}
function isLoopback(registry) {
  const host = splitHostPort(registry).host.toLowerCase();
  if (host === "localhost" || host === "[::1]" || host === "::1") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function normalizeRegistryHost(key) {
  let k = key.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const slash = k.indexOf("/");
  if (slash >= 0) k = k.slice(0, slash);
  k = k.toLowerCase();
  if (k === "index.docker.io" || k === DOCKER_HUB_API) return DOCKER_HUB;
  return k;
}
function destinationRegistries(tags) {
  return [...new Set(tags.map((t) => parseReference(t).registry))];
}

export {
  DOCKER_HUB,
  DOCKER_HUB_CONFIG_KEY,
  DEFAULT_TAG,
  parseReference,
  formatReference,
  repositoryName,
  manifestReference,
  isValidTag,
  isValidRepository,
  registryApiHost,
  isLoopback,
  normalizeRegistryHost,
  destinationRegistries
};
