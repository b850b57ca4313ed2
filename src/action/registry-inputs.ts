// Registry inputs shared by the three actions: username/password (masked), github-token for
// ghcr.io, insecure-registries.
import * as core from '@actions/core';
import type { RegistryClientOptions } from '../registry/client.js';
import { UserError } from '../util/errors.js';
import { input, listInput } from './inputs.js';
import { actionLogger } from './logger.js';

export function registryInputs(): RegistryClientOptions {
  const username = input('username');
  const password = input('password', { multiline: true }); // a JSON key file is a password too
  maskSecret(password);
  const githubToken = input('github-token');
  maskSecret(githubToken);
  if (password && !username) throw new UserError('input "password" is set but "username" is not; set both, or log in with docker/login-action');
  if (username && !password) throw new UserError(`input "username" is set (${username}) but "password" is empty; pass a secret, e.g. password: \${{ secrets.REGISTRY_TOKEN }}`);
  return {
    explicit: username && password ? { username, password, source: 'the username/password inputs' } : undefined,
    githubToken,
    insecureRegistries: listInput('insecure-registries'),
    logger: actionLogger,
  };
}

/**
 * Masks a secret in the job log: the whole value and, for a multi-line one (a JSON key file),
 * each line too, since the runner matches masks line by line.
 */
export function maskSecret(secret: string | undefined): void {
  if (!secret) return;
  core.setSecret(secret);
  for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4 && line !== secret) core.setSecret(line.trim());
}
