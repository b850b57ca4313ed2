// Annotation keys the engine reads or writes, declared once (OCI image spec annotations.md, the
// containerd and Docker keys that interoperate with them).

/** Prefix of the pre-defined OCI annotation keys (and of the label keys derived from them). */
export const OCI_IMAGE_PREFIX = 'org.opencontainers.image.';
/** The name of an image in an OCI layout's index.json. */
export const REF_NAME = `${OCI_IMAGE_PREFIX}ref.name`;
export const CREATED = `${OCI_IMAGE_PREFIX}created`;
export const TITLE = `${OCI_IMAGE_PREFIX}title`;
export const SOURCE = `${OCI_IMAGE_PREFIX}source`;
export const URL = `${OCI_IMAGE_PREFIX}url`;
export const REVISION = `${OCI_IMAGE_PREFIX}revision`;
export const VERSION = `${OCI_IMAGE_PREFIX}version`;
export const BASE_NAME = `${OCI_IMAGE_PREFIX}base.name`;
export const BASE_DIGEST = `${OCI_IMAGE_PREFIX}base.digest`;
/** containerd's full image name, which `ctr import` and nerdctl read. */
export const CONTAINERD_NAME = 'io.containerd.image.name';
/** BuildKit's attestation manifests: what they are and which manifest they describe. */
export const DOCKER_REFERENCE_TYPE = 'vnd.docker.reference.type';
export const DOCKER_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
