//! Scalar functions in numerically stable forms, shared by generated code.

/// `1 / (1 + exp(-x))`, finite and exact in the tails for any finite `x`.
#[inline]
pub fn sigmoid(x: f32) -> f32 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// `log(1 + exp(x))` without overflow: `max(x, 0) + log1p(exp(-|x|))`.
#[inline]
pub fn softplus(x: f32) -> f32 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

/// `max(x, 0)`.
#[inline]
pub fn relu(x: f32) -> f32 {
    if x > 0.0 {
        x
    } else {
        0.0
    }
}

/// -1, 0 or 1 (0 at 0, so that `abs` has derivative 0 at its kink).
#[inline]
pub fn sign(x: f32) -> f32 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

/// `x ^ p`: integer powers by repeated multiplication, others through `powf`.
#[inline]
pub fn pow(x: f32, p: f32) -> f32 {
    if p == p.trunc() && p.abs() <= 64.0 {
        x.powi(p as i32)
    } else {
        x.powf(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_in_the_tails() {
        assert_eq!(sigmoid(-1e4), 0.0);
        assert_eq!(sigmoid(1e4), 1.0);
        assert_eq!(softplus(1e4), 1e4);
        assert_eq!(softplus(-1e4), 0.0);
        assert!((softplus(0.0) - std::f32::consts::LN_2).abs() < 1e-7);
        assert!((sigmoid(-20.0) - 2.0611537e-9).abs() < 1e-15);
    }

    #[test]
    fn pow_matches_powf() {
        assert_eq!(pow(3.0, 2.0), 9.0);
        assert_eq!(pow(2.0, -1.0), 0.5);
        assert!((pow(2.0, 0.5) - 2f32.sqrt()).abs() < 1e-7);
    }
}
