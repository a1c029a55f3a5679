#!/usr/bin/env python3
"""benches/data_parallel.rs in PyTorch: W3 (the MNIST MLP, 784-256-10), one SGD step of the
global batch on one process and on two (DistributedDataParallel over gloo, torch's CPU backend),
every process on one thread, and the all-reduce of the gradient's 203,530 floats on two.

    pip install torch
    cargo bench --features mpi --bench data_parallel   # rheano's numbers (criterion)
    python3 benches/data_parallel.py                    # these, and both tables side by side

Times are medians over 20 samples, each the mean of as many steps as fill about 0.2 s; every
sample starts with a barrier, so the two processes step together. rheano's numbers are the
medians criterion wrote to target/criterion/data-parallel-W3/.
"""
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
import torch  # noqa: E402
import torch.distributed as dist  # noqa: E402
import torch.multiprocessing as mp  # noqa: E402

BATCHES = (256, 2048)
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = 20


def model():
    torch.manual_seed(0)
    return torch.nn.Sequential(
        torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 10)
    )


def agree(n):
    """Rank 0's `n` on every process: each sample's step count must be the same on both."""
    if not dist.is_initialized():
        return n
    t = torch.tensor([n])
    dist.broadcast(t, 0)
    return int(t.item())


def median_of(step, sync):
    for _ in range(3):
        step()
    sync()
    t0 = time.perf_counter()
    step()
    inner = agree(max(1, int(0.2 / max(time.perf_counter() - t0, 1e-9))))
    samples = []
    for _ in range(SAMPLES):
        sync()  # both processes start each sample together
        t0 = time.perf_counter()
        for _ in range(inner):
            step()
        samples.append((time.perf_counter() - t0) / inner)
    samples.sort()
    return samples[len(samples) // 2]


def run(rank, size, out):
    torch.set_num_threads(1)
    if size > 1:
        os.environ["MASTER_ADDR"] = "127.0.0.1"
        os.environ["MASTER_PORT"] = "29517"
        dist.init_process_group("gloo", rank=rank, world_size=size)
    sync = dist.barrier if size > 1 else (lambda: None)
    results = {}
    for batch in BATCHES:
        g = torch.Generator().manual_seed(4)
        x = torch.rand(batch, 784, generator=g)
        y = torch.arange(batch) * 7 % 10
        part = batch // size
        xs, ys = x[rank * part:(rank + 1) * part], y[rank * part:(rank + 1) * part]
        net = model()
        if size > 1:
            net = torch.nn.parallel.DistributedDataParallel(net)
        opt = torch.optim.SGD(net.parameters(), lr=1e-4)
        loss_fn = torch.nn.CrossEntropyLoss()

        def step():
            opt.zero_grad(set_to_none=False)
            loss_fn(net(xs), ys).backward()
            opt.step()

        results[f"step-{batch}"] = median_of(step, sync)
    if size > 1:
        flat = torch.zeros(784 * 256 + 256 + 2560 + 10)
        results["all-reduce"] = median_of(lambda: dist.all_reduce(flat), sync)
        dist.destroy_process_group()
    if rank == 0:
        out.put(results)


def measure(size):
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    procs = [ctx.Process(target=run, args=(r, size, q)) for r in range(size)]
    for p in procs:
        p.start()
    results = q.get()
    for p in procs:
        p.join()
    return results


def rheano(bench):
    path = ROOT / "target/criterion/data-parallel-W3" / bench / "new/estimates.json"
    try:
        return json.loads(path.read_text())["median"]["point_estimate"] * 1e-9
    except (OSError, KeyError, ValueError):
        return None


def ms(s):
    return "-" if s is None else f"{s * 1e3:.3f} ms"


def ratio(a, b):
    return "-" if a is None or b is None else f"{a / b:.2f}x"


def main():
    one, two = measure(1), measure(2)
    print(f"W3 data-parallel, one thread per process, torch {torch.__version__} (gloo):")
    print("| global batch | rheano 1 rank | rheano 2 ranks | speed-up | "
          "PyTorch 1 process | PyTorch 2 (DDP) | speed-up |")
    print("|---|---|---|---|---|---|---|")
    for batch in BATCHES:
        r1 = rheano(f"step-{batch}/1 rank")
        r2 = rheano(f"step-{batch}/2 ranks")
        p1, p2 = one[f"step-{batch}"], two[f"step-{batch}"]
        print(f"| {batch} | {ms(r1)} | {ms(r2)} | {ratio(r1, r2)} | "
              f"{ms(p1)} | {ms(p2)} | {ratio(p1, p2)} |")
    print(f"all-reduce of 203,530 floats on 2 processes: rheano (MPI) "
          f"{ms(rheano('all-reduce-203530/2 ranks'))}, PyTorch (gloo) {ms(two['all-reduce'])}")


if __name__ == "__main__":
    sys.exit(main())
