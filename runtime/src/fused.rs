//! Slice kernels for the fused code generator: a reusable workspace, matrix products, and the
//! row-wise reductions and gathers that do not fuse into loops. Not a public API.
//!
//! Every kernel writes its whole output, so buffers from the workspace need no clearing.

use crate::packed::{self, LINE_FLOATS};
use rayon::prelude::*;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Loops over whole spaces walk them in blocks of this many elements.
pub const BLOCK: usize = 4096;

/// Below this many elements a loop stays on the calling thread: splitting it costs more than it
/// saves (measured with `cargo bench --bench workloads`).
pub const PAR_MIN: usize = 1 << 16;

/// Below this many multiply-adds a product stays on the calling thread: the vector products
/// here are bound by memory, and waking a second thread costs more than it saves until the
/// operands are several megabytes (measured with `cargo bench --bench workloads`, W2 and W6).
pub const PAR_MIN_PRODUCT: usize = 1 << 21;

/// Whether a product of `m x k` by `k x n` runs on more than one thread (when there is more than
/// one): what [`gemm`] decides, for [`in_pool`]'s caller.
pub fn splits(m: usize, n: usize, k: usize) -> bool {
    m * n * k >= PAR_MIN_PRODUCT
}

/// Runs `f` on a thread of rayon's pool when `parallel` (some step of `f` splits across
/// threads), the pool has more than one thread and the caller is not already one of them.
///
/// From outside the pool every split step would hand its blocks to the pool and wait, waking a
/// sleeping thread each time. Inside it, the thread running `f` takes a block of each split step
/// itself, and until `f` returns the pool's other threads poll for the next split step instead
/// of going to sleep between them (as OpenMP's threads spin): W3's backward product on two
/// threads started about 30 us late after the single-threaded steps before it.
///
/// `f` runs on the pool's first thread whenever that thread takes it up within
/// [`FIRST_THREAD_WAIT`]: each thread keeps its part of the operands in its own core's cache
/// from one call to the next, and a call that ran on another thread than the call before it
/// found them in the wrong core (W3 steps that moved took about 45 us longer).
#[inline]
pub fn in_pool<R: Send>(parallel: bool, f: impl FnOnce() -> R + Send) -> R {
    // Small methods (W4 takes 40 ns) pay for nothing but this test.
    if !parallel {
        return f();
    }
    if rayon::current_thread_index().is_none() && rayon::current_num_threads() > 1 {
        hand_over(FIRST_THREAD_WAIT, f)
    } else {
        f()
    }
}

/// How long a thread of the pool that took up a call spins, waiting for the pool's first thread
/// to take `f` from it, before running `f` itself. The first thread, when it is not already
/// looking for work, is woken as the call starts, in about 10 to 50 us.
pub const FIRST_THREAD_WAIT: Duration = Duration::from_micros(50);

/// [`in_pool`] from outside the pool: `f` runs on the pool's first thread, or on the thread
/// that took up the call if the first has not taken `f` within `wait`; the others poll.
fn hand_over<R: Send>(wait: Duration, f: impl FnOnce() -> R + Send) -> R {
    let threads = rayon::current_num_threads();
    rayon::scope(|_| {
        let done = AtomicBool::new(false);
        let run = || {
            // Set when `f` returns or unwinds, so that the other threads stop polling.
            let _done = Done(&done);
            f()
        };
        if rayon::current_thread_index() == Some(0) {
            let (r, ()) = rayon::join(run, || stay_awake(&done, threads - 1));
            return r;
        }
        // Another thread took the call up: it offers `f` to be stolen, and spins (without taking
        // work from its own queue, where `f` waits) until a thread has taken `f`, normally the
        // first. Past `wait` it polls, and runs `f` itself if no thread has.
        let taken = AtomicBool::new(false);
        let ((), r) = rayon::join(
            || {
                let start = Instant::now();
                while !taken.load(Ordering::Acquire) && start.elapsed() < wait {
                    std::hint::spin_loop();
                }
                stay_awake(&done, threads - 1)
            },
            || {
                taken.store(true, Ordering::Release);
                run()
            },
        );
        r
    })
}

/// Sets its flag when dropped.
struct Done<'a>(&'a AtomicBool);

impl Drop for Done<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Release);
    }
}

