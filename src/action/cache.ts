// Keeps the base image's blobs between workflow runs with the Actions cache, keyed by the base
// digest. The cache only saves downloads: when its service is missing or failing, a warning,
// and the build goes on.
import * as cache from '@actions/cache';
import path from 'node:path';
import { defaultCacheDir } from '../layout/blob-cache.js';
import type { RegistryClientOptions } from '../registry/client.js';
import { resolveDigest } from '../registry/pull.js';
import type { BuildResult } from '../image/build-types.js';
import { errorMessage } from '../util/errors.js';
import { debug, info, warning } from './log.js';

export interface BaseCacheState {
  key: string;
  paths: string[];
  hit: boolean;
}

export async function restoreBaseCache(base: string, registry: RegistryClientOptions): Promise<BaseCacheState | undefined> {
  if (base === 'scratch' || base.startsWith('oci:')) return undefined;
  if (!cache.isFeatureAvailable()) {
    warning('the Actions cache service is not available here, so the base image is pulled without it (set cache: false to silence this)');
    return undefined;
  }
  let digest: string;
  try {
    digest = await resolveDigest(base, registry);
  } catch (e) {
    debug(`base cache: cannot resolve ${base}: ${errorMessage(e)}`);
    return undefined; // the build itself will say what is wrong with the base
  }
  // The key reaches @actions/cache's own log lines, which we do not escape: only a well-formed
  // digest from the registry becomes part of it.
  if (!/^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/.test(digest)) {
    debug(`base cache: the registry gave ${base} a malformed digest; no cache`);
    return undefined;
  }
  const key = `oci-bundle-base-${process.platform}-${digest}`;
  const paths = [path.join(defaultCacheDir(), 'blobs')];
  try {
    const hit = (await cache.restoreCache(paths, key)) === key;
    info(hit ? `base image blobs restored from the Actions cache (${key})` : `no Actions cache entry for the base yet (${key})`);
    return { key, paths, hit };
  } catch (e) {
    warning(`the Actions cache could not be read (${errorMessage(e)}); the base image is pulled instead`);
    return undefined;
  }
}

export async function saveBaseCache(state: BaseCacheState, result: BuildResult): Promise<void> {
  if (state.hit || !result.base) return;
  try {
    await cache.saveCache(state.paths, state.key);
    info(`base image blobs saved to the Actions cache (${state.key})`);
  } catch (e) {
    warning(`the Actions cache could not be written (${errorMessage(e)}); the next run pulls the base again`);
  }
}
