//! `f32` math that the compiler can inline and vectorize: no calls into libm, no data-dependent
//! branches (both sides of every choice are computed and one is selected). Generated loops call
//! these, so a loop over `exp` runs 8 lanes at a time on AVX2.
//!
//! Maximum errors in units in the last place of the correctly rounded result, measured against
//! `f64` over every 61st `f32` bit pattern of the whole range (every pattern for `tanh`), where
//! the correct result is a normal number, zero or infinite:
//!
//! | function | max error, with FMA | without FMA |
//! | --- | --- | --- |
//! | `exp` | 0.89 ulp | 1.18 ulp |
//! | `ln` | 0.82 ulp | 0.82 ulp |
//! | `tanh` | 5.17 ulp | 5.63 ulp |
//! | `sigmoid` | 2.65 ulp | 2.68 ulp |
//! | `softplus` | 2.63 ulp | 2.64 ulp |
//! | `log1p` | 2.37 ulp | 2.37 ulp |
//! | `expm1` | 2.45 ulp | 2.45 ulp |
//! | `erf` | 1.33 ulp | 2.25 ulp |
//!
//! Polynomials and range reductions use fused multiply-adds where the build targets FMA (as
//! with `-C target-cpu=native` on AVX2 machines, the default here), which is both faster and
//! more accurate; elsewhere each is a multiply and an add, with the second column's bounds.
//!
//! Reproduce with `RHEANO_ULP_STEP=61 cargo test --release -p rheano-runtime vmath --
//! --nocapture` (the test suite checks every 997th pattern against the same bounds; add
//! `RUSTFLAGS="-C target-cpu=x86-64"` for the second column).

// The coefficients are the published minimax ones, written as given.
#![allow(clippy::excessive_precision)]

const LOG2E: f32 = std::f32::consts::LOG2_E;
const LN2_HI: f32 = 0.693_359_4;
const LN2_LO: f32 = -2.121_944_4e-4;

/// `a * b + c`, as one fused multiply-add (one rounding) where the build targets FMA, as a
/// multiply and an add elsewhere; `f32::mul_add` without FMA would be a call into libm.
#[inline(always)]
fn fma(a: f32, b: f32, c: f32) -> f32 {
    #[cfg(target_feature = "fma")]
    {
        a.mul_add(b, c)
    }
    #[cfg(not(target_feature = "fma"))]
    {
        a * b + c
    }
}

/// `2^n` for an integer `n` in `[-149, 128]`, as the product of two normal powers.
#[inline(always)]
fn pow2i(n: i32) -> (f32, f32) {
    let a = n >> 1;
    let b = n - a;
    (
        f32::from_bits(((a + 127) as u32) << 23),
        f32::from_bits(((b + 127) as u32) << 23),
    )
}

/// `e^x = e^r * 2^n` for `x` already clamped to the range of its caller: returns `e^r` (a
/// polynomial on `|r| <= ln 2 / 2`) and the integer `n`.
#[inline(always)]
fn exp_reduced(xc: f32) -> (f32, i32) {
    // Round to nearest by the 1.5 * 2^23 trick, which also leaves the integer in the low bits:
    // no call into libm and no saturating float-to-int conversion, so loops vectorize.
    let t = fma(xc, LOG2E, 12_582_912.0);
    let n = t - 12_582_912.0;
    let ni = (t.to_bits() as i32).wrapping_sub(0x4b40_0000);
    let r = fma(-n, LN2_LO, fma(-n, LN2_HI, xc));
    // `1 + r + r^2 p(r)` as one Horner chain of fused multiply-adds.
    let mut p = 1.987_569_1e-4f32;
    p = fma(p, r, 1.398_199_9e-3);
    p = fma(p, r, 8.333_452e-3);
    p = fma(p, r, 4.166_579_6e-2);
    p = fma(p, r, 1.666_666_5e-1);
    p = fma(p, r, 5.000_000_1e-1);
    p = fma(p, r, 1.0);
    (fma(p, r, 1.0), ni)
}

/// `e^x`. Within 0.89 ulp where the result is a normal number;
/// 0 below about -103.97 and infinity above about 88.72.
#[inline(always)]
pub fn exp(x: f32) -> f32 {
    let (e, ni) = exp_reduced(x.clamp(-104.0, 89.0));
    let (s1, s2) = pow2i(ni);
    let y = e * s1 * s2;
    let y = if x > 88.722_84 { f32::INFINITY } else { y };
    // NaN passes through the clamp and every step above, so it needs no case of its own.
    if x < -103.972_08 {
        0.0
    } else {
        y
    }
}

