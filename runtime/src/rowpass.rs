//! One pass over the rows of a matrix for a product, the elementwise work on its result, and
//! the product back: `p = x @ w`, then a loop over `p` that stores `z` (and whatever else it
//! computes), then `g = z @ x`. Run as three steps, `x` is read from memory twice; run here,
//! each block of rows is read once from memory and once more from the core's first-level
//! cache. On several threads, each takes a fixed run of rows, so a matrix that fits in the
//! cores' caches stays there from one call to the next. Not a public API.
//!
//! The rows fall into groups of [`GROUP_ROWS`], whatever the number of threads: each group sums
//! its own part of `g`, and the parts are added in group order, so results do not depend on the
//! number of threads.

use crate::fused::SyncPtr;
use crate::product::dot;
use rayon::prelude::*;

/// Rows of `x` per group: each group sums its part of `g` on its own.
pub const GROUP_ROWS: usize = 256;

/// From this many multiply-adds (`n * d`, each way) on, the groups run on several threads when
/// there are several: W6 (1000 x 500) and W2 (4096 x 256) split (`benches/side_by_side.sh`
/// measures the gain); below it, waking a second thread costs more than the pass.
pub const PAR_MIN: usize = 1 << 17;

/// Rows per block: a power of two from 8 to 64, so that a block of `x` is about 32 KiB and is
/// still in the first-level cache when it is read the second time.
pub fn block_rows(d: usize) -> usize {
    let rows = (8192 / d.max(1)).clamp(8, 64);
    1 << rows.ilog2()
}

/// The number of blocks of an `n x d` pass: the loop's totals take 8 slots per block.
pub fn blocks(n: usize, d: usize) -> usize {
    n.div_ceil(block_rows(d))
}

/// The scratch floats a pass needs: one part of `g` per group after the first.
pub fn scratch(n: usize, d: usize) -> usize {
    n.div_ceil(GROUP_ROWS).saturating_sub(1) * d
}

/// Whether a pass over `n x d` runs on more than one thread (when there is more than one).
pub fn splits(n: usize, d: usize) -> bool {
    n * d >= PAR_MIN && n > GROUP_ROWS
}

/// The pass over `x` (`n x d`, row-major). For each block of rows, `f(start, len, p, outs,
/// totals)` gets the block's first row, its length, the block's entries of `p = x @ w`, the
/// block's part of every output and the block's 8 slots of `totals` (which holds 8 per block,
/// or is empty); after it, `outs[z]` of those rows is the `z` of `g = z @ x`.
#[allow(clippy::too_many_arguments)]
pub fn pass<const W: usize>(
    n: usize,
    d: usize,
    x: &[f32],
    w: &[f32],
    outs: [&mut [f32]; W],
    z: usize,
    totals: &mut [f32],
    scratch_buf: &mut [f32],
    g: &mut [f32],
    f: impl Fn(usize, usize, &[f32], [&mut [f32]; W], &mut [f32]) + Sync + Send,
) {
    let br = block_rows(d);
    let nb = n.div_ceil(br);
    assert!(
        x.len() >= n * d
            && w.len() >= d
            && g.len() >= d
            && z < W
            && outs.iter().all(|o| o.len() >= n)
            && scratch_buf.len() >= scratch(n, d),
        "row pass operands shorter than their shapes"
    );
    let with_totals = totals.len() >= nb * 8;
    let ptrs: [SyncPtr; W] = outs.map(|o| SyncPtr(o.as_mut_ptr()));
    let tp = SyncPtr(totals.as_mut_ptr());
    let (gp, sp) = (SyncPtr(g.as_mut_ptr()), SyncPtr(scratch_buf.as_mut_ptr()));
    let groups = n.div_ceil(GROUP_ROWS);
    if groups == 0 {
        g[..d].fill(0.0);
    }
    // Group `q`: its rows, block by block, its part of `g` summed in its own memory.
    let group = |q: usize| {
        // SAFETY: group 0 sums into `g`, group q > 0 into part q - 1 of the scratch (both at
        // least `d` long, asserted above); groups do not share a part.
        let part: &mut [f32] = unsafe {
            if q == 0 {
                std::slice::from_raw_parts_mut(gp.get(), d)
            } else {
                std::slice::from_raw_parts_mut(sp.get().add((q - 1) * d), d)
            }
        };
        part.fill(0.0);
        let mut p = [0f32; 64];
        let (r0, r1) = (q * GROUP_ROWS, ((q + 1) * GROUP_ROWS).min(n));
        for start in (r0..r1).step_by(br) {
            let len = br.min(r1 - start);
            let rows = &x[start * d..(start + len) * d];
            for (r, v) in p[..len].iter_mut().enumerate() {
                *v = dot(&rows[r * d..(r + 1) * d], &w[..d]);
            }
            // SAFETY: the block covers elements start..start + len of each output (all at least
            // n long) and slots 8k..8k + 8 of `totals` for its block k; blocks do not overlap,
            // and the borrows end before the block's `z` is read below.
            let k = start / br;
            let blk: [&mut [f32]; W] =
                ptrs.map(|o| unsafe { std::slice::from_raw_parts_mut(o.get().add(start), len) });
            let tots: &mut [f32] = if with_totals {
                unsafe { std::slice::from_raw_parts_mut(tp.get().add(8 * k), 8) }
            } else {
                &mut []
            };
            f(start, len, &p[..len], blk, tots);
            // SAFETY: as above; `f` has returned.
            let zs = unsafe { std::slice::from_raw_parts(ptrs[z].get().add(start), len) };
            add_rows(zs, rows, d, part);
        }
    };
    let threads = rayon::current_num_threads();
    if threads > 1 && splits(n, d) {
        // One run of groups per thread, in order: the first stays on the calling thread.
        let runs = threads.min(groups);
        (0..runs).into_par_iter().for_each(|t| {
            (t * groups / runs..(t + 1) * groups / runs).for_each(group);
        });
    } else {
        (0..groups).for_each(group);
    }
    // The parts in group order.
    for q in 1..groups {
        let part = &scratch_buf[(q - 1) * d..q * d];
        for (o, &v) in g[..d].iter_mut().zip(part) {
            *o += v;
        }
    }
}

