//! Subnormal floats, flushed to zero where rheano reads and stores params.
//!
//! A subnormal `f32` (nonzero, below `f32::MIN_POSITIVE` in magnitude) is where weight decay
//! leaves a weight whose gradient is always zero, such as the weight of a pixel that is black in
//! every image. x86 cores handle arithmetic on subnormals in microcode, tens to hundreds of
//! times slower than on normal values, so a step whose params have decayed that far can take
//! over twenty times as long (`cargo bench --bench subnormal`). Frameworks avoid it by setting
//! the processor's flush-to-zero and denormals-are-zero modes, but changing the floating-point
//! environment under compiled Rust is undefined behaviour. rheano flushes values instead:
//!
//! - every method `model!` generates reads its params through [`Flushed::read`], which returns
//!   the param itself after one vectorized pass finds no subnormal (the usual case) and else a
//!   copy with each subnormal replaced by a zero of the same sign;
//! - the optimizers store each updated param and state through [`flush`], so params do not
//!   decay into subnormals in the first place.
//!
//! Inputs are read as given: data are rarely subnormal, and a pass over every batch would cost
//! more than params. A subnormal can still arise inside a step (a product of two tiny numbers),
//! which is rare and brief. [`set_flush`]`(false)` turns flushing off for the whole process,
//! for a study of subnormals themselves; results then depend on the subnormal values, as IEEE
//! arithmetic defines them.

use std::mem::MaybeUninit;
use std::sync::atomic::{AtomicBool, Ordering};

static FLUSH: AtomicBool = AtomicBool::new(true);

/// Turns flushing of subnormal params on (the default) or off, for the whole process.
pub fn set_flush(on: bool) {
    FLUSH.store(on, Ordering::Relaxed);
}

/// Whether subnormal params are flushed to zero (see [`set_flush`]).
#[inline]
pub fn flushing() -> bool {
    FLUSH.load(Ordering::Relaxed)
}

/// Whether `x` is subnormal: nonzero with a zero exponent.
#[inline(always)]
pub fn is_subnormal(x: f32) -> bool {
    (x.to_bits() & 0x7fff_ffff).wrapping_sub(1) < 0x007f_ffff
}

/// `x`, or a zero of the same sign if `x` is subnormal. Branch-free, so loops vectorize.
#[inline(always)]
pub fn flush(x: f32) -> f32 {
    let bits = x.to_bits();
    let keep = u32::from(!is_subnormal(x)).wrapping_neg() | 0x8000_0000;
    f32::from_bits(bits & keep)
}

/// What [`flush_unless`] keeps of every value: nothing extra while flushing is on, every bit
/// when it is off. Generated methods read it once per call.
#[inline]
pub fn keep_mask() -> u32 {
    if flushing() {
        0
    } else {
        u32::MAX
    }
}

/// [`flush`], unless `keep` (from [`keep_mask`]) says flushing is off. Branch-free.
#[inline(always)]
pub fn flush_unless(keep: u32, x: f32) -> f32 {
    let bits = x.to_bits();
    let kept = u32::from(!is_subnormal(x)).wrapping_neg() | 0x8000_0000 | keep;
    f32::from_bits(bits & kept)
}

/// Whether any value of `xs` is subnormal, in one pass. With AVX-512 (DQ) at compile time,
/// 16 lanes are classified per instruction and a short param takes one masked load, so the
/// pass costs a few cycles on a small model; elsewhere a minimum over the values' bits, which
/// vectorizes.
#[inline(always)]
pub fn has_subnormal(xs: &[f32]) -> bool {
    #[cfg(all(
        target_arch = "x86_64",
        target_feature = "avx512f",
        target_feature = "avx512dq"
    ))]
    {
        use std::arch::x86_64::{_mm512_fpclass_ps_mask, _mm512_loadu_ps, _mm512_maskz_loadu_ps};
        // Class 0x20 of `vfpclassps`: denormal.
        const DENORMAL: i32 = 0x20;
        let (n, p) = (xs.len(), xs.as_ptr());
        let mut any: u16 = 0;
        let mut i = 0;
        // SAFETY: every load reads `xs[i..i + 16]` with `i + 16 <= n`, or, masked, only the
        // lanes below `n - i`; the target features are enabled at compile time.
        unsafe {
            while i + 16 <= n {
                any |= _mm512_fpclass_ps_mask::<DENORMAL>(_mm512_loadu_ps(p.add(i)));
                i += 16;
            }
            if i < n {
                let mask = ((1u32 << (n - i)) - 1) as u16;
                any |= _mm512_fpclass_ps_mask::<DENORMAL>(_mm512_maskz_loadu_ps(mask, p.add(i)));
            }
        }
        any != 0
    }
    #[cfg(not(all(
        target_arch = "x86_64",
        target_feature = "avx512f",
        target_feature = "avx512dq"
    )))]
    {
        // `|x|` bits minus one, wrapping, is below 0x7f_ffff exactly for subnormals.
        let low = xs.iter().fold(u32::MAX, |m, &x| {
            m.min((x.to_bits() & 0x7fff_ffff).wrapping_sub(1))
        });
        low < 0x007f_ffff
    }
}

/// `xs`, or, when it holds a subnormal and flushing is on, its flushed copy made in `copy`.
#[inline(always)]
pub fn read<'a>(copy: &'a mut Vec<f32>, xs: &'a [f32]) -> &'a [f32] {
    if flushing() && has_subnormal(xs) {
        copy_flushed(copy, xs)
    } else {
        xs
    }
}