/// `e^x` for `x <= 0`, flushed to 0 where the result is below the smallest normal number
/// (`x` below about -87.34). The shared core of `sigmoid`, `softplus` and `tanh`: one scale
/// factor instead of two and no overflow case, so it is cheaper than `exp`.
#[inline(always)]
fn exp_nonpos(x: f32) -> f32 {
    let (e, ni) = exp_reduced(if x < -87.5 { -87.5 } else { x });
    // n is in [-126, 0] here, so 2^n is one normal number.
    let y = e * f32::from_bits(((ni + 127) as u32) << 23);
    if x < -87.336_55 {
        0.0
    } else {
        y
    }
}

/// The natural logarithm. Within 0.81 ulp; `-inf` at 0, NaN
/// below 0.
#[inline(always)]
pub fn ln(x: f32) -> f32 {
    // Subnormals are scaled into the normal range first.
    let tiny = x < f32::MIN_POSITIVE;
    let xs = if tiny { x * 8_388_608.0 } else { x };
    let bits = xs.to_bits();
    let mut e = ((bits >> 23) & 0xff) as i32 - 126;
    let mut m = f32::from_bits((bits & 0x007f_ffff) | 0x3f00_0000); // in [0.5, 1)
    let small = m < std::f32::consts::FRAC_1_SQRT_2;
    e -= small as i32;
    m = if small { m + m - 1.0 } else { m - 1.0 };
    let ef = e as f32 - if tiny { 23.0 } else { 0.0 };
    let z = m * m;
    let mut y = 7.037_683_6e-2f32;
    y = fma(y, m, -1.151_461e-1);
    y = fma(y, m, 1.167_699_9e-1);
    y = fma(y, m, -1.242_014_1e-1);
    y = fma(y, m, 1.424_932_3e-1);
    y = fma(y, m, -1.666_805_8e-1);
    y = fma(y, m, 2.000_071_5e-1);
    y = fma(y, m, -2.499_999_4e-1);
    y = fma(y, m, 3.333_333e-1);
    y *= m * z;
    y += ef * LN2_LO;
    y -= 0.5 * z;
    let r = m + y + ef * LN2_HI;
    let r = if x == f32::INFINITY { x } else { r };
    let r = if x == 0.0 { f32::NEG_INFINITY } else { r };
    if x < 0.0 || x.is_nan() {
        f32::NAN
    } else {
        r
    }
}

/// `1 / (1 + e^-x)`, as `e^x / (1 + e^x)` for negative `x`. Within 2.65 ulp where the result
/// is normal.
#[inline(always)]
pub fn sigmoid(x: f32) -> f32 {
    let e = exp_nonpos(-x.abs());
    let s = 1.0 / (1.0 + e);
    if x >= 0.0 {
        s
    } else {
        e * s
    }
}

/// `log(1 + x)`, accurate near 0: `log(u) * x / (u - 1)` with `u = 1 + x`. Within 2.37 ulp.
#[inline(always)]
pub fn log1p(x: f32) -> f32 {
    let u = 1.0 + x;
    let d = u - 1.0;
    let r = ln(u) * (x / d);
    let r = if d == 0.0 { x } else { r };
    if x == f32::INFINITY {
        x
    } else {
        r
    }
}

/// `e^x - 1`, accurate near 0: `(u - 1) * x / log(u)` with `u = e^x`. Within 2.45 ulp where
/// the result is normal.
#[inline(always)]
pub fn expm1(x: f32) -> f32 {
    let u = exp(x);
    let d = u - 1.0;
    let r = d * (x / ln(u));
    let r = if u == 1.0 { x } else { r };
    let r = if d == -1.0 { -1.0 } else { r };
    if u == f32::INFINITY {
        u
    } else {
        r
    }
}

/// `log(1 + e^x)` without overflow: `max(x, 0) + log1p(e^-|x|)`. Within 2.63 ulp where the
/// result is normal.
#[inline(always)]
pub fn softplus(x: f32) -> f32 {
    x.max(0.0) + log1p(exp_nonpos(-x.abs()))
}

