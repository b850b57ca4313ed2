import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  DOCKER_HUB,
  DOCKER_HUB_CONFIG_KEY,
  isLoopback,
  isValidRepository,
  isValidTag,
  normalizeRegistryHost,
  registryApiHost
} from "./chunk-GDDSSVQK.js";
import {
  silentLogger
} from "./chunk-S37OTTBW.js";
import {
  MediaType,
  parseDigest,
  requireDigest,
  sha256,
  shortDigest
} from "./chunk-ODBDDFK3.js";
import {
  UserError,
  errorMessage
} from "./chunk-S5NN2QBC.js";

// src/registry/credentials.ts
import { spawn } from "node:child_process";
import { constants as fsConstants, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
function credentialSecrets(c) {
  if (!c) return [];
  const out = c.kind === "basic" ? [c.password] : [c.token];
  if (c.kind === "basic") out.push(Buffer.from(`${c.username}:${c.password}`).toString("base64"));
  if (c.kind === "identityToken") out.push(Buffer.from(`${c.username ?? "<token>"}:${c.token}`).toString("base64"));
  if (c.kind !== "registryToken" && c.auth) out.push(c.auth.trim());
  return out.filter((s) => s.length >= 4);
}
function describeCredential(c) {
  if (!c) return "no credentials (anonymous)";
  if (c.kind === "basic") return `user ${JSON.stringify(c.username)} (from ${c.source})`;
  if (c.kind === "identityToken") return `an identity token (from ${c.source})`;
  return `a registry token (from ${c.source})`;
}
function dockerConfigPath(env = process.env) {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), ".docker");
  return path.join(dir, "config.json");
}
async function readDockerConfig(env = process.env) {
  if (env.DOCKER_AUTH_CONFIG) {
    let doc2;
    try {
      doc2 = JSON.parse(env.DOCKER_AUTH_CONFIG);
    } catch {
      throw new UserError("DOCKER_AUTH_CONFIG is not valid JSON (its text is not shown: it holds secrets); fix its syntax", 1, { kind: "input" });
    }
    return { config: checkDockerConfig(doc2, "DOCKER_AUTH_CONFIG"), source: "DOCKER_AUTH_CONFIG" };
  }
  const file = dockerConfigPath(env);
  let text;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new UserError(`cannot read the docker config ${file}: ${errorMessage(e)}`);
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(`the docker config ${file} is not valid JSON (its text is not shown: it holds secrets); fix it or point DOCKER_CONFIG elsewhere`, 1, { kind: "input" });
  }
  return { config: checkDockerConfig(doc, file), source: file };
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkDockerConfig(doc, source) {
  const bad = (what) => new UserError(`${what} in ${source}; fix the docker config`, 1, { kind: "input" });
  if (!isRecord(doc)) throw bad("the docker config is not a JSON object");
  const out = {};
  if (doc.auths !== void 0) {
    if (!isRecord(doc.auths)) throw bad('"auths" is not an object');
    out.auths = {};
    for (const [key, entry] of Object.entries(doc.auths)) {
      if (!isRecord(entry)) throw bad(`auths "${safeKey(key)}" is not an object`);
      const e = {};
      for (const field of ["auth", "username", "password", "identitytoken", "registrytoken"]) {
        const v = entry[field];
        if (v === void 0 || v === null) continue;
        if (typeof v !== "string") throw bad(`auths "${safeKey(key)}" field "${field}" is not a string`);
        e[field] = v;
      }
      out.auths[key] = e;
    }
  }
  if (doc.credHelpers !== void 0) {
    if (!isRecord(doc.credHelpers)) throw bad('"credHelpers" is not an object');
    out.credHelpers = doc.credHelpers;
  }
  if (doc.credsStore !== void 0 && doc.credsStore !== "") out.credsStore = doc.credsStore;
  return out;
}
function safeKey(key) {
  return /^[A-Za-z0-9.:/[\]_-]{1,200}$/.test(key) ? key : "(a key that is not a registry address)";
}
var HELPER_NAME_RE = /^[A-Za-z0-9._-]{1,100}$/;
function checkHelperName(value, key, source) {
  if (typeof value === "string" && HELPER_NAME_RE.test(value) && value !== "." && value !== "..") return value;
  const shown = typeof value === "string" ? JSON.stringify(value.length > 60 ? value.slice(0, 60) + "\u2026" : value) : `a ${typeof value}`;
  throw new UserError(
    `${key} in ${source} is ${shown}, not a credential helper name (letters, digits, ".", "_" and "-" only); nothing was run; fix the docker config`,
    1,
    { kind: "input" }
  );
}
async function findHelper(name, env) {
  const file = `docker-credential-${name}`;
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
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
  return void 0;
}
var HELPER_TIMEOUT_MS = 6e4;
var HELPER_MAX_OUTPUT = 1024 * 1024;
function runHelperProgram(program, input, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, ["get"], { shell: false, env, stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let size = 0;
    let why;
    const stop = (reason) => {
      why ??= reason;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop(`no answer within ${HELPER_TIMEOUT_MS / 1e3} s`), HELPER_TIMEOUT_MS);
    const take = (into) => (c) => {
      size += c.length;
      if (size > HELPER_MAX_OUTPUT) stop(`more than ${HELPER_MAX_OUTPUT} bytes of output`);
      else into.push(c);
    };
    child.stdout.on("data", take(out));
    child.stderr.on("data", take(err));
    child.stdin.on("error", () => {
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (why) reject(new Error(why));
      else resolve({ exitCode: code ?? -1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.end(input);
  });
}
function keyMatches(key, registry) {
  return normalizeRegistryHost(key) === registry.toLowerCase();
}
function helperServerUrl(registry) {
  return registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : registry;
}
function decodeAuthEntry(entry, source) {
  if (entry.registrytoken) return { kind: "registryToken", token: entry.registrytoken, source };
  if (entry.identitytoken) {
    let username;
    if (entry.auth) username = Buffer.from(entry.auth, "base64").toString("utf8").split(":")[0] || void 0;
    return { kind: "identityToken", token: entry.identitytoken, username: username ?? entry.username, source, auth: entry.auth };
  }
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) throw new UserError(`the "auth" entry in ${source} is not base64 of user:password`);
    const password = decoded.slice(colon + 1).replace(/\0+$/g, "");
    return { kind: "basic", username: decoded.slice(0, colon), password, source, auth: entry.auth };
  }
  if (entry.username && entry.password) return { kind: "basic", username: entry.username, password: entry.password, source };
  return void 0;
}
async function runCredentialHelper(helper, registry, logger, key = "credsStore", configSource = "the docker config") {
  const env = process.env;
  const name = checkHelperName(helper, key, configSource);
  const tool = `docker-credential-${name}`;
  const serverUrl = helperServerUrl(registry);
  const program = await findHelper(name, env);
  if (!program) {
    logger?.warn(`credential helper ${tool} (${key} in ${configSource}) is not on PATH; continuing without credentials for ${registry}`);
    return void 0;
  }
  let out;
  try {
    out = await runHelperProgram(program, serverUrl, env);
  } catch (e) {
    logger?.warn(`credential helper ${tool} could not be run (${errorMessage(e).split("\n")[0]}); continuing without credentials for ${registry}`);
    return void 0;
  }
  if (out.exitCode !== 0) {
    const why = (out.stdout + out.stderr).trim().split("\n")[0] ?? "";
    if (!/credentials not found/i.test(why)) logger?.warn(`credential helper ${tool} failed for ${registry} (exit ${out.exitCode}); continuing without credentials`);
    return void 0;
  }
  let doc;
  try {
    doc = JSON.parse(out.stdout);
  } catch {
    throw new UserError(`credential helper ${tool} printed something that is not JSON for ${registry}`);
  }
  const { Username, Secret } = isRecord(doc) ? doc : {};
  if (typeof Secret !== "string" || !Secret) return void 0;
  if (Username !== void 0 && typeof Username !== "string") throw new UserError(`credential helper ${tool} answered with a Username that is not a string for ${registry}`);
  const source = `credential helper ${tool}`;
  if (Username === "<token>") return { kind: "identityToken", token: Secret, source };
  return { kind: "basic", username: Username ?? "", password: Secret, source };
}
async function lookupCredentials(registry, opts = {}) {
  const env = opts.env ?? process.env;
  const target = normalizeRegistryHost(registry);
  const isDestination = !opts.destinations || opts.destinations.some((r) => normalizeRegistryHost(r) === target);
  if (isDestination && opts.explicit && (!opts.explicit.registries || opts.explicit.registries.some((r) => normalizeRegistryHost(r) === target))) {
    return { kind: "basic", username: opts.explicit.username, password: opts.explicit.password, source: opts.explicit.source ?? "--username/--password-stdin" };
  }
  if (env.OCI_BUNDLE_USERNAME || env.OCI_BUNDLE_PASSWORD) {
    if (!env.OCI_BUNDLE_USERNAME || !env.OCI_BUNDLE_PASSWORD) {
      throw new UserError("set both OCI_BUNDLE_USERNAME and OCI_BUNDLE_PASSWORD, or neither");
    }
    if (isDestination) return { kind: "basic", username: env.OCI_BUNDLE_USERNAME, password: env.OCI_BUNDLE_PASSWORD, source: "OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD" };
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
    if (config.credsStore !== void 0) {
      const c = await runCredentialHelper(checkHelperName(config.credsStore, "credsStore", source), registry, opts.logger, "credsStore", source);
      if (c) return c;
    }
  }
  if (opts.githubToken && registry.toLowerCase() === "ghcr.io") {
    return { kind: "basic", username: env.GITHUB_ACTOR || "github", password: opts.githubToken, source: "github-token" };
  }
  return void 0;
}

// src/registry/transport.ts
import { createRequire } from "node:module";
function envNumber(env, name) {
  const v = env[name];
  if (v === void 0 || v === "") return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UserError(`${name} must be a non-negative number, not "${v}"`);
  return n;
}
var secondsToMs = (s) => s === void 0 ? void 0 : s * 1e3;
var DEADLINE_MIN_RATE = 256 * 1024;
function deadlineFor(opts, bytes, now = Date.now()) {
  const ms = opts.deadlineFloorMs + Math.ceil(Math.max(0, bytes) / DEADLINE_MIN_RATE * 1e3);
  return { at: now + ms, seconds: Math.round(ms / 100) / 10 };
}
function resolveTransportOptions(opts = {}, env = process.env) {
  return {
    insecureRegistries: (opts.insecureRegistries ?? []).map(normalizeRegistryHost),
    connectTimeoutMs: opts.connectTimeoutMs ?? envNumber(env, "OCI_BUNDLE_CONNECT_TIMEOUT_MS") ?? 15e3,
    idleTimeoutMs: opts.idleTimeoutMs ?? envNumber(env, "OCI_BUNDLE_TIMEOUT_MS") ?? 12e4,
    retries: opts.retries ?? envNumber(env, "OCI_BUNDLE_RETRIES") ?? 5,
    retryBaseMs: opts.retryBaseMs ?? envNumber(env, "OCI_BUNDLE_RETRY_BASE_MS") ?? 500,
    retryMaxDelayMs: opts.retryMaxDelayMs ?? 6e4,
    maxElapsedMs: opts.maxElapsedMs ?? 10 * 6e4,
    deadlineFloorMs: opts.deadlineFloorMs ?? secondsToMs(envNumber(env, "OCI_BUNDLE_BLOB_DEADLINE_SECONDS")) ?? 3e5,
    logger: opts.logger ?? silentLogger
  };
}
function isInsecure(registry, insecure) {
  if (isLoopback(registry)) return true;
  const r = registry.toLowerCase();
  const hostOnly = r.replace(/:\d+$/, "");
  return insecure.some((i) => i === r || i === hostOnly);
}
var HttpResponse = class {
  constructor(status, statusText, headers, url, stream) {
    this.status = status;
    this.statusText = statusText;
    this.headers = headers;
    this.url = url;
    this.stream = stream;
  }
  status;
  statusText;
  headers;
  url;
  stream;
  cached;
  header(name) {
    const v = this.headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(", ") : v;
  }
  /** Reads the whole body (up to `limit` bytes; more is an error). Repeated calls return the same bytes. */
  async buffer(limit = 1024 * 1024) {
    if (this.cached) return this.cached;
    const declared = Number(this.header("content-length"));
    if (Number.isFinite(declared) && declared > limit) {
      this.stream.destroy();
      throw new UserError(`the answer from ${this.url.host} is larger than ${limit} bytes (Content-Length ${declared})`, 1, { kind: "too-large" });
    }
    const chunks = [];
    let n = 0;
    try {
      for await (const c of this.stream) {
        n += c.length;
        if (n > limit) {
          this.stream.destroy();
          throw new UserError(`the answer from ${this.url.host} is larger than ${limit} bytes`, 1, { kind: "too-large" });
        }
        chunks.push(c);
      }
    } catch (e) {
      throw bodyError(e, this.url);
    }
    this.cached = Buffer.concat(chunks);
    return this.cached;
  }
  async text(limit) {
    return (await this.buffer(limit)).toString("utf8");
  }
  /** Throws the body away (so the connection can be reused). */
  async discard() {
    if (this.cached || this.stream.readableEnded) return;
    this.stream.resume();
    await new Promise((resolve) => {
      this.stream.once("end", resolve);
      this.stream.once("close", resolve);
      this.stream.once("error", () => resolve());
    });
  }
};
var RegistryError = class extends UserError {
  constructor(message, reason, retryable, extra = {}) {
    super(message);
    this.reason = reason;
    this.retryable = retryable;
    this.extra = extra;
    this.name = "RegistryError";
  }
  reason;
  retryable;
  extra;
};
function bodyError(e, url) {
  if (e instanceof UserError) return e;
  if (e.timeoutKind === "deadline") return deadlineError(e, url);
  const timeout = e.timeoutKind === "idle";
  return new RegistryError(
    `the connection to ${url.host} ${timeout ? "went silent" : "broke"} while reading its answer (${errorMessage(e).split("\n")[0]})`,
    timeout ? "timeout" : "connection reset",
    true,
    { host: url.host }
  );
}
function deadlineError(e, url) {
  const seconds = e.seconds ?? 0;
  return new RegistryError(
    `${url.host} did not finish its answer within ${seconds} s, the deadline for it (set OCI_BUNDLE_BLOB_DEADLINE_SECONDS to allow more for slow links)`,
    "deadline",
    false,
    { host: url.host }
  );
}
function logUrl(u) {
  return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?\u2026" : ""}`;
}
function networkError(e, url, connectTimeoutMs, idleTimeoutMs) {
  const err = e;
  const code = err.code ?? "";
  const host = url.host;
  const msg = errorMessage(e);
  if (err.timeoutKind === "connect") {
    return new RegistryError(`cannot connect to ${host}: no answer within ${connectTimeoutMs / 1e3} s (connect timeout)`, "connect timeout", true, { host, connect: true });
  }
  if (err.timeoutKind === "deadline") return deadlineError(e, url);
  if (err.timeoutKind === "idle") {
    return new RegistryError(`${host} stopped answering for ${idleTimeoutMs / 1e3} s (timeout)`, "timeout", true, { host });
  }
  switch (code) {
    case "ECONNREFUSED":
      return new RegistryError(`cannot connect to ${host}: connection refused (ECONNREFUSED); is the registry running at that address?`, "connection refused", true, { host, connect: true });
    case "ECONNRESET":
    case "EPIPE":
    case "ECONNABORTED":
    case "ERR_STREAM_PREMATURE_CLOSE":
    case "UND_ERR_SOCKET":
      return new RegistryError(`the connection to ${host} was reset (${code})`, "connection reset", true, { host });
    case "ETIMEDOUT":
      return new RegistryError(`the connection to ${host} timed out (ETIMEDOUT)`, "timeout", true, { host, connect: true });
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "ENETDOWN":
    case "EHOSTDOWN":
      return new RegistryError(`cannot reach ${host}: ${code === "EHOSTUNREACH" || code === "EHOSTDOWN" ? "host" : "network"} unreachable (${code})`, "unreachable", true, { host, connect: true });
    case "EAI_AGAIN":
      return new RegistryError(`cannot resolve ${url.hostname} right now (EAI_AGAIN, temporary DNS failure)`, "DNS failure", true, { host, connect: true });
    case "ENOTFOUND":
      return new RegistryError(`cannot resolve the registry host "${url.hostname}" (ENOTFOUND); check the name`, "unknown host", false, { host, connect: true });
  }
  if (msg === "socket hang up" || code === "ECONNRESET") {
    return new RegistryError(`the connection to ${host} was closed before an answer (socket hang up)`, "connection reset", true, { host });
  }
  if (/SSL|TLS|CERT|certificate|EPROTO|self.signed|UNABLE_TO_VERIFY/i.test(code + " " + msg)) {
    if (/wrong version number|packet length|unknown protocol|http request/i.test(msg)) {
      return new RegistryError(`TLS error talking to ${host}: it does not speak HTTPS; if it is a plain-HTTP registry, add --insecure-registry ${host}`, "TLS error", false, { host });
    }
    const why = msg.split("\n")[0].replace(/\s*[0-9A-F]{8,}:error:[^ ]*/g, "").trim();
    return new RegistryError(`TLS error talking to ${host}: ${why}${code && !why.includes(code) ? ` (${code})` : ""}; for a private CA set NODE_EXTRA_CA_CERTS to its certificate file`, "TLS error", false, { host });
  }
  return new RegistryError(`request to ${host} failed: ${msg.split("\n")[0]}${code ? ` (${code})` : ""}`, code || "network error", false, { host });
}
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var httpModules;
function loadHttp() {
  if (!httpModules) {
    const require2 = createRequire(import.meta.url);
    httpModules = { http: require2("node:http"), https: require2("node:https") };
  }
  return httpModules;
}
var HttpTransport = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  agents;
  /** The scheme and host to reach a registry's API at. */
  baseUrl(apiHost) {
    return new URL(`${isInsecure(apiHost, this.opts.insecureRegistries) ? "http" : "https"}://${apiHost}`);
  }
  /** One request (plus redirects for GET/HEAD). Network failures reject with RegistryError. */
  async request(req) {
    let url = req.url;
    let headers = { ...req.headers ?? {} };
    const follow = req.followRedirects ?? (req.method === "GET" || req.method === "HEAD");
    const bodyLength = req.body === void 0 ? 0 : req.body.length;
    const deadline = req.deadline ?? deadlineFor(this.opts, bodyLength);
    for (let hop = 0; ; hop++) {
      const res = await this.once(req.method, url, headers, req.body, deadline);
      const location = res.header("location");
      if (!follow || !REDIRECTS.has(res.status) || !location) return res;
      if (hop >= 10) {
        await res.discard();
        throw new RegistryError(`too many redirects from ${req.url.host} (last: ${logUrl(url)})`, "redirect loop", false);
      }
      await res.discard();
      const next = resolveLocation(location, url, `a redirect from ${url.host}`);
      if (next.origin !== url.origin) {
        const { authorization: _drop, ...rest } = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
        void _drop;
        headers = rest;
      }
      this.opts.logger.debug(`redirect ${res.status} ${logUrl(url)} -> ${logUrl(next)}`);
      url = next;
    }
  }
  once(method, url, headers, body, deadline) {
    const { connectTimeoutMs, idleTimeoutMs, logger } = this.opts;
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const isHttps = url.protocol === "https:";
      const h = { "user-agent": "oci-bundle", ...headers };
      const length = body === void 0 ? 0 : Buffer.isBuffer(body) ? body.length : body.length;
      if (body !== void 0 || ["PUT", "POST", "PATCH"].includes(method)) h["content-length"] = String(length);
      let settled = false;
      let bodyDone = body === void 0;
      let source;
      let connectTimer;
      let answer;
      const deadlineTimer = setTimeout(
        () => {
          const e = Object.assign(new Error("deadline"), { timeoutKind: "deadline", seconds: deadline.seconds });
          if (answer) answer.destroy(e);
          else req.destroy(e);
        },
        Math.max(0, deadline.at - started)
      );
      deadlineTimer.unref();
      const fail = (e) => {
        clearTimeout(deadlineTimer);
        if (connectTimer) clearTimeout(connectTimer);
        if (settled) return;
        settled = true;
        source?.destroy();
        reject(e instanceof RegistryError ? e : networkError(e, url, connectTimeoutMs, idleTimeoutMs));
      };
      const { http, https } = loadHttp();
      this.agents ??= { http: new http.Agent({ keepAlive: true, maxSockets: 16 }), https: new https.Agent({ keepAlive: true, maxSockets: 16 }) };
      const req = (isHttps ? https : http).request(
        url,
        { method, headers: h, agent: isHttps ? this.agents.https : this.agents.http },
        (res) => {
          if (connectTimer) clearTimeout(connectTimer);
          if (settled) {
            res.resume();
            return;
          }
          settled = true;
          answer = res;
          res.once("close", () => clearTimeout(deadlineTimer));
          logger.debug(`${method} ${logUrl(url)}${length ? ` (${length} bytes)` : ""} -> ${res.statusCode} (${Date.now() - started} ms)`);
          if (!bodyDone) {
            if (source) {
              source.unpipe(req);
              source.destroy();
            }
            res.once("end", () => req.destroy());
          }
          res.on("error", () => {
          });
          resolve(new HttpResponse(res.statusCode ?? 0, res.statusMessage ?? "", res.headers, url, res));
        }
      );
      req.on("error", fail);
      req.setTimeout(idleTimeoutMs, () => {
        const e = Object.assign(new Error("idle timeout"), { timeoutKind: "idle" });
        req.destroy(e);
      });
      req.on("socket", (socket) => {
        if (socket.connecting) {
          connectTimer = setTimeout(() => {
            req.destroy(Object.assign(new Error("connect timeout"), { timeoutKind: "connect" }));
          }, connectTimeoutMs);
          socket.once("connect", () => connectTimer && clearTimeout(connectTimer));
        }
      });
      if (body === void 0) {
        req.end();
      } else if (Buffer.isBuffer(body)) {
        req.end(body, () => bodyDone = true);
      } else {
        try {
          source = body.open();
        } catch (e) {
          req.destroy();
          if (connectTimer) clearTimeout(connectTimer);
          clearTimeout(deadlineTimer);
          settled = true;
          reject(e);
          return;
        }
        source.on("error", (e) => {
          req.destroy();
          fail(new RegistryError(`cannot read the data to send to ${url.host}: ${errorMessage(e)}`, "local read error", false));
        });
        source.on("end", () => bodyDone = true);
        source.pipe(req);
      }
    });
  }
  close() {
    this.agents?.http.destroy();
    this.agents?.https.destroy();
  }
};
function resolveLocation(location, base, what) {
  let next;
  try {
    next = new URL(location, base);
  } catch {
    throw new RegistryError(`${what} has a Location that is not a URL; refusing to follow it`, "bad location", false, { host: base.host });
  }
  if (next.protocol !== "http:" && next.protocol !== "https:") {
    throw new RegistryError(`${what} points to a ${JSON.stringify(next.protocol.slice(0, 20))} URL; only http and https are followed`, "bad location", false, { host: base.host });
  }
  if (next.username || next.password) {
    throw new RegistryError(`${what} has a Location with user information; refusing to follow it`, "bad location", false, { host: base.host });
  }
  return next;
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return void 0;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1e3);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return void 0;
  return Math.max(0, t - now);
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
var RetriesExhausted = class extends UserError {
  constructor(message, last, attempts) {
    super(message);
    this.last = last;
    this.attempts = attempts;
    this.name = "RetriesExhausted";
  }
  last;
  attempts;
};
async function withRetries(opts, ctx, fn, limit) {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (!(e instanceof RegistryError) || !e.retryable) throw e;
      const retries = Math.min(opts.retries, limit ? limit(e) : opts.retries);
      const op = e.extra.op ?? ctx.op;
      const where = e.extra.host ?? ctx.host;
      if (attempt > retries) {
        throw new RetriesExhausted(`${op} on ${where} failed${attempt > 1 ? ` after ${attempt} attempts` : ""}: ${e.message}`, e, attempt);
      }
      const backoff = Math.min(opts.retryMaxDelayMs, opts.retryBaseMs * 2 ** (attempt - 1));
      let wait = backoff / 2 + Math.random() * (backoff / 2);
      if (e.extra.retryAfterMs !== void 0) wait = Math.max(wait, Math.min(e.extra.retryAfterMs, opts.retryMaxDelayMs));
      if (Date.now() - started + wait > opts.maxElapsedMs) {
        throw new RetriesExhausted(`${op} on ${where} failed: ${e.message} (gave up after ${Math.round((Date.now() - started) / 1e3)} s)`, e, attempt);
      }
      opts.logger.info(`retry ${attempt}/${retries} ${op} on ${where}: ${e.reason}; waiting ${(wait / 1e3).toFixed(1)} s`);
      await sleep(wait);
    }
  }
}
function parseErrorBody(text) {
  try {
    const doc = JSON.parse(text);
    if (Array.isArray(doc.errors)) return doc.errors.filter((e) => e && typeof e === "object");
    const m = doc.details ?? doc.message ?? doc.error;
    if (typeof m === "string") return [{ message: m }];
  } catch {
  }
  return [];
}
function describeErrorBody(text, prefix = "") {
  const errors = parseErrorBody(text);
  let s;
  if (errors.length) {
    s = errors.slice(0, 3).map((e) => [e.code, e.message].filter(Boolean).join(": ")).filter(Boolean).join("; ");
  } else {
    s = text.trim().split("\n")[0] ?? "";
    if (s.startsWith("<")) s = "";
  }
  s = [...s].map((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) >= 127 && ch.charCodeAt(0) <= 159 || ch === "\u2028" || ch === "\u2029" ? " " : ch).join("").replace(/ {2,}/g, " ").trim();
  if (s.length > 300) s = s.slice(0, 297) + "...";
  return s ? prefix + s : "";
}

