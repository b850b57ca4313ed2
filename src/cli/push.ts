// oci-bundle push LAYOUT REF...: pushes an image of an OCI layout to registries.
import { UsageError } from '../util/errors.js';
import { stderrLogger } from '../util/log.js';
import { pushLayout } from '../registry/push.js';
import { parse } from './args.js';
import { REGISTRY_FLAGS, REGISTRY_HELP, registryOptions } from './registry-flags.js';

export const summary = 'push an image from an OCI layout to one or more registry references';

const HELP = `Usage: oci-bundle push LAYOUT REF... [options]

Pushes the image in the OCI image layout LAYOUT to every REF (e.g. ghcr.io/acme/app:1.0,
localhost:5000/app:dev, docker.io/acme/app:latest). Blobs the registry already has are skipped.

Options:
  --ref NAME                 the image in the layout, by its org.opencontainers.image.ref.name
                             (default: the only image, else the one the tags of REF... name)
  --json                     print {digest, mediaType, size, tags, pushed, skipped, mounted} on stdout
  -h, --help                 this help
${REGISTRY_HELP}Progress goes to stderr; OCI_BUNDLE_DEBUG=1 logs every request (never credentials).
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      ref: { type: 'string' },
      json: { type: 'boolean' },
      ...REGISTRY_FLAGS,
    },
    'push',
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [layout, ...refs] = positionals;
  if (!layout) throw new UsageError('push: give the OCI layout folder and at least one reference: oci-bundle push LAYOUT REF...');
  if (refs.length === 0) throw new UsageError(`push: give at least one image reference to push ${layout} to (e.g. localhost:5000/app:latest)`);
  const reg = await registryOptions(values, 'push');

  const result = await pushLayout(layout, refs, {
    ref: values.ref,
    ...reg,
    logger: stderrLogger,
  });
  if (values.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  } else {
    process.stdout.write(`${result.digest}\n`);
  }
  return 0;
}
