//! The drivers of fused loop nests: blocks of a flat space and of rows, in parallel on large
//! spaces, and the prefetch of chunked loops. Not a public API.

use rayon::prelude::*;

/// Loops over whole spaces walk them in blocks of this many elements.
pub const BLOCK: usize = 4096;

/// Below this many elements a loop stays on the calling thread: splitting it costs more than it
/// saves (measured with `cargo bench --bench workloads`).
pub const PAR_MIN: usize = 1 << 16;

/// How far ahead of the chunk being computed, in elements, chunked loops ask for their inputs
/// and outputs: 4 KiB. The hardware prefetcher does not keep up with a loop that does much
/// arithmetic per element out of main memory; any distance from 256 to 2048 elements serves
/// (`benches/workloads.rs`, W1 at 1M and 10M elements).
pub const PREFETCH_AHEAD: usize = 1024;

/// Asks the processor to start loading the cache line that holds `p`. A hint only: nothing is
/// read, and `p` may point anywhere, past the end of its slice included.
#[inline(always)]
pub fn prefetch<T>(p: *const T) {
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
pub(crate) struct SyncPtr<T = f32>(pub(crate) *mut T);

impl<T> Clone for SyncPtr<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for SyncPtr<T> {}

// SAFETY: `blocks` hands every block a disjoint range of the memory behind each pointer, and
// the memory outlives the loop.
unsafe impl<T: Send> Send for SyncPtr<T> {}
unsafe impl<T: Send> Sync for SyncPtr<T> {}

impl<T> SyncPtr<T> {
    /// The pointer; a method, so that closures capture the whole (`Sync`) wrapper.
    pub(crate) fn get(self) -> *mut T {
        self.0
    }
}

/// Walks `n` elements in blocks of [`BLOCK`]: `f(block, len, outs, totals)` gets block `k`'s
/// `len` elements of every output and its 8 slots of `totals` (which holds 8 per block, or is
/// empty). Blocks run in parallel when `n` reaches [`PAR_MIN`] and there is more than one thread;
/// they are the same blocks either way, so results do not depend on the number of threads.
pub fn blocks<T: Send, const W: usize>(
    n: usize,
    outs: [&mut [T]; W],
    totals: &mut [T],
    f: impl Fn(usize, usize, [&mut [T]; W], &mut [T]) + Sync + Send,
) {
    let nb = n.div_ceil(BLOCK);
    assert!(
        outs.iter().all(|o| o.len() >= n),
        "block outputs shorter than the loop"
    );
    let with_totals = totals.len() >= nb * 8;
    let ptrs: [SyncPtr<T>; W] = outs.map(|o| SyncPtr(o.as_mut_ptr()));
    let tp = SyncPtr(totals.as_mut_ptr());
    let run = |k: usize| {
        let (start, len) = (k * BLOCK, (n - k * BLOCK).min(BLOCK));
        // SAFETY: block k covers elements k * BLOCK .. k * BLOCK + len of each output (all at
        // least n long, asserted above) and slots 8k .. 8k + 8 of `totals`; blocks do not
        // overlap, and the borrows end when `f` returns.
        let blk: [&mut [T]; W] =
            ptrs.map(|p| unsafe { std::slice::from_raw_parts_mut(p.get().add(start), len) });
        let tots: &mut [T] = if with_totals {
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
pub fn row_blocks<T: Send, const W: usize>(
    n0: usize,
    row_elems: usize,
    outs: [&mut [T]; W],
    per_row: [usize; W],
    f: impl Fn(usize, usize, [&mut [T]; W]) + Sync + Send,
) {
    assert!(
        outs.iter().zip(per_row).all(|(o, p)| o.len() >= n0 * p),
        "row outputs shorter than the loop"
    );
    let rows = BLOCK.div_ceil(row_elems.max(1)).max(1);
    let ptrs: [SyncPtr<T>; W] = outs.map(|o| SyncPtr(o.as_mut_ptr()));
    let run = |k: usize| {
        let (r0, r1) = (k * rows, ((k + 1) * rows).min(n0));
        // SAFETY: block k covers rows r0..r1 of each output, elements r0 * p .. r1 * p (inside
        // the output, asserted above); blocks do not overlap, and the borrows end when `f`
        // returns.
        let blk: [&mut [T]; W] = std::array::from_fn(|j| {
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
