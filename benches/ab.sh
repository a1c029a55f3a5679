#!/usr/bin/env bash
# Two commits' speed in one sitting: builds `benches/minimum.rs` (with this tree's
# `benches/common/mod.rs`) at BASE, in a worktree, and here, then runs the two binaries
# alternately, ROUNDS rounds, each on one thread pinned to core 0 and on all threads. Prints,
# per workload and thread count, the fastest time of each commit over the rounds and their ratio.
# Usage: benches/ab.sh BASE [ROUNDS]   (default 6)
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"
rounds="${2:-6}"
dir="$(mktemp -d)"
git worktree add -q --detach "$dir/tree" "$base"
trap 'git worktree remove --force "$dir/tree"' EXIT
cp benches/minimum.rs benches/common/mod.rs "$dir/"
cp "$dir/minimum.rs" "$dir/tree/benches/minimum.rs"
cp "$dir/mod.rs" "$dir/tree/benches/common/mod.rs"
if ! grep -q 'name = "minimum"' "$dir/tree/Cargo.toml"; then
    printf '\n[[bench]]\nname = "minimum"\nharness = false\n' >> "$dir/tree/Cargo.toml"
fi
build() { # dir target -> binary
    (cd "$1" && CARGO_TARGET_DIR="$2" cargo bench -q --bench minimum --no-run --message-format=json 2>/dev/null) |
        python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "minimum" and m.get("executable"):
        print(m["executable"])' | tail -1
}
base_bin="$(build "$dir/tree" "$dir/target")"
head_bin="$(build . target)"
for r in $(seq "$rounds"); do
    for which in base head; do
        bin="$base_bin"; [ "$which" = head ] && bin="$head_bin"
        RAYON_NUM_THREADS=1 taskset -c 0 "$bin" | sed "s/^/$which 1t /"
        "$bin" | sed "s/^/$which all /"
    done
done | python3 -c 'import sys, collections
best = collections.defaultdict(lambda: float("inf"))
for line in sys.stdin:
    which, threads, name, secs = line.split()
    best[(name, threads, which)] = min(best[(name, threads, which)], float(secs))
print("workload threads base head head/base")
for (name, threads) in sorted({(k[0], k[1]) for k in best}):
    b, h = best[(name, threads, "base")], best[(name, threads, "head")]
    print(f"{name} {threads} {b:.4e} {h:.4e} {h / b:.3f}")'
