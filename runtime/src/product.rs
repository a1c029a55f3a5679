//! Matrix products over slices: the front end that generated code calls. Vector shapes and small
//! products take loops of their own; large ones go to the packed product (`packed`), split
//! across threads when they are large enough.

use crate::fused::SyncPtr;
use crate::matrix::{apply_block, Epilogue, Mat, MatMut, MatRef, Operands, Shapes};
use crate::packed;
use rayon::prelude::*;

/// Below this many multiply-adds a product stays on the calling thread: the vector products
/// here are bound by memory, and waking a second thread costs more than it saves until the
/// operands are several megabytes (measured with `cargo bench --bench workloads`, W2 and W6).
pub const PAR_MIN_PRODUCT: usize = 1 << 21;

/// Whether a product of `m x k` by `k x n` runs on more than one thread (when there is more than
/// one): what [`gemm`] decides, for [`in_pool`]'s caller.
pub fn splits(m: usize, n: usize, k: usize) -> bool {
    m * n * k >= PAR_MIN_PRODUCT
}

/// `c = a b` like [`gemm`], for a small product whose sizes are known at compile time (dims fixed
/// with `dim`). Inlined, so the compiler sees every length and stride and unrolls and vectorizes
/// the loops: a 10x10 product is a few dozen instructions instead of a call through the size
/// dispatch of [`gemm`]. Strides must be non-negative.
#[inline(always)]
pub fn gemm_fixed<const M: usize, const N: usize, const K: usize>(a: MatRef, b: MatRef, c: MatMut) {
    debug_assert!((a.rows, a.cols, b.rows, b.cols) == (M, K, K, N));
    let shapes = Shapes::of(&a, &b, c.layout);
    fixed_slices::<M, N, K>(a.data, b.data, c.data, shapes)
}

/// [`gemm_fixed`] over the slices themselves (see [`Shapes`] for why).
#[inline(always)]
fn fixed_slices<const M: usize, const N: usize, const K: usize>(
    a: &[f32],
    b: &[f32],
    c: &mut [f32],
    s: Shapes,
) {
    let (am, bm, cm) = (s.am, s.bm, s.cm);
    let (ars, acs) = (am.rs as usize, am.cs as usize);
    let (brs, bcs) = (bm.rs as usize, bm.cs as usize);
    let (crs, ccs) = (cm.rs as usize, cm.cs as usize);
    if M == 0 || N == 0 {
        return;
    }
    // One slice of exactly the reachable length each, so that no index below needs a check.
    let c = &mut c[..(M - 1) * crs + (N - 1) * ccs + 1];
    if K == 0 {
        for i in 0..M {
            for j in 0..N {
                c[i * crs + j * ccs] = 0.0;
            }
        }
        return;
    }
    let a = &a[..(M - 1) * ars + (K - 1) * acs + 1];
    let b = &b[..(K - 1) * brs + (N - 1) * bcs + 1];
    if bcs == 1 && ccs == 1 {
        // Rows of c as sums of scaled rows of b: the inner loop runs along contiguous rows.
        for i in 0..M {
            let row = &mut c[i * crs..i * crs + N];
            row.fill(0.0);
            for p in 0..K {
                let s = a[i * ars + p * acs];
                let br = &b[p * brs..p * brs + N];
                for j in 0..N {
                    row[j] += s * br[j];
                }
            }
        }
    } else {
        // One dot product per entry, in order along k.
        for i in 0..M {
            for j in 0..N {
                let mut s = 0.0f32;
                for p in 0..K {
                    s += a[i * ars + p * acs] * b[p * brs + j * bcs];
                }
                c[i * crs + j * ccs] = s;
            }
        }
    }
}

/// `c = a b` for an `m x k` matrix `a` and a `k x n` matrix `b`, overwriting `c` (`m x n`).
///
/// Vector shapes take dedicated loops that vectorize; large products go to the packed product
/// of [`crate::packed`], which allocates nothing after a thread's first product.
pub fn gemm(a: MatRef, b: MatRef, c: MatMut) {
    gemv(a, b, c)
}

/// [`gemm`] for a product that the generated code knows to be a vector product (`a` one row or
/// `b` one column): inlined, so that the strides and sizes the caller fixes pick the loop at
/// compile time, and a small product (a scan step's, a bilinear form's) costs no call through
/// the size dispatch.
#[inline(always)]
pub fn gemv(a: MatRef, b: MatRef, c: MatMut) {
    let shapes = Shapes::of(&a, &b, c.layout);
    if !vector_product(a.data, b.data, c.data, shapes) {
        product_slices(a.data, b.data, c.data, shapes, None)
    }
}