/// Keeps `n` threads of the pool looking for work until `done`: between the split steps of a
/// method the other threads would otherwise go to sleep, and waking them again costs more than
/// a small split step saves.
fn stay_awake(done: &AtomicBool, n: usize) {
    if n == 0 {
        return;
    }
    let poll = || {
        while !done.load(Ordering::Acquire) {
            if rayon::yield_now() != Some(rayon::Yield::Executed) {
                std::hint::spin_loop();
            }
        }
    };
    if n == 1 {
        poll();
    } else {
        rayon::join(poll, || stay_awake(done, n - 1));
    }
}

/// How far ahead of the chunk being computed, in elements, chunked loops ask for their inputs
/// and outputs: 4 KiB. Without it a loop that does much arithmetic per element (W1 at 10M) runs
/// a third slower out of main memory than its arithmetic alone takes; any distance from 256 to
/// 2048 elements gave the same gain (measured on W1 at 1M and 10M).
pub const PREFETCH_AHEAD: usize = 1024;

/// Asks the processor to start loading the cache line that holds `p`. A hint only: nothing is
/// read, and `p` may point anywhere, past the end of its slice included.
#[inline(always)]
pub fn prefetch(p: *const f32) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults and has no effect on the program's memory.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// A pointer that blocks of a parallel loop write through, each into its own disjoint range.
#[derive(Clone, Copy)]
pub(crate) struct SyncPtr(pub(crate) *mut f32);

// SAFETY: `blocks` hands every block a disjoint range of the memory behind each pointer, and
// the memory outlives the loop.
unsafe impl Send for SyncPtr {}
unsafe impl Sync for SyncPtr {}

impl SyncPtr {
    /// The pointer; a method, so that closures capture the whole (`Sync`) wrapper.
    pub(crate) fn get(self) -> *mut f32 {
        self.0
    }
}

/// Walks `n` elements in blocks of [`BLOCK`]: `f(block, len, outs, totals)` gets block `k`'s
/// `len` elements of every output and its 8 slots of `totals` (which holds 8 per block, or is
/// empty). Blocks run in parallel when `n` reaches [`PAR_MIN`] and there is more than one thread;
/// they are the same blocks either way, so results do not depend on the number of threads.
pub fn blocks<const W: usize>(
    n: usize,
    outs: [&mut [f32]; W],
    totals: &mut [f32],
    f: impl Fn(usize, usize, [&mut [f32]; W], &mut [f32]) + Sync + Send,
) {
    let nb = n.div_ceil(BLOCK);
    assert!(
        outs.iter().all(|o| o.len() >= n),
        "block outputs shorter than the loop"
    );
    let with_totals = totals.len() >= nb * 8;
    let ptrs: [SyncPtr; W] = outs.map(|o| SyncPtr(o.as_mut_ptr()));
    let tp = SyncPtr(totals.as_mut_ptr());
    let run = |k: usize| {
        let (start, len) = (k * BLOCK, (n - k * BLOCK).min(BLOCK));
        // SAFETY: block k covers elements k * BLOCK .. k * BLOCK + len of each output (all at
        // least n long, asserted above) and slots 8k .. 8k + 8 of `totals`; blocks do not
        // overlap, and the borrows end when `f` returns.
        let blk: [&mut [f32]; W] =
            ptrs.map(|p| unsafe { std::slice::from_raw_parts_mut(p.get().add(start), len) });
        let tots: &mut [f32] = if with_totals {
            unsafe { std::slice::from_raw_parts_mut(tp.get().add(8 * k), 8) }
        } else {
            &mut []
        };
        f(k, len, blk, tots);
    };
    if n >= PAR_MIN && nb > 1 && rayon::current_num_threads() > 1 {
        (0..nb).into_par_iter().for_each(run);
    } else {
        (0..nb).for_each(run);
    }
}

