//! The packed matrix product behind [`crate::product::gemm`] for large products: blocks of both
//! operands are copied into contiguous panels, and a register-blocked micro-kernel multiplies
//! them. The panels live in one buffer per thread that is allocated on the thread's first
//! product and reused for every later one, so products allocate nothing in the steady state.
//!
//! The micro-kernel is chosen at run time: AVX-512 (12x32 tiles), AVX2 with FMA (6x16), or
//! portable Rust (4x8) elsewhere. Every entry of `c` sums its `k` products in the same order
//! whatever the blocking, the orientation and the part of `c` being computed, so results do not
//! depend on how a product is split across threads.

use crate::matrix::{apply_block, Epilogue, Mat, Operands};
use std::cell::RefCell;

/// Depth of a block: the panels' length along `k`.
const KC: usize = 256;
/// Rows of `a` per packed block (a multiple of every kernel's row count).
const MC: usize = 120;
/// Columns of `b` per packed block (a multiple of every kernel's column count).
const NC: usize = 1024;
/// The largest tile of any kernel.
const TILE: usize = 12 * 32;
/// Floats of one thread's panel buffer: the `a` block, the `b` block and room to align both.
const PANELS: usize = MC * KC + KC * NC + LINE_FLOATS;

/// Floats in a 64-byte cache line.
pub(crate) const LINE_FLOATS: usize = 16;

/// How many elements past `p` the first 64-byte cache line starts: less than [`LINE_FLOATS`],
/// so a buffer with `LINE_FLOATS - 1` elements of room always holds its contents from a line on.
pub(crate) fn line_start<T>(p: *const T) -> usize {
    p.align_offset(64).min(LINE_FLOATS - 1)
}

thread_local! {
    static PANEL_BUF: RefCell<Vec<f32>> = const { RefCell::new(Vec::new()) };
}

/// A micro-kernel: the packed `a` panel (`kc` steps of `MR`) times the `b` panel (`kc` steps of
/// `NR` contiguous floats, `ldb` apart: `NR` when packed), written to (or, with `add`, added to)
/// the `MR x NR` tile at `out`, whose rows are `ld` floats apart.
type Kernel = unsafe fn(
    kc: usize,
    a: *const f32,
    b: *const f32,
    ldb: usize,
    out: *mut f32,
    ld: usize,
    add: bool,
);

/// `c = a b` for an `m x k` matrix `a` and a `k x n` matrix `b`, overwriting `c` (`m x n`);
/// `m`, `n` and `k` are at least 1. With `epi = Some((f, i0, j0))`, `f` then runs on every
/// tile of `c` as soon as it is finished, told that `c` starts at row `i0` and column `j0`.
///
/// # Safety
/// Every element the sizes and strides reach must lie inside its operand, strides must be
/// non-negative, and `c` must not overlap `a` or `b`.
pub(crate) unsafe fn gemm(p: Operands, epi: Option<(Epilogue, usize, usize)>) {
    // SAFETY (all three calls): the caller's contract, and each kernel runs only where the
    // processor has the instructions it was compiled for.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        if x86::has_avx512() {
            return oriented::<12, 32>(p, epi, x86::kernel_avx512);
        }
        if x86::has_avx2_fma() {
            return oriented::<6, 16>(p, epi, x86::kernel_avx2);
        }
    }
    unsafe { oriented::<4, 8>(p, epi, kernel_portable) }
}

/// The micro-kernel of this machine and its tile: `(kernel, MR, NR)`, as [`gemm`] picks it.
fn machine_kernel() -> (Kernel, usize, usize) {
    #[cfg(target_arch = "x86_64")]
    {
        if x86::has_avx512() {
            return (x86::kernel_avx512, 12, 32);
        }
        if x86::has_avx2_fma() {
            return (x86::kernel_avx2, 6, 16);
        }
    }
    (kernel_portable, 4, 8)
}

/// The width of the kernel's panels of `b` on this machine.
pub(crate) fn panel_width() -> usize {
    machine_kernel().2
}

/// Floats that [`pack_b`] writes for a `k x n` matrix: its columns padded to whole panels of
/// the machine's kernel.
pub(crate) fn packed_len(k: usize, n: usize) -> usize {
    let (_, _, nr) = machine_kernel();
    k * n.next_multiple_of(nr)
}

