#!/usr/bin/env bash
# rheano (and the hand-written Rust beside it) against JAX and PyTorch (whichever is installed),
# in one sitting: ROUNDS rounds, each timing rheano then the peers on 1 thread, every process
# pinned to core 0, then on all threads. Prints compare.py's table after each half; report the
# range over the rounds.
# Usage: benches/side_by_side.sh [rounds]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
filter='^W1-elementwise/(model|hand)|^W2-logistic/(model|hand)|^W3-mlp/(model|hand)$|^W4-bilinear/(model|hand)|^W6-teacher-student/(model|hand)'
for r in $(seq "$rounds"); do
    echo "== round $r, 1 thread (taskset -c 0)"
    RAYON_NUM_THREADS=1 taskset -c 0 cargo bench -q --bench workloads -- "$filter" > /dev/null
    taskset -c 0 python3 benches/compare.py --threads 1
    echo "== round $r, all threads"
    cargo bench -q --bench workloads -- "$filter" > /dev/null
    python3 benches/compare.py
done