/// The vector products that stay on the calling thread. Each branch sums in exactly the order
/// of the matching branch of [`product_slices`], so that the result does not depend on which
/// of the two ran. Returns whether it computed `c`.
#[inline(always)]
fn vector_product(a: &[f32], b: &[f32], c: &mut [f32], s: Shapes) -> bool {
    let Shapes {
        m,
        n,
        k,
        am,
        bm,
        cm,
    } = s;
    if m == 0 || n == 0 || k == 0 {
        return false;
    }
    let matvec = n == 1 && am.cs == 1 && bm.rs == 1;
    if matvec {
        if m * k >= PAR_MIN_PRODUCT {
            return false;
        }
        // Matrix times vector: one dot product per row.
        let b = &b[..k];
        for i in 0..m {
            let off = (i as isize * am.rs) as usize;
            c[(i as isize * cm.rs) as usize] = dot(&a[off..off + k], b);
        }
        return true;
    }
    if m == 1 && bm.cs == 1 && cm.cs == 1 {
        if n * k >= PAR_MIN_PRODUCT && n >= 128 {
            return false;
        }
        // Vector times matrix with contiguous rows: scaled rows of `b` accumulated.
        let out = &mut c[..n];
        out.fill(0.0);
        let brs = bm.rs as usize;
        // Four rows of `b` at a time when they follow each other and their factors do.
        if brs == n && am.cs == 1 {
            let quads = k / 4;
            for q in 0..quads {
                axpy4(&a[4 * q..4 * q + 4], &b[4 * q * n..(4 * q + 4) * n], out);
            }
            for p in 4 * quads..k {
                axpy(a[p], &b[p * n..(p + 1) * n], out);
            }
            return true;
        }
        for p in 0..k {
            let off = (p as isize * bm.rs) as usize;
            axpy(a[(p as isize * am.cs) as usize], &b[off..off + n], out);
        }
        return true;
    }
    if m == 1 && am.cs == 1 && bm.rs == 1 && n * k <= PACKED {
        // Vector times the columns of `b`, each contiguous: one dot product per column.
        let a = &a[..k];
        for j in 0..n {
            let off = (j as isize * bm.cs) as usize;
            c[(j as isize * cm.cs) as usize] = dot(a, &b[off..off + k]);
        }
        return true;
    }
    false
}

/// Above this many multiply-adds, the packed product wins (W3's 128x256x10 products are above
/// it); below it, packing costs more than it saves.
const PACKED: usize = 1 << 16;

/// [`gemm`], then `epi` on every entry of `c`. The packed product applies it to each tile of
/// `c` as soon as the tile is finished, while the tile is still in cache, on the thread that
/// computed it: a bias and ReLU after a layer's product cost no pass over memory of their own.
pub fn gemm_then(a: MatRef, b: MatRef, c: MatMut, epi: Epilogue) {
    gemm_with(a, b, c, Some(epi))
}

fn gemm_with(a: MatRef, b: MatRef, c: MatMut, epi: Option<Epilogue>) {
    let shapes = Shapes::of(&a, &b, c.layout);
    product_slices(a.data, b.data, c.data, shapes, epi)
}

