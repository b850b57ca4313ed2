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