/// Packs `b` (`k x n`, any non-negative strides) into `dst` (at least [`packed_len`] floats)
/// once, as the panels the kernel reads: block `pc` of [`KC`] steps starts at `pc * npad` (`npad`
/// the padded column count), and within it the panel of columns `jr..jr + NR` at `jr * kc`.
///
/// # Safety
/// Every element the sizes and strides reach lies inside `b`.
pub(crate) unsafe fn pack_b(k: usize, n: usize, b: *const f32, bm: Mat, dst: &mut [f32]) {
    let (_, _, nr) = machine_kernel();
    let npad = n.next_multiple_of(nr);
    assert!(
        dst.len() >= k * npad,
        "packed buffer shorter than its matrix"
    );
    for pc in (0..k).step_by(KC) {
        let kc = KC.min(k - pc);
        let from = b.wrapping_offset(pc as isize * bm.rs);
        let to = dst[pc * npad..].as_mut_ptr();
        // SAFETY: the caller's contract for `b`; the block's `kc * npad` floats lie in `dst`.
        unsafe {
            match nr {
                32 => pack::<32>(kc, n, from, bm.cs, bm.rs, to),
                16 => pack::<16>(kc, n, from, bm.cs, bm.rs, to),
                _ => pack::<8>(kc, n, from, bm.cs, bm.rs, to),
            }
        }
    }
}