/// [`gemm_with`] over the slices themselves (see [`Shapes`] for why). Not inlined: the
/// generated code calls it only for what [`vector_product`] leaves.
#[inline(never)]
fn product_slices(a: &[f32], b: &[f32], c: &mut [f32], s: Shapes, epi: Option<Epilogue>) {
    let Shapes {
        m,
        n,
        k,
        am,
        bm,
        cm,
    } = s;
    let way = path(s);
    if way == Path::Empty {
        return;
    }
    // Elements from the first of a `rows x cols` operand to its last, inclusive.
    let extent = |rows: usize, cols: usize, mt: Mat| {
        (rows as isize - 1) * mt.rs + (cols as isize - 1) * mt.cs + 1
    };
    // Paths other than the packed product apply the epilogue to the whole of `c` after it.
    let after = |c: &mut [f32]| {
        if let Some(epi) = epi {
            assert!(
                extent(m, n, cm) as usize <= c.len(),
                "gemm output smaller than its shape"
            );
            // SAFETY: the assertion keeps the `m x n` entries inside `c`, borrowed here alone.
            unsafe { apply_block(epi, 0, 0, m, n, c.as_mut_ptr(), cm) }
        }
    };
    if way == Path::Zeros {
        for i in 0..m {
            for j in 0..n {
                c[(i as isize * cm.rs + j as isize * cm.cs) as usize] = 0.0;
            }
        }
        return after(c);
    }
    // Matrix times vector with contiguous rows: one dot product per row.
    if way == Path::MatVec {
        let row = |i: usize| {
            let off = (i as isize * am.rs) as usize;
            dot(&a[off..off + k], &b[..k])
        };
        if cm.rs == 1 && m * k >= PAR_MIN_PRODUCT {
            c[..m].par_chunks_mut(64).enumerate().for_each(|(q, cs)| {
                cs.iter_mut()
                    .enumerate()
                    .for_each(|(r, o)| *o = row(q * 64 + r))
            });
        } else {
            for i in 0..m {
                c[(i as isize * cm.rs) as usize] = row(i);
            }
        }
        return after(c);
    }
    // Vector times matrix with contiguous rows of b and c: accumulate scaled rows.
    if way == Path::VecMat {
        // Columns split across threads: each owns a range of the output.
        let cols = |j0: usize, out: &mut [f32]| {
            out.fill(0.0);
            let w = out.len();
            for p in 0..k {
                let s = a[(p as isize * am.cs) as usize];
                let off = (p as isize * bm.rs) as usize + j0;
                axpy(s, &b[off..off + w], out);
            }
        };
        if n * k >= PAR_MIN_PRODUCT && n >= 128 {
            c[..n]
                .par_chunks_mut(
                    n.div_ceil(rayon::current_num_threads())
                        .next_multiple_of(16),
                )
                .enumerate()
                .for_each(|(q, out)| {
                    let j0 = q * n
                        .div_ceil(rayon::current_num_threads())
                        .next_multiple_of(16);
                    cols(j0, out)
                });
        } else {
            cols(0, &mut c[..n]);
        }
        return after(c);
    }
    // Rows of c as sums of scaled rows of b, four rows of a at a time.
    if way == Path::RowsOfB {
        rows_of_b(a, b, c, s);
        return after(c);
    }
    // Rows of a against columns of b: one dot product per entry.
    if way == Path::Dots {
        for i in 0..m {
            let ar = &a[i * am.rs as usize..i * am.rs as usize + k];
            for j in 0..n {
                let bc = &b[j * bm.cs as usize..j * bm.cs as usize + k];
                c[(i as isize * cm.rs + j as isize * cm.cs) as usize] = dot(ar, bc);
            }
        }
        return after(c);
    }
    // The transposed problem has the first form: c^T = b^T a^T.
    if way == Path::RowsOfBTransposed {
        rows_of_b(b, a, c, s.transposed());
        return after(c);
    }
    if way == Path::Naive {
        for i in 0..m {
            for j in 0..n {
                let mut s = 0.0f32;
                for p in 0..k {
                    s += a[(i as isize * am.rs + p as isize * am.cs) as usize]
                        * b[(p as isize * bm.rs + j as isize * bm.cs) as usize];
                }
                c[(i as isize * cm.rs + j as isize * cm.cs) as usize] = s;
            }
        }
        return after(c);
    }
    assert!(
        extent(m, k, am) as usize <= a.len()
            && extent(k, n, bm) as usize <= b.len()
            && extent(m, n, cm) as usize <= c.len(),
        "gemm operands smaller than their shapes"
    );
    // Large products split the longer side of `c` into one block per thread, each a whole
    // product of its own. The packed product sums every entry in the same order whatever the
    // block's size, so results do not depend on the number of threads.
    let threads = rayon::current_num_threads();
    let longer = m.max(n);
    if threads > 1 && splits(m, n, k) && longer >= 64 {
        let step = longer.div_ceil(threads).next_multiple_of(16);
        let cp = SyncPtr(c.as_mut_ptr());
        (0..longer.div_ceil(step)).into_par_iter().for_each(|q| {
            let (lo, len) = (q * step, step.min(longer - q * step));
            // SAFETY: as below; each block writes only its own rows (or columns) of `c`.
            unsafe {
                if m >= n {
                    packed::gemm(
                        Operands {
                            m: len,
                            n,
                            k,
                            a: a.as_ptr().offset(lo as isize * am.rs),
                            am,
                            b: b.as_ptr(),
                            bm,
                            c: cp.get().offset(lo as isize * cm.rs),
                            cm,
                        },
                        epi.map(|e| (e, lo, 0)),
                    );
                } else {
                    packed::gemm(
                        Operands {
                            m,
                            n: len,
                            k,
                            a: a.as_ptr(),
                            am,
                            b: b.as_ptr().offset(lo as isize * bm.cs),
                            bm,
                            c: cp.get().offset(lo as isize * cm.cs),
                            cm,
                        },
                        epi.map(|e| (e, 0, lo)),
                    );
                }
            }
        });
        return;
    }
    // SAFETY: the assertion above keeps every element the strides reach inside the slices,
    // all strides are non-negative by construction, and `c` does not alias `a` or `b`.
    unsafe {
        let (a, b, c) = (a.as_ptr(), b.as_ptr(), c.as_mut_ptr());
        let p = Operands {
            m,
            n,
            k,
            a,
            am,
            b,
            bm,
            c,
            cm,
        };
        packed::gemm(p, epi.map(|e| (e, 0, 0)))
    }
}

