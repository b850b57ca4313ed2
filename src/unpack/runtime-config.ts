// config.json for an OCI runtime bundle: runc's default spec (`runc spec`, runc 1.1) with the
// image config applied as image-spec's conversion.md and umoci describe it.
import { DEFAULT_PATH } from '../image/config.js';
import type { ImageConfig } from '../oci/types.js';
import { UserError } from '../util/errors.js';
import type { ResolvedUser } from './passwd.js';
import { OCI_IMAGE_PREFIX } from '../oci/annotations.js';

/** The runtime-spec version we write; runc 1.1 (spec 1.0.2-dev) and later accept it. */
export const OCI_VERSION = '1.0.2';
export const DEFAULT_HOSTNAME = 'oci-bundle';

export interface Mount {
  destination: string;
  type: string;
  source: string;
  options?: string[];
}

export interface IdMapping {
  containerID: number;
  hostID: number;
  size: number;
}

export interface RuntimeSpec {
  ociVersion: string;
  process: {
    terminal: boolean;
    user: { uid: number; gid: number; additionalGids?: number[] };
    args: string[];
    env: string[];
    cwd: string;
    capabilities: Record<'bounding' | 'effective' | 'permitted' | 'ambient', string[]>;
    rlimits: Array<{ type: string; hard: number; soft: number }>;
    noNewPrivileges: boolean;
  };
  root: { path: string; readonly: boolean };
  hostname: string;
  mounts: Mount[];
  annotations?: Record<string, string>;
  linux: {
    uidMappings?: IdMapping[];
    gidMappings?: IdMapping[];
    resources?: { devices: Array<{ allow: boolean; access: string }> };
    namespaces: Array<{ type: string }>;
    maskedPaths: string[];
    readonlyPaths: string[];
  };
}

export interface RuntimeOptions {
  /** A user namespace mapping container root to hostUid/hostGid (as `runc spec --rootless`). */
  rootless: boolean;
  hostUid: number;
  hostGid: number;
  hostname?: string;
}

const CAPS = ['CAP_AUDIT_WRITE', 'CAP_KILL', 'CAP_NET_BIND_SERVICE'];

/** process.args: Entrypoint followed by Cmd; an image with neither cannot be run. */
export function processArgs(config: ImageConfig): string[] {
  const c = config.config ?? {};
  const args = [...(c.Entrypoint ?? []), ...(c.Cmd ?? [])];
  if (args.length === 0) {
    throw new UserError('the image has neither Entrypoint nor Cmd, so there is no process to run; rebuild it with --entrypoint or --cmd');
  }
  return args;
}

/** process.cwd: WorkingDir made absolute, else "/". */
export function processCwd(config: ImageConfig): string {
  const wd = (config.config?.WorkingDir ?? '').trim();
  if (!wd) return '/';
  return wd.startsWith('/') ? wd : `/${wd}`;
}

/** process.env: the image's Env, with a default PATH when it has none and HOME from passwd. */
export function processEnv(config: ImageConfig, user: ResolvedUser): string[] {
  const env = [...(config.config?.Env ?? [])];
  const has = (k: string) => env.some((e) => e.startsWith(`${k}=`));
  if (!has('PATH')) env.unshift(DEFAULT_PATH);
  if (!has('HOME') && user.home) env.push(`HOME=${user.home}`);
  return env;
}

/**
 * Annotations from the image config (conversion.md): platform, author, created, stop signal
 * and exposed ports under org.opencontainers.image.*, then the Labels, which win. Only what the
 * image sets is written; manifest annotations are not copied (conversion.md: SHOULD NOT).
 */
export function imageAnnotations(config: ImageConfig): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (k: string, v: string | undefined) => {
    if (v !== undefined && v !== '') out[`${OCI_IMAGE_PREFIX}${k}`] = v;
  };
  set('os', config.os);
  set('architecture', config.architecture);
  set('variant', config.variant);
  set('os.version', config['os.version']);
  set('os.features', config['os.features']?.join(','));
  set('author', config.author);
  set('created', config.created);
  set('stopSignal', config.config?.StopSignal);
  const ports = Object.keys(config.config?.ExposedPorts ?? {});
  if (ports.length) set('exposedPorts', ports.join(','));
  for (const [k, v] of Object.entries(config.config?.Labels ?? {})) out[k] = v;
  return out;
}

function defaultMounts(rootless: boolean): Mount[] {
  const noexec = ['nosuid', 'noexec', 'nodev'];
  return [
    { destination: '/proc', type: 'proc', source: 'proc' },
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    // Rootless: no gid=5, the tty group is not mapped in the user namespace.
    { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', ...(rootless ? [] : ['gid=5'])] },
    { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: [...noexec, 'mode=1777', 'size=65536k'] },
    { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: noexec },
    // Rootless: sysfs cannot be mounted in a user namespace without a network namespace; bind it.
    rootless
      ? { destination: '/sys', type: 'none', source: '/sys', options: ['rbind', ...noexec, 'ro'] }
      : { destination: '/sys', type: 'sysfs', source: 'sysfs', options: [...noexec, 'ro'] },
    { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: [...noexec, 'relatime', 'ro'] },
  ];
}

export function runtimeSpec(config: ImageConfig, user: ResolvedUser, opts: RuntimeOptions): RuntimeSpec {
  const processUser: RuntimeSpec['process']['user'] = { uid: user.uid, gid: user.gid };
  if (user.additionalGids.length) processUser.additionalGids = user.additionalGids;
  const spec: RuntimeSpec = {
    ociVersion: OCI_VERSION,
    process: {
      terminal: false,
      user: processUser,
      args: processArgs(config),
      env: processEnv(config, user),
      cwd: processCwd(config),
      capabilities: { bounding: [...CAPS], effective: [...CAPS], permitted: [...CAPS], ambient: [...CAPS] },
      rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
      noNewPrivileges: true,
    },
    root: { path: 'rootfs', readonly: false },
    hostname: opts.hostname ?? DEFAULT_HOSTNAME,
    mounts: defaultMounts(opts.rootless),
    linux: {
      namespaces: [{ type: 'pid' }, { type: 'network' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }],
      maskedPaths: ['/proc/acpi', '/proc/asound', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/sys/firmware', '/proc/scsi'],
      readonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
  };
  const annotations = imageAnnotations(config);
  if (Object.keys(annotations).length) spec.annotations = annotations;
  if (opts.rootless) {
    // As `runc spec --rootless`: a user namespace mapping root to the caller, no network
    // namespace (a rootless one would have no connectivity), no cgroup device rules.
    spec.linux.namespaces = spec.linux.namespaces.filter((n) => n.type !== 'network');
    spec.linux.namespaces.push({ type: 'user' });
    spec.linux.uidMappings = [{ containerID: 0, hostID: opts.hostUid, size: 1 }];
    spec.linux.gidMappings = [{ containerID: 0, hostID: opts.hostGid, size: 1 }];
  } else {
    spec.linux.resources = { devices: [{ allow: false, access: 'rwm' }] };
  }
  return spec;
}
