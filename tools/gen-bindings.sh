#!/usr/bin/env bash
# Generates Go bindings for our contracts from forge's artifacts with the pinned abigen.
# Usage: tools/gen-bindings.sh Contract [Contract...]   (run `forge build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
ABIGEN="go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for c in "$@"; do
  art="contracts/out/$c.sol/$c.json"
  [ -f "$art" ] || { echo "gen-bindings: $art not found (run make contracts)" >&2; exit 1; }
  pkg=$(echo "$c" | tr '[:upper:]' '[:lower:]')
  node -e '
    const a = require(process.argv[1]);
    const fs = require("fs");
    fs.writeFileSync(process.argv[2], JSON.stringify(a.abi));
    fs.writeFileSync(process.argv[3], a.bytecode.object.replace(/^0x/, ""));
  ' "$PWD/$art" "$tmp/$c.abi" "$tmp/$c.bin"
  mkdir -p "bindings/$pkg"
  $ABIGEN --abi "$tmp/$c.abi" --bin "$tmp/$c.bin" --pkg "$pkg" --type "$c" --out "bindings/$pkg/$pkg.go"
  echo "bindings/$pkg/$pkg.go"
done