/// `c[i, :] = sum_p a[i, p] b[p, :]` for row-contiguous `b` and `c`, four rows of `c` at once
/// so that each row of `b` read serves four; blocks of rows run on separate threads when the
/// product is large.
fn rows_of_b(a: &[f32], b: &[f32], c: &mut [f32], s: Shapes) {
    let (m, n, k) = (s.m, s.n, s.k);
    let (am, brs, crs) = (s.am, s.bm.rs as usize, s.cm.rs as usize);
    let at = |i: usize, p: usize| a[(i as isize * am.rs + p as isize * am.cs) as usize];
    // Rows i.. of c, `rows` of them, in `cb` (which starts at row i).
    let block = |i: usize, rows: usize, cb: &mut [f32]| {
        for r in 0..rows {
            cb[r * crs..r * crs + n].fill(0.0);
        }
        for p in 0..k {
            let brow = &b[p * brs..p * brs + n];
            if rows == 4 {
                let (s0, s1, s2, s3) = (at(i, p), at(i + 1, p), at(i + 2, p), at(i + 3, p));
                let (c01, c23) = cb.split_at_mut(2 * crs);
                let (c0, c1) = c01.split_at_mut(crs);
                let (c2, c3) = c23.split_at_mut(crs);
                let (c0, c1, c2, c3) = (&mut c0[..n], &mut c1[..n], &mut c2[..n], &mut c3[..n]);
                for j in 0..n {
                    let v = brow[j];
                    c0[j] += s0 * v;
                    c1[j] += s1 * v;
                    c2[j] += s2 * v;
                    c3[j] += s3 * v;
                }
            } else {
                for r in 0..rows {
                    axpy(at(i + r, p), brow, &mut cb[r * crs..r * crs + n]);
                }
            }
        }
    };
    let span = (m - 1) * crs + n;
    if m >= 8 && m * n * k >= PAR_MIN_PRODUCT {
        c[..span]
            .par_chunks_mut(4 * crs)
            .enumerate()
            .for_each(|(q, cb)| block(4 * q, (m - 4 * q).min(4), cb));
    } else {
        for (q, cb) in c[..span].chunks_mut(4 * crs).enumerate() {
            block(4 * q, (m - 4 * q).min(4), cb);
        }
    }
}

/// Floats that [`pack_right`] writes for a `k x n` right operand.
pub fn packed_len(k: usize, n: usize) -> usize {
    packed::packed_len(k, n)
}

/// Packs `b` (`k x n`) once into `out` (at least [`packed_len`] floats) for many products
/// [`gemm_packed`] with it: every step of a scan multiplies by the same recurrent weight, and
/// packing it at each step would copy the whole weight per step.
pub fn pack_right(b: MatRef, out: &mut [f32]) {
    let (k, n, bm) = (b.rows, b.cols, b.layout);
    if k == 0 || n == 0 {
        return;
    }
    let extent = (k as isize - 1) * bm.rs + (n as isize - 1) * bm.cs + 1;
    assert!(
        bm.rs >= 0 && bm.cs >= 0 && extent as usize <= b.data.len(),
        "packed operand smaller than its shape"
    );
    // SAFETY: the assertion keeps every element the strides reach inside `b`.
    unsafe { packed::pack_b(k, n, b.data.as_ptr(), bm, out) }
}

/// Whether [`gemm`] computes a product of these shapes with the packed product (where every
/// entry sums its products in one order, whatever the orientation, blocking or split), not
/// with one of the loops for vector shapes and small products.
fn takes_packed(s: Shapes) -> bool {
    path(s) == Path::Packed
}

/// How [`product_slices`] computes a product of these shapes and layouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Path {
    /// No entry of `c`.
    Empty,
    /// A sum over nothing: zeros.
    Zeros,
    /// Matrix times a vector, rows of `a` contiguous: a dot product per row.
    MatVec,
    /// A vector times a matrix, rows of `b` and `c` contiguous: scaled rows of `b` added.
    VecMat,
    /// Small, rows of `b` and `c` contiguous: rows of `c` as sums of scaled rows of `b`.
    RowsOfB,
    /// Small, rows of `a` and columns of `b` contiguous: a dot product per entry.
    Dots,
    /// Small, columns of `a` and `c` contiguous: [`Path::RowsOfB`] of the transposed problem.
    RowsOfBTransposed,
    /// Tiny, any layout: three loops.
    Naive,
    /// The packed product (`packed::gemm`), split across threads when large.
    Packed,
}

/// The one dispatch of a product: [`product_slices`] runs it, and [`gemm_packed`] asks it
/// whether `gemm` would take the packed product.
fn path(s: Shapes) -> Path {
    let Shapes {
        m,
        n,
        k,
        am,
        bm,
        cm,
    } = s;
    let size = m * n * k;
    if m == 0 || n == 0 {
        Path::Empty
    } else if k == 0 {
        Path::Zeros
    } else if n == 1 && am.cs == 1 && bm.rs == 1 {
        Path::MatVec
    } else if m == 1 && bm.cs == 1 && cm.cs == 1 {
        Path::VecMat
    } else if size <= PACKED && bm.cs == 1 && cm.cs == 1 {
        Path::RowsOfB
    } else if size <= PACKED && am.cs == 1 && bm.rs == 1 {
        Path::Dots
    } else if size <= PACKED && am.rs == 1 && cm.rs == 1 {
        Path::RowsOfBTransposed
    } else if size <= 4096 {
        Path::Naive
    } else {
        Path::Packed
    }
}