/// Beyond this magnitude `tanh` rounds to ±1 in `f32`.
const TANH_SATURATES: f32 = 9.02;

/// The hyperbolic tangent: `x P(x²) / Q(x²)` with `P` of degree 6 and `Q` of degree 3, a
/// minimax fit of relative error 0.14 ulp on `|x| <= 9.02` (±1 beyond), one division and no
/// `exp`. Within 5.17 ulp over every `f32`: the error is that of evaluating `P`, `Q` and their
/// ratio in `f32`.
/// It is cheaper than the `exp`-based form (`1 - 2e / (1 + e)` with `e = e^-2|x|`, and a
/// polynomial near 0), which is within 1.43 ulp but needs an `exp` and two divisions
/// (`benches/workloads.rs`, W1, measures the difference).
#[inline(always)]
pub fn tanh(x: f32) -> f32 {
    // The coefficients come from `runtime/tools/fit_tanh.py`: a linear-programming minimax fit,
    // then each coefficient rounded to f32 in turn and the others refitted around it.
    let xc = x.clamp(-TANH_SATURATES, TANH_SATURATES);
    let t = xc * xc;
    let mut p = -8.573_691e-14f32;
    p = fma(p, t, 5.308_503e-11);
    p = fma(p, t, -2.028_154_5e-8);
    p = fma(p, t, 1.116_642_1e-5);
    p = fma(p, t, 3.105_006_6e-3);
    p = fma(p, t, 1.308_492_4e-1);
    p = fma(p, t, 1.0);
    let mut q = 2.547_737_7e-4f32;
    q = fma(q, t, 2.449_927_3e-2);
    q = fma(q, t, 4.641_825_3e-1);
    q = fma(q, t, 1.0);
    let r = xc * p / q;
    if xc.abs() >= TANH_SATURATES {
        xc.signum()
    } else {
        r
    }
}

