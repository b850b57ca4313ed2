#!/usr/bin/env node
// The oci-bundle command line: parses, dispatches, and turns every failure into one line.
import { errorMessage, UserError } from '../util/errors.js';
import { debugEnabled, errorLine } from '../util/log.js';
import { flagSuffix } from '../util/fields.js';
import { VERSION } from '../version.js';
import { boundYoungGeneration } from '../util/heap.js';
import { COMMANDS, usage } from './commands.js';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`oci-bundle ${VERSION}\n`);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`oci-bundle: unknown command "${name}"; run "oci-bundle --help" for the list\n`);
    return 2;
  }
  return cmd.run(rest);
}

boundYoungGeneration();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UserError) {
      process.stderr.write(`oci-bundle: error: ${errorLine(e.message + flagSuffix(e.field))}\n`);
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`oci-bundle: internal error: ${errorLine(errorMessage(e))} (please report it; OCI_BUNDLE_DEBUG=1 shows the stack)\n`);
      if (debugEnabled() && e instanceof Error) process.stderr.write(`${e.stack}\n`);
      process.exitCode = 1;
    }
  },
);
