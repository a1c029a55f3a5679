#!/usr/bin/env bash
# Training time, first build and rebuild of the digits example as a crate of its own, under
# the Cargo profiles the README compares. Usage: benches/dev_profiles.sh [scratch dir]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$(mktemp -d)}"
mkdir -p "$dir/src"
cd "$dir"
sed -e "s|concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/data/digits/digits.csv.gz\")|\"$repo/data/digits/digits.csv.gz\"|" \
    -e "s|include!(\"digits/model.rs\");|include!(\"$repo/examples/digits/model.rs\");|" \
    "$repo/examples/digits.rs" > src/main.rs
base="[package]
name = \"devprof\"
version = \"0.1.0\"
edition = \"2021\"

[dependencies]
rheano = { path = \"$repo\" }
"
run() { # label, profile text, cargo flag
    printf '%s\n%b' "$base" "$2" > Cargo.toml
    rm -rf target
    local s e cold inc bin
    s=$(date +%s.%N); cargo build $3 -q; e=$(date +%s.%N); cold=$(echo "$e - $s" | bc)
    touch src/main.rs
    s=$(date +%s.%N); cargo build $3 -q; e=$(date +%s.%N); inc=$(echo "$e - $s" | bc)
    bin=target/debug/devprof; [ "$3" = "--release" ] && bin=target/release/devprof
    echo "$1 | first build ${cold} s | rebuild ${inc} s | $("$bin" | grep 'final test accuracy')"
}
run "dev defaults" "" ""
run "dependencies at opt-level 3" '[profile.dev.package."*"]\nopt-level = 3\n' ""
run "opt-level = 1" '[profile.dev]\nopt-level = 1\n' ""
run "opt-level = 1, dependencies at 3" '[profile.dev]\nopt-level = 1\n\n[profile.dev.package."*"]\nopt-level = 3\n' ""
run "release" "" "--release"