/// The error function. Within 1.33 ulp (2.25 without fused multiply-adds).
///
/// Two branch-free pieces, both computed, one selected: `x P(x^2)` for `|x| < 1`, and
/// `1 - e^(-x^2 + G(|x|))` beyond, with `G` a polynomial in `|x| - 2.5` fitting
/// `log erfc(a) + a^2` on `[1, 4]` (weighted by `erfc`, the error's weight in the result).
/// Beyond 4 the result rounds to ±1. Both are minimax fits of relative error 1.2e-9 (`P`) and
/// absolute error 1.0e-9 in the result (`G`).
#[inline(always)]
pub fn erf(x: f32) -> f32 {
    let t = x * x;
    let mut p = 7.853_850_757_425_049e-5f32;
    p = fma(p, t, -8.010_190_405_660_915e-4);
    p = fma(p, t, 5.188_327_312_480_428e-3);
    p = fma(p, t, -2.685_381_172_983_625_2e-2);
    p = fma(p, t, 1.128_358_514_320_181e-1);
    p = fma(p, t, -3.761_262_582_363_689e-1);
    // The leading coefficient 2/sqrt(pi) as a sum of two f32, its first part multiplied last:
    // the sum carries the whole polynomial's rounding as a small correction.
    const C0_HI: f32 = std::f32::consts::FRAC_2_SQRT_PI;
    const C0_LO: f32 = (std::f64::consts::FRAC_2_SQRT_PI - C0_HI as f64) as f32;
    let small = fma(x, C0_HI, x * fma(p, t, C0_LO));
    let a = x.abs();
    let a = if a < 4.0 { a } else { 4.0 };
    let u = a - 2.5;
    let mut g = 1.855_747_405_344_165_4e-4f32;
    g = fma(g, u, -1.559_933_326_044_390_5e-4);
    g = fma(g, u, 2.457_798_201_120_465_5e-3);
    g = fma(g, u, -1.071_775_634_777_031_1e-2);
    g = fma(g, u, 5.611_462_806_327_826e-2);
    g = fma(g, u, -3.526_939_703_927_94e-1);
    g = fma(g, u, -1.556_817_802_925_841_3);
    let large = (1.0 - exp_nonpos(fma(-a, a, g))).copysign(x);
    // NaN fails the comparison and keeps `small`, which is NaN.
    if x.abs() >= 1.0 {
        large
    } else {
        small
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The distance between `got` and the f64 value `want` in ulps of `want` rounded to f32.
    fn ulps(got: f32, want: f64) -> f64 {
        if got.is_nan() && want.is_nan() {
            return 0.0;
        }
        if got as f64 == want {
            return 0.0;
        }
        let w = want as f32;
        if w.is_infinite() || got.is_infinite() {
            return if got == w { 0.0 } else { f64::INFINITY };
        }
        let next = f32::from_bits(w.abs().to_bits() + 1);
        let ulp = (next - w.abs()) as f64;
        (got as f64 - want).abs() / ulp
    }

    /// The largest error over every `step`-th bit pattern whose correct result is a normal
    /// number (or zero, or infinite) in f32.
    fn max_ulps(f: impl Fn(f32) -> f32, exact: impl Fn(f64) -> f64, step: u32) -> (f64, f32) {
        let mut worst = (0.0, 0.0);
        let mut bits = 0u32;
        loop {
            let x = f32::from_bits(bits);
            if !x.is_nan() {
                let want = exact(x as f64);
                let w = want as f32;
                let in_range = w == 0.0 || w.is_infinite() || w.abs() >= f32::MIN_POSITIVE;
                if in_range && !want.is_nan() {
                    let e = ulps(f(x), want);
                    if e > worst.0 {
                        worst = (e, x);
                    }
                }
            }
            match bits.checked_add(step) {
                Some(b) => bits = b,
                None => break,
            }
        }
        worst
    }

    fn sigmoid64(x: f64) -> f64 {
        if x >= 0.0 {
            1.0 / (1.0 + (-x).exp())
        } else {
            x.exp() / (1.0 + x.exp())
        }
    }

    /// A function, its exact value in f64, and its bounds with and without fused multiply-adds.
    type Case = (&'static str, fn(f32) -> f32, fn(f64) -> f64, [f64; 2]);

    #[test]
    fn vmath_errors_over_the_whole_range() {
        // The bounds of the module's table.
        let cases: [Case; 8] = [
            ("exp", exp, f64::exp, [0.89, 1.18]),
            ("ln", ln, f64::ln, [0.82, 0.82]),
            ("tanh", tanh, f64::tanh, [5.17, 5.63]),
            ("sigmoid", sigmoid, sigmoid64, [2.65, 2.68]),
            (
                "softplus",
                softplus,
                |x| x.max(0.0) + (-x.abs()).exp().ln_1p(),
                [2.63, 2.64],
            ),
            ("log1p", log1p, f64::ln_1p, [2.37, 2.37]),
            ("expm1", expm1, f64::exp_m1, [2.45, 2.45]),
            ("erf", erf, libm::erf, [1.33, 2.25]),
        ];
        let column = if cfg!(target_feature = "fma") { 0 } else { 1 };
        let step = std::env::var("RHEANO_ULP_STEP")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(997);
        let mut over = Vec::new();
        for (name, f, exact, bounds) in cases {
            let (e, at) = max_ulps(f, exact, step);
            println!("{name}: max {e:.3} ulp (at {at:e})");
            if e > bounds[column] {
                over.push(format!("{name}: {e} ulp at {at:e}"));
            }
        }
        assert!(over.is_empty(), "over the bound: {over:?}");
    }

    #[test]
    fn special_values() {
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(f32::NEG_INFINITY), 0.0);
        assert_eq!(exp(f32::INFINITY), f32::INFINITY);
        assert!(exp(f32::NAN).is_nan());
        assert_eq!(ln(1.0), 0.0);
        assert_eq!(ln(0.0), f32::NEG_INFINITY);
        assert!(ln(-1.0).is_nan());
        assert_eq!(tanh(0.0), 0.0);
        assert_eq!(tanh(100.0), 1.0);
        assert_eq!(sigmoid(-200.0), 0.0);
        assert_eq!(softplus(1e4), 1e4);
        assert_eq!(log1p(0.0), 0.0);
        assert_eq!(expm1(0.0), 0.0);
        assert_eq!(erf(0.0), 0.0);
        assert_eq!(erf(4.0), 1.0);
        assert_eq!(erf(f32::INFINITY), 1.0);
        assert_eq!(erf(f32::NEG_INFINITY), -1.0);
        assert!(erf(f32::NAN).is_nan());
        assert_eq!(erf(-1e-30), -1.128_379_1e-30);
    }
}
