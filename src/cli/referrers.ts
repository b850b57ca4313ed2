// `oci-bundle referrers IMAGE`: what is attached to an image (SBOM, provenance, signatures...),
// and the SBOM or provenance document itself with --sbom / --provenance.
import { parsePlatform, platformString } from '../image/options.js';
import { attachments, type AttachedEntry } from '../supply/inspect.js';
import { PROVENANCE_MEDIA_TYPE } from '../supply/provenance.js';
import { SBOM_MEDIA_TYPE } from '../supply/sbom.js';
import { UsageError, UserError } from '../util/errors.js';
import { stderrLogger } from '../util/log.js';
import { parse } from './args.js';
import { REGISTRY_FLAGS, REGISTRY_HELP, registryOptions } from './registry-flags.js';

export const summary = "list an image's referrers (SBOM, provenance) or print one";

const HELP = `Usage: oci-bundle referrers IMAGE [options]

Lists the artifacts attached to IMAGE as OCI referrers: a registry reference (through the
registry's referrers API, or the sha256-<hex> tag on registries without it) or oci:DIR[:TAG].

Options:
  --sbom                 print the CycloneDX SBOM instead of the list
  --provenance           print the SLSA provenance (in-toto statement) instead of the list
  --platform OS/ARCH[/V] which platform's SBOM, for a multi-platform image
  --json                 print the list as JSON
  -h, --help             this help
${REGISTRY_HELP}`;

function pick(list: AttachedEntry[], type: string, platform: string | undefined, image: string): AttachedEntry {
  let found = list.filter((e) => e.artifactType === type);
  if (platform) found = found.filter((e) => e.platform === platform || (!e.platform && found.length === 1));
  const what = type === SBOM_MEDIA_TYPE ? 'SBOM' : 'provenance';
  if (found.length === 0) throw new UserError(`${image} has no ${what} attached${platform ? ` for ${platform}` : ''}; build it with --${type === SBOM_MEDIA_TYPE ? 'sbom' : 'provenance'}`);
  const platforms = [...new Set(found.map((e) => e.platform).filter(Boolean))];
  if (platforms.length > 1) throw new UsageError(`${image} has an ${what} for each of ${platforms.join(', ')}; choose one with --platform`);
  return found[0];
}

export async function run(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse(
    argv,
    {
      sbom: { type: 'boolean', default: false },
      provenance: { type: 'boolean', default: false },
      platform: { type: 'string' },
      json: { type: 'boolean', default: false },
      ...REGISTRY_FLAGS,
    },
    'referrers',
  );
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('referrers takes one IMAGE: a registry reference or oci:DIR[:TAG]');
  if (v.sbom && v.provenance) throw new UsageError('referrers: choose one of --sbom and --provenance');
  const platform = v.platform !== undefined ? platformString(parsePlatform(v.platform as string)) : undefined;
  const a = await attachments(positionals[0], { ...(await registryOptions(v, 'referrers')), logger: stderrLogger });
  try {
    if (v.sbom || v.provenance) {
      const e = pick(a.referrers, v.sbom ? SBOM_MEDIA_TYPE : PROVENANCE_MEDIA_TYPE, platform, a.image);
      process.stdout.write(await a.document(e));
      return 0;
    }
    if (v.json) {
      process.stdout.write(JSON.stringify({ image: a.image, digest: a.digest, via: a.via, referrers: a.referrers }, null, 2) + '\n');
      return 0;
    }
    for (const e of a.referrers) process.stdout.write(`${e.digest} ${e.artifactType} ${e.size} ${e.subject}${e.platform ? ` ${e.platform}` : ''}\n`);
    if (a.referrers.length === 0) stderrLogger.info(`nothing is attached to ${a.image} (${a.digest})`);
    return 0;
  } finally {
    a.close();
  }
}
