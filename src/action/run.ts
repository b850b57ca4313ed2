// Shared shell of every action entry point: one-line failures, never a stack trace in the log.
import * as core from '@actions/core';
import { errorMessage, UserError } from '../util/errors.js';
import { boundYoungGeneration } from '../util/heap.js';

export async function runAction(main: () => Promise<void>): Promise<void> {
  boundYoungGeneration();
  try {
    await main();
  } catch (e) {
    if (e instanceof UserError) core.setFailed(e.message);
    else {
      core.debug(e instanceof Error && e.stack ? e.stack : String(e));
      core.setFailed(`internal error: ${errorMessage(e)} (please report it)`);
    }
  }
}
