// Opens the source or destination an ImageName names.
import type { RegistryClientOptions } from '../registry/client.js';
import { UserError } from '../util/errors.js';
import { ArchiveDestination } from './archive.js';
import { ArchiveFilesSource } from './archive-files.js';
import { OciArchiveReader } from '../layout/archive-reader.js';
import { DockerArchiveDestination } from './docker-archive-destination.js';
import { LayoutDestination } from './layout-destination.js';
import { LayoutImageSource } from './layout-source.js';
import type { ImageName } from './names.js';
import { RegistryDestination } from './registry-destination.js';
import { RegistryImageSource } from './registry-source.js';
import type { ImageDestination, ImageSource } from './types.js';

/** `field`: what names this source to the user (copy's SOURCE, build's --base). */
export function openImageSource(name: ImageName, registry: RegistryClientOptions = {}, field = 'source'): ImageSource {
  switch (name.transport) {
    case 'registry':
      return new RegistryImageSource(name.ref, registry);
    case 'oci':
      return new LayoutImageSource(name.dir, name.ref, undefined, { choose: `name one as oci:${name.dir}:REF`, field });
    case 'oci-archive':
      // Read in place: members are byte ranges of the archive, verified as they are read.
      return new ArchiveFilesSource(name.file, name.ref, (file) => OciArchiveReader.open(file), field);
    case 'docker-archive':
      throw new UserError(`${name.text}: docker-archive is a destination only (for docker load / podman load)`, 2, { kind: 'usage', field });
  }
}

/** The destination, and the tags its name carries (a registry tag, a layout's ref name). */
export function openImageDestination(name: ImageName, registry: RegistryClientOptions = {}): { destination: ImageDestination; tags: string[] } {
  switch (name.transport) {
    case 'registry':
      return { destination: new RegistryDestination(name.ref, registry), tags: name.ref.tag ? [name.ref.tag] : [] };
    case 'oci':
      return { destination: new LayoutDestination(name.dir), tags: name.ref ? [name.ref] : [] };
    case 'oci-archive':
      return { destination: new ArchiveDestination(name.file), tags: name.ref ? [name.ref] : [] };
    case 'docker-archive':
      // NAME:TAG goes into manifest.json's RepoTags; copy's tags are tags of that name's repository.
      return { destination: new DockerArchiveDestination(name.file, name.name), tags: [] };
  }
}
