// A private containerd for tests: root, state, config and both sockets in one temp folder, so it
// never meets the machine's own containerd (if any) and leaves nothing behind once stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mustRun, requireTool, runTool, type Run } from './tools.js';

export const NAMESPACE = 'oci-bundle-test';

export interface Containerd {
  dir: string;
  address: string;
  /** `ctr --address SOCK -n oci-bundle-test ARGS`, output as text. */
  ctr(args: string[], timeoutMs?: number): Run;
  /** The same, throwing with stderr when it fails. */
  mustCtr(args: string[], timeoutMs?: number): string;
  stop(): Promise<void>;
}

// CRI needs CNI and a kubelet; the other snapshotters need kernels or volumes we lack. Only the
// content store, the overlayfs/native snapshotters and the runc v2 runtime are used.
function config(dir: string): string {
  return `version = 2
root = "${dir}/root"
state = "${dir}/state"
disabled_plugins = [
  "io.containerd.grpc.v1.cri",
  "io.containerd.snapshotter.v1.aufs",
  "io.containerd.snapshotter.v1.btrfs",
  "io.containerd.snapshotter.v1.devmapper",
  "io.containerd.snapshotter.v1.zfs",
]
[grpc]
  address = "${dir}/c.sock"
[ttrpc]
  address = "${dir}/t.sock"
[debug]
  address = ""
[metrics]
  address = ""
[plugins."io.containerd.internal.v1.opt"]
  path = "${dir}/opt"
`;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Mount points under dir (overlay snapshots of a container that outlived its test), deepest first. */
function mountsUnder(dir: string): string[] {
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((m): m is string => !!m && (m === dir || m.startsWith(dir + '/')));
  return mounts.sort((a, b) => b.length - a.length);
}

export async function startContainerd(): Promise<Containerd> {
  requireTool('containerd', 'containerd');
  requireTool('ctr', 'containerd');
  requireTool('containerd-shim-runc-v2', 'containerd');
  requireTool('runc', 'runc');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oci-bundle-containerd-'));
  const address = path.join(dir, 'c.sock');
  writeFileSync(path.join(dir, 'config.toml'), config(dir));
  const logFile = path.join(dir, 'containerd.log');
  const log = openSync(logFile, 'w');
  const child = spawn('containerd', ['--config', path.join(dir, 'config.toml'), '--root', path.join(dir, 'root'), '--state', path.join(dir, 'state'), '--address', address], {
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const ctr = (args: string[], timeoutMs?: number) => runTool('ctr', ['--address', address, '-n', NAMESPACE, ...args], timeoutMs);
  const mustCtr = (args: string[], timeoutMs?: number) => mustRun('ctr', ['--address', address, '-n', NAMESPACE, ...args], timeoutMs);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // Containers a failed test left: kill their tasks so no shim keeps a snapshot mounted.
      for (const id of ctr(['tasks', 'ls', '-q']).stdout.split('\n').filter(Boolean)) ctr(['tasks', 'rm', '-f', id]);
      for (const id of ctr(['containers', 'ls', '-q']).stdout.split('\n').filter(Boolean)) ctr(['containers', 'rm', id]);
      child.kill('SIGTERM');
      const done = await Promise.race([exited(child).then(() => true), sleep(10000, undefined, { ref: false }).then(() => false)]);
      if (!done) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    for (const m of mountsUnder(dir)) runTool('umount', ['-l', m]);
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const text = readFileSync(logFile, 'utf8');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`containerd exited at start (${child.exitCode ?? child.signalCode}):\n${text.slice(-4000)}`);
    }
    if (ctr(['version'], 5000).status === 0) break;
    if (Date.now() > deadline) {
      const text = readFileSync(logFile, 'utf8');
      await stop();
      throw new Error(`containerd did not answer on ${address} within 20 s:\n${text.slice(-4000)}`);
    }
    await sleep(100);
  }
  return { dir, address, ctr, mustCtr, stop };
}