/// Walks rows `0..n0` of a loop nest's first axis in blocks of at least [`BLOCK`] elements:
/// `f(r0, r1, outs)` runs rows `r0..r1` and gets their part of every output, where output `j`
/// holds `per_row[j]` elements for each row (its rows are contiguous, in order). Blocks run in
/// parallel when the nest has [`PAR_MIN`] elements and there is more than one thread; every
/// output element belongs to one row, so results do not depend on the number of threads.
pub fn row_blocks<const W: usize>(
    n0: usize,
    row_elems: usize,
    outs: [&mut [f32]; W],
    per_row: [usize; W],
    f: impl Fn(usize, usize, [&mut [f32]; W]) + Sync + Send,
) {
    assert!(
        outs.iter().zip(per_row).all(|(o, p)| o.len() >= n0 * p),
        "row outputs shorter than the loop"
    );
    let rows = BLOCK.div_ceil(row_elems.max(1)).max(1);
    let ptrs: [SyncPtr; W] = outs.map(|o| SyncPtr(o.as_mut_ptr()));
    let run = |k: usize| {
        let (r0, r1) = (k * rows, ((k + 1) * rows).min(n0));
        // SAFETY: block k covers rows r0..r1 of each output, elements r0 * p .. r1 * p (inside
        // the output, asserted above); blocks do not overlap, and the borrows end when `f`
        // returns.
        let blk: [&mut [f32]; W] = std::array::from_fn(|j| {
            let (p, w) = (ptrs[j], per_row[j]);
            unsafe { std::slice::from_raw_parts_mut(p.get().add(r0 * w), (r1 - r0) * w) }
        });
        f(r0, r1, blk);
    };
    let nb = n0.div_ceil(rows);
    if n0 * row_elems >= PAR_MIN && nb > 1 && rayon::current_num_threads() > 1 {
        (0..nb).into_par_iter().for_each(run);
    } else {
        (0..nb).for_each(run);
    }
}

/// Scratch buffers that generated code keeps between calls, so that repeated calls with
/// same-sized inputs allocate nothing.
#[derive(Clone, Default)]
pub struct Workspace {
    bufs: Vec<Buf>,
}

impl fmt::Debug for Workspace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let floats: usize = self.bufs.iter().map(|b| b.v.capacity()).sum();
        write!(f, "Workspace({} buffers, {floats} floats)", self.bufs.len())
    }
}

impl Workspace {
    /// Buffer `slot`, `len` long (contents unspecified). Allocates only when it must grow.
    pub fn take(&mut self, slot: usize, len: usize) -> Buf {
        if self.bufs.len() <= slot {
            self.bufs.resize_with(slot + 1, Buf::default);
        }
        let mut b = std::mem::take(&mut self.bufs[slot]);
        // Room to start on a line wherever the allocator put the floats.
        b.v.resize(len + LINE_FLOATS - 1, 0.0);
        b.start = packed::line_start(b.v.as_ptr());
        b.len = len;
        b
    }

    /// Gives buffer `slot` back for the next call.
    pub fn put(&mut self, slot: usize, b: Buf) {
        if let Some(s) = self.bufs.get_mut(slot) {
            *s = b;
        }
    }
}

/// A buffer of a [`Workspace`]: its floats start on a 64-byte cache line, as the packed
/// product's panels do. The allocator aligns floats only to 16 bytes, so where a buffer began
/// in its line changed from one process to the next, and with it the time of the steps that
/// write and read it 16 floats at a time: on 2 threads, some processes ran W3 at about 1.15x its
/// gemm floor instead of about 1.07x (`W3-mlp/model-and-floor-interleaved`).
#[derive(Clone, Default)]
pub struct Buf {
    v: Vec<f32>,
    start: usize,
    len: usize,
}

impl std::ops::Deref for Buf {
    type Target = [f32];
    fn deref(&self) -> &[f32] {
        &self.v[self.start..self.start + self.len]
    }
}

impl std::ops::DerefMut for Buf {
    fn deref_mut(&mut self) -> &mut [f32] {
        &mut self.v[self.start..self.start + self.len]
    }
}

/// A matrix operand: element `(i, j)` is at `i * rs + j * cs`.
#[derive(Clone, Copy, Debug)]
pub struct Mat {
    /// Row stride.
    pub rs: isize,
    /// Column stride.
    pub cs: isize,
}

impl Mat {
    /// A row-major matrix whose rows are `stride` apart.
    pub fn rows(stride: usize) -> Mat {
        Mat {
            rs: stride as isize,
            cs: 1,
        }
    }

    /// A column-major matrix (a transposed row-major one) whose columns are `stride` apart.
    pub fn cols(stride: usize) -> Mat {
        Mat {
            rs: 1,
            cs: stride as isize,
        }
    }

    /// The same elements as the transposed matrix.
    pub fn t(self) -> Mat {
        Mat {
            rs: self.cs,
            cs: self.rs,
        }
    }
}

