// Tests that use a real peer tool as an oracle fail, never skip, when the tool is missing: the
// message names the Debian package that provides it (CI installs them all).
import { spawnSync } from 'node:child_process';

/** Throws unless `bin` is on PATH; `pkg` is the Debian package to install. */
export function requireTool(bin: string, pkg: string): void {
  const r = spawnSync('/bin/sh', ['-c', 'command -v "$1"', 'sh', bin], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`"${bin}" is not installed: install the Debian package "${pkg}" (apt-get install ${pkg}), as scripts/test-deps.sh and .ci/run do`);
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool to completion, output as text; a missing binary or a timeout is status -1. */
export function runTool(bin: string, args: string[], timeoutMs = 60000): Run {
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

/** The output of a run that must succeed; else an Error with the command and its stderr. */
export function mustRun(bin: string, args: string[], timeoutMs?: number): string {
  const r = runTool(bin, args, timeoutMs);
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed (${r.status}):\n${r.stderr}${r.stdout}`);
  return r.stdout;
}
