// Every line the action writes to the job log goes through escapeLogLine (src/util/log.ts), so
// text from registries, layouts and inputs can never become a workflow command.
import * as core from '@actions/core';
import { escapeLogLine } from '../util/log.js';

export { escapeLogLine };

export function info(message: string): void {
  core.info(escapeLogLine(message));
}

export function warning(message: string): void {
  core.warning(escapeLogLine(message));
}

export function debug(message: string): void {
  core.debug(escapeLogLine(message));
}

/** Marks the step failed with one ::error line. */
export function fail(message: string): void {
  core.setFailed(escapeLogLine(message));
}