/// `c = a b` like [`gemm`], for a small product whose sizes are known at compile time (dims fixed
/// with `dim`). Inlined, so the compiler sees every length and stride and unrolls and vectorizes
/// the loops: a 10x10 product is a few dozen instructions instead of a call through the size
/// dispatch of [`gemm`]. Strides must be non-negative.
#[inline(always)]
pub fn gemm_fixed<const M: usize, const N: usize, const K: usize>(
    a: &[f32],
    am: Mat,
    b: &[f32],
    bm: Mat,
    c: &mut [f32],
    cm: Mat,
) {
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
#[allow(clippy::too_many_arguments)]
pub fn gemm(
    m: usize,
    n: usize,
    k: usize,
    a: &[f32],
    am: Mat,
    b: &[f32],
    bm: Mat,
    c: &mut [f32],
    cm: Mat,
) {
    gemm_with(m, n, k, a, am, b, bm, c, cm, None)
}

/// An epilogue of a matrix product: `epi(i, j0, seg)` replaces the finished entries
/// `c[i, j0..j0 + seg.len()]`, given in `seg`, by what follows from them (a bias and an
/// activation, say). Called once for every entry of `c`, in segments of a row, from the
/// threads computing the product.
pub type Epilogue<'a> = &'a (dyn Fn(usize, usize, &mut [f32]) + Sync);

/// [`gemm`], then `epi` on every entry of `c`. The packed product applies it to each tile of
/// `c` as soon as the tile is finished, while the tile is still in cache, on the thread that
/// computed it: a bias and ReLU after a layer's product cost no pass over memory of their own.
#[allow(clippy::too_many_arguments)]
pub fn gemm_then(
    m: usize,
    n: usize,
    k: usize,
    a: &[f32],
    am: Mat,
    b: &[f32],
    bm: Mat,
    c: &mut [f32],
    cm: Mat,
    epi: Epilogue,
) {
    gemm_with(m, n, k, a, am, b, bm, c, cm, Some(epi))
}

/// Calls `epi` on the `rows x cols` block of `c` at row `i0` and column `j0` (`c` starts at
/// that block), row by row: rows of contiguous entries in place, others through a copy.
///
/// # Safety
/// The block's entries must lie inside `c`'s memory, and no other thread may touch them.
pub(crate) unsafe fn apply_block(
    epi: Epilogue,
    i0: usize,
    j0: usize,
    rows: usize,
    cols: usize,
    c: *mut f32,
    cm: Mat,
) {
    for r in 0..rows {
        // SAFETY: the caller's contract.
        let row = unsafe { c.offset(r as isize * cm.rs) };
        if cm.cs == 1 {
            let seg = unsafe { std::slice::from_raw_parts_mut(row, cols) };
            epi(i0 + r, j0, seg);
        } else {
            let mut buf = [0f32; 64];
            for c0 in (0..cols).step_by(64) {
                let w = 64.min(cols - c0);
                let at = |j: usize| unsafe { row.offset((c0 + j) as isize * cm.cs) };
                for (j, v) in buf[..w].iter_mut().enumerate() {
                    *v = unsafe { *at(j) };
                }
                epi(i0 + r, j0 + c0, &mut buf[..w]);
                for (j, v) in buf[..w].iter().enumerate() {
                    unsafe { *at(j) = *v };
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn gemm_with(
    m: usize,
    n: usize,
    k: usize,
    a: &[f32],
    am: Mat,
    b: &[f32],
    bm: Mat,
    c: &mut [f32],
    cm: Mat,
    epi: Option<Epilogue>,
) {
    if m == 0 || n == 0 {
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
    if k == 0 {
        for i in 0..m {
            for j in 0..n {
                c[(i as isize * cm.rs + j as isize * cm.cs) as usize] = 0.0;
            }
        }
        return after(c);
    }
    // Matrix times vector with contiguous rows: one dot product per row.
    if n == 1 && am.cs == 1 && bm.rs == 1 {
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
    if m == 1 && bm.cs == 1 && cm.cs == 1 {
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
    // Above this many multiply-adds, the packed product wins (W3's 128x256x10 products run
    // several times faster there); below it, packing costs more than it saves.
    const PACKED: usize = 1 << 16;
    if m * n * k <= PACKED {
        // Rows of c as sums of scaled rows of b, four rows of a at a time.
        if bm.cs == 1 && cm.cs == 1 {
            rows_of_b(m, n, k, a, am, b, bm.rs as usize, c, cm.rs as usize);
            return after(c);
        }
        // Rows of a against columns of b: one dot product per entry.
        if am.cs == 1 && bm.rs == 1 {
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
        if am.rs == 1 && cm.rs == 1 {
            rows_of_b(n, m, k, b, bm.t(), a, am.cs as usize, c, cm.cs as usize);
            return after(c);
        }
    }
    if m * n * k <= 4096 {
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
                        len,
                        n,
                        k,
                        a.as_ptr().offset(lo as isize * am.rs),
                        am,
                        b.as_ptr(),
                        bm,
                        cp.get().offset(lo as isize * cm.rs),
                        cm,
                        epi.map(|e| (e, lo, 0)),
                    );
                } else {
                    packed::gemm(
                        m,
                        len,
                        k,
                        a.as_ptr(),
                        am,
                        b.as_ptr().offset(lo as isize * bm.cs),
                        bm,
                        cp.get().offset(lo as isize * cm.cs),
                        cm,
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
        packed::gemm(m, n, k, a, am, b, bm, c, cm, epi.map(|e| (e, 0, 0)))
    }
}

/// `c[i, :] = sum_p a[i, p] b[p, :]` for row-contiguous `b` and `c`, four rows of `c` at once
/// so that each row of `b` read serves four; blocks of rows run on separate threads when the
/// product is large.
#[allow(clippy::too_many_arguments)]
fn rows_of_b(
    m: usize,
    n: usize,
    k: usize,
    a: &[f32],
    am: Mat,
    b: &[f32],
    brs: usize,
    c: &mut [f32],
    crs: usize,
) {
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

/// Row-wise reductions of a `rows x cols` row-major matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowReduce {
    /// Maximum.
    Max,
    /// Minimum.
    Min,
    /// `log(sum(exp(x)))`, shifted by the row maximum ([`crate::softmax::logsumexp_rows`]).
    LogSumExp,
}

/// Reduces each row of `x` (`rows x cols`, row-major) into `out[row]`.
pub fn reduce_rows(x: &[f32], rows: usize, cols: usize, kind: RowReduce, out: &mut [f32]) {
    for (r, o) in out.iter_mut().enumerate().take(rows) {
        let row = &x[r * cols..(r + 1) * cols];
        *o = match kind {
            RowReduce::Max => row.iter().copied().fold(f32::NEG_INFINITY, f32::max),
            RowReduce::Min => row.iter().copied().fold(f32::INFINITY, f32::min),
            RowReduce::LogSumExp => return crate::softmax::logsumexp_rows(x, rows, cols, out),
        };
    }
}

/// 1 at the first maximal (`max`) or minimal element of each row, 0 elsewhere.
pub fn argmask_rows(x: &[f32], rows: usize, cols: usize, max: bool, out: &mut [f32]) {
    for r in 0..rows {
        let row = &x[r * cols..(r + 1) * cols];
        let o = &mut out[r * cols..(r + 1) * cols];
        o.fill(0.0);
        let mut best = 0;
        for (i, &v) in row.iter().enumerate() {
            if (max && v > row[best]) || (!max && v < row[best]) {
                best = i;
            }
        }
        if cols > 0 {
            o[best] = 1.0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    fn naive(m: usize, n: usize, k: usize, a: &[f32], b: &[f32]) -> Vec<f32> {
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
                    gemm_fixed::<M, N, K>(aa, am, bb, bm, &mut c, cm);
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
                        gemm(m, n, k, &a, am, &b, Mat::rows(n), &mut plain, cm);
                        gemm_then(m, n, k, &a, am, &b, Mat::rows(n), &mut fused, cm, &epi);
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
                m,
                n,
                k,
                &a,
                Mat {
                    rs: k as isize,
                    cs: 1,
                },
                &b,
                Mat {
                    rs: n as isize,
                    cs: 1,
                },
                &mut c,
                Mat {
                    rs: n as isize,
                    cs: 1,
                },
            );
            for (x, y) in c.iter().zip(&want) {
                assert!((x - y).abs() < 1e-4, "{m}x{n}x{k}: {x} vs {y}");
            }
            // The same product with `a` stored transposed and `c` written transposed.
            let at: Vec<f32> = (0..k * m).map(|q| a[(q % m) * k + q / m]).collect();
            let mut ct = vec![f32::NAN; m * n];
            gemm(
                m,
                n,
                k,
                &at,
                Mat {
                    rs: 1,
                    cs: m as isize,
                },
                &b,
                Mat {
                    rs: n as isize,
                    cs: 1,
                },
                &mut ct,
                Mat {
                    rs: 1,
                    cs: m as isize,
                },
            );
            for i in 0..m {
                for j in 0..n {
                    assert!((ct[j * m + i] - want[i * n + j]).abs() < 1e-4);
                }
            }
        }
    }

    #[test]
    fn workspace_reuses_its_buffers() {
        let mut ws = Workspace::default();
        let v = ws.take(2, 100);
        let p = v.as_ptr();
        ws.put(2, v);
        let v = ws.take(2, 50);
        assert_eq!((v.as_ptr(), v.len()), (p, 50));
    }

    #[test]
    fn workspace_buffers_start_on_a_cache_line_and_keep_their_values() {
        let mut ws = Workspace::default();
        // Small and odd sizes, so that the allocator's own alignment varies between them.
        let sizes = [1, 3, 10, 17, 100, 1000, 4099, 32768];
        for (slot, &n) in sizes.iter().enumerate() {
            let mut b = ws.take(slot, n);
            assert_eq!(b.as_ptr() as usize % 64, 0, "{n} floats");
            assert_eq!(b.len(), n);
            for (i, x) in b.iter_mut().enumerate() {
                *x = (slot * 7 + i) as f32;
            }
            ws.put(slot, b);
            // Also the case between the takes: an allocation of a few bytes moves the next.
            drop(vec![0u8; 4 + slot * 4]);
        }
        for (slot, &n) in sizes.iter().enumerate() {
            let b = ws.take(slot, n);
            assert_eq!(b.as_ptr() as usize % 64, 0);
            assert!(b
                .iter()
                .enumerate()
                .all(|(i, &x)| x == (slot * 7 + i) as f32));
            ws.put(slot, b);
        }
    }

    #[test]
    fn in_pool_runs_split_methods_on_a_thread_of_the_pool() {
        // The test threads are outside rayon's global pool.
        assert_eq!(rayon::current_thread_index(), None);
        let inside = in_pool(true, rayon::current_thread_index);
        assert_eq!(inside.is_some(), rayon::current_num_threads() > 1);
        assert_eq!(in_pool(false, rayon::current_thread_index), None);
        // Called from a thread of a pool, it stays there.
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let (outer, inner) = pool.install(|| {
            (
                rayon::current_thread_index(),
                in_pool(true, rayon::current_thread_index),
            )
        });
        assert_eq!(outer, inner);
    }

    #[test]
    fn a_call_from_outside_the_pool_runs_on_the_pools_first_thread() {
        // Whichever thread takes a call up, a first thread that takes `f` within the wait runs
        // it: with a wait of seconds it always does, whether the pool was polling (calls back
        // to back) or asleep (after a pause).
        for i in 0..300 {
            if i % 60 == 0 {
                std::thread::sleep(Duration::from_millis(20));
            }
            let on = hand_over(Duration::from_secs(10), rayon::current_thread_index);
            assert_eq!(on, Some(0), "call {i}");
        }
        // With no wait, the thread that took the call up may run `f` itself; every call still
        // runs `f` once, on a thread of the pool.
        let runs = AtomicUsize::new(0);
        for _ in 0..300 {
            let on = hand_over(Duration::ZERO, || {
                runs.fetch_add(1, Ordering::Relaxed);
                rayon::current_thread_index()
            });
            assert!(on.is_some());
        }
        assert_eq!(runs.load(Ordering::Relaxed), 300);
    }

    #[test]
    fn a_panic_inside_the_pool_reaches_the_caller_and_releases_the_pool() {
        // If the other threads kept polling after the panic, the call would never return.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let r = std::panic::catch_unwind(|| in_pool(true, || panic!("in the pool")));
            tx.send(r.is_err()).unwrap();
        });
        let got = rx.recv_timeout(std::time::Duration::from_secs(60));
        assert_eq!(got, Ok(true));
        // The pool still runs work.
        assert_eq!(in_pool(true, || 7), 7);
    }

    /// `c = a b` as [`naive`] computes it, one row of `c` per rayon task.
    fn rows_in_parallel(n: usize, k: usize, a: &[f32], b: &[f32], c: &mut [f32]) {
        c.par_chunks_mut(n).enumerate().for_each(|(i, row)| {
            for (j, o) in row.iter_mut().enumerate() {
                *o = (0..k).map(|p| a[i * k + p] * b[p * n + j]).sum();
            }
        });
    }

    #[test]
    fn methods_called_from_several_threads_at_once_all_finish() {
        // Each call's polling threads may pick up another call's whole method; every call
        // still returns, with its own exact result.
        let (tx, rx) = std::sync::mpsc::channel();
        for t in 0..4usize {
            let tx = tx.clone();
            std::thread::spawn(move || {
                let (m, n, k) = (96 + t, 80, 70);
                let a: Vec<f32> = (0..m * k).map(|i| ((i + t) % 11) as f32 - 5.0).collect();
                let b: Vec<f32> = (0..k * n).map(|i| (i % 5) as f32 - 2.0).collect();
                let ok = (0..20).all(|_| {
                    let mut c = vec![0.0; m * n];
                    in_pool(true, || rows_in_parallel(n, k, &a, &b, &mut c));
                    c == naive(m, n, k, &a, &b)
                });
                tx.send(ok).unwrap();
            });
        }
        for _ in 0..4 {
            let got = rx.recv_timeout(std::time::Duration::from_secs(120));
            assert_eq!(got, Ok(true));
        }
    }

    #[test]
    fn every_polling_thread_stops_when_the_method_is_done() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap();
        let (m, n, k) = (130, 150, 170);
        let a: Vec<f32> = (0..m * k).map(|i| (i % 13) as f32 - 6.0).collect();
        let b: Vec<f32> = (0..k * n).map(|i| (i % 7) as f32 - 3.0).collect();
        let mut c = vec![0.0; m * n];
        pool.install(|| {
            let done = AtomicBool::new(false);
            rayon::join(
                || {
                    let _done = Done(&done);
                    // Split work that the polling threads pick up.
                    rows_in_parallel(n, k, &a, &b, &mut c);
                },
                || stay_awake(&done, 3),
            );
        });
        assert_eq!(c, naive(m, n, k, &a, &b));
    }

    #[test]
    fn logsumexp_rows_agree_with_f64() {
        // Short rows (16 at a time and one at a time), long rows (lanes and a tail), and rows
        // of -inf, +inf and NaN.
        for (rows, cols) in [
            (4, 0),
            (1, 1),
            (16, 10),
            (37, 10),
            (33, 31),
            (5, 32),
            (3, 45),
            (2, 700),
        ] {
            let mut x: Vec<f32> = (0..rows * cols)
                .map(|i| {
                    ((i * 7919 % 1000) as f32 / 50.0 - 10.0) * if i % 3 == 0 { 4.0 } else { 1.0 }
                })
                .collect();
            if rows > 2 && cols > 0 {
                x[cols..2 * cols].fill(f32::NEG_INFINITY);
                x[2 * cols + cols / 2] = f32::INFINITY;
            }
            if rows > 3 && cols > 0 {
                x[3 * cols] = f32::NAN;
            }
            let mut out = vec![0.0; rows];
            reduce_rows(&x, rows, cols, RowReduce::LogSumExp, &mut out);
            for r in 0..rows {
                let row = &x[r * cols..(r + 1) * cols];
                let m = row
                    .iter()
                    .map(|&v| v as f64)
                    .fold(f64::NEG_INFINITY, f64::max);
                let want = if row.iter().any(|v| v.is_nan()) {
                    f64::NAN
                } else if m.is_infinite() {
                    m
                } else {
                    m + row.iter().map(|&v| (v as f64 - m).exp()).sum::<f64>().ln()
                };
                let got = out[r] as f64;
                let ok = if want.is_nan() {
                    got.is_nan()
                } else if want.is_infinite() {
                    got == want
                } else {
                    (got - want).abs() <= 4.0 * f32::EPSILON as f64 * want.abs().max(1.0)
                };
                assert!(ok, "{rows}x{cols}, row {r}: {got} against {want}");
            }
        }
    }

    #[test]
    fn row_kernels() {
        let x = [1.0, 3.0, 2.0, -1.0, -5.0, -1.0];
        let mut out = [0.0; 2];
        reduce_rows(&x, 2, 3, RowReduce::Max, &mut out);
        assert_eq!(out, [3.0, -1.0]);
        reduce_rows(&x, 2, 3, RowReduce::LogSumExp, &mut out);
        assert!((out[0] - (1f32.exp() + 3f32.exp() + 2f32.exp()).ln()).abs() < 1e-6);
        let mut mask = [9.0; 6];
        argmask_rows(&x, 2, 3, true, &mut mask);
        assert_eq!(mask, [0.0, 1.0, 0.0, 1.0, 0.0, 0.0]);
    }
}
