// oci-bundle merge --tag REF SOURCE...: one multi-platform index from single-platform images.
import { mergeImages } from '../image/merge.js';
import { UsageError } from '../util/errors.js';
import { stderrLogger } from '../util/log.js';
import { parse } from './args.js';
import { REGISTRY_FLAGS, REGISTRY_HELP, registryOptions } from './registry-flags.js';

export const summary = 'join single-platform images (repo@sha256:…) into one multi-platform index';

const HELP = `Usage: oci-bundle merge --tag REF [--tag REF...] SOURCE... [options]

Reads the platform of each SOURCE (a single-platform image pushed by digest, repo@sha256:…, e.g.
one per matrix job) from its config and pushes one OCI image index naming them all under every
--tag. Blobs are mounted across repositories of the same registry.

Options:
  --tag REF                  where to push the index (repeatable, at least one)
  --json                     print {digest, mediaType, size, tags, manifests} on stdout
${REGISTRY_HELP}`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { tag: { type: 'string', multiple: true }, json: { type: 'boolean' }, ...REGISTRY_FLAGS }, 'merge');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const tags = (values.tag as string[] | undefined) ?? [];
  if (tags.length === 0) throw new UsageError('merge: give at least one --tag for the index');
  if (positionals.length === 0) throw new UsageError('merge: give the images to join, as repo@sha256:… (one per platform)');
  const reg = await registryOptions(values, 'merge');
  const result = await mergeImages(tags, positionals, { ...reg, logger: stderrLogger });
  process.stdout.write(values.json ? JSON.stringify(result, null, 2) + '\n' : result.digest + '\n');
  return 0;
}
