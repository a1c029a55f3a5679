#!/usr/bin/env python3
"""The workloads of benches/workloads.rs in PyTorch (eager) and JAX (jit), one training step each
(loss and all gradients, f32), printed as one table beside rheano's criterion results.

    pip install torch jax optax  # optional; a framework that is missing is skipped
    cargo bench --bench workloads
    python3 benches/compare.py   # add --threads 1 to pin every framework to one thread

rheano's numbers are the medians in target/criterion/<group>/<bench>/new/estimates.json; the
others are medians over 20 samples of about 50 ms each, measured the same way.
"""
import json
import os
import sys
import time
from pathlib import Path

THREADS = None
if "--threads" in sys.argv:
    THREADS = int(sys.argv[sys.argv.index("--threads") + 1])
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(THREADS)
    os.environ["XLA_FLAGS"] = "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"

ROOT = Path(__file__).resolve().parent.parent


def median_of(fn, repeat=20, inner=None):
    """The median over `repeat` samples of the mean time of `inner` calls: the statistic that
    criterion reports for rheano, so that every column of the table is measured the same way."""
    fn()
    if inner is None:
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        inner = max(1, int(0.05 / max(dt, 1e-9)))
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(inner):
            fn()
        samples.append((time.perf_counter() - t0) / inner)
    samples.sort()
    return samples[len(samples) // 2]


# W5: vocabulary, batch, steps, hidden units, and the tokens of benches/workloads.rs.
W5_SIZES = (50, 32, 50, 128)


def w5_tokens(array):
    V, N, T, _ = W5_SIZES
    tok = [[(i * 7 + j * 13 + i * j) % V for j in range(N)] for i in range(T)]
    tgt = [[(i * 5 + j * 3 + 1) % V for j in range(N)] for i in range(T)]
    return array(tok), array(tgt)


# W7: batch, steps, input channels, output channels, taps.
W7_SIZES = (32, 200, 40, 64, 5)

# W8: batch, steps, classes (the blank included), targets; the scores and targets of
# benches/workloads.rs.
W8_SIZES = (32, 200, 62, 40)


def w8_data():
    import numpy as np
    N, T, C, L = W8_SIZES
    # In f32 step by step, as Rust computes them: the same bits.
    m = (np.arange(N * T * C) * 7919 % 1000).astype(np.float32)
    z = (m / np.float32(250.0) - np.float32(2.0)).reshape(N, T, C)
    y = (1 + (np.arange(N * L) * 13) % (C - 1)).reshape(N, L)
    return z, y


def torch_times():
    import torch

    if THREADS:
        torch.set_num_threads(THREADS)
    g = torch.Generator().manual_seed(0)
    out = {}

    def step(loss_fn, params):
        def run():
            for p in params:
                p.grad = None
            loss = loss_fn()
            loss.backward()
            return loss
        return run

    for n in (1_000_000, 10_000_000):
        x = torch.randn(n, generator=g, requires_grad=True)
        out[f"W1-{n}"] = median_of(step(lambda: (torch.sigmoid(1.5 * x + 0.5) * torch.tanh(x) + 0.5 * x ** 2).sum(), [x]), 5)
    X = torch.randn(4096, 256, generator=g)
    y = (torch.arange(4096) % 3 == 0).float()
    w = (0.1 * torch.randn(256, generator=g)).requires_grad_()
    b = torch.tensor(0.1, requires_grad=True)
    out["W2"] = median_of(step(lambda: torch.nn.functional.softplus(-(2 * y - 1) * (X @ w + b)).mean() + 1e-3 * (w ** 2).sum(), [w, b]))
    X3 = torch.rand(128, 784, generator=g)
    y3 = torch.arange(128) % 10
    w1 = (0.05 * torch.randn(784, 256, generator=g)).requires_grad_()
    b1 = torch.zeros(256, requires_grad=True)
    w2 = (0.1 * torch.randn(256, 10, generator=g)).requires_grad_()
    b2 = torch.zeros(10, requires_grad=True)
    out["W3"] = median_of(step(lambda: torch.nn.functional.cross_entropy(torch.relu(X3 @ w1 + b1) @ w2 + b2, y3), [w1, b1, w2, b2]))
    A = torch.randn(10, 10, generator=g)
    xs = torch.randn(10, generator=g, requires_grad=True)
    ys = torch.randn(10, generator=g, requires_grad=True)

    def w4():
        xs.grad = None
        ys.grad = None
        loss = xs @ A @ ys
        loss.backward()
        with torch.no_grad():
            xs.sub_(1e-3 * xs.grad)
            ys.add_(1e-3 * ys.grad)
    out["W4"] = median_of(w4)
    X6 = torch.randn(1000, 500, generator=g)
    y6 = torch.randn(1000, generator=g)
    w6 = (0.05 * torch.randn(500, generator=g)).requires_grad_()
    out["W6"] = median_of(step(lambda: ((X6 @ w6 - y6) ** 2).mean(), [w6]))
    tok, tgt = w5_tokens(torch.tensor)
    V, N, T, H = W5_SIZES
    emb = (0.1 * torch.randn(V, 4 * H, generator=g)).requires_grad_()
    wh = (torch.randn(H, 4 * H, generator=g) / H ** 0.5).requires_grad_()
    b5 = torch.zeros(4 * H, requires_grad=True)
    wy = (torch.randn(H, V, generator=g) / H ** 0.5).requires_grad_()
    by = torch.zeros(V, requires_grad=True)

    def lstm():
        xg = emb[tok] + b5
        h = torch.zeros(N, H)
        c = torch.zeros(N, H)
        hs = []
        for t in range(T):
            i, f, gg, o = (xg[t] + h @ wh).chunk(4, dim=1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(gg)
            h = torch.sigmoid(o) * torch.tanh(c)
            hs.append(h)
        z = torch.stack(hs) @ wy + by
        return torch.nn.functional.cross_entropy(z.reshape(T * N, V), tgt.reshape(T * N))
    out["W5"] = median_of(step(lstm, [emb, wh, b5, wy, by]))
    # W7: a conv layer with bias and maxout, in PyTorch's own layout (channels first).
    N, T, I, O, K = W7_SIZES
    x7 = torch.randn(N, I, T, generator=g)
    y7 = torch.randn(N, O, T, generator=g)
    k1 = (0.1 * torch.randn(O, I, K, generator=g)).requires_grad_()
    k2 = (0.1 * torch.randn(O, I, K, generator=g)).requires_grad_()
    b7 = torch.zeros(O, requires_grad=True)

    def conv_layer():
        conv = torch.nn.functional.conv1d
        h = torch.maximum(conv(x7, k1, b7, padding=K // 2), conv(x7, k2, padding=K // 2))
        return ((h - y7) ** 2).mean()
    out["W7"] = median_of(step(conv_layer, [k1, k2, b7]))
    # W8: the summed CTC loss and its gradient with respect to the scores.
    z8, y8 = w8_data()
    N, T, C, L = W8_SIZES
    zt = torch.tensor(z8, requires_grad=True)
    yt, zl, yl = torch.tensor(y8), torch.full((N,), T), torch.full((N,), L)

    def ctc():
        lp = torch.log_softmax(zt, -1).transpose(0, 1)
        torch.nn.functional.ctc_loss(lp, yt, zl, yl, reduction="sum").backward()
        zt.grad = None
    out["W8"] = median_of(ctc)
    return out


def jax_times():
    import jax
    import jax.numpy as jnp

    k = jax.random.PRNGKey(0)
    out = {}

    def timed(f, *args):
        f = jax.jit(f)
        return median_of(lambda: jax.block_until_ready(f(*args)))

    for n in (1_000_000, 10_000_000):
        x = jax.random.normal(k, (n,))
        out[f"W1-{n}"] = timed(jax.value_and_grad(lambda x: jnp.sum(jax.nn.sigmoid(1.5 * x + 0.5) * jnp.tanh(x) + 0.5 * x ** 2)), x)
    X = jax.random.normal(k, (4096, 256))
    y = (jnp.arange(4096) % 3 == 0).astype(jnp.float32)
    out["W2"] = timed(jax.value_and_grad(lambda p: jnp.mean(jax.nn.softplus(-(2 * y - 1) * (X @ p[0] + p[1]))) + 1e-3 * jnp.sum(p[0] ** 2)), (0.1 * jax.random.normal(k, (256,)), 0.1))
    X3 = jax.random.uniform(k, (128, 784))
    y3 = jnp.arange(128) % 10

    def mlp(p):
        z = jax.nn.relu(X3 @ p[0] + p[1]) @ p[2] + p[3]
        return jnp.mean(jax.nn.logsumexp(z, axis=1) - z[jnp.arange(128), y3])
    out["W3"] = timed(jax.value_and_grad(mlp), (0.05 * jax.random.normal(k, (784, 256)), jnp.zeros(256), 0.1 * jax.random.normal(k, (256, 10)), jnp.zeros(10)))
    A = jax.random.normal(k, (10, 10))

    def w4(x, y):
        gx, gy = jax.grad(lambda x, y: x @ A @ y, argnums=(0, 1))(x, y)
        return x - 1e-3 * gx, y + 1e-3 * gy
    out["W4"] = timed(w4, jax.random.normal(k, (10,)), jax.random.normal(k, (10,)))
    X6 = jax.random.normal(k, (1000, 500))
    y6 = jax.random.normal(k, (1000,))
    out["W6"] = timed(jax.value_and_grad(lambda w: jnp.mean((X6 @ w - y6) ** 2)), 0.05 * jax.random.normal(k, (500,)))
    tok, tgt = w5_tokens(jnp.array)
    V, N, T, H = W5_SIZES
    ks = jax.random.split(k, 3)

    def lstm(p):
        emb, wh, b, wy, by = p
        xg = emb[tok] + b

        def cell(carry, x):
            h, c = carry
            i, f, g, o = jnp.split(x + h @ wh, 4, axis=1)
            c = jax.nn.sigmoid(f) * c + jax.nn.sigmoid(i) * jnp.tanh(g)
            h = jax.nn.sigmoid(o) * jnp.tanh(c)
            return (h, c), h
        zeros = jnp.zeros((N, H))
        _, hs = jax.lax.scan(cell, (zeros, zeros), xg)
        z = hs @ wy + by
        picked = jnp.take_along_axis(z, tgt[..., None], axis=-1)[..., 0]
        return jnp.mean(jax.nn.logsumexp(z, axis=-1) - picked)
    p5 = (0.1 * jax.random.normal(ks[0], (V, 4 * H)), jax.random.normal(ks[1], (H, 4 * H)) / H ** 0.5,
          jnp.zeros(4 * H), jax.random.normal(ks[2], (H, V)) / H ** 0.5, jnp.zeros(V))
    out["W5"] = timed(jax.value_and_grad(lstm), p5)
    N, T, I, O, K = W7_SIZES
    ks = jax.random.split(k, 4)
    x7 = jax.random.normal(ks[0], (N, T, I))
    y7 = jax.random.normal(ks[1], (N, T, O))

    def conv_layer(p):
        k1, k2, b = p
        conv = lambda w: jax.lax.conv_general_dilated(x7, w, (1,), "SAME", dimension_numbers=("NWC", "WIO", "NWC"))
        return jnp.mean((jnp.maximum(conv(k1) + b, conv(k2)) - y7) ** 2)
    p7 = (0.1 * jax.random.normal(ks[2], (K, I, O)), 0.1 * jax.random.normal(ks[3], (K, I, O)), jnp.zeros(O))
    out["W7"] = timed(jax.value_and_grad(conv_layer), p7)
    try:
        import optax
    except ImportError:
        print("(optax is not installed: W8 skipped for JAX)", file=sys.stderr)
        return out
    z8, y8 = w8_data()
    N, T, C, L = W8_SIZES
    y8 = jnp.array(y8)
    pad_z, pad_y = jnp.zeros((N, T)), jnp.zeros((N, L))
    out["W8"] = timed(jax.value_and_grad(lambda z: jnp.sum(optax.ctc_loss(z, pad_z, y8, pad_y))), jnp.array(z8))
    return out


def rheano_times():
    names = {
        "W1-1000000": "W1-elementwise/{}/1000000",
        "W1-10000000": "W1-elementwise/{}/10000000",
        "W2": "W2-logistic/{}",
        "W3": "W3-mlp/{}",
        "W4": "W4-bilinear/{}",
        "W5": "W5-lstm/{}",
        "W6": "W6-teacher-student/{}",
        "W7": "W7-conv/{}",
        "W8": "W8-ctc/{}",
    }
    out = {}
    for key, path in names.items():
        for impl in ("model", "hand", "ndarray", "gemm-floor", "kernel"):
            f = ROOT / "target" / "criterion" / path.format(impl) / "new" / "estimates.json"
            if f.exists():
                out[(key, impl)] = json.loads(f.read_text())["median"]["point_estimate"] * 1e-9
    return out


def fmt(t):
    if t is None:
        return "-"
    for unit, scale in (("s", 1), ("ms", 1e-3), ("us", 1e-6), ("ns", 1e-9)):
        if t >= scale:
            return f"{t / scale:.3g} {unit}"
    return f"{t * 1e9:.3g} ns"


def main():
    results = {}
    for name, fn in (("torch", torch_times), ("jax", jax_times)):
        try:
            results[name] = fn()
        except ImportError:
            print(f"({name} is not installed: skipped)", file=sys.stderr)
    r = rheano_times()
    keys = ["W1-1000000", "W1-10000000", "W2", "W3", "W4", "W5", "W6"]
    print("| workload | rheano model! | hand-written | ndarray | PyTorch eager | JAX jit |")
    print("| --- | --- | --- | --- | --- | --- |")
    for k in keys:
        row = [fmt(r.get((k, i))) for i in ("model", "hand", "ndarray")]
        row += [fmt(results.get(f, {}).get(k)) for f in ("torch", "jax")]
        print(f"| {k} | " + " | ".join(row) + " |")
    k = "W7"
    row = [fmt(r.get((k, i))) for i in ("model", "hand", "ndarray")]
    row += [fmt(results.get(f, {}).get(k)) for f in ("torch", "jax")]
    print(f"| {k} | " + " | ".join(row) + " |")
    for k in ("W3", "W5", "W7"):
        floor = r.get((k, "gemm-floor"))
        if floor is not None:
            print(f"{k}: the step's matrix products alone (gemm-floor) take {fmt(floor)}")
    print(f"W8 (CTC loss and gradient): rheano model! {fmt(r.get(('W8', 'model')))}, "
          f"rheano's kernel {fmt(r.get(('W8', 'kernel')))}, "
          f"PyTorch ctc_loss {fmt(results.get('torch', {}).get('W8'))}, "
          f"optax.ctc_loss under jit {fmt(results.get('jax', {}).get('W8'))}")


if __name__ == "__main__":
    main()
