import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  readStdin
} from "./chunk-RQUCLO55.js";
import {
  UsageError
} from "./chunk-S5NN2QBC.js";

// src/cli/registry-flags.ts
var REGISTRY_FLAGS = {
  "insecure-registry": { type: "string", multiple: true },
  username: { type: "string", short: "u" },
  "password-stdin": { type: "boolean" }
};
var REGISTRY_HELP = `  --insecure-registry HOST   talk plain HTTP to HOST[:PORT] (repeatable; loopback hosts always are)
  --username USER            user name; the password (or token) is read from stdin with
  --password-stdin           ... this flag (or from OCI_BUNDLE_PASSWORD)

Credentials, in order: --username/--password-stdin, OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD, then
the docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json: auths, credHelpers,
credsStore) as written by "docker login" and docker/login-action; else anonymous.
`;
async function registryOptions(values, command) {
  if (values["password-stdin"] && !values.username) throw new UsageError(`${command}: --password-stdin needs --username`);
  let explicit;
  if (values.username !== void 0) {
    if (values.username === "") throw new UsageError(`${command}: --username is empty`);
    let password;
    let source;
    if (values["password-stdin"]) {
      if (process.stdin.isTTY) throw new UsageError(`${command}: --password-stdin reads the password from stdin; pipe it in (e.g. echo "$TOKEN" | oci-bundle ${command} ...)`);
      password = await readStdin();
      source = "--username/--password-stdin";
    } else if (process.env.OCI_BUNDLE_PASSWORD) {
      password = process.env.OCI_BUNDLE_PASSWORD;
      source = "--username/OCI_BUNDLE_PASSWORD";
    } else {
      throw new UsageError(`${command}: --username needs --password-stdin (or OCI_BUNDLE_PASSWORD); passwords are never taken on the command line`);
    }
    if (password === "") throw new UsageError(`${command}: the password read from stdin is empty`);
    explicit = { username: values.username, password, source };
  }
  return { insecureRegistries: values["insecure-registry"] ?? [], explicit };
}

export {
  REGISTRY_FLAGS,
  REGISTRY_HELP,
  registryOptions
};
