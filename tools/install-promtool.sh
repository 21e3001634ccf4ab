#!/usr/bin/env bash
# Installs promtool, Prometheus's config and rule checker, into .tools/bin/ without root, at a
# pinned version: from Debian's prometheus package (`apt-get download` needs no root and checks
# the package against apt's signed index; `dpkg-deb -x` unpacks it here), or, where apt has no
# such package, built from Prometheus's Go module. PROMTOOL_FROM=go forces the second way.
# Usage: tools/install-promtool.sh   (make promtool runs it)
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian bookworm's package, and the Go module of the nearest Prometheus release that builds
# with our Go (Prometheus 3.x; the rules and config in deploy/ check with both).
DEB_VERSION="2.42.0+ds-5+b6"
GO_VERSION="v0.316.0"

dest=.tools/bin/promtool
mkdir -p .tools/bin
tmp=$(mktemp -d .tools/promtool.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

from_deb() {
  command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || return 1
  (cd "$tmp" && apt-get download -q -o APT::Sandbox::User=root "prometheus=$DEB_VERSION" >/dev/null) || return 1
  dpkg-deb -x "$tmp"/prometheus_*.deb "$tmp/root"
  mv "$tmp/root/usr/bin/promtool" "$tmp/promtool"
}

from_go() {
  GOBIN="$PWD/$tmp" go install "github.com/prometheus/prometheus/cmd/promtool@$GO_VERSION"
}

if [ "${PROMTOOL_FROM:-deb}" = deb ] && from_deb; then
  how="Debian package prometheus $DEB_VERSION"
else
  echo "install-promtool: no Debian package prometheus=$DEB_VERSION; building promtool $GO_VERSION with go install" >&2
  from_go
  how="github.com/prometheus/prometheus/cmd/promtool@$GO_VERSION"
fi
"$tmp/promtool" --version >/dev/null
mv -f "$tmp/promtool" "$dest"
echo "install-promtool: $dest from $how"
