//! The runtime of rheano: the [`Error`] type, the [`Model`] trait, initializers, optimizers,
//! data helpers, and the kernels that `model!`-generated code calls.
//!
//! Users depend on the `rheano` crate, which re-exports all of this.

pub mod check;
pub mod conv;
pub mod ctc;
pub mod data;
pub mod dist;
pub mod error;
#[doc(hidden)]
pub mod fused;
pub mod init;
pub mod io;
#[doc(hidden)]
pub mod kernels;
pub mod math;
#[doc(hidden)]
pub mod matrix;
pub mod model;
pub mod noise;
pub mod optim;
mod packed;
pub mod plot;
#[doc(hidden)]
pub mod pool;
pub mod pooling;
#[doc(hidden)]
pub mod product;
pub mod report;
#[doc(hidden)]
pub mod rowpass;
#[doc(hidden)]
pub mod rows;
pub mod schedule;
#[doc(hidden)]
pub mod select;
pub mod softmax;
pub mod subnormal;
pub mod synth;
pub mod vmath;
#[doc(hidden)]
pub mod workspace;

pub use error::Error;
pub use model::Model;
pub use noise::Noise;
pub use optim::{clip_grad_norm, Adam, Momentum, Optimizer, OptimizerState, RmsProp, Sgd};
pub use schedule::Schedule;
