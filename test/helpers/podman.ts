// A private podman for tests: its own image store (vfs, so removing the folder removes all) and
// run root in a temp folder, so tests neither see nor leave images in the machine's store.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mustRun, requireTool, runTool, type Run } from './tools.js';

export interface Podman {
  dir: string;
  /** The containers-storage transport naming this store, for skopeo: `containers-storage:[vfs@ROOT+RUNROOT]`. */
  storage: string;
  podman(args: string[], timeoutMs?: number): Run;
  /** `podman run --rm` of an image reference (oci-archive:FILE, oci:DIR:TAG, a stored name) with this sandbox's limits. */
  run(image: string, extra?: string[]): Run;
  stop(): void;
}

export function startPodman(): Podman {
  requireTool('podman', 'podman');
  requireTool('runc', 'runc');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oci-bundle-podman-'));
  const root = path.join(dir, 'root');
  const runroot = path.join(dir, 'run');
  const global = ['--root', root, '--runroot', runroot, '--storage-driver', 'vfs', '--tmpdir', path.join(dir, 'tmp'), '--events-backend', 'none'];
  const podman = (args: string[], timeoutMs?: number) => runTool('podman', [...global, ...args], timeoutMs);
  // runc is the runtime CI has; podman's default NOFILE and NPROC limits exceed what this machine
  // lets a container set, so both are given; no network is needed to print a line.
  const run = (image: string, extra: string[] = []) =>
    podman(['run', '--rm', '--runtime=runc', '--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=4096:4096', '--network', 'none', ...extra, image]);
  const stop = () => {
    // Containers a failed test left would keep their rootfs busy: remove them, then the store.
    podman(['rm', '-a', '-f']);
    mustRun('podman', [...global, 'rmi', '-a', '-f']);
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, storage: `containers-storage:[vfs@${root}+${runroot}]`, podman, run, stop };
}
