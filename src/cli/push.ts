// Placeholder: the "push" command is being written in its own module.
import { UserError } from '../util/errors.js';

export const summary = '(push: not available yet)';

export async function run(_argv: string[]): Promise<number> {
  throw new UserError('the "push" command is not available in this version yet');
}
