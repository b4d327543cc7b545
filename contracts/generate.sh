#!/usr/bin/env bash
# Regenerates the compiled artifacts and the Go bindings from contracts/src.
#
#   contracts/generate.sh [OUTROOT]
#
# writes OUTROOT/contracts/artifacts/<Name>.{abi,bin} and OUTROOT/bindings/<name>/<name>.go
# (OUTROOT defaults to the repository root). `make contracts` runs it on the repository; the
# drift test runs it on a temporary folder and compares. It needs contracts/node_modules
# (npm ci) and Go.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:-$repo}" && cd "${1:-$repo}" && pwd)

artifacts="$out/contracts/artifacts"
rm -rf "$artifacts"
mkdir -p "$artifacts"
(cd "$repo/contracts" && node scripts/compile.js "$artifacts")

cd "$repo"
for abi in "$artifacts"/*.abi; do
  name=$(basename "$abi" .abi)
  pkg=$(echo "$name" | tr '[:upper:]' '[:lower:]')
  mkdir -p "$out/bindings/$pkg"
  go run github.com/ethereum/go-ethereum/cmd/abigen \
    --abi "$abi" --bin "$artifacts/$name.bin" --pkg "$pkg" --type "$name" \
    --out "$out/bindings/$pkg/$pkg.go"
done
