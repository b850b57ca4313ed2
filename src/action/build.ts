// The root action: build + validate (+ push). Reads inputs, runs the engine, sets outputs and
// writes the job summary. Everything else lives in the engine shared with the CLI.
import * as core from '@actions/core';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildImage, type BuildOptions, type BuildResult } from '../image/build.js';
import { parseCommand, parseEnv, parseKeyValues, parseLevel, parseOwner, parsePlatforms, parsePort } from '../image/options.js';
import { rfc3339 } from '../image/config.js';
import { parseCompression } from '../layer/compress.js';
import { resolveSourceDateEpoch } from '../util/source-date.js';
import { humanSize } from '../util/log.js';
import { UserError } from '../util/errors.js';
import { restoreBaseCache, saveBaseCache } from './cache.js';
import { booleanInput, commandInput, input, keyValueInput, listInput, stripAnnotationLevel } from './inputs.js';
import { githubMetadata, withDefaults } from './github.js';
import { actionLogger } from './logger.js';
import { runAction } from './run.js';
import { tagOf } from '../image/tags.js';
import { repositoryOf } from './refs.js';
import { registryInputs } from './registry-inputs.js';
import { summaryCode as code, summaryText as text } from './summary.js';
import { supplyOutputs } from '../supply/outputs.js';
import { buildResultJson } from '../image/result-json.js';
import { destinationRegistries } from '../registry/credentials.js';

async function main(): Promise<void> {
  const registry = registryInputs();

  const context = input('context') ?? '.';
  const { epoch } = await resolveSourceDateEpoch(input('source-date-epoch'), path.resolve(context));
  const derived = githubMetadata(process.env, rfc3339(epoch));
  const owner = parseOwner(input('owner') ?? '0:0');
  const userAnnotations = keyValueInput('annotations').map(stripAnnotationLevel).filter((x): x is string => x !== undefined);
  const output = input('output') ?? path.join(process.env.RUNNER_TEMP || path.resolve('.oci-bundle'), `oci-bundle-${process.env.GITHUB_RUN_ID ?? 'local'}-${randomBytes(4).toString('hex')}`);
  const opts: BuildOptions = {
    context,
    base: input('base') ?? 'scratch',
    dest: input('dest') ?? '/app',
    entrypoint: commandInput('entrypoint') !== undefined ? parseCommand(commandInput('entrypoint')!, 'input "entrypoint"') : undefined,
    cmd: commandInput('cmd') !== undefined ? parseCommand(commandInput('cmd')!, 'input "cmd"') : undefined,
    env: parseEnv(keyValueInput('env', false)),
    labels: withDefaults(parseKeyValues(keyValueInput('labels'), 'labels'), derived),
    annotations: withDefaults(parseKeyValues(userAnnotations, 'annotations'), derived),
    ports: listInput('ports').map(parsePort),
    workdir: input('workdir'),
    user: input('user'),
    platforms: parsePlatforms(listInput('platforms')),
    layerGlobs: listInput('layers'),
    ignoreFile: input('ignore-file'),
    uid: owner.uid,
    gid: owner.gid,
    sourceDateEpoch: String(epoch),
    compression: parseCompression(input('compression') ?? 'gzip'),
    compressionLevel: input('compression-level') !== undefined ? parseLevel(input('compression-level')!) : undefined,
    output,
    archive: input('archive'),
    tags: listInput('tags'),
  };
  opts.push = booleanInput('push', false);
  opts.load = booleanInput('load', false);
  opts.sbom = booleanInput('sbom', false);
  opts.provenance = booleanInput('provenance', false);
  opts.registry = registry;
  registry.destinations = destinationRegistries(opts.tags); // credentials never go to the base's registry (nor in the cache lookup below)
  if (opts.push && opts.tags.length === 0) throw new UserError('push is true but no tags are given; set tags (e.g. ghcr.io/${{ github.repository }}:${{ github.sha }})');
  const useCache = booleanInput('cache', true);

  const cache = useCache ? await restoreBaseCache(opts.base ?? 'scratch', registry) : undefined;
  const result = await core.group(opts.push ? 'build, validate and push' : 'build and validate', () => buildImage(opts, actionLogger));
  if (cache) await saveBaseCache(cache, result);
  setOutputs(result);
  await writeSummary(result, opts.push);
}

function setOutputs(r: BuildResult): void {
  core.setOutput('digest', r.digest);
  const first = r.tags[0];
  core.setOutput('image', first ? `${repositoryOf(first)}@${r.digest}` : '');
  core.setOutput('tags', r.tags.join('\n'));
  core.setOutput('platforms', r.platforms.join(','));
  core.setOutput('layout', r.layout);
  core.setOutput('archive', r.archive ?? '');
  core.setOutput('loaded', (r.loaded ?? []).join('\n'));
  core.setOutput('metadata', JSON.stringify(buildResultJson(r)));
  for (const [k, v] of Object.entries(supplyOutputs(r))) core.setOutput(k, v);
}

async function writeSummary(r: BuildResult, pushed: boolean): Promise<void> {
  const rows = [
    [{ data: 'layer', header: true }, { data: 'digest', header: true }, { data: 'size', header: true }, { data: 'media type', header: true }],
    ...r.layers.map((l, i) => [String(i + 1), code(l.digest), humanSize(l.size), text(l.mediaType)]),
  ];
  const s = core.summary.addHeading('oci-bundle', 2).addTable([
    [{ data: 'digest', header: true }, code(r.digest)],
    [{ data: 'tags', header: true }, r.tags.length ? r.tags.map(code).join('<br>') : '(none)'],
    [{ data: 'platforms', header: true }, text(r.platforms.join(', '))],
    [{ data: 'base', header: true }, r.base ? `${code(r.base.name)} (${code(r.base.digest)})` : 'scratch'],
    [{ data: 'layout', header: true }, code(r.layout)],
  ]);
  s.addHeading('Layers', 3).addTable(rows);
  if (r.tags.length) {
    const ref = `${repositoryOf(r.tags[0])}@${r.digest}`;
    s.addHeading(pushed ? 'Pull' : 'Push and pull', 3);
    s.addCodeBlock(text(pushed ? `docker pull ${ref}` : `skopeo copy oci:${r.layout}:${tagOf(r.tags[0])} docker://${r.tags[0]}\ndocker pull ${ref}`), 'sh');
  }
  await s.write();
}


void runAction(main);
