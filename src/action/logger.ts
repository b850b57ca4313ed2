// The engine's Logger on top of @actions/core, so progress lands in the job log, escaped.
import type { Logger } from '../util/log.js';
import { debug, info, warning } from './log.js';

export const actionLogger: Logger = { info, warn: warning, debug };
