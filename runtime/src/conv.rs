//! Convolutions over one or two dims (`conv[T]`, `conv[T, F]` in `model!`): stride 1, zero
//! "same" padding, odd kernel sizes, cross-correlation as in every framework. The input is
//! `[B, T, F, I]` (`F = 1` for one dim, `B` the leading dims flattened), the kernel
//! `[KT, KF, I, O]` (`KF = 1`), the result `[B, T, F, O]`:
//!
//! `out[b, t, f, o] = sum over s, u, i of x[b, t + s - (KT-1)/2, f + u - (KF-1)/2, i] k[s, u, i, o]`,
//!
//! reading zeros outside `x`. The two gradients: of the input, [`data_grad`], a convolution of
//! the incoming gradient with the kernel flipped and its channels swapped; of the kernel,
//! [`kernel_grad`], the input's patches against the incoming gradient.
//!
//! In `f32` each is one matrix product over the patches (`im2col`): the input's windows as the
//! rows of a `[B T F, KT KF I]` matrix, built in this thread's scratch memory, times the kernel
//! as a `[KT KF I, O]` matrix; the input's gradient scatters the rows of the incoming gradient
//! times the kernel's transpose back onto the windows. The `*_direct` functions are the same
//! sums as plain loops, in `f32` or `f64`: the reference for tests and `model!`'s f64 methods.

use crate::kernels::Elem;
use crate::matrix::{Mat, MatMut, MatRef};
use crate::product::gemm;

/// The sizes of one convolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// The leading dims' product.
    pub batch: usize,
    /// `[T, F]`, `F = 1` for a convolution over one dim.
    pub size: [usize; 2],
    /// `[KT, KF]`, odd; `KF = 1` over one dim.
    pub kernel: [usize; 2],
    /// Input channels `I`.
    pub cin: usize,
    /// Output channels `O`.
    pub cout: usize,
}

impl Geometry {
    /// The positions `B T F`.
    pub fn positions(&self) -> usize {
        self.batch * self.size[0] * self.size[1]
    }

    /// A patch's length, `KT KF I`.
    pub fn patch(&self) -> usize {
        self.kernel[0] * self.kernel[1] * self.cin
    }

    /// For output position `(t, f)` and kernel tap `(s, u)`, the input position read, if inside.
    #[inline(always)]
    fn source(&self, t: usize, f: usize, s: usize, u: usize) -> Option<(usize, usize)> {
        let tt = (t + s).checked_sub((self.kernel[0] - 1) / 2)?;
        let ff = (f + u).checked_sub((self.kernel[1] - 1) / 2)?;
        (tt < self.size[0] && ff < self.size[1]).then_some((tt, ff))
    }
}

/// Visits every (position, tap, input position) triple that reads inside the input: the offset
/// of the output position's row (`B T F` order), the tap's index (`KT KF` order), and the input
/// row's offset.
#[inline(always)]
fn each_tap(geo: &Geometry, mut f: impl FnMut(usize, usize, usize)) {
    let [t_n, f_n] = geo.size;
    let [kt, kf] = geo.kernel;
    for b in 0..geo.batch {
        for t in 0..t_n {
            for fq in 0..f_n {
                let row = (b * t_n + t) * f_n + fq;
                for s in 0..kt {
                    for u in 0..kf {
                        if let Some((tt, ff)) = geo.source(t, fq, s, u) {
                            f(row, s * kf + u, (b * t_n + tt) * f_n + ff);
                        }
                    }
                }
            }
        }
    }
}

/// The convolution as plain sums, in either precision: `x` `[B T F, I]`, `k` `[KT KF I, O]`,
/// `out` `[B T F, O]` (overwritten).
pub fn forward_direct<T: Elem>(x: &[T], k: &[T], geo: Geometry, out: &mut [T]) {
    let (ci, co) = (geo.cin, geo.cout);
    out.fill(T::zero());
    each_tap(&geo, |row, tap, src| {
        for i in 0..ci {
            let v = x[src * ci + i];
            let kr = &k[(tap * ci + i) * co..(tap * ci + i + 1) * co];
            for (o, &w) in out[row * co..(row + 1) * co].iter_mut().zip(kr) {
                *o = *o + v * w;
            }
        }
    });
}

