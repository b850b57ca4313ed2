// Placeholder: the "merge" command is being written in its own module.
import { UserError } from '../util/errors.js';

export const summary = '(merge: not available yet)';

export async function run(_argv: string[]): Promise<number> {
  throw new UserError('the "merge" command is not available in this version yet');
}
