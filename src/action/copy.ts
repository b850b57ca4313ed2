// copy/action.yml: promotes or mirrors an image (src/model/copy-by-name.ts does the work).
import * as core from '@actions/core';
import { parseImageName } from '../model/names.js';
import { copyByName } from '../model/copy-by-name.js';
import { parsePlatforms } from '../oci/platform.js';
import { UserError } from '../util/errors.js';
import { input, listInput } from './inputs.js';
import { maskSecret, registryInputs } from './registry-inputs.js';
import { runAction } from './run.js';

async function main(): Promise<void> {
  const registry = registryInputs();
  const source = input('source');
  if (!source) throw new UserError('input "source" is required: the image to copy, e.g. ghcr.io/acme/app@sha256:…', 1, { kind: 'usage', field: 'source' });
  const [dest, ...more] = listInput('tags');
  if (!dest) throw new UserError('input "tags" is required: where to copy the image, e.g. ghcr.io/acme/app:v1.2.3', 1, { kind: 'usage', field: 'tags' });
  const destName = parseImageName(dest, 'tags');
  const srcName = parseImageName(source, 'source');
  const srcUser = input('source-username');
  const srcPassword = input('source-password');
  maskSecret(srcPassword);
  if (!!srcUser !== !!srcPassword) throw new UserError('inputs "source-username" and "source-password" go together; set both or neither', 1, { kind: 'usage', field: 'sourcePassword' });
  // The username/password inputs are for the destination; the source's own, when given, for it.
  const destExplicit = registry.explicit && destName.transport === 'registry' ? { ...registry.explicit, registries: [destName.ref.registry] } : undefined;
  const srcExplicit =
    srcUser && srcPassword && srcName.transport === 'registry' ? { username: srcUser, password: srcPassword, source: 'the source-username/source-password inputs', registries: [srcName.ref.registry] } : destExplicit;
  const platforms = listInput('platforms');
  const result = await core.group('copy', () =>
    copyByName(source, dest, {
      platforms: platforms.length ? parsePlatforms(platforms) : undefined,
      tags: more,
      sourceRegistry: { ...registry, explicit: srcExplicit },
      destinationRegistry: { ...registry, explicit: destExplicit },
      logger: registry.logger!,
    }),
  );
  const first = result.images[0];
  core.setOutput('digest', result.digest);
  core.setOutput('image', destName.transport === 'registry' ? `${first.replace(/[:@][^/]*$/, '')}@${result.digest}` : first);
  core.setOutput('tags', result.images.join('\n'));
  await core.summary
    .addHeading('oci-bundle copy', 2)
    .addTable([
      [{ data: 'source', header: true }, `<code>${result.source}</code>`],
      [{ data: 'digest', header: true }, `<code>${result.digest}</code>`],
      [{ data: 'tags', header: true }, result.images.map((t) => `<code>${t}</code>`).join('<br>')],
      [{ data: 'blobs', header: true }, `${result.pushed} uploaded, ${result.mounted} mounted, ${result.skipped} already there`],
    ])
    .write();
}

void runAction(main);
