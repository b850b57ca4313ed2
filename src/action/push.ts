// push/action.yml: pushes an OCI layout (the build step's output) to the tags.
import * as core from '@actions/core';
import { pushLayout } from '../registry/push.js';
import { UserError } from '../util/errors.js';
import { input, listInput } from './inputs.js';
import { registryInputs } from './registry-inputs.js';
import { repositoryOf } from './refs.js';
import { runAction } from './run.js';
import { summaryCode as code, summaryText as text } from './summary.js';

async function main(): Promise<void> {
  const registry = registryInputs();
  const layout = input('layout');
  if (!layout) throw new UserError('input "layout" is required: the build step\'s "layout" output');
  const tags = listInput('tags');
  if (tags.length === 0) throw new UserError('input "tags" is required: the image references to push to');
  const result = await core.group('push', () => pushLayout(layout, tags, registry));
  core.setOutput('digest', result.digest);
  core.setOutput('image', `${repositoryOf(result.tags[0])}@${result.digest}`);
  core.setOutput('tags', result.tags.join('\n'));
  await core.summary
    .addHeading('oci-bundle push', 2)
    .addTable([
      [{ data: 'digest', header: true }, code(result.digest)],
      [{ data: 'tags', header: true }, result.tags.map(code).join('<br>')],
      [{ data: 'blobs', header: true }, `${result.pushed} uploaded, ${result.mounted} mounted, ${result.skipped} already there`],
    ])
    .addCodeBlock(text(`docker pull ${repositoryOf(result.tags[0])}@${result.digest}`), 'sh')
    .write();
}

void runAction(main);
