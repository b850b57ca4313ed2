// `oci-bundle unpack LAYOUT DIR`: an image of an OCI layout as an OCI runtime bundle for runc.
import { parsePlatform } from '../image/options.js';
import type { Platform } from '../oci/types.js';
import { UsageError, UserError } from '../util/errors.js';
import { stderrLogger } from '../util/log.js';
import { unpackImage } from '../unpack/unpack.js';
import { parse } from './args.js';

export const summary = 'unpack an image from an OCI layout into a runtime bundle for runc';

const HELP = `Usage: oci-bundle unpack LAYOUT DIR [options]

Unpacks an image of the OCI image layout LAYOUT into DIR as an OCI runtime bundle:
DIR/rootfs (the layers applied in order) and DIR/config.json (made from the image config).
Run it with: runc run --bundle DIR NAME

DIR must not exist or be empty. Layers are extracted safely: paths resolve inside rootfs
(symlinks as the container sees them); an entry that climbs out with "..", or a hard link to
something outside or missing, stops the unpack with an error naming the layer and the entry.

Options:
  --ref NAME               the image in LAYOUT, by ref name (org.opencontainers.image.ref.name)
                           or manifest digest (default: the only image)
  --platform OS/ARCH[/V]   for a multi-platform image: which one (default: this machine's)
  --rootless               do not apply owners or create device nodes, and give config.json a
                           user namespace mapping root to you (implied when not run as root)
  --json                   print {bundle, digest, platform, layers} as JSON on stdout
`;

export async function run(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse(
    argv,
    {
      ref: { type: 'string' },
      platform: { type: 'string' },
      rootless: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    'unpack',
  );
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new UsageError(`unpack takes LAYOUT and DIR, got ${positionals.length} argument(s)${positionals.length ? `: ${positionals.join(' ')}` : ''}; see "oci-bundle unpack --help"`);
  }
  const [layout, dir] = positionals;
  let platform: Platform | undefined;
  if (v.platform !== undefined) {
    try {
      platform = parsePlatform(v.platform as string);
    } catch (e) {
      if (e instanceof UserError) throw new UsageError(`--platform: ${e.message}`);
      throw e;
    }
  }
  if (v.ref !== undefined && (v.ref as string).trim() === '') throw new UsageError('--ref needs a name');
  const result = await unpackImage(layout, dir, { ref: v.ref as string | undefined, platform, rootless: v.rootless as boolean, log: stderrLogger });
  if (v.json) {
    const { bundle, digest, platform: p, layers } = result;
    process.stdout.write(JSON.stringify({ bundle, digest, platform: p, layers }, null, 2) + '\n');
  } else {
    stderrLogger.info(`image ${result.digest} (${result.platform}) unpacked into ${result.bundle}; run it with: runc run --bundle ${result.bundle} NAME`);
    process.stdout.write(result.bundle + '\n');
  }
  return 0;
}