/// `c = a b` like [`gemm`], with the bits of [`gemm`], for `b` (`a.cols x n`) also packed by
/// [`pack_right`] into `packed` (the arguments of [`gemm`], then the packed `b`). Where [`gemm`] takes the packed product, the packed operand
/// saves packing `b` again, and the product splits across threads by columns of `c` as
/// [`gemm`] splits one of this size; elsewhere (vector shapes, small products) this is [`gemm`].
pub fn gemm_packed(a: MatRef, b: MatRef, c: MatMut, packed: &[f32]) {
    let (m, k, n, am, cm) = (a.rows, a.cols, b.cols, a.layout, c.layout);
    if !takes_packed(Shapes::of(&a, &b, cm)) {
        return gemm(a, b, c);
    }
    let extent = |rows: usize, cols: usize, x: Mat| {
        (rows as isize - 1) * x.rs + (cols as isize - 1) * x.cs + 1
    };
    assert!(
        am.rs >= 0
            && am.cs >= 0
            && cm.rs >= 0
            && cm.cs >= 0
            && extent(m, k, am) as usize <= a.data.len()
            && extent(m, n, cm) as usize <= c.data.len()
            && packed.len() >= packed_len(k, n),
        "gemm operands smaller than their shapes"
    );
    let threads = rayon::current_num_threads();
    let width = packed::panel_width();
    let cp = SyncPtr(c.data.as_mut_ptr());
    // SAFETY (both calls): the assertion keeps `a` and `c` inside their slices; `c` is
    // borrowed mutably, so it overlaps neither `a` nor `packed`; each block of columns writes
    // only its own columns of `c`.
    if threads > 1 && splits(m, n, k) && n >= 64 {
        let step = n.div_ceil(threads).next_multiple_of(width);
        (0..n.div_ceil(step)).into_par_iter().for_each(|q| {
            let cols = (q * step, ((q + 1) * step).min(n));
            unsafe {
                packed::gemm_prepacked(m, k, n, a.data.as_ptr(), am, packed, cp.get(), cm, cols)
            }
        });
    } else {
        unsafe {
            packed::gemm_prepacked(m, k, n, a.data.as_ptr(), am, packed, cp.get(), cm, (0, n))
        }
    }
}

/// Two vector products with one matrix, in one read of it: `rows = x @ w` (a dot product per
/// row of `x`) and `cols = z @ x` (the rows of `x` scaled by `z` and added), for `x` `n x d`
/// with contiguous rows. A bilinear form's two gradients (`x @ a @ y`) are such a pair: run as
/// two products, `a` is read twice. Each result is summed in the order [`gemm`] sums it, so the
/// pair gives the bits of the two products; a pair large enough for [`gemm`] to split across
/// threads runs as the two products.
#[allow(clippy::too_many_arguments)]
#[inline]
pub fn dual(
    n: usize,
    d: usize,
    x: &[f32],
    w: &[f32],
    z: &[f32],
    rows: &mut [f32],
    cols: &mut [f32],
) {
    if n == 0 || d == 0 || n * d >= PAR_MIN_PRODUCT {
        return dual_apart(n, d, x, w, z, rows, cols);
    }
    let (x, w, z, rows, cols) = (
        &x[..n * d],
        &w[..d],
        &z[..n],
        &mut rows[..n],
        &mut cols[..d],
    );
    cols.fill(0.0);
    let quads = n / 4;
    for q in 0..quads {
        let r = &x[4 * q * d..(4 * q + 4) * d];
        for (i, o) in rows[4 * q..4 * q + 4].iter_mut().enumerate() {
            *o = dot(&r[i * d..(i + 1) * d], w);
        }
        axpy4(&z[4 * q..4 * q + 4], r, cols);
    }
    for i in 4 * quads..n {
        let r = &x[i * d..(i + 1) * d];
        rows[i] = dot(r, w);
        axpy(z[i], r, cols);
    }
}

/// `out += s[0] x[0] + ... + s[3] x[3]` for four consecutive rows of `x`, each `out.len()`
/// long, added one after the other as four [`axpy`] calls add them (the same bits), with one
/// read and one write of `out` for the four.
#[inline(always)]
fn axpy4(s: &[f32], x: &[f32], out: &mut [f32]) {
    let d = out.len();
    let (s0, s1, s2, s3) = (s[0], s[1], s[2], s[3]);
    let (x0, x1, x2, x3) = (&x[..d], &x[d..2 * d], &x[2 * d..3 * d], &x[3 * d..4 * d]);
    for j in 0..d {
        out[j] = (((out[j] + s0 * x0[j]) + s1 * x1[j]) + s2 * x2[j]) + s3 * x3[j];
    }
}

/// [`dual`] as the two products.
#[inline(never)]
fn dual_apart(
    n: usize,
    d: usize,
    x: &[f32],
    w: &[f32],
    z: &[f32],
    rows: &mut [f32],
    cols: &mut [f32],
) {
    let one = Mat { rs: 1, cs: 1 };
    gemm(
        MatRef::new(x, n, d, Mat::rows(d)),
        MatRef::new(w, d, 1, one),
        MatMut::new(rows, one),
    );
    gemm(
        MatRef::new(z, 1, n, one),
        MatRef::new(x, n, d, Mat::rows(d)),
        MatMut::new(cols, one),
    );
}

