import { UserError } from '../util/errors.js';
export const summary = 'build an OCI image from a folder';
export async function run(_argv: string[]): Promise<number> {
  throw new UserError('build: being written');
}
