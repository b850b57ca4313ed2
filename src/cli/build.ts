// `oci-bundle build [CONTEXT]`: parse flags, run the engine, print the result.
import { buildImage, type BuildOptions } from '../image/build.js';
import { buildResultJson } from '../image/result-json.js';
import { parseCommand, parseEnv, parseKeyValues, parseLevel, parseOwner, parsePlatforms, parsePort } from '../image/options.js';
import { parseCompression } from '../layer/compress.js';
import { UsageError } from '../util/errors.js';
import { stderrLogger } from '../util/log.js';
import { parse } from './args.js';
import { REGISTRY_FLAGS, REGISTRY_HELP, registryOptions } from './registry-flags.js';

export const summary = 'build an OCI image from a folder into an OCI layout';

const HELP = `Usage: oci-bundle build [CONTEXT] [options]

Packages CONTEXT (default ".") as an OCI image into an OCI image layout, reproducibly.

Options:
  --base REF               base image: a registry reference, oci:DIR[:TAG], or scratch (default)
  --dest PATH              where the context lands in the image (default /app)
  --entrypoint CMD         JSON array or a command line, e.g. '["/app/run","--fast"]'
  --cmd CMD                default arguments, same forms as --entrypoint
  --env K=V                environment variable (repeatable)
  --label K=V              config label (repeatable)
  --annotation K=V         manifest annotation (repeatable)
  --port N[/tcp|/udp|/sctp] exposed port (repeatable; tcp when no protocol is given)
  --workdir PATH           working directory (default: --dest)
  --user USER[:GROUP]      user the process runs as
  --platform OS/ARCH[/V]   platform(s), comma-separated (default linux/amd64)
  --layer GLOB             files matching GLOB go in their own layer (repeatable, in order)
  --ignore-file FILE       gitignore-style exclusions (default CONTEXT/.bundleignore)
  --owner UID:GID          owner of every file (default 0:0)
  --source-date-epoch N    timestamp for files and config (default $SOURCE_DATE_EPOCH,
                           else the git commit time of HEAD, else 0)
  --compression ALG        gzip (default), zstd or none
  --compression-level N    gzip 1-9 (default 5), zstd 1-19 (default 3)
  --output DIR             OCI layout to write (default ./oci-image)
  --archive FILE           also write the layout as one tar file (oci-archive)
  --tag REF                image reference; its tag names the image in the layout (repeatable)
  --cache-dir DIR          blob and layer cache (default $OCI_BUNDLE_CACHE, else the user cache dir)
  --no-cache               compress every layer even when an unchanged one is cached
  --push                   push to every --tag once built and validated
  --load                   load the image (this machine's platform) into docker, else podman,
                           with every --tag
  --sbom                   attach a CycloneDX SBOM of each platform image (an OCI referrer)
  --provenance             attach SLSA provenance of the image (an OCI referrer)
  --json                   print the result as JSON on stdout
${REGISTRY_HELP}`;

export async function run(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse(
    argv,
    {
      base: { type: 'string', default: 'scratch' },
      dest: { type: 'string', default: '/app' },
      entrypoint: { type: 'string' },
      cmd: { type: 'string' },
      env: { type: 'string', multiple: true, default: [] },
      label: { type: 'string', multiple: true, default: [] },
      annotation: { type: 'string', multiple: true, default: [] },
      port: { type: 'string', multiple: true, default: [] },
      workdir: { type: 'string' },
      user: { type: 'string' },
      platform: { type: 'string', multiple: true, default: [] },
      layer: { type: 'string', multiple: true, default: [] },
      'ignore-file': { type: 'string' },
      owner: { type: 'string', default: '0:0' },
      'source-date-epoch': { type: 'string' },
      compression: { type: 'string', default: 'gzip' },
      'compression-level': { type: 'string' },
      output: { type: 'string', default: './oci-image' },
      archive: { type: 'string' },
      tag: { type: 'string', multiple: true, default: [] },
      'cache-dir': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      push: { type: 'boolean', default: false },
      load: { type: 'boolean', default: false },
      sbom: { type: 'boolean', default: false },
      provenance: { type: 'boolean', default: false },
      ...REGISTRY_FLAGS,
    },
    'build',
  );
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`build takes one CONTEXT folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const owner = parseOwner(v.owner as string);
  const opts: BuildOptions = {
    context: positionals[0] ?? '.',
    base: v.base as string,
    dest: v.dest as string,
    entrypoint: v.entrypoint !== undefined ? parseCommand(v.entrypoint as string, '--entrypoint') : undefined,
    cmd: v.cmd !== undefined ? parseCommand(v.cmd as string, '--cmd') : undefined,
    env: parseEnv(v.env as string[]),
    labels: parseKeyValues(v.label as string[], '--label'),
    annotations: parseKeyValues(v.annotation as string[], '--annotation'),
    ports: (v.port as string[]).map(parsePort),
    workdir: v.workdir as string | undefined,
    user: v.user as string | undefined,
    platforms: parsePlatforms(v.platform as string[]),
    layerGlobs: v.layer as string[],
    ignoreFile: v['ignore-file'] as string | undefined,
    uid: owner.uid,
    gid: owner.gid,
    sourceDateEpoch: v['source-date-epoch'] as string | undefined,
    compression: parseCompression(v.compression as string),
    compressionLevel: v['compression-level'] !== undefined ? parseLevel(v['compression-level'] as string) : undefined,
    output: v.output as string,
    archive: v.archive as string | undefined,
    tags: v.tag as string[],
    cacheDir: v['cache-dir'] as string | undefined,
    reuseLayers: !v['no-cache'],
    push: v.push as boolean,
    load: v.load as boolean,
    sbom: v.sbom as boolean,
    provenance: v.provenance as boolean,
    registry: await registryOptions(v, 'build'),
  };
  const result = await buildImage(opts, stderrLogger);
  if (v.json) {
    process.stdout.write(JSON.stringify(buildResultJson(result), null, 2) + '\n');
  } else {
    process.stdout.write(result.digest + '\n');
  }
  return 0;
}