/// `sum(a * b)` with eight independent accumulators, which the compiler vectorizes.
#[inline]
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let mut acc = [0.0f32; 8];
    let chunks = n / 8;
    for c in 0..chunks {
        let (x, y) = (&a[c * 8..c * 8 + 8], &b[c * 8..c * 8 + 8]);
        for l in 0..8 {
            acc[l] += x[l] * y[l];
        }
    }
    let mut s = acc.iter().sum::<f32>();
    for i in chunks * 8..n {
        s += a[i] * b[i];
    }
    s
}

/// `out += s * x`.
#[inline]
pub fn axpy(s: f32, x: &[f32], out: &mut [f32]) {
    for (o, &v) in out.iter_mut().zip(x) {
        *o += s * v;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn naive(m: usize, n: usize, k: usize, a: &[f32], b: &[f32]) -> Vec<f32> {
        let mut c = vec![0.0; m * n];
        for i in 0..m {
            for j in 0..n {
                c[i * n + j] = (0..k).map(|p| a[i * k + p] * b[p * n + j]).sum();
            }
        }
        c
    }

    /// `gemm_fixed::<M, N, K>` in every layout of a, b and c (row-major or transposed).
    fn fixed_case<const M: usize, const N: usize, const K: usize>() {
        let vals = |n: usize, s: f32| (0..n).map(|i| (i as f32 * s).cos()).collect::<Vec<_>>();
        let (a, b) = (vals(M * K, 0.41), vals(K * N, 0.77));
        let want = naive(M, N, K, &a, &b);
        let at: Vec<f32> = (0..K * M).map(|q| a[(q % M) * K + q / M]).collect();
        let bt: Vec<f32> = (0..N * K).map(|q| b[(q % K) * N + q / K]).collect();
        let (row, col) = (Mat::rows, Mat::cols);
        for (aa, am) in [(&a, row(K)), (&at, col(M))] {
            for (bb, bm) in [(&b, row(N)), (&bt, col(K))] {
                for (cm, tr) in [(row(N), false), (col(M), true)] {
                    let mut c = vec![f32::NAN; M * N];
                    gemm_fixed::<M, N, K>(
                        MatRef::new(aa, M, K, am),
                        MatRef::new(bb, K, N, bm),
                        MatMut::new(&mut c, cm),
                    );
                    for i in 0..M {
                        for j in 0..N {
                            let got = if tr { c[j * M + i] } else { c[i * N + j] };
                            let w = want[i * N + j];
                            assert!((got - w).abs() < 1e-4, "{M}x{N}x{K}: {got} vs {w}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn fixed_size_products_agree_with_the_definition() {
        fixed_case::<1, 10, 10>();
        fixed_case::<10, 1, 10>();
        fixed_case::<1, 1, 10>();
        fixed_case::<3, 4, 5>();
        fixed_case::<7, 2, 1>();
        fixed_case::<2, 3, 0>();
    }

    #[test]
    fn an_epilogue_sees_every_finished_entry_once_on_every_path() {
        // An epilogue that depends on the row and column and is not idempotent: applied to an
        // entry twice, before the entry is finished, or at the wrong place, it gives other bits
        // than the same function applied after the plain product.
        let f = |i: usize, j: usize, v: f32| (v + 0.25 * j as f32).max(0.0) + i as f32;
        let epi = |i: usize, j0: usize, seg: &mut [f32]| {
            for (q, v) in seg.iter_mut().enumerate() {
                *v = f(i, j0 + q, *v);
            }
        };
        let vals = |n: usize, s: f32| (0..n).map(|i| (i as f32 * s).sin()).collect::<Vec<_>>();
        // Vector, small, plain-loop and packed paths; packed with either orientation, several
        // k blocks, and products large enough to split over threads.
        let shapes = [
            (1, 300, 40),
            (300, 1, 40),
            (7, 9, 11),
            (3, 4, 0),
            (20, 30, 40),
            (128, 10, 256),
            (10, 256, 128),
            (130, 70, 600),
            (128, 256, 100),
        ];
        for threads in [1, 3] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            for &(m, n, k) in &shapes {
                let (a, b) = (vals(m * k, 0.37), vals(k * n, 0.91));
                for lay in 0..4 {
                    // `c` by rows or by columns, `a` by rows or by columns.
                    let cm = if lay & 1 == 0 {
                        Mat::rows(n)
                    } else {
                        Mat::cols(m)
                    };
                    let (a, am) = if lay & 2 == 0 {
                        (a.clone(), Mat::rows(k))
                    } else {
                        let at: Vec<f32> = (0..k * m).map(|q| a[(q % m) * k + q / m]).collect();
                        (at, Mat::cols(m))
                    };
                    let mut plain = vec![f32::NAN; m * n];
                    let mut fused = vec![f32::NAN; m * n];
                    pool.install(|| {
                        gemm(
                            MatRef::new(&a, m, k, am),
                            MatRef::new(&b, k, n, Mat::rows(n)),
                            MatMut::new(&mut plain, cm),
                        );
                        gemm_then(
                            MatRef::new(&a, m, k, am),
                            MatRef::new(&b, k, n, Mat::rows(n)),
                            MatMut::new(&mut fused, cm),
                            &epi,
                        );
                    });
                    for i in 0..m {
                        for j in 0..n {
                            let at = (i as isize * cm.rs + j as isize * cm.cs) as usize;
                            let want = f(i, j, plain[at]);
                            assert!(
                                fused[at].to_bits() == want.to_bits(),
                                "{m}x{n}x{k} layout {lay}, {threads} threads: c[{i},{j}] = {} \
                                 but the epilogue after the product gives {want}",
                                fused[at]
                            );
                        }
                    }
                }
            }
        }
    }

    /// The pair of products in one pass gives the bits of the two products, on both sides of
    /// the size where the products split, and of the vector paths `gemm` inlines.
    #[test]
    fn a_dual_pass_gives_the_bits_of_its_two_products() {
        let vals = |n: usize, s: f32| (0..n).map(|i| (i as f32 * s).sin()).collect::<Vec<_>>();
        let one = Mat { rs: 1, cs: 1 };
        for (n, d) in [(1, 1), (3, 17), (10, 10), (33, 7), (2048, 1100)] {
            let (x, w, z) = (vals(n * d, 0.37), vals(d, 0.91), vals(n, 0.53));
            let (mut rows, mut cols) = (vec![f32::NAN; n], vec![f32::NAN; d]);
            dual(n, d, &x, &w, &z, &mut rows, &mut cols);
            let (mut r2, mut c2) = (vec![0.0; n], vec![0.0; d]);
            let s = Shapes::of(
                &MatRef::new(&x, n, d, Mat::rows(d)),
                &MatRef::new(&w, d, 1, one),
                one,
            );
            product_slices(&x, &w, &mut r2, s, None);
            let s = Shapes::of(
                &MatRef::new(&z, 1, n, one),
                &MatRef::new(&x, n, d, Mat::rows(d)),
                one,
            );
            product_slices(&z, &x, &mut c2, s, None);
            let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&rows), bits(&r2), "x @ w, {n} x {d}");
            assert_eq!(bits(&cols), bits(&c2), "z @ x, {n} x {d}");
            let want = naive(n, 1, d, &x, &w);
            for (a, b) in rows.iter().zip(&want) {
                assert!((a - b).abs() <= 1e-4 * (1.0 + b.abs()), "{a} against {b}");
            }
        }
    }

    /// The dispatch names each path for the shapes that take it; `gemm_packed` packs only
    /// where `gemm` would.
    #[test]
    fn each_shape_takes_its_path() {
        use crate::matrix::Shapes;
        let r = Mat::rows;
        let c = Mat::cols;
        let at = |m, n, k, am, bm, cm| {
            path(Shapes {
                m,
                n,
                k,
                am,
                bm,
                cm,
            })
        };
        assert_eq!(at(0, 4, 4, r(4), r(4), r(4)), Path::Empty);
        assert_eq!(at(4, 4, 0, r(1), r(4), r(4)), Path::Zeros);
        assert_eq!(at(64, 1, 64, r(64), r(1), r(1)), Path::MatVec);
        assert_eq!(at(1, 64, 64, r(64), r(64), r(64)), Path::VecMat);
        assert_eq!(at(8, 8, 8, r(8), r(8), r(8)), Path::RowsOfB);
        assert_eq!(at(8, 8, 8, r(8), c(8), c(8)), Path::Dots);
        assert_eq!(at(8, 8, 8, c(8), c(8), c(8)), Path::RowsOfBTransposed);
        assert_eq!(at(8, 8, 8, c(8), c(8), r(8)), Path::Naive);
        assert_eq!(at(128, 128, 128, r(128), r(128), r(128)), Path::Packed);
        assert!(takes_packed(Shapes {
            m: 128,
            n: 128,
            k: 128,
            am: r(128),
            bm: c(128),
            cm: r(128)
        }));
        assert!(!takes_packed(Shapes {
            m: 8,
            n: 8,
            k: 8,
            am: r(8),
            bm: r(8),
            cm: r(8)
        }));
    }

    /// A product with a packed right operand gives the bits of `gemm`, split across threads or
    /// not, for a transposed `b` too, and for the vector shapes and small products that `gemm`
    /// computes with loops of their own.
    #[test]
    fn a_product_with_a_packed_operand_gives_the_bits_of_gemm() {
        let vals = |n: usize, s: f32| (0..n).map(|i| (i as f32 * s).sin()).collect::<Vec<_>>();
        let shapes = [
            (32, 512, 128),
            (32, 128, 512),
            (5, 70, 300),
            (40, 33, 1),
            (1, 9, 9),
            (9, 1, 9),
            (2, 5, 5),
            (16, 16, 16),
            (40, 40, 40),
            (3, 2000, 20),
        ];
        for (m, n, k) in shapes {
            let (a, b) = (vals(m * k, 0.37), vals(k * n, 0.91));
            let bt: Vec<f32> = (0..n * k).map(|q| b[(q % k) * n + q / k]).collect();
            for (bb, bm) in [(&b, Mat::rows(n)), (&bt, Mat::cols(k))] {
                let mut want = vec![f32::NAN; m * n];
                gemm(
                    MatRef::new(&a, m, k, Mat::rows(k)),
                    MatRef::new(bb, k, n, bm),
                    MatMut::new(&mut want, Mat::rows(n)),
                );
                let mut pk = vec![f32::NAN; packed_len(k, n)];
                pack_right(MatRef::new(bb, k, n, bm), &mut pk);
                let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                for threads in [1, 2, 3] {
                    let pool = rayon::ThreadPoolBuilder::new()
                        .num_threads(threads)
                        .build()
                        .unwrap();
                    let mut c = vec![f32::NAN; m * n];
                    pool.install(|| {
                        gemm_packed(
                            MatRef::new(&a, m, k, Mat::rows(k)),
                            MatRef::new(bb, k, n, bm),
                            MatMut::new(&mut c, Mat::rows(n)),
                            &pk,
                        )
                    });
                    assert_eq!(bits(&c), bits(&want), "{m} x {n} x {k}, {threads} threads");
                    let exact = naive(m, n, k, &a, &b);
                    for (x, y) in c.iter().zip(&exact) {
                        assert!((x - y).abs() <= 1e-4 * (1.0 + y.abs()), "{x} against {y}");
                    }
                }
            }
        }
    }

    /// The vector products `gemm` runs inline sum in the order of the general path.
    #[test]
    fn inlined_vector_products_give_the_bits_of_the_general_path() {
        let vals = |n: usize, s: f32| (0..n).map(|i| (i as f32 * s).cos()).collect::<Vec<_>>();
        let one = Mat { rs: 1, cs: 1 };
        for (m, n, k) in [(1, 1, 9), (13, 1, 21), (1, 19, 11), (1, 200, 300)] {
            let (a, b) = (vals(m * k, 0.29), vals(k * n, 0.83));
            let bt: Vec<f32> = (0..n * k).map(|q| b[(q % k) * n + q / k]).collect();
            for (bb, bm) in [(&b, Mat::rows(n)), (&bt, Mat::cols(k))] {
                let am = if m == 1 { one } else { Mat::rows(k) };
                let cm = if n == 1 { Mat::cols(m) } else { Mat::rows(n) };
                let mut c = vec![f32::NAN; m * n];
                gemm(
                    MatRef::new(&a, m, k, am),
                    MatRef::new(bb, k, n, bm),
                    MatMut::new(&mut c, cm),
                );
                let mut want = vec![f32::NAN; m * n];
                let s = Shapes::of(&MatRef::new(&a, m, k, am), &MatRef::new(bb, k, n, bm), cm);
                product_slices(&a, bb, &mut want, s, None);
                let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(&c), bits(&want), "{m} x {n} x {k}");
            }
        }
    }

    #[test]
    fn gemm_paths_agree_with_the_definition() {
        let vals = |n: usize, s: f32| (0..n).map(|i| (i as f32 * s).sin()).collect::<Vec<_>>();
        for &(m, n, k) in &[
            (1, 7, 5),
            (6, 1, 9),
            (3, 4, 5),
            (33, 40, 50),
            (1, 1, 1),
            (2, 3, 0),
        ] {
            let (a, b) = (vals(m * k, 0.37), vals(k * n, 0.91));
            let want = naive(m, n, k, &a, &b);
            let mut c = vec![f32::NAN; m * n];
            gemm(
                MatRef::new(
                    &a,
                    m,
                    k,
                    Mat {
                        rs: k as isize,
                        cs: 1,
                    },
                ),
                MatRef::new(
                    &b,
                    k,
                    n,
                    Mat {
                        rs: n as isize,
                        cs: 1,
                    },
                ),
                MatMut::new(
                    &mut c,
                    Mat {
                        rs: n as isize,
                        cs: 1,
                    },
                ),
            );
            for (x, y) in c.iter().zip(&want) {
                assert!((x - y).abs() < 1e-4, "{m}x{n}x{k}: {x} vs {y}");
            }
            // The same product with `a` stored transposed and `c` written transposed.
            let at: Vec<f32> = (0..k * m).map(|q| a[(q % m) * k + q / m]).collect();
            let mut ct = vec![f32::NAN; m * n];
            gemm(
                MatRef::new(
                    &at,
                    m,
                    k,
                    Mat {
                        rs: 1,
                        cs: m as isize,
                    },
                ),
                MatRef::new(
                    &b,
                    k,
                    n,
                    Mat {
                        rs: n as isize,
                        cs: 1,
                    },
                ),
                MatMut::new(
                    &mut ct,
                    Mat {
                        rs: 1,
                        cs: m as isize,
                    },
                ),
            );
            for i in 0..m {
                for j in 0..n {
                    assert!((ct[j * m + i] - want[i * n + j]).abs() < 1e-4);
                }
            }
        }
    }
}
