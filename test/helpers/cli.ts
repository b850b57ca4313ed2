// Runs the CLI as a user would: a fresh bundle of src/ (built once per test run by globalSetup)
// in a child process, capturing exit code, stdout and stderr.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
export const TEST_CLI = path.join(ROOT, 'build', 'test-dist', 'cli.js');

/** One cache folder per test process, so tests never share (or litter) the user's cache. */
export const TEST_CACHE = process.env.OCI_BUNDLE_TEST_CACHE ?? mkdtempSync(path.join(os.tmpdir(), 'oci-bundle-cache-'));
process.env.OCI_BUNDLE_CACHE = TEST_CACHE;
if (!process.env.OCI_BUNDLE_TEST_CACHE) process.on('exit', () => rmSync(TEST_CACHE, { recursive: true, force: true }));

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: SpawnSyncOptions & { input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [TEST_CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
    env: { ...process.env, SOURCE_DATE_EPOCH: '', ...(opts.env ?? {}) },
  });
  return { status: r.status ?? -1, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}