// src/registry/auth.ts
var TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
function parseWwwAuthenticate(header) {
  const out = [];
  if (!header) return out;
  const s = header;
  let i = 0;
  const skip = (chars) => {
    while (i < s.length && chars.test(s[i])) i++;
  };
  const readToken = () => {
    const start = i;
    while (i < s.length && TOKEN_CHAR.test(s[i])) i++;
    return s.slice(start, i);
  };
  let current;
  while (i < s.length) {
    skip(/[\s,]/);
    if (i >= s.length) break;
    const token = readToken();
    if (!token) {
      i++;
      continue;
    }
    skip(/\s/);
    if (s[i] === "=" && current) {
      i++;
      skip(/\s/);
      let value = "";
      if (s[i] === '"') {
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === "\\" && i + 1 < s.length) i++;
          value += s[i++];
        }
        i++;
      } else {
        const start = i;
        while (i < s.length && s[i] !== "," && !/\s/.test(s[i])) i++;
        value = s.slice(start, i);
      }
      current.params[token.toLowerCase()] = value;
    } else if (s[i] === "=" && !current) {
      i++;
    } else {
      current = { scheme: token.toLowerCase(), params: {} };
      out.push(current);
    }
  }
  return out;
}
function mergeScopes(...lists) {
  const order = [];
  const actions = /* @__PURE__ */ new Map();
  for (const scope of lists.flat()) {
    const first = scope.indexOf(":");
    const last = scope.lastIndexOf(":");
    if (first < 0 || last === first) continue;
    const resource = scope.slice(0, last);
    const acts = scope.slice(last + 1).split(",").filter(Boolean);
    if (!actions.has(resource)) {
      actions.set(resource, /* @__PURE__ */ new Set());
      order.push(resource);
    }
    for (const a of acts) actions.get(resource).add(a);
  }
  return order.map((r) => `${r}:${[...actions.get(r)].join(",")}`);
}
function realmRefusal(realm, registry) {
  if (realm.protocol === "https:") return void 0;
  if (realm.protocol !== "http:") return `its token realm is a ${realm.protocol} URL`;
  if (registry.protocol === "https:") return "it was reached over HTTPS but names a plain-HTTP token realm";
  if (!isLoopback(realm.host)) return "its token realm is plain HTTP on a host that is not loopback";
  return void 0;
}
var Secrets = class {
  values = /* @__PURE__ */ new Set();
  /** Adds each secret with the spellings it travels in: base64 (Basic, docker config) and URL-encoded. */
  add(...secrets) {
    for (const s of secrets) {
      if (!s || s.length < 4) continue;
      this.values.add(s);
      this.values.add(encodeURIComponent(s));
      this.values.add(Buffer.from(s).toString("base64").replace(/=+$/, ""));
    }
  }
  redact(text) {
    let out = text;
    for (const s of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
    return out;
  }
  /** A UserError with every secret replaced by "***" in its message (kind and field kept); anything else as it is. */
  redactError(e) {
    if (!(e instanceof UserError)) return e;
    const msg = this.redact(e.message);
    return msg === e.message ? e : new UserError(msg, e.exitCode, { kind: e.kind, field: e.field });
  }
  /** A logger that redacts before printing. */
  logger(inner) {
    return {
      info: (m) => inner.info(this.redact(m)),
      warn: (m) => inner.warn(this.redact(m)),
      debug: (m) => inner.debug(this.redact(m))
    };
  }
};
function basicHeader(username, password) {
  return "Basic " + Buffer.from(`${username}:${password}`).toString("base64");
}
function describeScopes(scopes) {
  const parts = scopes.map((s) => {
    const last = s.lastIndexOf(":");
    const first = s.indexOf(":");
    const type = s.slice(0, first);
    const name = s.slice(first + 1, last);
    const acts = s.slice(last + 1).split(",");
    const what = acts.includes("push") ? "push" : acts.includes("delete") ? "delete" : acts.join("/");
    return type === "repository" ? `${what} access to repository "${name}"` : `${s}`;
  });
  return parts.join(" and ");
}
var Authenticator = class {
  constructor(registry, credential, transport, secrets, logger, registryUrl = transport.baseUrl(registry)) {
    this.registry = registry;
    this.credential = credential;
    this.transport = transport;
    this.secrets = secrets;
    this.logger = logger;
    this.registryUrl = registryUrl;
    secrets.add(...credentialSecrets(credential));
  }
  registry;
  credential;
  transport;
  secrets;
  logger;
  registryUrl;
  scheme;
  /** The `error` of the last Bearer challenge (e.g. "insufficient_scope"). */
  lastError;
  realm;
  service;
  tokens = /* @__PURE__ */ new Map();
  inflight = /* @__PURE__ */ new Map();
  /** Learns the scheme from an answer to GET /v2/ (200: none; 401: its challenge). */
  fromPing(status, wwwAuthenticate) {
    if (status !== 401) {
      this.scheme = "none";
      return;
    }
    this.learn(parseWwwAuthenticate(wwwAuthenticate));
  }
  learn(challenges) {
    const bearer = challenges.find((c) => c.scheme === "bearer");
    if (bearer && bearer.params.realm) {
      this.scheme = "bearer";
      this.realm = bearer.params.realm;
      this.service = bearer.params.service;
      return bearer;
    }
    const basic = challenges.find((c) => c.scheme === "basic");
    if (basic) {
      this.scheme = "basic";
      return basic;
    }
    return void 0;
  }
  /** The Authorization header for a request needing `scopes`, or undefined (anonymous/no auth). */
  async header(scopes) {
    const c = this.credential;
    if (this.scheme === "basic") return c?.kind === "basic" ? basicHeader(c.username, c.password) : void 0;
    if (this.scheme !== "bearer") return void 0;
    if (c?.kind === "registryToken") return `Bearer ${c.token}`;
    const key = [...scopes].sort().join(" ");
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return `Bearer ${cached.token}`;
    let p = this.inflight.get(key);
    if (!p) {
      p = this.fetchToken(scopes).finally(() => this.inflight.delete(key));
      this.inflight.set(key, p);
    }
    const t = await p;
    this.tokens.set(key, t);
    return `Bearer ${t.token}`;
  }
  /**
   * After a 401: learns the challenge, forgets the token used, and says whether one more try
   * (with a fresh token, or with credentials not sent yet) can help, and with which scopes.
   */
  onUnauthorized(wwwAuthenticate, scopes, sent) {
    const ch = this.learn(parseWwwAuthenticate(wwwAuthenticate));
    if (this.scheme === "bearer") {
      this.lastError = ch?.params.error;
      const extra = ch?.params.scope ? ch.params.scope.split(/\s+/).filter(Boolean) : [];
      const merged = mergeScopes(scopes, extra);
      for (const key of [[...scopes].sort().join(" "), [...merged].sort().join(" ")]) {
        const cached = this.tokens.get(key);
        if (cached && (!sent || sent === `Bearer ${cached.token}`)) this.tokens.delete(key);
      }
      return { retry: this.credential?.kind !== "registryToken" || !sent, scopes: merged };
    }
    if (this.scheme === "basic") return { retry: this.credential?.kind === "basic" && !sent?.startsWith("Basic "), scopes };
    return { retry: false, scopes };
  }
  async fetchToken(scopes) {
    const realm = this.realm;
    let realmUrl;
    try {
      realmUrl = new URL(realm);
    } catch {
      throw new UserError(`registry ${this.registry} sent an invalid token realm "${realm}"`);
    }
    const c = this.credential;
    const refusal = c ? realmRefusal(realmUrl, this.registryUrl) : void 0;
    if (refusal) {
      throw new UserError(`registry ${this.registry} asks for credentials at ${logUrl(realmUrl)}, but ${refusal}; refusing to send ${describeCredential(c)} there`, 1, { kind: "auth" });
    }
    const opts = this.transport.opts;
    return withRetries(opts, { op: `token request for ${describeScopes(scopes)}`, host: realmUrl.host }, async () => {
      if (c?.kind === "identityToken") {
        const t = await this.oauth2(realmUrl, scopes, c.token);
        if (t) return t;
        return this.getToken(realmUrl, scopes, basicHeader(c.username ?? "<token>", c.token));
      }
      return this.getToken(realmUrl, scopes, c?.kind === "basic" ? basicHeader(c.username, c.password) : void 0);
    });
  }
  /** OAuth2 refresh-token grant; undefined when the server does not implement it (404/405). */
  async oauth2(realm, scopes, refreshToken) {
    const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: "oci-bundle" });
    if (this.service) form.set("service", this.service);
    if (scopes.length) form.set("scope", scopes.join(" "));
    const res = await this.transport.request({
      method: "POST",
      url: realm,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: Buffer.from(form.toString())
    });
    if (res.status === 404 || res.status === 405) {
      await res.discard();
      this.logger.debug(`token server ${realm.host} has no OAuth2 POST (${res.status}); using GET`);
      return void 0;
    }
    return this.readToken(res, realm, scopes);
  }
  async getToken(realm, scopes, authorization) {
    const url = new URL(realm.href);
    if (this.service) url.searchParams.append("service", this.service);
    for (const s of scopes) url.searchParams.append("scope", s);
    const res = await this.transport.request({ method: "GET", url, headers: authorization ? { authorization } : {} });
    return this.readToken(res, realm, scopes);
  }
  async readToken(res, realm, scopes) {
    const text = await res.text(256 * 1024);
    if (res.status >= 500 || res.status === 429 || res.status === 408) {
      throw new RegistryError(`token server ${realm.host} answered ${res.status} ${res.statusText}${describeErrorBody(text, ": ")}`, `${res.status} ${res.statusText}`.trim(), true, {
        status: res.status,
        retryAfterMs: parseRetryAfter(res.header("retry-after"))
      });
    }
    if (res.status === 401 || res.status === 403) {
      const who = describeCredential(this.credential);
      const fix = this.credential ? `check the user name and password or token, or run "docker login ${this.registry}" again` : `this registry needs credentials: run "docker login ${this.registry}" or pass --username with --password-stdin`;
      throw new UserError(`token server ${realm.host} refused ${who} for ${describeScopes(scopes)} on ${this.registry} (${res.status}${describeErrorBody(text, ": ")}); ${fix}`);
    }
    if (res.status !== 200) {
      throw new UserError(`token server ${realm.host} answered ${res.status} ${res.statusText} for ${describeScopes(scopes)} on ${this.registry}${describeErrorBody(text, ": ")}`);
    }
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new UserError(`token server ${realm.host} sent an answer that is not JSON`);
    }
    const str = (v) => typeof v === "string" && v !== "" ? v : void 0;
    const token = str(doc?.access_token) ?? str(doc?.token);
    if (!token) throw new UserError(`token server ${realm.host} sent no token`);
    if (!/^[\x21-\x7e]+$/.test(token)) throw new UserError(`token server ${realm.host} sent a token with characters a header cannot carry`);
    this.secrets.add(token, str(doc.refresh_token), str(doc.token), str(doc.access_token));
    const lifetime = (typeof doc.expires_in === "number" && doc.expires_in > 0 ? doc.expires_in : 60) * 1e3;
    const expiresAt = Date.now() + lifetime - Math.min(3e4, lifetime / 5);
    this.logger.debug(`token for ${scopes.join(" ") || "(no scope)"} from ${realm.host}, valid ${Math.round(lifetime / 1e3)} s`);
    return { token, expiresAt };
  }
};

