// oci-bundle push LAYOUT REF...: pushes an image of an OCI layout to registries.
import { UsageError } from '../util/errors.js';
import { stderrLogger } from '../util/log.js';
import { pushLayout } from '../registry/push.js';
import { parse, readStdin } from './args.js';

export const summary = 'push an image from an OCI layout to one or more registry references';

const HELP = `Usage: oci-bundle push LAYOUT REF... [options]

Pushes the image in the OCI image layout LAYOUT to every REF (e.g. ghcr.io/acme/app:1.0,
localhost:5000/app:dev, docker.io/acme/app:latest). Blobs the registry already has are skipped.

Options:
  --ref NAME                 the image in the layout, by its org.opencontainers.image.ref.name
                             (default: the only one)
  --json                     print {digest, mediaType, size, tags, pushed, skipped, mounted} on stdout
  --insecure-registry HOST   talk plain HTTP to HOST[:PORT] (repeatable; loopback hosts always are)
  --username USER            user name; the password (or token) is read from stdin with
  --password-stdin           ... this flag (or from OCI_BUNDLE_PASSWORD)
  -h, --help                 this help

Credentials, in order: --username/--password-stdin, OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD, then
the docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json: auths, credHelpers,
credsStore) as written by "docker login" and docker/login-action; else anonymous.
Progress goes to stderr; OCI_BUNDLE_DEBUG=1 logs every request (never credentials).
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      ref: { type: 'string' },
      json: { type: 'boolean' },
      'insecure-registry': { type: 'string', multiple: true },
      username: { type: 'string', short: 'u' },
      'password-stdin': { type: 'boolean' },
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
  if (values['password-stdin'] && !values.username) throw new UsageError('push: --password-stdin needs --username');

  let explicit: { username: string; password: string; source: string } | undefined;
  if (values.username !== undefined) {
    if (values.username === '') throw new UsageError('push: --username is empty');
    let password: string;
    let source: string;
    if (values['password-stdin']) {
      if (process.stdin.isTTY) throw new UsageError('push: --password-stdin reads the password from stdin; pipe it in (e.g. echo "$TOKEN" | oci-bundle push ...)');
      password = await readStdin();
      source = '--username/--password-stdin';
    } else if (process.env.OCI_BUNDLE_PASSWORD) {
      password = process.env.OCI_BUNDLE_PASSWORD;
      source = '--username/OCI_BUNDLE_PASSWORD';
    } else {
      throw new UsageError('push: --username needs --password-stdin (or OCI_BUNDLE_PASSWORD); passwords are never taken on the command line');
    }
    if (password === '') throw new UsageError('push: the password read from stdin is empty');
    explicit = { username: values.username, password, source };
  }

  const result = await pushLayout(layout, refs, {
    ref: values.ref,
    insecureRegistries: values['insecure-registry'] ?? [],
    explicit,
    logger: stderrLogger,
  });
  if (values.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  } else {
    process.stdout.write(`${result.digest}\n`);
  }
  return 0;
}
