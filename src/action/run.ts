// Shared shell of every action entry point: one-line failures, never a stack trace in the log.
import { debug, fail } from './log.js';
import { errorMessage, UserError } from '../util/errors.js';
import { boundYoungGeneration } from '../util/heap.js';
import { inputSuffix } from '../util/fields.js';

export async function runAction(main: () => Promise<void>): Promise<void> {
  boundYoungGeneration();
  try {
    await main();
  } catch (e) {
    if (e instanceof UserError) fail(e.message + inputSuffix(e.field));
    else {
      debug(e instanceof Error && e.stack ? e.stack : String(e));
      fail(`internal error: ${errorMessage(e)} (please report it)`);
    }
  }
}
