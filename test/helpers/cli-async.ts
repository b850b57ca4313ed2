// runCli without blocking this process: needed when the test process itself serves something the
// CLI talks to (a token server, a fault proxy), which spawnSync would starve.
import { spawn } from 'node:child_process';
import { TEST_CLI, type CliResult } from './cli.js';

export function runCliAsync(args: string[], opts: { env?: Record<string, string>; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TEST_CLI, ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: '', ...(opts.env ?? {}) }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}
