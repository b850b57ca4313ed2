// Shared argument helpers for the CLI commands (node:util parseArgs with friendly errors).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../util/errors.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A string flag followed by nothing, or by another flag (`--env --output o`), is missing its
 * value: said plainly, with the way to pass a value that starts with "-" (`--env=-x`).
 */
function checkValues(argv: string[], options: Options, command: string): void {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return;
    if (!a.startsWith('--') || a.includes('=')) continue;
    const spec = options[a.slice(2)];
    if (spec?.type !== 'string') continue;
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-')) {
      const flag = a.slice(2);
      throw new UsageError(`${command}: ${a} needs a value (${a} VALUE); to give a value that starts with "-", write ${a}=-VALUE`, flag);
    }
    i++;
  }
}

export function parse<T extends Options>(argv: string[], options: T, command: string) {
  checkValues(argv, options, command);
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs' messages are long and mention the API; keep the gist and point to help.
    const msg = (e as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(`${command}: ${msg}; see "oci-bundle ${command} --help"`);
  }
}

/** Reads one secret line from stdin (for --password-stdin). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}
