// The Action's outputs for the SBOM and provenance: digests of the artifact manifests, and paths
// of the documents in the layout (what actions/attest-sbom and the like read).
import type { SupplyChainResult } from './types.js';

export function supplyOutputs(r: SupplyChainResult): Record<string, string> {
  return {
    'sbom-digest': (r.sbom ?? []).map((s) => s.digest).join('\n'),
    'sbom-path': r.sbom?.[0]?.path ?? '',
    'provenance-digest': r.provenance?.digest ?? '',
    'provenance-path': r.provenance?.path ?? '',
  };
}
