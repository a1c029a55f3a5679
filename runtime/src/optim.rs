//! First-order optimizers behind one [`Optimizer`] trait.
//!
//! State (velocities, moments) is kept per parameter name, so one optimizer serves one model.

use crate::error::Error;
use crate::model::Model;
use crate::subnormal::{flush, flushing};
use ndarray::{ArrayD, Zip};
use std::collections::HashMap;

/// Scales `grad` so that its global L2 norm (over every parameter's gradient) is at most
/// `max_norm`, and returns the norm it had, as PyTorch's `clip_grad_norm_` does. The norm is
/// accumulated in f64. A gradient within the bound, or whose norm is not finite, is left as
/// it is (check the returned norm to skip such a step).
pub fn clip_grad_norm<M: Model>(model: &M, grad: &mut M::Grad, max_norm: f32) -> f32 {
    let mut sum = 0.0f64;
    model.visit_grad_mut(grad, &mut |_, g| {
        sum += g.iter().map(|&v| (v as f64) * (v as f64)).sum::<f64>();
    });
    let norm = sum.sqrt();
    if norm.is_finite() && norm > max_norm as f64 {
        let scale = (max_norm as f64 / norm) as f32;
        model.visit_grad_mut(grad, &mut |_, mut g| g.mapv_inplace(|v| v * scale));
    }
    norm as f32
}

/// Updates a model's parameters in place from a gradient.
pub trait Optimizer {
    /// Applies one update to every parameter of `model` using `grad`.
    fn step<M: Model>(&mut self, model: &mut M, grad: &M::Grad);

    /// The state a resumed run needs (moments, velocities, the step count), for checkpoints
    /// (`rheano::io::save_checkpoint`). An optimizer without state keeps the default.
    fn state(&self) -> OptimizerState {
        OptimizerState::new("stateless", 0)
    }

    /// Restores a state taken by [`state`](Self::state) from an optimizer of the same kind.
    ///
    /// # Errors
    /// `Error::Data` if the state is of another kind.
    fn set_state(&mut self, state: OptimizerState) -> Result<(), Error> {
        expect_kind(&state, "stateless")?;
        Ok(())
    }
}

/// An optimizer's state: its kind, a step count, its settings, and per-param arrays in named
/// slots.
#[derive(Clone, Debug, PartialEq)]
pub struct OptimizerState {
    /// `sgd`, `momentum`, `adam`, `rmsprop`, ...
    pub kind: String,
    /// Steps taken (Adam's bias correction depends on it).
    pub step: u64,
    /// Every setting, by name: `lr`, and `beta`, `beta1`, `beta2`, `eps` or `alpha` as the kind
    /// has them. [`Optimizer::set_state`] sets each one it finds, so a resumed run continues
    /// with the saved settings.
    pub settings: Vec<(String, f32)>,
    /// `(slot, param, array)`, for example `("m", "w1", ...)`.
    pub slots: Vec<(String, &'static str, ArrayD<f32>)>,
}

impl OptimizerState {
    /// An empty state of `kind` at `step`.
    pub fn new(kind: &str, step: u64) -> Self {
        OptimizerState {
            kind: kind.into(),
            step,
            settings: Vec::new(),
            slots: Vec::new(),
        }
    }

    /// Adds the setting `name` = `value`.
    pub fn setting(mut self, name: &str, value: f32) -> Self {
        self.settings.push((name.into(), value));
        self
    }

    /// Sets each of `fields` whose name the state has a setting for; a setting of another name
    /// is an error, since a run resumed without it would not be the run that was saved.
    fn restore(&self, fields: &mut [(&str, &mut f32)]) -> Result<(), Error> {
        for (name, value) in &self.settings {
            let (_, field) = fields.iter_mut().find(|(n, _)| n == name).ok_or_else(|| {
                Error::Data(format!(
                    "the saved `{}` optimizer has a setting `{name}` this one does not know",
                    self.kind
                ))
            })?;
            **field = *value;
        }
        Ok(())
    }

    fn with(mut self, slot: &str, map: &HashMap<&'static str, ArrayD<f32>>) -> Self {
        let mut names: Vec<&&'static str> = map.keys().collect();
        names.sort();
        for n in names {
            self.slots.push((slot.into(), n, map[n].clone()));
        }
        self
    }

    fn take(&self, slot: &str) -> HashMap<&'static str, ArrayD<f32>> {
        self.slots
            .iter()
            .filter(|(s, _, _)| s == slot)
            .map(|(_, p, a)| (*p, a.clone()))
            .collect()
    }
}

fn expect_kind(state: &OptimizerState, kind: &str) -> Result<(), Error> {
    if state.kind != kind {
        return Err(Error::Data(format!(
            "the saved optimizer state is `{}`, not `{kind}`",
            state.kind
        )));
    }
    Ok(())
}

