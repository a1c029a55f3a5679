//! # rheano
//!
//! Write a model as math inside [`model!`]; the macro checks every shape by dimension name,
//! derives the reverse-mode gradient symbolically, and emits a plain Rust struct with `loss`,
//! `loss_and_grad` and one method per output. Nothing is interpreted at run time.
//!
//! ```
//! use rheano::prelude::*;
//!
//! model! {
//!     /// Least squares.
//!     pub struct Ls {
//!         param w: [D];
//!         input x: [N, D];
//!         input y: [N];
//!         loss = mean((x @ w - y)^2);
//!     }
//! }
//!
//! let m = Ls { w: arr1(&[1.0, 2.0]) };
//! let x = arr2(&[[1.0, 0.0], [0.0, 1.0]]);
//! let y = arr1(&[1.0, 0.0]);
//! let mut g = LsGrad::zeros_like(&m);
//! let l = m.loss_and_grad(x.view(), y.view(), &mut g).unwrap();
//! assert_eq!(l, 2.0);                      // ((1-1)^2 + (2-0)^2) / 2
//! assert_eq!(g.w.to_vec(), vec![0.0, 2.0]); // x^T (x w - y) * 2 / N
//! ```
//!
//! The language is described in `docs/language.md` of the repository.

pub use rheano_macros::model;
pub use rheano_runtime::{
    check, conv, ctc, data, dist, init, io, math, noise, optim, plot, report, schedule, softmax,
    subnormal, synth, vmath,
};
pub use rheano_runtime::{
    clip_grad_norm, Adam, Error, Model, Momentum, Noise, Optimizer, OptimizerState, RmsProp,
    Schedule, Sgd,
};

/// The `ndarray` version rheano builds with.
pub use ndarray;
/// The `rand` version rheano builds with.
pub use rand;

/// Everything a model file needs: `use rheano::prelude::*;`.
pub mod prelude {
    pub use crate::model;
    pub use crate::{clip_grad_norm, Adam, Model, Momentum, Noise, Optimizer, RmsProp, Sgd};
    pub use ndarray::{
        arr0, arr1, arr2, Array, Array0, Array1, Array2, Array3, Array4, Array5, Array6,
    };
    pub use ndarray::{s, Axis};
    pub use ndarray::{
        ArrayView0, ArrayView1, ArrayView2, ArrayView3, ArrayView4, ArrayView5, ArrayView6,
    };
}

/// Paths used by generated code. Not a public API.
#[doc(hidden)]
pub mod __private {
    pub use ndarray;
    pub use rand;
    pub use rheano_runtime::{
        check, conv, ctc, fused, init, kernels, math, matrix, model, noise, pool, pooling, product,
        rowpass, rows, select, softmax, subnormal, vmath, workspace, Error, Model,
    };
}

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The language reference's examples, compiled as doctests.
#[doc = include_str!("../docs/language.md")]
#[cfg(doctest)]
pub struct LanguageDoctests;
