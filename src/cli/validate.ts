// Placeholder: the "validate" command is being written in its own module.
import { UserError } from '../util/errors.js';

export const summary = '(validate: not available yet)';

export async function run(_argv: string[]): Promise<number> {
  throw new UserError('the "validate" command is not available in this version yet');
}