/// How an update stores a param or state value: with subnormals flushed to zero unless
/// flushing is off (`rheano::subnormal`), so that params do not decay into subnormals.
fn stored() -> impl Fn(f32) -> f32 + Copy {
    let on = flushing();
    move |x| if on { flush(x) } else { x }
}

fn state_for<'a>(
    map: &'a mut HashMap<&'static str, ArrayD<f32>>,
    name: &'static str,
    shape: &[usize],
) -> &'a mut ArrayD<f32> {
    let s = map.entry(name).or_insert_with(|| ArrayD::zeros(shape));
    if s.shape() != shape {
        *s = ArrayD::zeros(shape);
    }
    s
}

/// Plain gradient descent: `p -= lr * g`.
///
/// ```
/// use rheano_runtime::{Optimizer, Sgd};
/// let opt = Sgd::new(0.25);
/// assert_eq!(opt.lr, 0.25);
/// ```
#[derive(Debug, Clone)]
pub struct Sgd {
    /// The learning rate.
    pub lr: f32,
}

impl Sgd {
    /// Gradient descent with learning rate `lr`.
    pub fn new(lr: f32) -> Self {
        Sgd { lr }
    }
}

impl Optimizer for Sgd {
    fn state(&self) -> OptimizerState {
        OptimizerState::new("sgd", 0).setting("lr", self.lr)
    }

    fn set_state(&mut self, state: OptimizerState) -> Result<(), Error> {
        expect_kind(&state, "sgd")?;
        let mut lr = self.lr;
        state.restore(&mut [("lr", &mut lr)])?;
        self.lr = lr;
        Ok(())
    }

    fn step<M: Model>(&mut self, model: &mut M, grad: &M::Grad) {
        let (lr, fl) = (self.lr, stored());
        model.visit_with_grad(grad, &mut |_, mut p, g| {
            Zip::from(&mut p)
                .and(&g)
                .for_each(|p, &g| *p = fl(*p - lr * g));
        });
    }
}

/// Heavy-ball momentum: `v = beta * v + g; p -= lr * v`. `beta` may be negative.
#[derive(Debug, Clone)]
pub struct Momentum {
    /// The learning rate.
    pub lr: f32,
    /// The momentum coefficient; negative values are allowed.
    pub beta: f32,
    velocity: HashMap<&'static str, ArrayD<f32>>,
}

impl Momentum {
    /// Momentum with learning rate `lr` and coefficient `beta` (negative allowed).
    pub fn new(lr: f32, beta: f32) -> Self {
        Momentum {
            lr,
            beta,
            velocity: HashMap::new(),
        }
    }
}

impl Optimizer for Momentum {
    fn state(&self) -> OptimizerState {
        OptimizerState::new("momentum", 0)
            .setting("lr", self.lr)
            .setting("beta", self.beta)
            .with("velocity", &self.velocity)
    }

    fn set_state(&mut self, state: OptimizerState) -> Result<(), Error> {
        expect_kind(&state, "momentum")?;
        let (mut lr, mut beta) = (self.lr, self.beta);
        state.restore(&mut [("lr", &mut lr), ("beta", &mut beta)])?;
        (self.lr, self.beta) = (lr, beta);
        self.velocity = state.take("velocity");
        Ok(())
    }

    fn step<M: Model>(&mut self, model: &mut M, grad: &M::Grad) {
        let (lr, beta, fl) = (self.lr, self.beta, stored());
        let vel = &mut self.velocity;
        model.visit_with_grad(grad, &mut |name, mut p, g| {
            let v = state_for(vel, name, p.shape());
            Zip::from(&mut p).and(v).and(&g).for_each(|p, v, &g| {
                *v = fl(beta * *v + g);
                *p = fl(*p - lr * *v);
            });
        });
    }
}

/// Adam (Kingma and Ba), with bias correction. Defaults: betas (0.9, 0.999), eps 1e-8.
#[derive(Debug, Clone)]
pub struct Adam {
    /// The learning rate.
    pub lr: f32,
    /// First-moment decay; negative values are allowed.
    pub beta1: f32,
    /// Second-moment decay.
    pub beta2: f32,
    /// Added to the root of the second moment.
    pub eps: f32,
    t: i32,
    m: HashMap<&'static str, ArrayD<f32>>,
    v: HashMap<&'static str, ArrayD<f32>>,
}

impl Adam {
    /// Adam with learning rate `lr` and the usual defaults.
    pub fn new(lr: f32) -> Self {
        Adam {
            lr,
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
            t: 0,
            m: HashMap::new(),
            v: HashMap::new(),
        }
    }
    /// Sets both decay rates (`b1` may be negative).
    pub fn betas(mut self, b1: f32, b2: f32) -> Self {
        self.beta1 = b1;
        self.beta2 = b2;
        self
    }
    /// Sets epsilon.
    pub fn eps(mut self, eps: f32) -> Self {
        self.eps = eps;
        self
    }
}