#[cold]
#[inline(never)]
fn copy_flushed<'a>(copy: &'a mut Vec<f32>, xs: &[f32]) -> &'a [f32] {
    copy.clear();
    copy.extend(xs.iter().map(|&x| flush(x)));
    copy
}

/// Floats of a param that [`Flushed`] copies on the stack rather than into a vector.
const SMALL: usize = 64;

/// Where a method reads one param: the param itself, or, when it holds a subnormal and
/// flushing is on, a copy with each subnormal replaced by a zero of the same sign (on the
/// stack for small params, so that a tiny model's step does not allocate).
pub struct Flushed {
    small: [MaybeUninit<f32>; SMALL],
    large: Vec<f32>,
}

impl Default for Flushed {
    fn default() -> Self {
        Self::new()
    }
}

impl Flushed {
    /// An empty place; it allocates nothing.
    #[inline(always)]
    pub fn new() -> Self {
        Flushed {
            small: [MaybeUninit::uninit(); SMALL],
            large: Vec::new(),
        }
    }

    /// `xs`, or its flushed copy if it holds a subnormal and flushing is on.
    #[inline(always)]
    pub fn read<'a>(&'a mut self, xs: &'a [f32]) -> &'a [f32] {
        if flushing() && has_subnormal(xs) {
            self.copy(xs)
        } else {
            xs
        }
    }

    /// [`read`](Self::read) for a param whose length `N` is known when the model compiles
    /// (every dim fixed by `dim`): the pass is then straight-line code.
    #[inline(always)]
    pub fn read_fixed<'a, const N: usize>(&'a mut self, xs: &'a [f32]) -> &'a [f32] {
        let found = match xs.get(..N) {
            Some(fixed) if xs.len() == N => has_subnormal(fixed),
            _ => has_subnormal(xs),
        };
        if flushing() && found {
            self.copy(xs)
        } else {
            xs
        }
    }

    #[cold]
    #[inline(never)]
    fn copy(&mut self, xs: &[f32]) -> &[f32] {
        if xs.len() <= SMALL {
            for (d, &x) in self.small.iter_mut().zip(xs) {
                d.write(flush(x));
            }
            // SAFETY: the first `xs.len()` elements were written just above.
            unsafe { std::slice::from_raw_parts(self.small.as_ptr().cast::<f32>(), xs.len()) }
        } else {
            self.large.clear();
            self.large.extend(xs.iter().map(|&x| flush(x)));
            &self.large
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnormals_and_only_subnormals_are_flushed_keeping_the_sign() {
        let tiny = f32::MIN_POSITIVE;
        let sub = [
            tiny / 2.0,
            -tiny / 2.0,
            f32::from_bits(1),
            -f32::from_bits(0x007f_ffff),
        ];
        for &x in &sub {
            assert!(is_subnormal(x), "{x:e}");
            let y = flush(x);
            assert_eq!(y, 0.0);
            assert_eq!(y.is_sign_negative(), x.is_sign_negative(), "{x:e}");
        }
        let normal = [
            0.0,
            -0.0,
            tiny,
            -tiny,
            1.0,
            -3.0e38,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::MAX,
        ];
        for &x in &normal {
            assert!(!is_subnormal(x), "{x:e}");
            assert_eq!(flush(x).to_bits(), x.to_bits(), "{x:e}");
        }
        assert!(flush(f32::NAN).is_nan());
    }

    #[test]
    fn a_param_is_copied_only_when_it_holds_a_subnormal() {
        for n in [0usize, 1, 10, 16, 17, 64, 65, 1000] {
            let mut v: Vec<f32> = (0..n).map(|i| i as f32 - 5.0).collect();
            let mut f = Flushed::new();
            assert_eq!(
                f.read(&v).as_ptr(),
                v.as_ptr(),
                "{n}: a clean param is not copied"
            );
            for at in [0, n / 2, n.saturating_sub(1)]
                .into_iter()
                .filter(|_| n > 0)
            {
                let mut w = v.clone();
                w[at] = -f32::MIN_POSITIVE / 1000.0;
                assert!(has_subnormal(&w), "{n} {at}");
                let mut f = Flushed::new();
                let r = f.read(&w);
                assert_ne!(r.as_ptr(), w.as_ptr());
                assert_eq!(r.len(), n);
                for (i, (&a, &b)) in r.iter().zip(&w).enumerate() {
                    let want = if i == at { -0.0f32 } else { b };
                    assert_eq!(a.to_bits(), want.to_bits(), "{n} {at} {i}");
                }
            }
            v.iter_mut().for_each(|x| *x = f32::MIN_POSITIVE);
            assert!(!has_subnormal(&v));
        }
        // The fixed-length pass agrees, and falls back when the length is not the one fixed.
        let mut v = [1.0f32; 10];
        for at in 0..10 {
            v[at] = f32::MIN_POSITIVE / 4.0;
            let mut f = Flushed::new();
            assert_eq!(f.read_fixed::<10>(&v)[at], 0.0, "{at}");
            let mut f = Flushed::new();
            assert_eq!(f.read_fixed::<7>(&v)[at], 0.0, "{at}, another length");
            v[at] = 1.0;
            let mut f = Flushed::new();
            assert_eq!(f.read_fixed::<10>(&v).as_ptr(), v.as_ptr());
        }
    }
}
