// What `build --json` prints and the action's `metadata` output holds: one shape, one place.
import type { BuildResult } from './build-types.js';

export function buildResultJson(r: BuildResult): Record<string, unknown> {
  const { digest, mediaType, size, layout, archive, tags, platforms, config, layers, base, push, loaded, sbom, provenance } = r;
  return { digest, mediaType, size, layout, archive, tags, platforms, config, layers, base, push, loaded, sbom, provenance };
}