impl Optimizer for Adam {
    fn state(&self) -> OptimizerState {
        OptimizerState::new("adam", self.t as u64)
            .setting("lr", self.lr)
            .setting("beta1", self.beta1)
            .setting("beta2", self.beta2)
            .setting("eps", self.eps)
            .with("m", &self.m)
            .with("v", &self.v)
    }

    fn set_state(&mut self, state: OptimizerState) -> Result<(), Error> {
        expect_kind(&state, "adam")?;
        let t = i32::try_from(state.step)
            .map_err(|_| Error::Data(format!("Adam step {} is too large", state.step)))?;
        let (mut lr, mut b1, mut b2, mut eps) = (self.lr, self.beta1, self.beta2, self.eps);
        state.restore(&mut [
            ("lr", &mut lr),
            ("beta1", &mut b1),
            ("beta2", &mut b2),
            ("eps", &mut eps),
        ])?;
        (self.lr, self.beta1, self.beta2, self.eps, self.t) = (lr, b1, b2, eps, t);
        self.m = state.take("m");
        self.v = state.take("v");
        Ok(())
    }

    fn step<M: Model>(&mut self, model: &mut M, grad: &M::Grad) {
        self.t += 1;
        let (b1, b2, eps) = (self.beta1, self.beta2, self.eps);
        let c1 = 1.0 - b1.powi(self.t);
        let c2 = 1.0 - b2.powi(self.t);
        let (lr, fl) = (self.lr, stored());
        let (ms, vs) = (&mut self.m, &mut self.v);
        model.visit_with_grad(grad, &mut |name, mut p, g| {
            let m = state_for(ms, name, p.shape());
            let v = state_for(vs, name, p.shape());
            Zip::from(&mut p)
                .and(m)
                .and(v)
                .and(&g)
                .for_each(|p, m, v, &g| {
                    *m = fl(b1 * *m + (1.0 - b1) * g);
                    *v = fl(b2 * *v + (1.0 - b2) * g * g);
                    *p = fl(*p - lr * (*m / c1) / ((*v / c2).sqrt() + eps));
                });
        });
    }
}

/// RMSProp: `s = alpha * s + (1 - alpha) g^2; p -= lr g / (sqrt(s) + eps)`.
/// Defaults: alpha 0.99, eps 1e-8.
#[derive(Debug, Clone)]
pub struct RmsProp {
    /// The learning rate.
    pub lr: f32,
    /// Decay of the squared-gradient average.
    pub alpha: f32,
    /// Added to the root of the average.
    pub eps: f32,
    sq: HashMap<&'static str, ArrayD<f32>>,
}

impl RmsProp {
    /// RMSProp with learning rate `lr` and the usual defaults.
    pub fn new(lr: f32) -> Self {
        RmsProp {
            lr,
            alpha: 0.99,
            eps: 1e-8,
            sq: HashMap::new(),
        }
    }
    /// Sets the decay of the squared-gradient average.
    pub fn alpha(mut self, alpha: f32) -> Self {
        self.alpha = alpha;
        self
    }
    /// Sets epsilon.
    pub fn eps(mut self, eps: f32) -> Self {
        self.eps = eps;
        self
    }
}

impl Optimizer for RmsProp {
    fn state(&self) -> OptimizerState {
        OptimizerState::new("rmsprop", 0)
            .setting("lr", self.lr)
            .setting("alpha", self.alpha)
            .setting("eps", self.eps)
            .with("sq", &self.sq)
    }

    fn set_state(&mut self, state: OptimizerState) -> Result<(), Error> {
        expect_kind(&state, "rmsprop")?;
        let (mut lr, mut alpha, mut eps) = (self.lr, self.alpha, self.eps);
        state.restore(&mut [("lr", &mut lr), ("alpha", &mut alpha), ("eps", &mut eps)])?;
        (self.lr, self.alpha, self.eps) = (lr, alpha, eps);
        self.sq = state.take("sq");
        Ok(())
    }

    fn step<M: Model>(&mut self, model: &mut M, grad: &M::Grad) {
        let (lr, a, eps, fl) = (self.lr, self.alpha, self.eps, stored());
        let sq = &mut self.sq;
        model.visit_with_grad(grad, &mut |name, mut p, g| {
            let s = state_for(sq, name, p.shape());
            Zip::from(&mut p).and(s).and(&g).for_each(|p, s, &g| {
                *s = fl(a * *s + (1.0 - a) * g * g);
                *p = fl(*p - lr * g / (s.sqrt() + eps));
            });
        });
    }
}
