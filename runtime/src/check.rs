//! Gradient checks on real data: the `f32` gradient of `loss_and_grad` against `f64` central
//! differences of the same loss.
//!
//! Every `model!` struct has a `gradcheck` method with the arguments of `loss`; it runs the
//! model's program in `f64` and calls [`gradients`]:
//!
//! ```
//! use rheano::prelude::*;
//!
//! model! {
//!     struct Ls {
//!         param w: [D];
//!         input x: [N, D];
//!         input y: [N];
//!         loss = mean((x @ w - y)^2);
//!     }
//! }
//!
//! let m = Ls { w: arr1(&[0.5, -1.0]) };
//! let x = arr2(&[[1.0, 2.0], [3.0, 4.0], [0.5, 0.1]]);
//! let y = arr1(&[1.0, 0.0, 2.0]);
//! let report = m.gradcheck(x.view(), y.view()).unwrap();
//! println!("{report}");
//! assert!(report.max_rel_error() < 1e-4);
//! ```

use crate::error::Error;
use ndarray::{ArrayD, ArrayViewD};
use std::fmt;

/// The check of one param.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamCheck {
    /// The param's name.
    pub name: &'static str,
    /// How many of its entries were checked (all, up to 64 spread evenly over the rest).
    pub checked: usize,
    /// The largest `|derived - numeric|`.
    pub max_abs_error: f64,
    /// The largest `|derived - numeric| / max(|derived|, |numeric|, 1e-6)`.
    pub max_rel_error: f64,
}

/// What [`gradients`] found, one entry per param in declaration order.
#[derive(Debug, Clone, PartialEq)]
pub struct GradReport {
    /// One check per param.
    pub params: Vec<ParamCheck>,
}

impl GradReport {
    /// The largest relative error over all params (0 for a model without params).
    pub fn max_rel_error(&self) -> f64 {
        self.params
            .iter()
            .map(|p| p.max_rel_error)
            .fold(0.0, f64::max)
    }
}

impl fmt::Display for GradReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<16} {:>8} {:>14} {:>14}",
            "param", "checked", "max abs err", "max rel err"
        )?;
        for p in &self.params {
            writeln!(
                f,
                "{:<16} {:>8} {:>14.3e} {:>14.3e}",
                p.name, p.checked, p.max_abs_error, p.max_rel_error
            )?;
        }
        Ok(())
    }
}

/// The entries of a param to check: all of a small one, 64 spread evenly over a large one.
fn entries(n: usize) -> Vec<usize> {
    const MAX: usize = 64;
    if n <= MAX {
        (0..n).collect()
    } else {
        (0..MAX).map(|k| k * (n - 1) / (MAX - 1)).collect()
    }
}

/// Compares `grads` (from the `f32` program) with central differences of `loss` (the `f64`
/// program) at `params`, param by param.
///
/// # Errors
/// Whatever `loss` returns.
pub fn gradients(
    names: &[&'static str],
    params: Vec<ArrayD<f64>>,
    grads: &[ArrayD<f32>],
    mut loss: impl FnMut(&[ArrayD<f64>]) -> Result<f64, Error>,
) -> Result<GradReport, Error> {
    let mut params = params;
    let mut report = GradReport { params: Vec::new() };
    for (k, (&name, grad)) in names.iter().zip(grads).enumerate() {
        let n = params[k].len();
        let picks = entries(n);
        let (mut max_abs, mut max_rel) = (0.0f64, 0.0f64);
        for &j in &picks {
            let orig = params[k].as_slice().map_or(0.0, |s| s[j]);
            let h = 1e-6 * orig.abs().max(1.0);
            let set = |ps: &mut Vec<ArrayD<f64>>, v: f64| {
                if let Some(s) = ps[k].as_slice_mut() {
                    s[j] = v;
                }
            };
            set(&mut params, orig + h);
            let up = loss(&params)?;
            set(&mut params, orig - h);
            let down = loss(&params)?;
            set(&mut params, orig);
            let numeric = (up - down) / (2.0 * h);
            let derived = grad.as_slice().map_or(f64::NAN, |s| s[j] as f64);
            let abs = (derived - numeric).abs();
            max_abs = max_abs.max(abs);
            max_rel = max_rel.max(abs / derived.abs().max(numeric.abs()).max(1e-6));
        }
        report.params.push(ParamCheck {
            name,
            checked: picks.len(),
            max_abs_error: max_abs,
            max_rel_error: max_rel,
        });
    }
    Ok(report)
}

/// `Ok(loss)` if the loss and every gradient entry are finite; else `Error::NotFinite` naming the
/// first param (in the given order) with a NaN or infinite entry, or the loss. Generated
/// `loss_and_grad_checked` methods call this after `loss_and_grad`.
pub fn finite(loss: f32, grads: &[(&'static str, ArrayViewD<'_, f32>)]) -> Result<f32, Error> {
    for (name, g) in grads {
        if let Some((position, &value)) = g.iter().enumerate().find(|(_, v)| !v.is_finite()) {
            return Err(Error::NotFinite {
                param: Some(name),
                position,
                value,
                loss,
            });
        }
    }
    if !loss.is_finite() {
        return Err(Error::NotFinite {
            param: None,
            position: 0,
            value: loss,
            loss,
        });
    }
    Ok(loss)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{arr1, IxDyn};

    #[test]
    fn finds_a_wrong_gradient() {
        // loss = sum(w^2): gradient 2w; a report on 3w must show relative error 1/3.
        let w = arr1(&[1.0, -2.0, 0.5]).into_dyn();
        let loss = |p: &[ArrayD<f64>]| Ok(p[0].iter().map(|v| v * v).sum());
        let right = w.mapv(|v| 2.0 * v as f32);
        let r = gradients(&["w"], vec![w.clone()], &[right], loss).unwrap();
        assert!(r.max_rel_error() < 1e-6, "{r}");
        let wrong = w.mapv(|v| 3.0 * v as f32);
        let r = gradients(&["w"], vec![w], &[wrong], loss).unwrap();
        assert!((r.max_rel_error() - 1.0 / 3.0).abs() < 1e-6, "{r}");
        assert!(r.to_string().contains("w "));
    }

    #[test]
    fn large_params_are_sampled() {
        assert_eq!(entries(10), (0..10).collect::<Vec<_>>());
        let e = entries(1000);
        assert_eq!((e.len(), e[0], e[63]), (64, 0, 999));
        let _ = ArrayD::<f64>::zeros(IxDyn(&[2]));
    }
}