// src/registry/client.ts
import { createHash } from "node:crypto";
import { createWriteStream, promises as fs2 } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var MANIFEST_ACCEPT = [MediaType.OciIndex, MediaType.OciManifest, MediaType.DockerManifestList, MediaType.DockerManifest];
var MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
var DEFAULT_CHUNK_THRESHOLD = 16 * 1024 * 1024;
var DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status !== 501 && status !== 505;
}
function statusLine(res) {
  return `${res.status}${res.statusText ? " " + res.statusText : ""}`;
}
function mediaTypeOfResponse(res) {
  const ct = res.header("content-type");
  return ct ? ct.split(";")[0].trim() : void 0;
}
var MEDIA_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
function checkMediaType(value, where) {
  if (typeof value === "string" && MEDIA_TYPE_RE.test(value)) return value;
  throw new UserError(`${where}: the media type is not a valid type/subtype; the data is malformed`, 1, { kind: "malformed", field: "mediaType" });
}
function repoPath(repository) {
  if (!isValidRepository(repository)) {
    throw new UserError(`${JSON.stringify(repository.slice(0, 100))} is not a valid repository name`, 1, { kind: "malformed", field: "repository" });
  }
  return repository;
}
function manifestRef(reference, where) {
  if (parseDigest(reference)) return { ref: reference, digest: reference };
  if (!reference.includes(":") && isValidTag(reference)) return { ref: reference };
  return { ref: requireDigest(reference, where) };
}
function digestHeader(res, where) {
  const v = res.header("docker-content-digest");
  return v === void 0 ? void 0 : requireDigest(v.trim(), `${where}: Docker-Content-Digest`);
}
function checkSize(size, where) {
  if (Number.isSafeInteger(size) && size >= 0) return size;
  throw new UserError(`${where}: size ${String(size).slice(0, 30)} is not a non-negative integer; the data is malformed`, 1, { kind: "malformed", field: "size" });
}
function withDigestParam(location, digest) {
  return new URL(`${location.href}${location.search ? "&" : "?"}digest=${encodeURIComponent(digest)}`);
}
function tag(e, op, host) {
  if (e instanceof RegistryError && !e.extra.op) return new RegistryError(e.message, e.reason, e.retryable, { ...e.extra, op, host });
  return e;
}
var RegistryClient = class _RegistryClient {
  constructor(registry, credential, opts) {
    this.registry = registry;
    this.secrets = opts.secrets ?? new Secrets();
    const resolved = resolveTransportOptions(opts);
    this.log = this.secrets.logger(resolved.logger);
    this.opts = { ...resolved, logger: this.log };
    this.ownsTransport = !opts.transport;
    this.transport = opts.transport ?? new HttpTransport(this.opts);
    this.apiHost = registryApiHost(registry);
    this.base = this.transport.baseUrl(this.apiHost);
    this.auth = new Authenticator(registry, credential, this.transport, this.secrets, this.log, this.base);
  }
  registry;
  apiHost;
  base;
  auth;
  opts;
  secrets;
  transport;
  ownsTransport;
  log;
  pinged;
  /** A client for `registry` ("docker.io", "ghcr.io", "127.0.0.1:5000"), credentials looked up. */
  static async open(registry, opts = {}) {
    const credential = opts.credential === null ? void 0 : opts.credential ?? await lookupCredentials(registry, { ...opts, logger: opts.logger });
    const client = new _RegistryClient(registry, credential, opts);
    client.log.debug(`registry ${registry}: ${client.base.origin}, ${describeCredential(credential)}`);
    return client;
  }
  close() {
    if (this.ownsTransport) this.transport.close();
  }
  url(path2) {
    return new URL(path2, this.base);
  }
  /** GET /v2/ once: checks the API is there and learns how to authenticate. */
  ping() {
    if (!this.pinged) {
      this.pinged = this.doPing().catch((e) => {
        this.pinged = void 0;
        throw e;
      });
    }
    return this.pinged;
  }
  async doPing() {
    const url = this.url("/v2/");
    try {
      await withRetries(
        this.opts,
        { op: "GET /v2/", host: this.registry },
        async () => {
          const res = await this.transport.request({ method: "GET", url });
          const text = await res.text(64 * 1024);
          if (res.status === 200 || res.status === 401) {
            this.auth.fromPing(res.status, res.header("www-authenticate"));
            this.log.debug(`registry ${this.registry}: auth ${this.auth.scheme}`);
            return;
          }
          if (isRetryableStatus(res.status)) {
            throw new RegistryError(`${statusLine(res)}${describeErrorBody(text, ": ")}`, statusLine(res), true, { status: res.status, retryAfterMs: parseRetryAfter(res.header("retry-after")) });
          }
          if (res.status === 404) throw new UserError(`${url.origin} does not look like an OCI registry: GET /v2/ answered 404`);
          throw new UserError(`registry ${this.registry} answered GET /v2/ with ${statusLine(res)}${describeErrorBody(text, ": ")}`);
        },
        // An address that refuses or ignores connections rarely starts answering a moment later.
        (e) => e.reason === "connect timeout" ? 1 : e.extra.connect ? 2 : this.opts.retries
      );
    } catch (e) {
      if (e instanceof RetriesExhausted) {
        const detail = e.last.message.replace(`cannot connect to ${this.apiHost}: `, "");
        throw new UserError(`cannot reach the registry ${this.registry}${this.apiHost !== this.registry ? ` (${this.apiHost})` : ""}: ${detail} (${e.attempts} attempt${e.attempts > 1 ? "s" : ""})`);
      }
      throw e;
    }
  }
  /**
   * One request with authentication: adds the Authorization the registry wants (only to the
   * registry's own origin) and, on a 401, authenticates again once. Network failures throw
   * RegistryError tagged with `op`.
   */
  async send(req, scopes, op) {
    await this.ping();
    let sc = scopes;
    for (let round = 0; ; round++) {
      const sameOrigin = req.url.origin === this.base.origin;
      const authorization = sameOrigin ? await this.auth.header(sc) : void 0;
      let res;
      try {
        res = await this.transport.request({ ...req, headers: { ...req.headers ?? {}, ...authorization ? { authorization } : {} } });
      } catch (e) {
        throw tag(e, op, this.registry);
      }
      if (res.status !== 401 || round > 0 || !sameOrigin) return res;
      await res.text(64 * 1024).catch(() => "");
      const next = this.auth.onUnauthorized(res.header("www-authenticate"), sc, authorization);
      if (!next.retry) return res;
      this.log.debug(`${op}: 401 from ${this.registry}; authenticating again`);
      sc = next.scopes;
    }
  }
  /** Turns an unexpected answer into an error: retryable for 5xx/408/429, else one clear line. */
  async fail(res, op, scopes) {
    const text = await res.text(64 * 1024).catch(() => "");
    const desc = describeErrorBody(text, ": ");
    if (isRetryableStatus(res.status)) {
      throw new RegistryError(`${statusLine(res)}${desc}`, statusLine(res), true, {
        status: res.status,
        retryAfterMs: parseRetryAfter(res.header("retry-after")),
        op,
        host: this.registry
      });
    }
    if (res.status === 401 || res.status === 403) throw new UserError(this.authMessage(res.status, scopes, desc, op));
    if (res.status === 404) throw new UserError(`${op} on ${this.registry}: not found (404${desc})`);
    throw new UserError(`${op} on ${this.registry} failed: ${statusLine(res)}${desc}`);
  }
  authMessage(status, scopes, desc, op) {
    const what = describeScopes(scopes);
    const cred = this.auth.credential;
    const reg = this.registry;
    if (status === 401 && !cred) {
      return `registry ${reg} refused ${what} without credentials (${op}: 401${desc}); no credentials for ${reg} in --username, OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD or ${dockerConfigPath()}: run "docker login ${reg}" or pass --username with --password-stdin`;
    }
    if (status === 401 && this.auth.scheme === "bearer" && this.auth.lastError === "insufficient_scope") {
      return `registry ${reg} refused ${what} for ${describeCredential(cred)}: the token server did not grant it (${op}: 401 insufficient_scope${desc}); check that this account has that permission on the repository`;
    }
    if (status === 401) {
      return `registry ${reg} refused ${what} for ${describeCredential(cred)} (${op}: 401${desc}); check the user name and password or token and that this account has that access; run "docker login ${reg}" again or pass --username with --password-stdin`;
    }
    return `registry ${reg} denied ${what} for ${cred ? describeCredential(cred) : "an anonymous client"} (${op}: 403${desc}); check that this account has permission on the repository`;
  }
  // ---- blobs ----
  /** HEAD a blob: its size, or undefined when the repository does not have it. */
  async headBlob(repository, digest, scopes) {
    requireDigest(digest, `HEAD blob in ${repository}`);
    const op = `HEAD blob ${shortDigest(digest)}`;
    return withRetries(this.opts, { op, host: this.registry }, () => this.headBlobOnce(repository, digest, scopes, op));
  }
  async headBlobOnce(repository, digest, scopes, op) {
    const res = await this.send({ method: "HEAD", url: this.url(`/v2/${repoPath(repository)}/blobs/${requireDigest(digest, op)}`) }, scopes, op);
    await res.discard();
    if (res.status === 200) return Number(res.header("content-length") ?? -1);
    if (res.status === 404) return void 0;
    return this.fail(res, op, scopes);
  }
  /**
   * Makes sure the repository has the blob: HEAD, then a mount (when a source repository is
   * given), else an upload — monolithic for small blobs, chunked for large ones. A failed attempt
   * starts over (HEAD first: the blob may have landed although its answer was lost).
   */
  async pushBlob(repository, desc, source, o) {
    requireDigest(desc.digest, `push blob to ${repository}`);
    checkSize(desc.size, `push blob ${desc.digest}`);
    if (o.mountFrom !== void 0) repoPath(o.mountFrom);
    const short = shortDigest(desc.digest);
    return withRetries(this.opts, { op: `push blob ${short}`, host: this.registry }, async (attempt) => {
      const size = await this.headBlobOnce(repository, desc.digest, o.scopes, `HEAD blob ${short}`);
      if (size !== void 0) {
        if (attempt > 1) {
          this.log.debug(`blob ${short} is in ${repository} after all`);
          return "pushed";
        }
        return "exists";
      }
      const uploads = this.url(`/v2/${repoPath(repository)}/blobs/uploads/`);
      let session;
      if (o.mountFrom && o.mountFrom !== repository) {
        const op = `mount blob ${short} from ${o.mountFrom}`;
        const url = new URL(`${uploads.href}?mount=${encodeURIComponent(desc.digest)}&from=${encodeURIComponent(o.mountFrom)}`);
        const res = await this.send({ method: "POST", url }, o.scopes, op);
        await res.text(64 * 1024).catch(() => "");
        if (res.status === 201) return "mounted";
        if (res.status === 202 && res.header("location")) {
          session = this.sessionFrom(res);
          this.log.debug(`${op}: not mounted (202); uploading`);
        } else if (isRetryableStatus(res.status)) {
          await this.fail(res, op, o.scopes);
        } else {
          this.log.debug(`${op}: ${statusLine(res)}; uploading instead`);
        }
      }
      if (!session) {
        const op = `POST upload ${short}`;
        const res = await this.send({ method: "POST", url: uploads }, o.scopes, op);
        if (res.status !== 202 || !res.header("location")) {
          if (res.status === 202) throw new UserError(`${op} on ${this.registry}: the registry opened an upload without a Location header`);
          await this.fail(res, op, o.scopes);
        }
        await res.discard();
        session = this.sessionFrom(res);
      }
      try {
        return await this.upload(desc, source, o, session, short);
      } catch (e) {
        await this.cancelUpload(session.location, o.scopes, short);
        throw e;
      }
    });
  }
  /**
   * The bytes of an upload into an open session: one PUT, or PATCHes then a closing PUT.
   * `session.location` follows the registry's Location answers, so a failure can cancel it.
   */
  async upload(desc, source, o, session, short) {
    const threshold = o.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD;
    if (desc.size <= threshold) {
      const op2 = `PUT blob ${short}`;
      const url = withDigestParam(session.location, desc.digest);
      const res2 = await this.send(
        { method: "PUT", url, headers: { "content-type": "application/octet-stream" }, body: { length: desc.size, open: () => source.open(0, desc.size) } },
        o.scopes,
        op2
      );
      await this.finishUpload(res2, desc.digest, op2, o.scopes);
      o.onProgress?.(desc.size);
      return "pushed";
    }
    const chunk = Math.max(o.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunk ?? 0);
    for (let start = 0; start < desc.size; ) {
      const end = Math.min(desc.size, start + chunk);
      const op2 = `PATCH blob ${short}`;
      const s = start;
      const res2 = await this.send(
        {
          method: "PATCH",
          url: session.location,
          headers: { "content-type": "application/octet-stream", "content-range": `${start}-${end - 1}` },
          body: { length: end - start, open: () => source.open(s, end) }
        },
        o.scopes,
        op2
      );
      if (res2.status !== 202) await this.uploadFailure(res2, op2, o.scopes);
      await res2.discard();
      const range = /^(?:bytes=)?0-(\d+)$/.exec(res2.header("range") ?? "");
      if (range && Number(range[1]) !== end - 1) {
        throw new RegistryError(`the registry holds bytes 0-${range[1]} of the upload, expected 0-${end - 1}`, "upload out of step", true, { op: op2, host: this.registry });
      }
      if (res2.header("location")) session.location = resolveLocation(res2.header("location"), res2.url, `${op2} on ${this.registry}`);
      start = end;
      o.onProgress?.(start);
    }
    const op = `PUT blob ${short}`;
    const res = await this.send({ method: "PUT", url: withDigestParam(session.location, desc.digest), headers: { "content-type": "application/octet-stream" }, body: Buffer.alloc(0) }, o.scopes, op);
    await this.finishUpload(res, desc.digest, op, o.scopes);
    return "pushed";
  }
  /** Best effort: one DELETE of the upload session, whatever its answer. */
  async cancelUpload(location, scopes, short) {
    try {
      const res = await this.send({ method: "DELETE", url: location }, scopes, `cancel upload ${short}`);
      await res.discard();
      this.log.debug(`cancel upload ${short}: ${statusLine(res)}`);
    } catch {
    }
  }
  sessionFrom(res) {
    const min = Number(res.header("oci-chunk-min-length"));
    return { location: resolveLocation(res.header("location"), res.url, `the upload session from ${this.registry}`), minChunk: Number.isSafeInteger(min) && min > 0 ? min : void 0 };
  }
  /** Errors inside an upload session: a lost session (404) or out-of-order range (416) restarts it. */
  async uploadFailure(res, op, scopes) {
    if (res.status === 404 || res.status === 416) {
      const text = await res.text(64 * 1024).catch(() => "");
      throw new RegistryError(`${statusLine(res)}${describeErrorBody(text, ": ")} (the upload session broke)`, res.status === 404 ? "upload session lost" : "upload out of order", true, {
        status: res.status,
        op,
        host: this.registry
      });
    }
    return this.fail(res, op, scopes);
  }
  async finishUpload(res, digest, op, scopes) {
    if (res.status !== 201 && res.status !== 204 && res.status !== 200) {
      if (res.status === 400) {
        const text = await res.text(64 * 1024).catch(() => "");
        if (/DIGEST_INVALID|SIZE_INVALID/.test(text)) {
          throw new UserError(`${op} on ${this.registry}: the registry says the data does not match ${digest} (${describeErrorBody(text)}); the blob in the layout may be corrupt`);
        }
      }
      await this.uploadFailure(res, op, scopes);
    }
    await res.discard();
    const got = digestHeader(res, `${op} on ${this.registry}`);
    if (got && got !== digest) throw new UserError(`${op} on ${this.registry}: the registry stored the blob as ${got}, not ${digest}`);
  }
  /**
   * Downloads a blob into `dest` (a file path, or a factory of a fresh Writable per attempt),
   * verifying size and digest. Redirects to storage hosts are followed without our credentials.
   * Bounded: never more than the descriptor's size is written (the byte after it is an error,
   * as is a Content-Length above it), and the whole download, retries included, ends by a
   * deadline scaled by the size (deadlineFor) however slowly the bytes come.
   */
  async fetchBlob(repository, digest, size, dest, scopes) {
    const { algorithm } = parseDigest(requireDigest(digest, `GET blob from ${this.registry}/${repoPath(repository)}`));
    const short = shortDigest(digest);
    const op = `GET blob ${short}`;
    if (size !== void 0) checkSize(size, op);
    const url = this.url(`/v2/${repository}/blobs/${digest}`);
    const deadline = deadlineFor(this.opts, size ?? 0);
    return withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: "GET", url, deadline }, scopes, op);
      if (res.status !== 200) await this.fail(res, op, scopes);
      const lengthHeader = res.header("content-length");
      const declared = lengthHeader === void 0 ? void 0 : Number(lengthHeader);
      const limit = size ?? (declared !== void 0 && Number.isSafeInteger(declared) && declared >= 0 ? declared : void 0);
      if (limit === void 0) {
        res.stream.destroy();
        throw new UserError(`${op} on ${this.registry}: no size is known and the registry sent no Content-Length; refusing an unbounded download`, 1, { kind: "malformed", field: "size" });
      }
      if (declared !== void 0 && declared > limit) {
        res.stream.destroy();
        throw new UserError(`${op} on ${this.registry}: the registry announces ${Number.isFinite(declared) ? declared : "an unreadable number of"} bytes for a blob of ${limit}; refusing it`, 1, { kind: "corrupt" });
      }
      const hash = createHash(algorithm);
      let n = 0;
      const where = `${this.registry}/${repository}`;
      const counter = new Transform({
        transform(chunk, _enc, cb) {
          if (n + chunk.length > limit) {
            cb(new UserError(`blob ${digest} from ${where} is longer than its ${limit} bytes; stopped reading`, 1, { kind: "corrupt" }));
            return;
          }
          hash.update(chunk);
          n += chunk.length;
          cb(null, chunk);
        }
      });
      const out = typeof dest === "string" ? createWriteStream(dest) : dest();
      try {
        await pipeline(res.stream, counter, out);
      } catch (e) {
        if (typeof dest === "string") await fs2.rm(dest, { force: true }).catch(() => {
        });
        if (e.syscall && ["open", "write"].includes(e.syscall)) {
          throw new UserError(`${op}: cannot write ${typeof dest === "string" ? dest : "the blob"}: ${errorMessage(e)}`);
        }
        throw tag(bodyError(e, res.url), op, this.registry);
      }
      const got = `${algorithm}:${hash.digest("hex")}`;
      if (size !== void 0 && n !== size || got !== digest) {
        if (typeof dest === "string") await fs2.rm(dest, { force: true }).catch(() => {
        });
        const why = size !== void 0 && n !== size ? `${n} bytes arrived, ${size} expected` : `its content hashes to ${got}`;
        throw new RegistryError(`blob ${digest} from ${where} is corrupt: ${why}`, "corrupt download", n !== size, { op, host: this.registry });
      }
      return n;
    });
  }
  /**
   * Opens a blob for streaming (registry to registry, without a file): the GET is retried until
   * it answers 200; the body then fails (instead of ending) when it runs past `desc.size`, ends
   * short, or hashes to another digest. The caller re-opens to retry a broken stream.
   */
  async openBlobStream(repository, desc, scopes) {
    const short = shortDigest(desc.digest);
    const op = `GET blob ${short}`;
    const algorithm = desc.digest.startsWith("sha512:") ? "sha512" : "sha256";
    const res = await withRetries(this.opts, { op, host: this.registry }, async () => {
      const r = await this.send({ method: "GET", url: this.url(`/v2/${repository}/blobs/${desc.digest}`) }, scopes, op);
      if (r.status !== 200) await this.fail(r, op, scopes);
      return r;
    });
    const hash = createHash(algorithm);
    let n = 0;
    const where = `blob ${desc.digest} from ${this.registry}/${repository}`;
    const corrupt = (why) => new UserError(`${where} is corrupt: ${why}`, 1, { kind: "corrupt" });
    const verify = new Transform({
      transform(chunk, _enc, cb) {
        n += chunk.length;
        if (n > desc.size) {
          res.stream.destroy();
          cb(corrupt(`more than the ${desc.size} bytes its descriptor says`));
          return;
        }
        hash.update(chunk);
        cb(null, chunk);
      },
      flush(cb) {
        if (n !== desc.size) cb(corrupt(`${n} bytes arrived, ${desc.size} expected`));
        else if (`${algorithm}:${hash.digest("hex")}` !== desc.digest) cb(corrupt("its content does not match its digest"));
        else cb();
      }
    });
    res.stream.on("error", (e) => verify.destroy(tag(bodyError(e, res.url), op, this.registry)));
    return res.stream.pipe(verify);
  }
  // ---- manifests ----
  /** PUTs the exact bytes under `reference` (tag or digest); checks the digest the registry reports. */
  async putManifest(repository, reference, bytes, mediaType, scopes) {
    const digest = sha256(bytes);
    const { ref, digest: pinned } = manifestRef(reference, `PUT manifest to ${this.registry}/${repoPath(repository)}`);
    checkMediaType(mediaType, `PUT manifest ${ref}`);
    const op = `PUT manifest ${pinned ? shortDigest(ref) : ref}`;
    return withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: "PUT", url: this.url(`/v2/${repository}/manifests/${ref}`), headers: { "content-type": mediaType }, body: bytes }, scopes, op);
      if (res.status < 200 || res.status > 299) await this.fail(res, op, scopes);
      await res.discard();
      const got = digestHeader(res, `${op} on ${this.registry}`);
      if (got && got !== digest) throw new UserError(`${op} on ${this.registry}: the registry stored the manifest as ${got}, but its bytes are ${digest}`);
      return digest;
    });
  }
  /** GETs a manifest or index: exact bytes, media type and digest (verified when pulled by digest). */
  async getManifest(repository, reference, scopes, accept = MANIFEST_ACCEPT) {
    const { ref, digest: pinned } = manifestRef(reference, `GET manifest from ${this.registry}/${repoPath(repository)}`);
    const op = `GET manifest ${pinned ? shortDigest(ref) : ref}`;
    const deadline = deadlineFor(this.opts, MAX_MANIFEST_BYTES);
    return withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: "GET", url: this.url(`/v2/${repository}/manifests/${ref}`), headers: { accept: accept.join(", ") }, deadline }, scopes, op);
      if (res.status === 404) {
        const text = await res.text(64 * 1024).catch(() => "");
        throw new UserError(`${this.registry}/${repository}${pinned ? "@" : ":"}${ref}: not found${describeErrorBody(text, " (") ? describeErrorBody(text, " (") + ")" : ""}`, 1, { kind: "not-found" });
      }
      if (res.status !== 200) await this.fail(res, op, scopes);
      let bytes;
      try {
        bytes = await res.buffer(MAX_MANIFEST_BYTES);
      } catch (e) {
        throw tag(e, op, this.registry);
      }
      const algorithm = pinned ? parseDigest(pinned).algorithm : "sha256";
      const digest = `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`;
      if (pinned && pinned !== digest) {
        throw new UserError(`${op} on ${this.registry}: the manifest received hashes to ${digest}, not ${pinned}; refusing it`, 1, { kind: "corrupt" });
      }
      const header = digestHeader(res, `${op} on ${this.registry}`);
      if (header && header.startsWith(`${algorithm}:`) && header !== digest) {
        throw new UserError(`${op} on ${this.registry}: the manifest received hashes to ${digest}, but the registry says ${header}`, 1, { kind: "corrupt" });
      }
      let doc;
      try {
        doc = JSON.parse(bytes.toString("utf8"));
      } catch {
        throw new UserError(`${op} on ${this.registry}: the manifest is not JSON`, 1, { kind: "malformed" });
      }
      if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw new UserError(`${op} on ${this.registry}: the manifest is not a JSON object`, 1, { kind: "malformed" });
      const field = doc.mediaType;
      const declared = field === void 0 ? void 0 : checkMediaType(field, `${op} on ${this.registry}: mediaType`);
      let mediaType = mediaTypeOfResponse(res);
      if (!mediaType || mediaType === "application/json" || mediaType === "text/plain" || mediaType === "application/octet-stream") mediaType = declared;
      if (!mediaType) throw new UserError(`${op} on ${this.registry}: the manifest has no media type`, 1, { kind: "malformed" });
      checkMediaType(mediaType, `${op} on ${this.registry}: Content-Type`);
      if (declared && declared !== mediaType) {
        throw new UserError(`${op} on ${this.registry}: served as ${mediaType} but its mediaType field says ${declared}`, 1, { kind: "malformed" });
      }
      return { bytes, mediaType, digest };
    });
  }
  /** HEADs a manifest: digest, media type and size, or undefined when there is none. */
  async headManifest(repository, reference, scopes, accept = MANIFEST_ACCEPT) {
    const { ref, digest: pinned } = manifestRef(reference, `HEAD manifest in ${this.registry}/${repoPath(repository)}`);
    const op = `HEAD manifest ${pinned ? shortDigest(ref) : ref}`;
    const got = await withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: "HEAD", url: this.url(`/v2/${repository}/manifests/${ref}`), headers: { accept: accept.join(", ") } }, scopes, op);
      await res.discard();
      if (res.status === 404) return null;
      if (res.status !== 200) return this.fail(res, op, scopes);
      const digest = digestHeader(res, `${op} on ${this.registry}`);
      const mediaType = mediaTypeOfResponse(res);
      const size = Number(res.header("content-length"));
      if (digest && pinned && digest.split(":")[0] === pinned.split(":")[0] && digest !== pinned) {
        throw new UserError(`${op} on ${this.registry}: asked for ${pinned}, the registry answers for ${digest}`, 1, { kind: "corrupt" });
      }
      if (!digest || !mediaType || !Number.isSafeInteger(size) || size < 0) return void 0;
      return { digest, mediaType: checkMediaType(mediaType, `${op} on ${this.registry}: Content-Type`), size };
    });
    if (got === null) return void 0;
    if (got) return got;
    const m = await this.getManifest(repository, ref, scopes, accept);
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
  }
};

export {
  resolveTransportOptions,
  HttpTransport,
  withRetries,
  Secrets,
  RegistryClient
};
