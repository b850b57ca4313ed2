// The engine's Logger on top of @actions/core, so progress lands in the job log.
import * as core from '@actions/core';
import type { Logger } from '../util/log.js';

export const actionLogger: Logger = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};
