# Fits tanh(x) ~ x P(t) / Q(t), t = x^2, on [0, C] for runtime/src/vmath.rs: minimax relative
# error by a linearised linear program (Loeb iteration), then the coefficients rounded to f32 one
# at a time, lowest order first, refitting the others around each.
# Usage: python3 runtime/tools/fit_tanh.py 6 3 9.02   (needs numpy, scipy, mpmath)
import numpy as np, mpmath as mp, sys
from scipy.optimize import linprog
mp.mp.dps = 40
m, n, C = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
xs = np.unique(np.concatenate([np.linspace(1e-4, C, 3000), C * np.sin(np.linspace(0, np.pi/2, 1500))**2]))
xs = xs[xs > 0]
s = xs**2 / C**2                      # scaled variable in (0, 1]
f = np.array([float(mp.tanh(mp.mpf(x)) / mp.mpf(x)) for x in xs])
K = 1e7
# unknowns in scaled form: a0..am (P), b1..bn (Q, b0 = 1), E
nv = m + 1 + n + 1
def solve(fixed, qprev):
    A, b = [], []
    for si, fi, qi in zip(s, f, qprev):
        w = K / (fi * qi)
        rp = [si**k for k in range(m + 1)]
        rq = [-fi * si**k for k in range(1, n + 1)]
        A.append([w * v for v in rp] + [w * v for v in rq] + [-1.0]); b.append(w * fi)
        A.append([-w * v for v in rp] + [-w * v for v in rq] + [-1.0]); b.append(-w * fi)
    bounds = [(None, None)] * nv
    for i, v in fixed.items():
        bounds[i] = (v, v)
    c = np.zeros(nv); c[-1] = 1
    r = linprog(c, A_ub=np.array(A), b_ub=np.array(b), bounds=bounds, method="highs")
    return r.x
def coeffs(x):
    a = x[:m + 1]; bq = np.concatenate([[1.0], x[m + 1:m + 1 + n]])
    return a, bq
def iterate(fixed):
    qprev = np.ones_like(s)
    for _ in range(10):
        x = solve(fixed, qprev)
        a, bq = coeffs(x)
        qprev = np.polyval(bq[::-1], s)
    return x
scale_p = C ** (2 * np.arange(m + 1)); scale_q = C ** (2 * np.arange(n + 1))
fixed = {0: 1.0}
x = iterate(fixed)
# round in unscaled form: p_k = a_k / C^2k
order = []
for k in range(1, max(m, n) + 1):
    if k <= n: order.append(('q', k))
    if k <= m: order.append(('p', k))
for kind, k in order:
    a, bq = coeffs(x)
    if kind == 'p':
        v = float(np.float32(a[k] / scale_p[k])); fixed[k] = v * scale_p[k]
    else:
        v = float(np.float32(bq[k] / scale_q[k])); fixed[m + k] = v * scale_q[k]
    x = iterate(fixed)
a, bq = coeffs(x)
p = a / scale_p; q = bq / scale_q
P = np.polyval(a[::-1], s); Q = np.polyval(bq[::-1], s)
err = np.max(np.abs(P / Q / f - 1))
print(f"max rel err with f32 coefficients {err:.3e} ({err / 2**-24:.3f} x 2^-24)")
print("p = [" + ", ".join(repr(float(np.float32(v))) for v in p) + "]")
print("q = [" + ", ".join(repr(float(np.float32(v))) for v in q) + "]")
