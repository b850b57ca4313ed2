import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);

// src/image/config.ts
var DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function sortedRecord(r) {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function scratchConfig(i) {
  const c = {};
  if (i.user) c.User = i.user;
  if (i.ports.length) c.ExposedPorts = Object.fromEntries([...new Set(i.ports)].sort().map((p) => [p, {}]));
  c.Env = i.env.some((e) => e.startsWith("PATH=")) ? i.env : [DEFAULT_PATH, ...i.env];
  if (i.entrypoint) c.Entrypoint = i.entrypoint;
  if (i.cmd) c.Cmd = i.cmd;
  c.WorkingDir = i.workdir;
  if (Object.keys(i.labels).length) c.Labels = sortedRecord(i.labels);
  const config = {
    created: i.created,
    architecture: i.platform.architecture,
    os: i.platform.os,
    config: c,
    rootfs: { type: "layers", diff_ids: i.diffIds },
    history: i.history
  };
  if (i.platform.variant) config.variant = i.platform.variant;
  if (i.platform["os.version"]) config["os.version"] = i.platform["os.version"];
  return config;
}
function rfc3339(epochSeconds) {
  return new Date(epochSeconds * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function envKey(e) {
  const i = e.indexOf("=");
  return i < 0 ? e : e.slice(0, i);
}
function mergeEnv(base, ours) {
  const oursByKey = new Map(ours.map((e) => [envKey(e), e]));
  const out = base.map((e) => oursByKey.get(envKey(e)) ?? e);
  const baseKeys = new Set(base.map(envKey));
  for (const e of ours) if (!baseKeys.has(envKey(e))) out.push(e);
  return out;
}
function derivedConfig(base, i, baseHistory) {
  const bc = { ...base.config ?? {} };
  const c = { ...bc };
  if (i.user) c.User = i.user;
  const ports = [...Object.keys(bc.ExposedPorts ?? {}), ...i.ports];
  if (ports.length) c.ExposedPorts = Object.fromEntries([...new Set(ports)].sort().map((p) => [p, {}]));
  const env = mergeEnv(bc.Env ?? [], i.env);
  c.Env = env.some((e) => e.startsWith("PATH=")) ? env : [DEFAULT_PATH, ...env];
  if (i.entrypoint) {
    c.Entrypoint = i.entrypoint;
    c.Cmd = i.cmd ?? null;
  } else if (i.cmd) c.Cmd = i.cmd;
  c.WorkingDir = i.workdir;
  const labels = { ...bc.Labels ?? {}, ...i.labels };
  if (Object.keys(labels).length) c.Labels = sortedRecord(labels);
  if (c.Cmd === null) delete c.Cmd;
  const config = {
    ...base,
    created: i.created,
    architecture: i.platform.architecture,
    os: i.platform.os,
    config: c,
    rootfs: { type: "layers", diff_ids: [...base.rootfs?.diff_ids ?? [], ...i.diffIds] },
    history: [...baseHistory, ...i.history]
  };
  if (i.platform.variant) config.variant = i.platform.variant;
  for (const k of ["container", "container_config", "docker_version", "id", "parent"]) delete config[k];
  return config;
}

export {
  DEFAULT_PATH,
  sortedRecord,
  scratchConfig,
  rfc3339,
  derivedConfig
};
