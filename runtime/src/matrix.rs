//! How a matrix lies in memory, and the epilogue a product runs on its finished entries: what
//! the product front end (`product`) and the packed product (`packed`) share.

/// How a matrix lies in memory: element `(i, j)` is at `i * rs + j * cs` from its first.
#[derive(Clone, Copy, Debug)]
pub struct Mat {
    /// Row stride.
    pub rs: isize,
    /// Column stride.
    pub cs: isize,
}

impl Mat {
    /// A row-major matrix whose rows are `stride` apart.
    #[inline]
    pub fn rows(stride: usize) -> Mat {
        Mat {
            rs: stride as isize,
            cs: 1,
        }
    }

    /// A column-major matrix (a transposed row-major one) whose columns are `stride` apart.
    #[inline]
    pub fn cols(stride: usize) -> Mat {
        Mat {
            rs: 1,
            cs: stride as isize,
        }
    }

    /// The same elements as the transposed matrix.
    #[inline]
    pub fn t(self) -> Mat {
        Mat {
            rs: self.cs,
            cs: self.rs,
        }
    }
}

/// A matrix operand of a product: `rows x cols` elements of `data`, laid out as `layout` says
/// (strides non-negative).
#[derive(Clone, Copy, Debug)]
pub struct MatRef<'a> {
    pub data: &'a [f32],
    pub rows: usize,
    pub cols: usize,
    pub layout: Mat,
}

impl<'a> MatRef<'a> {
    #[inline(always)]
    pub fn new(data: &'a [f32], rows: usize, cols: usize, layout: Mat) -> Self {
        MatRef {
            data,
            rows,
            cols,
            layout,
        }
    }

    /// The transposed matrix, over the same elements.
    #[inline(always)]
    pub fn t(self) -> Self {
        MatRef::new(self.data, self.cols, self.rows, self.layout.t())
    }
}

/// The result of a product: its shape is the product's (`a.rows x b.cols`).
#[derive(Debug)]
pub struct MatMut<'a> {
    pub data: &'a mut [f32],
    pub layout: Mat,
}

impl<'a> MatMut<'a> {
    #[inline(always)]
    pub fn new(data: &'a mut [f32], layout: Mat) -> Self {
        MatMut { data, layout }
    }
}

/// The sizes and layouts of one product `c = a b`, apart from its memory: `a` is `m x k`, `b`
/// `k x n`, `c` `m x n`. The kernels over slices take the three slices as parameters of their
/// own beside it: the compiler knows then that the result's slice reaches no operand, which it
/// does not know of a slice inside a struct, and keeps their loops unrolled and vectorized.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Shapes {
    pub m: usize,
    pub n: usize,
    pub k: usize,
    pub am: Mat,
    pub bm: Mat,
    pub cm: Mat,
}

impl Shapes {
    #[inline(always)]
    pub fn of(a: &MatRef, b: &MatRef, cm: Mat) -> Shapes {
        debug_assert_eq!(b.rows, a.cols, "inner sizes of a product");
        Shapes {
            m: a.rows,
            n: b.cols,
            k: a.cols,
            am: a.layout,
            bm: b.layout,
            cm,
        }
    }

    /// The same product as `c^T = b^T a^T` (with `a` and `b` swapped by the caller).
    pub fn transposed(self) -> Shapes {
        Shapes {
            m: self.n,
            n: self.m,
            k: self.k,
            am: self.bm.t(),
            bm: self.am.t(),
            cm: self.cm.t(),
        }
    }
}

/// One product `c = a b` in raw memory, as the packed product takes it: `a` is `m x k`, `b`
/// `k x n`, `c` `m x n`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Operands {
    pub m: usize,
    pub n: usize,
    pub k: usize,
    pub a: *const f32,
    pub am: Mat,
    pub b: *const f32,
    pub bm: Mat,
    pub c: *mut f32,
    pub cm: Mat,
}

impl Operands {
    /// The same product as `c^T = b^T a^T`, over the same memory.
    pub fn transposed(self) -> Operands {
        Operands {
            m: self.n,
            n: self.m,
            k: self.k,
            a: self.b,
            am: self.bm.t(),
            b: self.a,
            bm: self.am.t(),
            c: self.c,
            cm: self.cm.t(),
        }
    }
}

/// An epilogue of a matrix product: `epi(i, j0, seg)` replaces the finished entries
/// `c[i, j0..j0 + seg.len()]`, given in `seg`, by what follows from them (a bias and an
/// activation, say). Called once for every entry of `c`, in segments of a row, from the
/// threads computing the product.
pub type Epilogue<'a> = &'a (dyn Fn(usize, usize, &mut [f32]) + Sync);

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