/// The gradient of the input as plain sums: `g` `[B T F, O]`, `k` `[KT KF I, O]`, `dx`
/// `[B T F, I]` (overwritten).
pub fn data_grad_direct<T: Elem>(g: &[T], k: &[T], geo: Geometry, dx: &mut [T]) {
    let (ci, co) = (geo.cin, geo.cout);
    dx.fill(T::zero());
    each_tap(&geo, |row, tap, src| {
        let gr = &g[row * co..(row + 1) * co];
        for i in 0..ci {
            let kr = &k[(tap * ci + i) * co..(tap * ci + i + 1) * co];
            let s = gr.iter().zip(kr).fold(T::zero(), |a, (&p, &q)| a + p * q);
            dx[src * ci + i] = dx[src * ci + i] + s;
        }
    });
}

/// The gradient of the kernel as plain sums: `x` `[B T F, I]`, `g` `[B T F, O]`, `dk`
/// `[KT KF I, O]` (overwritten).
pub fn kernel_grad_direct<T: Elem>(x: &[T], g: &[T], geo: Geometry, dk: &mut [T]) {
    let (ci, co) = (geo.cin, geo.cout);
    dk.fill(T::zero());
    each_tap(&geo, |row, tap, src| {
        let gr = &g[row * co..(row + 1) * co];
        for i in 0..ci {
            let v = x[src * ci + i];
            for (d, &q) in dk[(tap * ci + i) * co..(tap * ci + i + 1) * co]
                .iter_mut()
                .zip(gr)
            {
                *d = *d + v * q;
            }
        }
    });
}

