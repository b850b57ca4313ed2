// The command table. Each command lives in its own module and only parses input and prints.
import * as build from './build.js';
import * as validate from './validate.js';
import * as push from './push.js';
import * as merge from './merge.js';
import * as unpack from './unpack.js';
import * as copy from './copy.js';
import * as referrers from './referrers.js';

export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

export const COMMANDS: Record<string, Command> = { build, validate, push, merge, unpack, copy, referrers };

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
  return `Usage: oci-bundle <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "oci-bundle <command> --help" for a command's options.\n`;
}
