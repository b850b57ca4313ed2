// The image config (and its history) for one platform.
import type { ContainerConfig, HistoryEntry, ImageConfig, Platform } from '../oci/types.js';

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface ConfigInputs {
  platform: Platform;
  created: string;
  entrypoint?: string[];
  cmd?: string[];
  env: string[];
  labels: Record<string, string>;
  ports: string[];
  workdir: string;
  user?: string;
  diffIds: string[];
  history: HistoryEntry[];
}

export function sortedRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Builds a config for an image on scratch. Keys are written in a fixed order. */
export function scratchConfig(i: ConfigInputs): ImageConfig {
  const c: ContainerConfig = {};
  if (i.user) c.User = i.user;
  if (i.ports.length) c.ExposedPorts = Object.fromEntries([...new Set(i.ports)].sort().map((p) => [p, {}]));
  // Like BuildKit, give scratch images a PATH so runtimes can find programs by name.
  c.Env = i.env.some((e) => e.startsWith('PATH=')) ? i.env : [DEFAULT_PATH, ...i.env];
  if (i.entrypoint) c.Entrypoint = i.entrypoint;
  if (i.cmd) c.Cmd = i.cmd;
  c.WorkingDir = i.workdir;
  if (Object.keys(i.labels).length) c.Labels = sortedRecord(i.labels);
  const config: ImageConfig = {
    created: i.created,
    architecture: i.platform.architecture,
    os: i.platform.os,
    config: c,
    rootfs: { type: 'layers', diff_ids: i.diffIds },
    history: i.history,
  };
  if (i.platform.variant) config.variant = i.platform.variant;
  if (i.platform['os.version']) config['os.version'] = i.platform['os.version'];
  return config;
}

/** RFC 3339 UTC, whole seconds. */
export function rfc3339(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function envKey(e: string): string {
  const i = e.indexOf('=');
  return i < 0 ? e : e.slice(0, i);
}

/** Base Env with ours merged in: ours wins per key, keeping the base's order for its keys. */
export function mergeEnv(base: string[], ours: string[]): string[] {
  const oursByKey = new Map(ours.map((e) => [envKey(e), e]));
  const out = base.map((e) => oursByKey.get(envKey(e)) ?? e);
  const baseKeys = new Set(base.map(envKey));
  for (const e of ours) if (!baseKeys.has(envKey(e))) out.push(e);
  return out;
}

/**
 * A config on top of a base image's: the base's fields are kept (unknown ones too), ours are
 * layered on as Docker would: Env and Labels merged (ours win), ports added, User and
 * StopSignal kept unless given, WorkingDir set, and Docker's Entrypoint/Cmd rule (a new
 * entrypoint drops the base's Cmd unless a Cmd is given too).
 */
export function derivedConfig(base: ImageConfig, i: ConfigInputs, baseHistory: HistoryEntry[]): ImageConfig {
  const bc: ContainerConfig = { ...(base.config ?? {}) };
  const c: ContainerConfig = { ...bc };
  if (i.user) c.User = i.user;
  const ports = [...Object.keys(bc.ExposedPorts ?? {}), ...i.ports];
  if (ports.length) c.ExposedPorts = Object.fromEntries([...new Set(ports)].sort().map((p) => [p, {}]));
  const env = mergeEnv(bc.Env ?? [], i.env);
  c.Env = env.some((e) => e.startsWith('PATH=')) ? env : [DEFAULT_PATH, ...env];
  if (i.entrypoint) {
    c.Entrypoint = i.entrypoint;
    c.Cmd = i.cmd ?? null;
  } else if (i.cmd) c.Cmd = i.cmd;
  c.WorkingDir = i.workdir;
  const labels = { ...(bc.Labels ?? {}), ...i.labels };
  if (Object.keys(labels).length) c.Labels = sortedRecord(labels);
  if (c.Cmd === null) delete c.Cmd;
  const config: ImageConfig = {
    ...base,
    created: i.created,
    architecture: i.platform.architecture,
    os: i.platform.os,
    config: c,
    rootfs: { type: 'layers', diff_ids: [...(base.rootfs?.diff_ids ?? []), ...i.diffIds] },
    history: [...baseHistory, ...i.history],
  };
  if (i.platform.variant) config.variant = i.platform.variant;
  // Docker-only top-level fields that describe the base's build, not ours.
  for (const k of ['container', 'container_config', 'docker_version', 'id', 'parent'] as const) delete (config as unknown as Record<string, unknown>)[k];
  return config;
}
