//! Scalar functions in numerically stable forms, shared by generated code; generic over `f32`
//! and `f64`.

use num_traits::Float;

/// `1 / (1 + exp(-x))`, finite and exact in the tails for any finite `x`.
#[inline]
pub fn sigmoid<T: Float>(x: T) -> T {
    if x >= T::zero() {
        T::one() / (T::one() + (-x).exp())
    } else {
        let e = x.exp();
        e / (T::one() + e)
    }
}

/// `log(1 + exp(x))` without overflow: `max(x, 0) + log1p(exp(-|x|))`.
#[inline]
pub fn softplus<T: Float>(x: T) -> T {
    x.max(T::zero()) + (-x.abs()).exp().ln_1p()
}

/// `max(x, 0)`.
#[inline]
pub fn relu<T: Float>(x: T) -> T {
    if x > T::zero() {
        x
    } else {
        T::zero()
    }
}

/// -1, 0 or 1 (0 at 0, so that `abs` has derivative 0 at its kink).
#[inline]
pub fn sign<T: Float>(x: T) -> T {
    if x > T::zero() {
        T::one()
    } else if x < T::zero() {
        -T::one()
    } else {
        T::zero()
    }
}

/// `x ^ p`: integer powers by repeated multiplication, others through `powf`.
#[inline]
pub fn pow<T: Float>(x: T, p: T) -> T {
    match p.to_i32() {
        Some(k) if T::from(k) == Some(p) && k.abs() <= 64 => x.powi(k),
        _ => x.powf(p),
    }
}

/// The error function in `f64`, to within 1 ulp (`libm`); the `f32` methods use `vmath::erf`.
#[inline]
pub fn erf(x: f64) -> f64 {
    libm::erf(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_in_the_tails() {
        assert_eq!(sigmoid(-1e4f32), 0.0);
        assert_eq!(sigmoid(1e4f32), 1.0);
        assert_eq!(softplus(1e4f32), 1e4);
        assert_eq!(softplus(-1e4f32), 0.0);
        assert!((softplus(0.0f32) - std::f32::consts::LN_2).abs() < 1e-7);
        assert!((sigmoid(-20.0f32) - 2.0611537e-9).abs() < 1e-15);
        assert!((sigmoid(-20.0f64) - 2.0611536181902037e-9).abs() < 1e-22);
    }

    #[test]
    fn pow_matches_powf() {
        assert_eq!(pow(3.0f32, 2.0), 9.0);
        assert_eq!(pow(2.0f32, -1.0), 0.5);
        assert!((pow(2.0f32, 0.5) - 2f32.sqrt()).abs() < 1e-7);
    }
}
