// Placeholder: the "unpack" command is being written in its own module.
import { UserError } from '../util/errors.js';

export const summary = '(unpack: not available yet)';

export async function run(_argv: string[]): Promise<number> {
  throw new UserError('the "unpack" command is not available in this version yet');
}
