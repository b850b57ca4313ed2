// merge/action.yml: joins single-platform images pushed by matrix jobs into one index.
import * as core from '@actions/core';
import { mergeImages } from '../image/merge.js';
import { listInput } from './inputs.js';
import { registryInputs } from './registry-inputs.js';
import { repositoryOf } from './refs.js';
import { runAction } from './run.js';
import { summaryCode as code, summaryText as text } from './summary.js';

async function main(): Promise<void> {
  const registry = registryInputs();
  const tags = listInput('tags');
  const sources = listInput('sources');
  const result = await core.group('merge', () => mergeImages(tags, sources, { ...registry, logger: registry.logger! }));
  core.setOutput('digest', result.digest);
  core.setOutput('image', `${repositoryOf(result.tags[0])}@${result.digest}`);
  await core.summary
    .addHeading('oci-bundle merge', 2)
    .addTable([
      [{ data: 'digest', header: true }, code(result.digest)],
      [{ data: 'tags', header: true }, result.tags.map(code).join('<br>')],
      ...result.manifests.map((m) => [{ data: text(m.platform), header: true }, code(m.digest)]),
    ])
    .write();
}

void runAction(main);