thread_local! {
    /// Each thread's patch matrix, kept from call to call.
    static PATCHES: std::cell::RefCell<Vec<f32>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The input's windows as rows: `cols` `[B T F, KT KF I]`, zeros where a window leaves `x`.
fn im2col(x: &[f32], geo: &Geometry, cols: &mut [f32]) {
    let p = geo.patch();
    for (row, dst) in cols.chunks_exact_mut(p).enumerate().take(geo.positions()) {
        patch(x, geo, row, dst);
    }
}

/// The window of output position `row` (`B T F` order) as one row of [`im2col`]'s matrix
/// (`KT KF I` floats), zeros where it leaves `x`.
fn patch(x: &[f32], geo: &Geometry, row: usize, dst: &mut [f32]) {
    let ci = geo.cin;
    let [t_n, f_n] = geo.size;
    let (b, t, fq) = (row / (t_n * f_n), row / f_n % t_n, row % f_n);
    for tap in 0..geo.kernel[0] * geo.kernel[1] {
        let (s, u) = (tap / geo.kernel[1], tap % geo.kernel[1]);
        let d = &mut dst[tap * ci..(tap + 1) * ci];
        match geo.source(t, fq, s, u) {
            Some((tt, ff)) => {
                let src = (b * t_n + tt) * f_n + ff;
                d.copy_from_slice(&x[src * ci..(src + 1) * ci]);
            }
            None => d.fill(0.0),
        }
    }
}

/// The adjoint of [`im2col`]: adds each window's row of `cols` back onto `dx` (overwritten).
fn col2im(cols: &[f32], geo: &Geometry, dx: &mut [f32]) {
    let ci = geo.cin;
    let p = geo.patch();
    dx.fill(0.0);
    each_tap(geo, |row, tap, src| {
        let c = &cols[row * p + tap * ci..row * p + (tap + 1) * ci];
        for (d, &v) in dx[src * ci..(src + 1) * ci].iter_mut().zip(c) {
            *d += v;
        }
    });
}

fn with_patches<R>(len: usize, f: impl FnOnce(&mut [f32]) -> R) -> R {
    PATCHES.with(|p| {
        let mut p = p.borrow_mut();
        if p.len() < len {
            p.resize(len, 0.0);
        }
        f(&mut p[..len])
    })
}

/// Each thread's memory for the convolutions over one dim: the patches of the rows near a
/// sequence's ends, a small product's result, a small kernel-sized matrix, the incoming
/// gradient shifted to its windows.
#[derive(Default)]
struct OneDim {
    patches: Vec<f32>,
    rows: Vec<f32>,
    small: Vec<f32>,
    shifted: Vec<f32>,
}

thread_local! {
    static ONE_DIM: std::cell::RefCell<OneDim> = Default::default();
    /// A kernel with its taps reversed and its channels swapped, for the input's gradient.
    static FLIPPED: std::cell::RefCell<Vec<f32>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn grown(v: &mut Vec<f32>, n: usize) -> &mut [f32] {
    if v.len() < n {
        v.resize(n, 0.0);
    }
    &mut v[..n]
}

/// Over one dim (odd `K` taps, `p = (K - 1) / 2`), the windows need no copy: the sequences'
/// rows stacked, `[B T, C]`, the window starting at row `r` is the `K` rows from `r`, a row of
/// a matrix whose rows are `C` floats apart and overlap. Its product with the kernel is the
/// result at row `r + p` wherever the window stays inside one sequence; the windows that
/// straddle two land on rows within `p` of a sequence's end, which are computed apart, from
/// their patches with zeros, and overwritten.
fn is_edge(t: usize, steps: usize, p: usize) -> bool {
    t < p || t + p >= steps
}

/// The rows within `p` of a sequence's end, in order.
fn edge_rows(geo: &Geometry) -> impl Iterator<Item = usize> + '_ {
    let (steps, p) = (geo.size[0], (geo.kernel[0] - 1) / 2);
    (0..geo.batch).flat_map(move |b| {
        (0..steps)
            .filter(move |&t| is_edge(t, steps, p))
            .map(move |t| b * steps + t)
    })
}

fn forward_1d(x: &[f32], k: &[f32], geo: Geometry, out: &mut [f32]) {
    let (m, kc, co) = (geo.positions(), geo.patch(), geo.cout);
    let p = (geo.kernel[0] - 1) / 2;
    if m > 2 * p {
        gemm(
            MatRef::new(x, m - 2 * p, kc, Mat::rows(geo.cin)),
            MatRef::new(k, kc, co, Mat::rows(co)),
            MatMut::new(&mut out[p * co..], Mat::rows(co)),
        );
    }
    let edges = edge_rows(&geo).count();
    ONE_DIM.with(|s| {
        let s = &mut *s.borrow_mut();
        let patches = grown(&mut s.patches, edges * kc);
        for (e, q) in edge_rows(&geo).enumerate() {
            patch(x, &geo, q, &mut patches[e * kc..(e + 1) * kc]);
        }
        let rows = grown(&mut s.rows, edges * co);
        gemm(
            MatRef::new(patches, edges, kc, Mat::rows(kc)),
            MatRef::new(k, kc, co, Mat::rows(co)),
            MatMut::new(rows, Mat::rows(co)),
        );
        for (e, q) in edge_rows(&geo).enumerate() {
            out[q * co..(q + 1) * co].copy_from_slice(&rows[e * co..(e + 1) * co]);
        }
    });
}

fn kernel_grad_1d(x: &[f32], g: &[f32], geo: Geometry, dk: &mut [f32]) {
    let (kc, co, c) = (geo.patch(), geo.cout, geo.cin);
    let (steps, p) = (geo.size[0], (geo.kernel[0] - 1) / 2);
    let edges = edge_rows(&geo).count();
    ONE_DIM.with(|s| {
        let s = &mut *s.borrow_mut();
        // Each sequence's windows that stay inside it against the gradient at their rows
        // `r + p`: the straddling windows take no part, so nothing is added that a later term
        // takes away (which would cancel the small sums between large ones).
        let inside = steps.saturating_sub(2 * p);
        dk.fill(0.0);
        if inside > 0 {
            let part = grown(&mut s.shifted, kc * co);
            for b in 0..geo.batch {
                gemm(
                    MatRef::new(&x[b * steps * c..], inside, kc, Mat::rows(c)).t(),
                    MatRef::new(&g[(b * steps + p) * co..], inside, co, Mat::rows(co)),
                    MatMut::new(part, Mat::rows(co)),
                );
                for (a, &v) in dk.iter_mut().zip(part.iter()) {
                    *a += v;
                }
            }
        }
        // The rows near the ends, from their zero-padded patches.
        let patches = grown(&mut s.patches, edges * kc);
        let gs = grown(&mut s.rows, edges * co);
        for (e, q) in edge_rows(&geo).enumerate() {
            patch(x, &geo, q, &mut patches[e * kc..(e + 1) * kc]);
            gs[e * co..(e + 1) * co].copy_from_slice(&g[q * co..(q + 1) * co]);
        }
        let fix = grown(&mut s.small, kc * co);
        gemm(
            MatRef::new(patches, edges, kc, Mat::rows(kc)).t(),
            MatRef::new(gs, edges, co, Mat::rows(co)),
            MatMut::new(fix, Mat::rows(co)),
        );
        for (a, &b) in dk.iter_mut().zip(fix.iter()) {
            *a += b;
        }
    });
}

/// Whether the convolution runs over one dim with an odd kernel (no patches needed).
fn one_dim(geo: &Geometry) -> bool {
    geo.size[1] == 1 && geo.kernel[1] == 1 && geo.kernel[0] % 2 == 1 && geo.positions() > 0
}

/// The convolution: `x` `[B T F, I]`, `k` `[KT KF I, O]`, `out` `[B T F, O]` (overwritten).
pub fn forward(x: &[f32], k: &[f32], geo: Geometry, out: &mut [f32]) {
    let (m, p, co) = (geo.positions(), geo.patch(), geo.cout);
    if one_dim(&geo) {
        return forward_1d(x, k, geo, out);
    }
    with_patches(m * p, |cols| {
        im2col(x, &geo, cols);
        gemm(
            MatRef::new(cols, m, p, Mat::rows(p)),
            MatRef::new(k, p, co, Mat::rows(co)),
            MatMut::new(out, Mat::rows(co)),
        );
    });
}

/// The gradient of `sum(g * conv(x, k))` in `x`: `g` `[B T F, O]`, `dx` `[B T F, I]`
/// (overwritten).
pub fn data_grad(g: &[f32], k: &[f32], geo: Geometry, dx: &mut [f32]) {
    let (m, p, co) = (geo.positions(), geo.patch(), geo.cout);
    if one_dim(&geo) {
        // A convolution of `g` with the kernel's taps reversed and its channels swapped:
        // `dx[t] = sum over j of g[t - p + j] k[K-1-j]^T`.
        let (kt, ci) = (geo.kernel[0], geo.cin);
        return FLIPPED.with(|f| {
            let f = &mut *f.borrow_mut();
            let kf = grown(f, kt * co * ci);
            for j in 0..kt {
                for o in 0..co {
                    for i in 0..ci {
                        kf[(j * co + o) * ci + i] = k[((kt - 1 - j) * ci + i) * co + o];
                    }
                }
            }
            let swapped = Geometry {
                cin: co,
                cout: ci,
                ..geo
            };
            forward_1d(g, kf, swapped, dx);
        });
    }
    with_patches(m * p, |cols| {
        gemm(
            MatRef::new(g, m, co, Mat::rows(co)),
            MatRef::new(k, p, co, Mat::rows(co)).t(),
            MatMut::new(cols, Mat::rows(p)),
        );
        col2im(cols, &geo, dx);
    });
}

/// The gradient of `sum(g * conv(x, k))` in `k`: `x` `[B T F, I]`, `g` `[B T F, O]`, `dk`
/// `[KT KF I, O]` (overwritten).
pub fn kernel_grad(x: &[f32], g: &[f32], geo: Geometry, dk: &mut [f32]) {
    let (m, p, co) = (geo.positions(), geo.patch(), geo.cout);
    if one_dim(&geo) {
        return kernel_grad_1d(x, g, geo, dk);
    }
    with_patches(m * p, |cols| {
        im2col(x, &geo, cols);
        gemm(
            MatRef::new(cols, m, p, Mat::rows(p)).t(),
            MatRef::new(g, m, co, Mat::rows(co)),
            MatMut::new(dk, Mat::rows(co)),
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(n: usize, seed: u64) -> Vec<f64> {
        let mut s = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                ((s >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
            })
            .map(|v| v as f32 as f64)
            .collect()
    }

    /// The definition, index by index, in f64.
    fn definition(x: &[f64], k: &[f64], geo: Geometry) -> Vec<f64> {
        let [t_n, f_n] = geo.size;
        let [kt, kf] = geo.kernel;
        let (ci, co) = (geo.cin, geo.cout);
        let mut out = vec![0.0; geo.positions() * co];
        for b in 0..geo.batch {
            for t in 0..t_n as isize {
                for f in 0..f_n as isize {
                    for o in 0..co {
                        let mut acc = 0.0;
                        for s in 0..kt as isize {
                            for u in 0..kf as isize {
                                let tt = t + s - (kt as isize - 1) / 2;
                                let ff = f + u - (kf as isize - 1) / 2;
                                if tt < 0 || ff < 0 || tt >= t_n as isize || ff >= f_n as isize {
                                    continue;
                                }
                                for i in 0..ci {
                                    let xi = ((b * t_n + tt as usize) * f_n + ff as usize) * ci + i;
                                    let ki = (((s as usize * kf + u as usize) * ci) + i) * co + o;
                                    acc += x[xi] * k[ki];
                                }
                            }
                        }
                        out[((b * t_n + t as usize) * f_n + f as usize) * co + o] = acc;
                    }
                }
            }
        }
        out
    }

    const GEOMETRIES: [Geometry; 5] = [
        Geometry {
            batch: 2,
            size: [7, 1],
            kernel: [3, 1],
            cin: 3,
            cout: 4,
        },
        Geometry {
            batch: 3,
            size: [9, 1],
            kernel: [5, 1],
            cin: 5,
            cout: 2,
        },
        Geometry {
            batch: 2,
            size: [5, 6],
            kernel: [3, 5],
            cin: 2,
            cout: 3,
        },
        // Over one dim, a kernel wider than the input.
        Geometry {
            batch: 3,
            size: [2, 1],
            kernel: [5, 1],
            cin: 2,
            cout: 3,
        },
        // A kernel wider than the input: every window reaches past both ends.
        Geometry {
            batch: 1,
            size: [2, 3],
            kernel: [5, 3],
            cin: 2,
            cout: 2,
        },
    ];

    #[test]
    fn each_gradient_entry_is_accurate_to_its_own_terms_at_mixed_magnitudes() {
        // Values from 1e-30 to 1e16: an entry's error must be small against the sum of its own
        // terms' sizes, so no term that is not its own may be added and taken away again.
        let geo = Geometry {
            batch: 4,
            size: [9, 1],
            kernel: [5, 1],
            cin: 3,
            cout: 2,
        };
        let mixed = |n: usize, seed: u64| -> Vec<f64> {
            let u = values(2 * n, seed);
            (0..n)
                .map(|j| u[2 * j] * 10f64.powi((u[2 * j + 1] * 23.0 - 7.0) as i32))
                .map(|v| v as f32 as f64)
                .collect()
        };
        let (m, p) = (geo.positions(), geo.patch());
        for seed in 0..20 {
            let x = mixed(m * geo.cin, 100 + seed);
            let g = mixed(m * geo.cout, 200 + seed);
            let k = mixed(p * geo.cout, 300 + seed);
            let f32s = |v: &[f64]| v.iter().map(|&a| a as f32).collect::<Vec<f32>>();
            let abs = |v: &[f64]| v.iter().map(|a| a.abs()).collect::<Vec<f64>>();
            let check = |got: &[f32], want: &[f64], size: &[f64], what: &str| {
                for j in 0..want.len() {
                    let err = (got[j] as f64 - want[j]).abs();
                    assert!(
                        err <= 1e-5 * size[j] + 1e-37,
                        "{what} [{j}]: {} vs {} (terms {})",
                        got[j],
                        want[j],
                        size[j]
                    );
                }
            };
            let (mut want, mut size) = (vec![0.0; p * geo.cout], vec![0.0; p * geo.cout]);
            kernel_grad_direct(&x, &g, geo, &mut want);
            kernel_grad_direct(&abs(&x), &abs(&g), geo, &mut size);
            let mut got = vec![f32::NAN; p * geo.cout];
            kernel_grad(&f32s(&x), &f32s(&g), geo, &mut got);
            check(&got, &want, &size, "kernel");
            let (mut want, mut size) = (vec![0.0; m * geo.cin], vec![0.0; m * geo.cin]);
            data_grad_direct(&g, &k, geo, &mut want);
            data_grad_direct(&abs(&g), &abs(&k), geo, &mut size);
            let mut got = vec![f32::NAN; m * geo.cin];
            data_grad(&f32s(&g), &f32s(&k), geo, &mut got);
            check(&got, &want, &size, "data");
            let (mut want, mut size) = (vec![0.0; m * geo.cout], vec![0.0; m * geo.cout]);
            forward_direct(&x, &k, geo, &mut want);
            forward_direct(&abs(&x), &abs(&k), geo, &mut size);
            let mut got = vec![f32::NAN; m * geo.cout];
            forward(&f32s(&x), &f32s(&k), geo, &mut got);
            check(&got, &want, &size, "forward");
        }
    }

    #[test]
    fn the_kernels_compute_the_definition_and_its_gradients() {
        for (n, geo) in GEOMETRIES.into_iter().enumerate() {
            let (m, p) = (geo.positions(), geo.patch());
            let x = values(m * geo.cin, 1 + n as u64);
            let k = values(p * geo.cout, 2 + n as u64);
            let g = values(m * geo.cout, 3 + n as u64);
            let want = definition(&x, &k, geo);
            let mut direct = vec![0.0; m * geo.cout];
            forward_direct(&x, &k, geo, &mut direct);
            let f32s = |v: &[f64]| v.iter().map(|&a| a as f32).collect::<Vec<f32>>();
            let mut fast = vec![f32::NAN; m * geo.cout];
            forward(&f32s(&x), &f32s(&k), geo, &mut fast);
            for j in 0..want.len() {
                assert!((direct[j] - want[j]).abs() < 1e-12, "{geo:?} [{j}]");
                assert!((fast[j] as f64 - want[j]).abs() < 1e-5, "{geo:?} [{j}]");
            }
            // The gradients are the adjoints: <g, conv(dx, k)> = <data_grad(g, k), dx> and
            // <g, conv(x, dk)> = <kernel_grad(x, g), dk> for every dx, dk.
            let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(p, q)| p * q).sum::<f64>();
            let (dxv, dkv) = (values(x.len(), 7), values(k.len(), 8));
            let mut gx = vec![0.0; x.len()];
            data_grad_direct(&g, &k, geo, &mut gx);
            let mut gk = vec![0.0; k.len()];
            kernel_grad_direct(&x, &g, geo, &mut gk);
            let lhs_x = dot(&g, &definition(&dxv, &k, geo));
            let lhs_k = dot(&g, &definition(&x, &dkv, geo));
            assert!((lhs_x - dot(&gx, &dxv)).abs() < 1e-10, "{geo:?}");
            assert!((lhs_k - dot(&gk, &dkv)).abs() < 1e-10, "{geo:?}");
            let mut fx = vec![f32::NAN; x.len()];
            data_grad(&f32s(&g), &f32s(&k), geo, &mut fx);
            let mut fk = vec![f32::NAN; k.len()];
            kernel_grad(&f32s(&x), &f32s(&g), geo, &mut fk);
            for (a, b) in fx.iter().zip(&gx).chain(fk.iter().zip(&gk)) {
                assert!((*a as f64 - b).abs() < 1e-4, "{geo:?}: {a} vs {b}");
            }
        }
    }
}