/// `out += z @ rows` for `z.len()` rows of `d`, four rows at a time.
fn add_rows(z: &[f32], rows: &[f32], d: usize, out: &mut [f32]) {
    let out = &mut out[..d];
    let mut quads = z.chunks_exact(4);
    for (i, zq) in (&mut quads).enumerate() {
        let r = &rows[4 * i * d..(4 * i + 4) * d];
        let (r0, r1, r2, r3) = (&r[..d], &r[d..2 * d], &r[2 * d..3 * d], &r[3 * d..]);
        for j in 0..d {
            out[j] += zq[0] * r0[j] + zq[1] * r1[j] + zq[2] * r2[j] + zq[3] * r3[j];
        }
    }
    let done = z.len() / 4 * 4;
    for (i, &s) in quads.remainder().iter().enumerate() {
        let r = &rows[(done + i) * d..(done + i + 1) * d];
        for (o, &v) in out.iter_mut().zip(r) {
            *o += s * v;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(n: usize, seed: u32) -> Vec<f32> {
        let mut s = seed.wrapping_mul(2654435761).wrapping_add(1);
        (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 17;
                s ^= s << 5;
                (s % 2001) as f32 / 1000.0 - 1.0
            })
            .collect()
    }

    /// `p = x @ w`, `z = tanh(p) * y`, `t = sum(p^2)`, `g = z @ x`, in f64 three steps apart.
    fn reference(n: usize, d: usize, x: &[f32], w: &[f32], y: &[f32]) -> (Vec<f64>, f64, Vec<f64>) {
        let p: Vec<f64> = (0..n)
            .map(|i| (0..d).map(|j| x[i * d + j] as f64 * w[j] as f64).sum())
            .collect();
        let z: Vec<f64> = (0..n).map(|i| p[i].tanh() * y[i] as f64).collect();
        let t = p.iter().map(|v| v * v).sum();
        let g = (0..d)
            .map(|j| (0..n).map(|i| z[i] * x[i * d + j] as f64).sum())
            .collect();
        (z, t, g)
    }

    fn run(n: usize, d: usize, x: &[f32], w: &[f32], y: &[f32]) -> (Vec<f32>, f64, Vec<f32>) {
        let (mut z, mut g) = (vec![0f32; n], vec![f32::NAN; d]);
        let mut tots = vec![0f32; blocks(n, d) * 8];
        let mut scr = vec![f32::NAN; scratch(n, d)];
        pass(
            n,
            d,
            x,
            w,
            [&mut z[..]],
            0,
            &mut tots,
            &mut scr,
            &mut g,
            |start, len, p, [zb], t| {
                assert_eq!((p.len(), zb.len(), t.len()), (len, len, 8));
                t.fill(0.0);
                for i in 0..len {
                    zb[i] = p[i].tanh() * y[start + i];
                    t[0] += p[i] * p[i];
                }
            },
        );
        let t = (0..blocks(n, d)).map(|k| tots[8 * k] as f64).sum();
        (z, t, g)
    }

    #[test]
    fn a_pass_agrees_with_three_steps_in_f64() {
        for &(n, d) in &[
            (0, 4),
            (1, 1),
            (3, 5),
            (4, 0),
            (37, 300),
            (256, 16),
            (257, 16),
            (1000, 500),
            (700, 3),
        ] {
            let (x, w, y) = (values(n * d, 1), values(d, 2), values(n, 3));
            let (z, t, g) = run(n, d, &x, &w, &y);
            let (zr, tr, gr) = reference(n, d, &x, &w, &y);
            let tol = |r: f64, scale: f64| 1e-5 * (r.abs() + scale);
            for (a, r) in z.iter().zip(&zr) {
                assert!(
                    (*a as f64 - r).abs() <= tol(*r, 1.0),
                    "z {n}x{d}: {a} vs {r}"
                );
            }
            assert!(
                (t - tr).abs() <= tol(tr, d as f64),
                "total {n}x{d}: {t} vs {tr}"
            );
            for (a, r) in g.iter().zip(&gr) {
                assert!(
                    (*a as f64 - r).abs() <= tol(*r, n as f64),
                    "g {n}x{d}: {a} vs {r}"
                );
            }
        }
    }

    #[test]
    fn a_pass_gives_the_same_bits_on_one_thread_and_on_several() {
        let (n, d) = (1000, 500);
        assert!(splits(n, d));
        let (x, w, y) = (values(n * d, 4), values(d, 5), values(n, 6));
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let three = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let a = one.install(|| run(n, d, &x, &w, &y));
        let b = three.install(|| run(n, d, &x, &w, &y));
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&a.0), bits(&b.0));
        assert_eq!(a.1.to_bits(), b.1.to_bits());
        assert_eq!(bits(&a.2), bits(&b.2));
    }
}
