//! Kernels that generated code calls. Not a public API: the names and signatures follow the
//! code generator and may change with it.
//!
//! The general kernels here take views of any strides and return arrays in standard
//! (row-major) layout: reductions, normalizations and contractions over any axes, which the
//! emitted loops call where no faster kernel applies, and always in `f64` (the loss that the
//! run-time gradient check differentiates runs the same steps in `f64`). They are generic over
//! the element type. Also here: binding dims to sizes, and checking labels.

use crate::error::Error;
use ndarray::{ArrayD, ArrayViewD, IxDyn, LinalgScalar};
use num_traits::Float;

/// The element types generated code runs in.
pub trait Elem: Float + LinalgScalar + Send + Sync + std::fmt::Debug + 'static {}
impl Elem for f32 {}
impl Elem for f64 {}

/// Run-time sizes of a model's `N` named dimensions, bound from the shapes of params and
/// inputs. Lives on the stack: binding allocates nothing unless it fails.
#[derive(Debug)]
pub struct Dims<const N: usize> {
    names: [&'static str; N],
    sizes: [(usize, &'static str); N],
}

impl<const N: usize> Dims<N> {
    /// No dimension bound yet.
    pub fn new(names: [&'static str; N]) -> Self {
        Dims {
            names,
            sizes: [(usize::MAX, ""); N],
        }
    }

    /// Binds dimension `dim` to `size`, or checks `size` against the size bound before.
    #[inline]
    pub fn bind(&mut self, dim: usize, size: usize, from: &'static str) -> Result<(), Error> {
        let (s, f) = self.sizes[dim];
        if s == usize::MAX {
            self.sizes[dim] = (size, from);
            Ok(())
        } else if s == size {
            Ok(())
        } else {
            Err(self.mismatch(dim, s, f, size, from))
        }
    }

    /// Binds `pooled` to the size of `dim` over `window` (`maxpool[F -> P, 3]`), once `dim` is
    /// bound; a size of `dim` that is not a multiple of `window` is an error.
    pub fn bind_pooled(
        &mut self,
        pooled: usize,
        dim: usize,
        window: usize,
        from: &'static str,
    ) -> Result<(), Error> {
        let (size, _) = self.sizes[dim];
        if size == usize::MAX {
            return Ok(());
        }
        if size % window != 0 {
            return Err(Error::PoolSize {
                dim: self.names[dim],
                size,
                window,
            });
        }
        self.bind(pooled, size / window, from)
    }

    #[cold]
    fn mismatch(&self, dim: usize, s: usize, f: &str, size: usize, from: &str) -> Error {
        Error::DimMismatch {
            dim: self.names[dim],
            first: s,
            first_from: f.to_string(),
            second: size,
            second_from: from.to_string(),
        }
    }

    /// Binds every axis of `shape` to the dimensions `dims` (one per axis).
    #[inline]
    pub fn bind_shape(
        &mut self,
        dims: &[usize],
        shape: &[usize],
        froms: &[&'static str],
    ) -> Result<(), Error> {
        for ((&d, &s), &f) in dims.iter().zip(shape).zip(froms) {
            self.bind(d, s, f)?;
        }
        Ok(())
    }

    /// The size of dimension `dim` (0 if it was never bound, which checked models exclude).
    #[inline]
    pub fn get(&self, dim: usize) -> usize {
        match self.sizes[dim].0 {
            usize::MAX => 0,
            s => s,
        }
    }
}

/// Makes `a` a standard-layout array of `shape`, keeping its memory when it already is one.
pub fn ensure_standard<D: ndarray::Dimension>(a: &mut ndarray::Array<f32, D>, shape: D) {
    if a.raw_dim() != shape || !a.is_standard_layout() {
        *a = ndarray::Array::zeros(shape);
    }
}

/// Checks that every label lies in `0..size`, or with `inclusive` (lengths) in `0..=size`.
pub fn check_labels(
    y: &ArrayViewD<'_, usize>,
    input: &'static str,
    dim: &'static str,
    size: usize,
    inclusive: bool,
) -> Result<(), Error> {
    for (position, &value) in y.iter().enumerate() {
        if value > size || (value == size && !inclusive) {
            return Err(if inclusive {
                Error::LengthOutOfRange {
                    input,
                    position,
                    value,
                    dim,
                    size,
                }
            } else {
                Error::LabelOutOfRange {
                    input,
                    position,
                    value,
                    dim,
                    size,
                }
            });
        }
    }
    Ok(())
}

/// Checks that no `ctc` target within its example's length is the blank (class 0): `y` is
/// `[N, L]`, `ylen` `[N]` with values already checked to be at most `L`.
pub fn check_ctc_targets(
    y: &ArrayViewD<'_, usize>,
    ylen: &ArrayViewD<'_, usize>,
    input: &'static str,
    lengths: &'static str,
) -> Result<(), Error> {
    for (example, (row, &len)) in y.outer_iter().zip(ylen.iter()).enumerate() {
        if let Some(position) = row.iter().take(len).position(|&k| k == crate::ctc::BLANK) {
            return Err(Error::BlankTarget {
                input,
                example,
                position,
                lengths,
            });
        }
    }
    Ok(())
}

/// Output axis `j` is input axis `perm[j]`.
fn transpose<T: Elem>(a: &ArrayViewD<'_, T>, perm: &[usize]) -> ArrayD<T> {
    a.view()
        .permuted_axes(IxDyn(perm))
        .as_standard_layout()
        .into_owned()
}

/// Reduction kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reduce {
    /// Sum (accumulated in f64).
    Sum,
    /// Maximum.
    Max,
    /// Minimum.
    Min,
    /// `log(sum(exp(x)))`, shifted by the maximum.
    LogSumExp,
}

/// The input with the kept axes first (in order) then the reduced ones, as contiguous rows of
/// the reduced elements.
fn rows<T: Elem>(
    a: &ArrayViewD<'_, T>,
    axes: &[usize],
) -> (Vec<usize>, Vec<usize>, ArrayD<T>, usize) {
    let kept: Vec<usize> = (0..a.ndim()).filter(|i| !axes.contains(i)).collect();
    let mut perm = kept.clone();
    perm.extend_from_slice(axes);
    let out_shape: Vec<usize> = kept.iter().map(|&i| a.shape()[i]).collect();
    let inner: usize = axes.iter().map(|&i| a.shape()[i]).product();
    let v = a
        .view()
        .permuted_axes(IxDyn(&perm))
        .as_standard_layout()
        .into_owned();
    (perm, out_shape, v, inner)
}

fn to_f64<T: Elem>(x: T) -> f64 {
    x.to_f64().unwrap_or(f64::NAN)
}

fn from_f64<T: Elem>(x: f64) -> T {
    T::from(x).unwrap_or_else(T::nan)
}

/// A row's maximum `m` (in f64) and the sum `t` of `exp(x - m)` over its elements but the first
/// maximal one, so that `ln(sum(exp(x - m))) = ln_1p(t)` stays exact when `t` is tiny.
fn shifted<T: Elem>(row: &[T]) -> (f64, f64) {
    let m = row
        .iter()
        .map(|&x| to_f64(x))
        .fold(f64::NEG_INFINITY, f64::max);
    let first = row.iter().position(|&x| to_f64(x) == m);
    // Each maximal element past the first adds exactly 1 (also when the maximum is infinite).
    let t: f64 = (0..row.len())
        .filter(|&i| Some(i) != first)
        .map(|i| {
            let x = to_f64(row[i]);
            if x == m {
                1.0
            } else {
                (x - m).exp()
            }
        })
        .sum();
    (m, if first.is_some() { t } else { t - 1.0 })
}

/// Reduces over `axes`; the kept axes stay in order.
pub fn reduce<T: Elem>(a: &ArrayViewD<'_, T>, axes: &[usize], kind: Reduce) -> ArrayD<T> {
    let (_, out_shape, v, inner) = rows(a, axes);
    let data = v.as_slice().unwrap_or(&[]);
    let n_out: usize = out_shape.iter().product();
    let mut out = Vec::with_capacity(n_out);
    for r in 0..n_out {
        let row = &data[r * inner..(r + 1) * inner];
        out.push(match kind {
            Reduce::Sum => from_f64(row.iter().map(|&x| to_f64(x)).sum::<f64>()),
            Reduce::Max => row.iter().copied().fold(T::neg_infinity(), T::max),
            Reduce::Min => row.iter().copied().fold(T::infinity(), T::min),
            Reduce::LogSumExp => {
                let (m, t) = shifted(row);
                from_f64(if m.is_infinite() && !t.is_nan() {
                    m
                } else {
                    m + t.ln_1p()
                })
            }
        });
    }
    ArrayD::from_shape_vec(IxDyn(&out_shape), out).unwrap_or_else(|_| ArrayD::zeros(IxDyn(&[])))
}

/// `softmax` over `axes` (`log = false`) or `log_softmax` (`log = true`), in f64 through the
/// maximum: `exp(x - m) / s` and `(x - m) - ln s` with `s = sum(exp(x - m))`.
pub fn softmax<T: Elem>(a: &ArrayViewD<'_, T>, axes: &[usize], log: bool) -> ArrayD<T> {
    let (perm, _, v, inner) = rows(a, axes);
    let data = v.as_slice().unwrap_or(&[]);
    let mut out = vec![T::zero(); data.len()];
    for (row, o) in data.chunks(inner.max(1)).zip(out.chunks_mut(inner.max(1))) {
        let (m, t) = shifted(row);
        for (o, &x) in o.iter_mut().zip(row) {
            let d = to_f64(x) - m;
            *o = from_f64(if !m.is_finite() {
                f64::NAN
            } else if log {
                d - t.ln_1p()
            } else {
                d.exp() / (1.0 + t)
            });
        }
    }
    unpermute(out, &perm, a.shape())
}

/// The data of an array whose axes are `a`'s permuted by `perm`, as an array of `a`'s shape.
fn unpermute<T: Elem>(data: Vec<T>, perm: &[usize], shape: &[usize]) -> ArrayD<T> {
    let permuted_shape: Vec<usize> = perm.iter().map(|&i| shape[i]).collect();
    let m = ArrayD::from_shape_vec(IxDyn(&permuted_shape), data)
        .unwrap_or_else(|_| ArrayD::zeros(IxDyn(&[])));
    let mut inv = vec![0; perm.len()];
    for (j, &p) in perm.iter().enumerate() {
        inv[p] = j;
    }
    transpose(&m.view(), &inv)
}

/// 1 at the first maximal (`max = true`) or minimal element over `axes`, 0 elsewhere.
pub fn argmask<T: Elem>(a: &ArrayViewD<'_, T>, axes: &[usize], max: bool) -> ArrayD<T> {
    let (perm, _, v, inner) = rows(a, axes);
    let data = v.as_slice().unwrap_or(&[]);
    let mut mask = vec![T::zero(); data.len()];
    for (r, row) in data.chunks(inner.max(1)).enumerate() {
        let mut best = 0;
        for (i, &x) in row.iter().enumerate() {
            if (max && x > row[best]) || (!max && x < row[best]) {
                best = i;
            }
        }
        if !row.is_empty() {
            mask[r * inner + best] = T::one();
        }
    }
    // Undo the permutation that put the reduced axes last.
    unpermute(mask, &perm, a.shape())
}

/// A two-operand contraction in index notation: every index of `a` and `b` that `out` lacks is
/// summed. Runs as one matrix product.
pub fn contract<T: Elem>(
    a: &ArrayViewD<'_, T>,
    ai: &[u8],
    b: &ArrayViewD<'_, T>,
    bi: &[u8],
    oi: &[u8],
) -> ArrayD<T> {
    let free_a: Vec<usize> = (0..ai.len()).filter(|&k| oi.contains(&ai[k])).collect();
    let sum_a: Vec<usize> = (0..ai.len()).filter(|&k| !oi.contains(&ai[k])).collect();
    let sum_b: Vec<usize> = sum_a
        .iter()
        .map(|&k| bi.iter().position(|&x| x == ai[k]).unwrap_or(0))
        .collect();
    let free_b: Vec<usize> = (0..bi.len()).filter(|&k| oi.contains(&bi[k])).collect();
    let size = |v: &ArrayViewD<'_, T>, ks: &[usize]| ks.iter().map(|&k| v.shape()[k]).product();
    let (m, k, n): (usize, usize, usize) = (size(a, &free_a), size(a, &sum_a), size(b, &free_b));
    let pa: Vec<usize> = free_a.iter().chain(&sum_a).copied().collect();
    let pb: Vec<usize> = sum_b.iter().chain(&free_b).copied().collect();
    let a2 = a
        .view()
        .permuted_axes(IxDyn(&pa))
        .as_standard_layout()
        .into_owned();
    let b2 = b
        .view()
        .permuted_axes(IxDyn(&pb))
        .as_standard_layout()
        .into_owned();
    let a2 = a2.into_shape_with_order((m, k)).expect("contiguous");
    let b2 = b2.into_shape_with_order((k, n)).expect("contiguous");
    let c = a2.dot(&b2);
    let mut shape: Vec<usize> = free_a.iter().map(|&q| a.shape()[q]).collect();
    shape.extend(free_b.iter().map(|&q| b.shape()[q]));
    let c = c.into_shape_with_order(IxDyn(&shape)).expect("contiguous");
    let labels: Vec<u8> = free_a
        .iter()
        .map(|&q| ai[q])
        .chain(free_b.iter().map(|&q| bi[q]))
        .collect();
    let perm: Vec<usize> = oi
        .iter()
        .map(|l| labels.iter().position(|x| x == l).unwrap_or(0))
        .collect();
    transpose(&c.view(), &perm)
}

/// `cross_entropy(z, y)` over the last axis of `z` by integer labels (`-log_softmax(z)` at the
/// label), in f64; or with `grad` its derivative in `z`, `softmax(z) - onehot(y)`, the label's
/// entry as minus the sum of the others.
pub fn cross_entropy<T: Elem>(
    z: &ArrayViewD<'_, T>,
    y: &ArrayViewD<'_, usize>,
    grad: bool,
) -> ArrayD<T> {
    let c = z.shape().last().copied().unwrap_or(1).max(1);
    let zs = z.as_standard_layout();
    let zd = zs.as_slice().unwrap_or(&[]);
    let mut out = Vec::with_capacity(if grad { zd.len() } else { y.len() });
    for (row, &l) in zd.chunks(c).zip(y.iter()) {
        let (m, t) = shifted(row);
        if !m.is_finite() {
            out.extend((0..if grad { c } else { 1 }).map(|_| T::nan()));
            continue;
        }
        if !grad {
            out.push(from_f64(t.ln_1p() - (to_f64(row[l]) - m)));
            continue;
        }
        let p: Vec<f64> = row
            .iter()
            .map(|&x| (to_f64(x) - m).exp() / (1.0 + t))
            .collect();
        let others: f64 = (0..c).filter(|&j| j != l).map(|j| p[j]).sum();
        out.extend((0..c).map(|j| from_f64::<T>(if j == l { -others } else { p[j] })));
    }
    let shape = if grad { z.raw_dim() } else { y.raw_dim() };
    ArrayD::from_shape_vec(shape, out).unwrap_or_else(|_| ArrayD::zeros(IxDyn(&[])))
}

/// Fills `dst` with zeros, reshaping it to `shape` first if needed.
pub fn zero_to<D: ndarray::Dimension>(dst: &mut ndarray::Array<f32, D>, shape: D) {
    if dst.raw_dim() == shape {
        dst.fill(0.0);
    } else {
        *dst = ndarray::Array::zeros(shape);
    }
}

/// A param or input in `f64`, for the run-time gradient check.
pub fn to_f64_array<D: ndarray::Dimension>(a: &ndarray::ArrayView<'_, f32, D>) -> ArrayD<f64> {
    a.mapv(|v| v as f64).into_dyn()
}