/// `c = a b` for `b` packed by [`pack_b`] (`k x n`), overwriting the columns `j0..j1` of `c`
/// (`j0` a multiple of the kernel's panel width). Each entry sums its `k` products in the order
/// of [`gemm`] when that computes the product as given (not transposed).
///
/// # Safety
/// `a` (`m x k`) and `c` (`m x n`) reach only elements inside them; `c` does not overlap `a`.
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn gemm_prepacked(
    m: usize,
    k: usize,
    n: usize,
    a: *const f32,
    am: Mat,
    packed: &[f32],
    c: *mut f32,
    cm: Mat,
    cols: (usize, usize),
) {
    let (kernel, mr, nr) = machine_kernel();
    let npad = n.next_multiple_of(nr);
    assert!(packed.len() >= k * npad && cols.0.is_multiple_of(nr) && cols.1 <= n);
    let run = |buf: &mut Vec<f32>| {
        if buf.len() < PANELS {
            *buf = vec![0.0; PANELS];
        }
        let base = buf.as_mut_ptr();
        let ap = base.wrapping_add(line_start(base));
        let mut tile = [0f32; TILE];
        let at = |p: *const f32, x: Mat, i: usize, j: usize| {
            p.wrapping_offset(i as isize * x.rs + j as isize * x.cs)
        };
        // SAFETY: the caller's contract; the `a` block lies in `buf`, every panel in `packed`.
        unsafe {
            for pc in (0..k).step_by(KC) {
                let kc = KC.min(k - pc);
                for ic in (0..m).step_by(MC) {
                    let mc = MC.min(m - ic);
                    let src = at(a, am, ic, pc);
                    match mr {
                        12 => pack::<12>(kc, mc, src, am.rs, am.cs, ap),
                        6 => pack::<6>(kc, mc, src, am.rs, am.cs, ap),
                        _ => pack::<4>(kc, mc, src, am.rs, am.cs, ap),
                    }
                    for jr in (cols.0..cols.1).step_by(nr) {
                        let pb = packed.as_ptr().add(pc * npad + jr * kc);
                        for ir in (0..mc).step_by(mr) {
                            let pa = ap.add(ir * kc);
                            let out = at(c, cm, ic + ir, jr) as *mut f32;
                            let (rows, width) = (mr.min(mc - ir), nr.min(cols.1 - jr));
                            if rows == mr && width == nr && cm.cs == 1 {
                                kernel(kc, pa, pb, nr, out, cm.rs as usize, pc > 0);
                            } else {
                                kernel(kc, pa, pb, nr, tile.as_mut_ptr(), nr, false);
                                match nr {
                                    32 => store::<32>(&tile, rows, width, out, cm, pc > 0),
                                    16 => store::<16>(&tile, rows, width, out, cm, pc > 0),
                                    _ => store::<8>(&tile, rows, width, out, cm, pc > 0),
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    with_panels(run)
}

/// The epilogue of a product as [`blocked_in`] sees it: the function, where its `c` starts in
/// the caller's matrix, and whether it computes the transposed problem.
#[derive(Clone, Copy)]
struct Epi<'a> {
    f: Epilogue<'a>,
    i0: usize,
    j0: usize,
    transposed: bool,
}

impl Epi<'_> {
    /// Runs the epilogue on the finished `mr x nr` tile at `out`, at row `i` and column `j` of
    /// the product as computed (`cm` its layout there).
    ///
    /// # Safety
    /// The tile lies inside `c` and belongs to this thread.
    #[allow(clippy::too_many_arguments)]
    unsafe fn tile(&self, i: usize, j: usize, mr: usize, nr: usize, out: *mut f32, cm: Mat) {
        // SAFETY: the caller's contract; the transposed tile is the same entries.
        unsafe {
            if self.transposed {
                apply_block(self.f, self.i0 + j, self.j0 + i, nr, mr, out, cm.t())
            } else {
                apply_block(self.f, self.i0 + i, self.j0 + j, mr, nr, out, cm)
            }
        }
    }
}

/// Runs the product as given or as `c^T = b^T a^T`, whichever wastes less of the kernel's tiles
/// on padding (a product with 10 columns fills a third of a 32-wide tile, but most of a 12-row
/// one) and, between equals, stores rows of `c` that are contiguous.
unsafe fn oriented<const MR: usize, const NR: usize>(
    p: Operands,
    epi: Option<(Epilogue, usize, usize)>,
    kernel: Kernel,
) {
    let (m, n, cm) = (p.m, p.n, p.cm);
    // The share of the tiles' work that is not padding, discounted when the tiles' rows are
    // not contiguous in `c`, since each of their elements is then stored on its own.
    let score = |rows: usize, cols: usize, cm: Mat| {
        let fill =
            (rows * cols) as f64 / (rows.next_multiple_of(MR) * cols.next_multiple_of(NR)) as f64;
        if cm.cs == 1 {
            fill
        } else {
            0.8 * fill
        }
    };
    // SAFETY: the caller's contract; the transposed problem reaches the same elements.
    unsafe {
        let transposed = score(n, m, cm.t()) > score(m, n, cm);
        let epi = epi.map(|(f, i0, j0)| Epi {
            f,
            i0,
            j0,
            transposed,
        });
        let p = if transposed { p.transposed() } else { p };
        blocked::<MR, NR>(p, epi, kernel)
    }
}

/// The blocked loops around the kernel, with this thread's panel buffer.
unsafe fn blocked<const MR: usize, const NR: usize>(p: Operands, epi: Option<Epi>, kernel: Kernel) {
    // SAFETY: the caller's contract.
    with_panels(|buf| unsafe { blocked_in::<MR, NR>(buf, p, epi, kernel) })
}

/// Runs `run` with this thread's panel buffer. A product never runs inside another on the same
/// thread, nor while the thread's locals are being destroyed; if one ever did, it would take a
/// buffer of its own rather than fail.
fn with_panels(run: impl FnOnce(&mut Vec<f32>)) {
    let mut run = Some(run);
    let _ = PANEL_BUF.try_with(|cell| {
        if let Ok(mut buf) = cell.try_borrow_mut() {
            if let Some(f) = run.take() {
                f(&mut buf);
            }
        }
    });
    if let Some(f) = run {
        f(&mut Vec::new());
    }
}

/// [`blocked`] with the panel buffer `buf`, grown to [`PANELS`] floats if it is shorter.
unsafe fn blocked_in<const MR: usize, const NR: usize>(
    buf: &mut Vec<f32>,
    p: Operands,
    epi: Option<Epi>,
    kernel: Kernel,
) {
    let Operands {
        m,
        n,
        k,
        a,
        am,
        b,
        bm,
        c,
        cm,
    } = p;
    if buf.len() < PANELS {
        *buf = vec![0.0; PANELS];
    }
    let base = buf.as_mut_ptr();
    // Panels start on a 64-byte line, so that the kernels' loads never straddle two.
    let ap = base.wrapping_add(line_start(base));
    let bp = ap.wrapping_add(MC * KC);
    let mut tile = [0f32; TILE];
    // Packing `b` pays for itself by serving many row tiles of `a`. With two or fewer (W3's
    // 10x128x256 gradient product), whole panels of `b` with contiguous rows are read in
    // place: each step's `NR` floats are contiguous there too. The products are the same,
    // in the same order, so the bits do not change.
    let direct_b = bm.cs == 1 && m <= 2 * MR;
    let at = |p: *const f32, x: Mat, i: usize, j: usize| {
        p.wrapping_offset(i as isize * x.rs + j as isize * x.cs)
    };
    // SAFETY: the panels lie inside `buf` (MC * KC and KC * NC floats past an offset of
    // at most 15); every read of `a` and `b` and write of `c` is at an index inside the
    // sizes, which the caller's contract keeps inside the operands.
    unsafe {
        for jc in (0..n).step_by(NC) {
            let nc = NC.min(n - jc);
            // Whole panels read straight from `b`, unpacked.
            let direct = if direct_b { nc / NR * NR } else { 0 };
            for pc in (0..k).step_by(KC) {
                let kc = KC.min(k - pc);
                if direct < nc {
                    let from = at(b, bm, pc, jc + direct);
                    pack::<NR>(kc, nc - direct, from, bm.cs, bm.rs, bp.add(direct * kc));
                }
                for ic in (0..m).step_by(MC) {
                    let mc = MC.min(m - ic);
                    pack::<MR>(kc, mc, at(a, am, ic, pc), am.rs, am.cs, ap);
                    for jr in (0..nc).step_by(NR) {
                        let (pb, ldb) = if jr < direct {
                            (at(b, bm, pc, jc + jr), bm.rs as usize)
                        } else {
                            (bp.add(jr * kc) as *const f32, NR)
                        };
                        for ir in (0..mc).step_by(MR) {
                            let pa = ap.add(ir * kc);
                            let out = at(c, cm, ic + ir, jc + jr) as *mut f32;
                            let (mr, nr) = (MR.min(mc - ir), NR.min(nc - jr));
                            if mr == MR && nr == NR && cm.cs == 1 {
                                // A whole tile on contiguous rows: straight into `c`.
                                kernel(kc, pa, pb, ldb, out, cm.rs as usize, pc > 0);
                            } else {
                                kernel(kc, pa, pb, ldb, tile.as_mut_ptr(), NR, false);
                                store::<NR>(&tile, mr, nr, out, cm, pc > 0);
                            }
                            if let (Some(e), true) = (&epi, pc + kc == k) {
                                e.tile(ic + ir, jc + jr, mr, nr, out, cm);
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Packs `len` lines of `kc` elements into panels of `W` lines: line `l` (at stride `ls`)
/// element `p` (at stride `ps`) goes to `dst[(l / W) * kc * W + p * W + l % W]`, and the last
/// panel is padded with zeros.
unsafe fn pack<const W: usize>(
    kc: usize,
    len: usize,
    src: *const f32,
    ls: isize,
    ps: isize,
    dst: *mut f32,
) {
    // Whole panels of contiguous memory take a fast path; the rest go element by element.
    let full = len / W;
    // SAFETY (every block below): the caller's contract: `len` lines of `kc` elements inside
    // `src`, and room for `len.next_multiple_of(W) * kc` floats at `dst`.
    let fast = if ls == 1 {
        // Lines adjacent in memory: each step `p` is a run of `len` floats, cut into the
        // panels' runs of W. Walking the steps in order reads `src` front to back.
        for p in 0..kc {
            let run = unsafe { src.offset(p as isize * ps) };
            for q in 0..full {
                unsafe {
                    std::ptr::copy_nonoverlapping(run.add(q * W), dst.add((q * kc + p) * W), W)
                };
            }
        }
        full
    } else if ps == 1 {
        // Each line contiguous: transpose blocks of 8 lines by 8 steps, so that both the reads
        // and the writes run in order.
        for q in 0..full {
            // SAFETY: as above; `transpose_lines` stays inside the panel and its lines.
            unsafe {
                transpose_lines::<W>(
                    kc,
                    src.offset((q * W) as isize * ls),
                    ls,
                    dst.add(q * kc * W),
                )
            };
        }
        full
    } else {
        0
    };
    // The other panels, the last one padded with zeros.
    for q in fast..len.div_ceil(W) {
        let w = W.min(len - q * W);
        let (panel, first) = unsafe { (dst.add(q * kc * W), src.offset((q * W) as isize * ls)) };
        for p in 0..kc {
            let out = unsafe { std::slice::from_raw_parts_mut(panel.add(p * W), W) };
            if ls == 1 {
                // SAFETY: as above; the `w` lines' elements `p` are contiguous.
                let run = unsafe { std::slice::from_raw_parts(first.offset(p as isize * ps), w) };
                out[..w].copy_from_slice(run);
            } else {
                for (l, o) in out[..w].iter_mut().enumerate() {
                    *o = unsafe { *first.offset(l as isize * ls + p as isize * ps) };
                }
            }
            out[w..].fill(0.0);
        }
    }
}

/// Packs one whole panel of `W` contiguous lines (`ls` apart) of `kc` elements: element `p` of
/// line `l` goes to `dst[p * W + l]`.
///
/// # Safety
/// The lines must lie inside their slice and `dst` must have room for `kc * W` floats.
unsafe fn transpose_lines<const W: usize>(kc: usize, src: *const f32, ls: isize, dst: *mut f32) {
    let mut l0 = 0;
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx") {
        // Groups of 8 lines by 8 steps through registers.
        while l0 + 8 <= W {
            // SAFETY: the caller's contract, and the processor has AVX.
            unsafe { x86::transpose8(kc, src.offset(l0 as isize * ls), ls, dst.add(l0), W) };
            l0 += 8;
        }
    }
    for l in l0..W {
        for p in 0..kc {
            // SAFETY: the caller's contract.
            unsafe { *dst.add(p * W + l) = *src.offset(l as isize * ls + p as isize) };
        }
    }
}

/// Writes (or, with `add`, adds) the `mr x nr` corner of a tile to `c`, as kernels do.
unsafe fn store<const NR: usize>(
    tile: &[f32; TILE],
    mr: usize,
    nr: usize,
    c: *mut f32,
    cm: Mat,
    add: bool,
) {
    for i in 0..mr {
        let t = &tile[i * NR..i * NR + nr];
        // SAFETY: the caller's contract: the `mr x nr` entries at `c` lie inside `c`.
        unsafe {
            let row = c.offset(i as isize * cm.rs);
            if cm.cs == 1 {
                let out = std::slice::from_raw_parts_mut(row, nr);
                if add {
                    out.iter_mut().zip(t).for_each(|(o, v)| *o += v);
                } else {
                    out.copy_from_slice(t);
                }
            } else {
                for (j, v) in t.iter().enumerate() {
                    let o = row.offset(j as isize * cm.cs);
                    *o = if add { *o + v } else { *v };
                }
            }
        }
    }
}

/// The portable kernel: a 4x8 tile in plain Rust, which the compiler vectorizes.
unsafe fn kernel_portable(
    kc: usize,
    a: *const f32,
    b: *const f32,
    ldb: usize,
    out: *mut f32,
    ld: usize,
    add: bool,
) {
    let mut acc = [[0f32; 8]; 4];
    for p in 0..kc {
        // SAFETY: the panels hold `kc` steps of 4 and of 8.
        let (ap, bp) = unsafe {
            (
                &*(a.add(p * 4) as *const [f32; 4]),
                &*(b.add(p * ldb) as *const [f32; 8]),
            )
        };
        for i in 0..4 {
            for j in 0..8 {
                acc[i][j] += ap[i] * bp[j];
            }
        }
    }
    for (i, row) in acc.iter().enumerate() {
        // SAFETY: `out` holds a 4x8 tile with rows `ld` apart.
        let o = unsafe { std::slice::from_raw_parts_mut(out.add(i * ld), 8) };
        if add {
            o.iter_mut().zip(row).for_each(|(o, v)| *o += v);
        } else {
            o.copy_from_slice(row);
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;

    /// Lines `0..8` (`ls` apart, contiguous) of `kc` elements to `dst[p * w + l]`: 8 by 8
    /// blocks transposed in registers, the last `kc % 8` steps one by one.
    #[target_feature(enable = "avx")]
    pub(super) unsafe fn transpose8(
        kc: usize,
        src: *const f32,
        ls: isize,
        dst: *mut f32,
        w: usize,
    ) {
        let mut p0 = 0;
        while p0 + 8 <= kc {
            // SAFETY: the caller's contract: 8 lines of `kc` elements, `kc` rows of `w` at dst.
            unsafe {
                let r = |l: isize| _mm256_loadu_ps(src.offset(l * ls + p0 as isize));
                let (r0, r1, r2, r3) = (r(0), r(1), r(2), r(3));
                let (r4, r5, r6, r7) = (r(4), r(5), r(6), r(7));
                let (t0, t1) = (_mm256_unpacklo_ps(r0, r1), _mm256_unpackhi_ps(r0, r1));
                let (t2, t3) = (_mm256_unpacklo_ps(r2, r3), _mm256_unpackhi_ps(r2, r3));
                let (t4, t5) = (_mm256_unpacklo_ps(r4, r5), _mm256_unpackhi_ps(r4, r5));
                let (t6, t7) = (_mm256_unpacklo_ps(r6, r7), _mm256_unpackhi_ps(r6, r7));
                // Steps 0 and 4 (u0), 1 and 5 (u1), 2 and 6 (u2), 3 and 7 (u3) of lines 0..4;
                // u4..u7 the same of lines 4..8.
                let u0 = _mm256_shuffle_ps::<0x44>(t0, t2);
                let u1 = _mm256_shuffle_ps::<0xEE>(t0, t2);
                let u2 = _mm256_shuffle_ps::<0x44>(t1, t3);
                let u3 = _mm256_shuffle_ps::<0xEE>(t1, t3);
                let u4 = _mm256_shuffle_ps::<0x44>(t4, t6);
                let u5 = _mm256_shuffle_ps::<0xEE>(t4, t6);
                let u6 = _mm256_shuffle_ps::<0x44>(t5, t7);
                let u7 = _mm256_shuffle_ps::<0xEE>(t5, t7);
                let o = |dp: usize| dst.add((p0 + dp) * w);
                _mm256_storeu_ps(o(0), _mm256_permute2f128_ps::<0x20>(u0, u4));
                _mm256_storeu_ps(o(1), _mm256_permute2f128_ps::<0x20>(u1, u5));
                _mm256_storeu_ps(o(2), _mm256_permute2f128_ps::<0x20>(u2, u6));
                _mm256_storeu_ps(o(3), _mm256_permute2f128_ps::<0x20>(u3, u7));
                _mm256_storeu_ps(o(4), _mm256_permute2f128_ps::<0x31>(u0, u4));
                _mm256_storeu_ps(o(5), _mm256_permute2f128_ps::<0x31>(u1, u5));
                _mm256_storeu_ps(o(6), _mm256_permute2f128_ps::<0x31>(u2, u6));
                _mm256_storeu_ps(o(7), _mm256_permute2f128_ps::<0x31>(u3, u7));
            }
            p0 += 8;
        }
        for p in p0..kc {
            for l in 0..8 {
                // SAFETY: as above.
                unsafe { *dst.add(p * w + l) = *src.offset(l as isize * ls + p as isize) };
            }
        }
    }

    /// Whether the processor runs [`kernel_avx512`].
    pub(super) fn has_avx512() -> bool {
        std::arch::is_x86_feature_detected!("avx512f")
    }

    /// Whether the processor runs [`kernel_avx2`].
    pub(super) fn has_avx2_fma() -> bool {
        std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
    }

    /// A kernel of `$mr` rows by two vectors of `$lanes` columns: `2 $mr` accumulators, two
    /// loads of `b` and `$mr` broadcasts of `a` per step, in the given instruction set.
    macro_rules! kernel {
        ($(#[$doc:meta])* $name:ident, $feature:literal, $mr:literal, $lanes:literal,
         $zero:ident, $load:ident, $set1:ident, $fmadd:ident, $add:ident, $store:ident) => {
            $(#[$doc])*
            #[target_feature(enable = $feature)]
            pub(super) unsafe fn $name(
                kc: usize,
                a: *const f32,
                b: *const f32,
                ldb: usize,
                out: *mut f32,
                ld: usize,
                add: bool,
            ) {
                let mut acc = [$zero(); 2 * $mr];
                for p in 0..kc {
                    // SAFETY: the panels hold `kc` steps of `$mr` and of `2 $lanes`.
                    unsafe {
                        let b0 = $load(b.add(p * ldb));
                        let b1 = $load(b.add(p * ldb + $lanes));
                        let ap = a.add(p * $mr);
                        for i in 0..$mr {
                            let ai = $set1(*ap.add(i));
                            acc[2 * i] = $fmadd(ai, b0, acc[2 * i]);
                            acc[2 * i + 1] = $fmadd(ai, b1, acc[2 * i + 1]);
                        }
                    }
                }
                for (i, v) in acc.iter().enumerate() {
                    // SAFETY: `out` holds a tile of `$mr` rows `ld` apart.
                    unsafe {
                        let o = out.add((i / 2) * ld + (i % 2) * $lanes);
                        let v = if add { $add(*v, $load(o)) } else { *v };
                        $store(o, v);
                    }
                }
            }
        };
    }

    kernel!(
        /// 12 rows by 32 columns, in 16-lane AVX-512 vectors.
        kernel_avx512, "avx512f", 12, 16,
        _mm512_setzero_ps, _mm512_loadu_ps, _mm512_set1_ps, _mm512_fmadd_ps, _mm512_add_ps,
        _mm512_storeu_ps
    );
    kernel!(
        /// 6 rows by 16 columns, in 8-lane AVX2 vectors with fused multiply-adds.
        kernel_avx2, "avx2,fma", 6, 8,
        _mm256_setzero_ps, _mm256_loadu_ps, _mm256_set1_ps, _mm256_fmadd_ps, _mm256_add_ps,
        _mm256_storeu_ps
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::{MatMut, MatRef};

    /// Every kernel this processor can run, with its tile.
    fn kernels() -> Vec<(&'static str, usize, usize, Kernel)> {
        let mut ks: Vec<(&'static str, usize, usize, Kernel)> =
            vec![("portable", 4, 8, kernel_portable)];
        #[cfg(target_arch = "x86_64")]
        {
            if x86::has_avx512() {
                ks.push(("avx512", 12, 32, x86::kernel_avx512));
            }
            if x86::has_avx2_fma() {
                ks.push(("avx2", 6, 16, x86::kernel_avx2));
            }
        }
        ks
    }

    fn run(kernel: (&str, usize, usize, Kernel), a: MatRef, b: MatRef, c: MatMut) {
        let (_, mr, nr, f) = kernel;
        let p = Operands {
            m: a.rows,
            n: b.cols,
            k: a.cols,
            a: a.data.as_ptr(),
            am: a.layout,
            b: b.data.as_ptr(),
            bm: b.layout,
            c: c.data.as_mut_ptr(),
            cm: c.layout,
        };
        // SAFETY: the operands hold the matrices their strides describe.
        unsafe {
            match (mr, nr) {
                (4, 8) => oriented::<4, 8>(p, None, f),
                (6, 16) => oriented::<6, 16>(p, None, f),
                _ => oriented::<12, 32>(p, None, f),
            }
        }
    }

    /// `c = a b` with every operand row-major: rows of `a` are `lda` apart, rows of `b` and `c`
    /// are `ldbc` apart.
    ///
    /// # Safety
    /// The pointers reach `m x k`, `k x n` and `m x n` elements with those strides.
    #[allow(clippy::too_many_arguments)]
    unsafe fn row_major(
        m: usize,
        n: usize,
        k: usize,
        a: *const f32,
        lda: usize,
        b: *const f32,
        c: *mut f32,
        ldbc: usize,
    ) {
        let (am, bm) = (Mat::rows(lda), Mat::rows(ldbc));
        let p = Operands {
            m,
            n,
            k,
            a,
            am,
            b,
            bm,
            c,
            cm: bm,
        };
        unsafe { gemm(p, None) }
    }

    fn same_bits(x: &[f32], y: &[f32]) -> bool {
        x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p.to_bits() == q.to_bits())
    }

    fn layout(rows: usize, cols: usize, by_rows: bool) -> Mat {
        if by_rows {
            Mat::rows(cols)
        } else {
            Mat::cols(rows)
        }
    }

    #[test]
    fn every_kernel_layout_and_edge_agrees_with_f64() {
        let val = |i: usize, s: f64| ((i as f64 * s).sin() * 2.0) as f32;
        // Sizes below, at and just past the tiles and blocks (MC 120, KC 256, NC 1024).
        let shapes = [
            (1, 1, 1),
            (5, 3, 7),
            (12, 32, 256),
            (13, 33, 257),
            (121, 10, 40),
            (10, 130, 300),
            (250, 17, 600),
            (3, 1030, 20),
        ];
        for kernel in kernels() {
            for &(m, n, k) in &shapes {
                let a: Vec<f32> = (0..m * k).map(|i| val(i, 0.37)).collect();
                let b: Vec<f32> = (0..k * n).map(|i| val(i, 0.91)).collect();
                for lay in 0..8 {
                    let (ar, br, cr) = (lay & 1 == 0, lay & 2 == 0, lay & 4 == 0);
                    let (am, bm, cm) = (layout(m, k, ar), layout(k, n, br), layout(m, n, cr));
                    let at = |i: usize, p: usize| a[i * am.rs as usize + p * am.cs as usize];
                    let bt = |p: usize, j: usize| b[p * bm.rs as usize + j * bm.cs as usize];
                    let mut c = vec![f32::NAN; m * n];
                    run(
                        kernel,
                        MatRef::new(&a, m, k, am),
                        MatRef::new(&b, k, n, bm),
                        MatMut::new(&mut c, cm),
                    );
                    for i in 0..m {
                        for j in 0..n {
                            let want: f64 = (0..k).map(|p| at(i, p) as f64 * bt(p, j) as f64).sum();
                            let scale: f64 = (0..k)
                                .map(|p| (at(i, p) as f64 * bt(p, j) as f64).abs())
                                .sum();
                            let got = c[i * cm.rs as usize + j * cm.cs as usize] as f64;
                            assert!(
                                (got - want).abs() <= 1e-6 * scale.max(1.0),
                                "{} {m}x{n}x{k} layout {lay}: c[{i},{j}] = {got}, want {want}",
                                kernel.0
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_product_while_the_thread_buffer_is_taken_uses_its_own() {
        let (m, n, k) = (20, 30, 40);
        let a: Vec<f32> = (0..m * k).map(|i| (i as f32 * 0.21).sin()).collect();
        let b: Vec<f32> = (0..k * n).map(|i| (i as f32 * 0.17).cos()).collect();
        let mut c = vec![f32::NAN; m * n];
        PANEL_BUF.with(|cell| {
            let _held = cell.borrow_mut();
            // SAFETY: row-major operands of the stated sizes.
            unsafe { row_major(m, n, k, a.as_ptr(), k, b.as_ptr(), c.as_mut_ptr(), n) };
        });
        for i in 0..m {
            for j in 0..n {
                let want: f64 = (0..k)
                    .map(|p| a[i * k + p] as f64 * b[p * n + j] as f64)
                    .sum();
                assert!((c[i * n + j] as f64 - want).abs() < 1e-4, "c[{i},{j}]");
            }
        }
    }

    #[test]
    fn blocks_of_rows_or_columns_give_identical_bits() {
        // Threads compute a product as blocks of the longer side of `c`: each block must give
        // exactly the bits of the whole.
        let (m, n, k) = (200, 70, 300);
        let a: Vec<f32> = (0..m * k).map(|i| (i as f32 * 0.13).cos()).collect();
        let b: Vec<f32> = (0..k * n).map(|i| (i as f32 * 0.29).sin()).collect();
        let mut whole = vec![0f32; m * n];
        // SAFETY (all calls): row-major operands of the stated sizes.
        unsafe { row_major(m, n, k, a.as_ptr(), k, b.as_ptr(), whole.as_mut_ptr(), n) };
        for split in [16, 48, 96, 112] {
            let mut parts = vec![0f32; m * n];
            for r0 in (0..m).step_by(split) {
                let rows = split.min(m - r0);
                unsafe {
                    let (a, c) = (a.as_ptr().add(r0 * k), parts.as_mut_ptr().add(r0 * n));
                    row_major(rows, n, k, a, k, b.as_ptr(), c, n)
                };
            }
            assert!(same_bits(&whole, &parts), "rows of {split}");
        }
        for split in [16, 32, 48] {
            let mut parts = vec![0f32; m * n];
            for c0 in (0..n).step_by(split) {
                let cols = split.min(n - c0);
                unsafe {
                    let (b, c) = (b.as_ptr().add(c0), parts.as_mut_ptr().add(c0));
                    row_major(m, cols, k, a.as_ptr(), k, b, c, n)
                };
            }
            assert!(same_bits(&whole, &parts), "columns of {split}");
        }
    }
}
