//! First-order optimizers behind one [`Optimizer`] trait.
//!
//! State (velocities, moments) is kept per parameter name, so one optimizer serves one model.

use crate::error::Error;
use crate::model::Model;
use crate::schedule::{Rate, Schedule, ScheduleState};
use crate::subnormal::{flush, flushing};
use ndarray::{ArrayD, Zip};
use std::collections::HashMap;
use std::sync::Arc;

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

    /// The learning rate the next [`step`](Self::step) uses: the base rate times the
    /// schedule's factor, if there is a schedule. The default, for an optimizer of your own
    /// that does not override it, is 0.
    fn learning_rate(&self) -> f32 {
        0.0
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
    /// The learning-rate schedule, if the optimizer has one.
    pub schedule: Option<ScheduleState>,
}

impl OptimizerState {
    /// An empty state of `kind` at `step`.
    pub fn new(kind: &str, step: u64) -> Self {
        OptimizerState {
            kind: kind.into(),
            step,
            settings: Vec::new(),
            slots: Vec::new(),
            schedule: None,
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

/// The state of an optimizer of `kind` whose learning rate is `rate`: its step, its schedule.
fn state_of(kind: &str, rate: &Rate) -> OptimizerState {
    let mut s = OptimizerState::new(kind, rate.step);
    s.schedule = rate.state();
    s
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

/// Adds a learning-rate schedule to an optimizer (the same method on each).
macro_rules! schedule_builder {
    () => {
        /// Multiplies the learning rate of each update by `s`'s factor for the number of updates
        /// taken before it ([`Linear`](crate::schedule::Linear),
        /// [`Cosine`](crate::schedule::Cosine), or a [`Schedule`] of your own). The schedule's
        /// kind and settings are saved in checkpoints with the step count.
        pub fn schedule(mut self, s: impl Schedule) -> Self {
            self.rate.schedule = Some(Arc::new(s));
            self
        }
    };
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
    /// The base learning rate.
    pub lr: f32,
    rate: Rate,
}

impl Sgd {
    /// Gradient descent with learning rate `lr`.
    pub fn new(lr: f32) -> Self {
        Sgd {
            lr,
            rate: Rate::default(),
        }
    }
    schedule_builder!();
}

impl Optimizer for Sgd {
    fn state(&self) -> OptimizerState {
        state_of("sgd", &self.rate).setting("lr", self.lr)
    }

    fn set_state(&mut self, state: OptimizerState) -> Result<(), Error> {
        expect_kind(&state, "sgd")?;
        let mut lr = self.lr;
        state.restore(&mut [("lr", &mut lr)])?;
        self.rate = self.rate.restore(state.step, state.schedule.as_ref())?;
        self.lr = lr;
        Ok(())
    }

    fn learning_rate(&self) -> f32 {
        self.rate.at(self.lr)
    }

    fn step<M: Model>(&mut self, model: &mut M, grad: &M::Grad) {
        let (lr, fl) = (self.rate.at(self.lr), stored());
        self.rate.step = self.rate.step.saturating_add(1);
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
    /// The base learning rate.
    pub lr: f32,
    /// The momentum coefficient; negative values are allowed.
    pub beta: f32,
    rate: Rate,
    velocity: HashMap<&'static str, ArrayD<f32>>,
}

impl Momentum {
    /// Momentum with learning rate `lr` and coefficient `beta` (negative allowed).
    pub fn new(lr: f32, beta: f32) -> Self {
        Momentum {
            lr,
            beta,
            rate: Rate::default(),
            velocity: HashMap::new(),
        }
    }
    schedule_builder!();
}

impl Optimizer for Momentum {
    fn state(&self) -> OptimizerState {
        state_of("momentum", &self.rate)
            .setting("lr", self.lr)
            .setting("beta", self.beta)
            .with("velocity", &self.velocity)
    }

    fn set_state(&mut self, state: OptimizerState) -> Result<(), Error> {
        expect_kind(&state, "momentum")?;
        let (mut lr, mut beta) = (self.lr, self.beta);
        state.restore(&mut [("lr", &mut lr), ("beta", &mut beta)])?;
        self.rate = self.rate.restore(state.step, state.schedule.as_ref())?;
        (self.lr, self.beta) = (lr, beta);
        self.velocity = state.take("velocity");
        Ok(())
    }

    fn learning_rate(&self) -> f32 {
        self.rate.at(self.lr)
    }

    fn step<M: Model>(&mut self, model: &mut M, grad: &M::Grad) {
        let (lr, beta, fl) = (self.rate.at(self.lr), self.beta, stored());
        self.rate.step = self.rate.step.saturating_add(1);
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

/// Adam (Kingma and Ba), with bias correction, and with decoupled weight decay (AdamW,
/// Loshchilov and Hutter) when `weight_decay` is not 0. Defaults: betas (0.9, 0.999), eps 1e-8,
/// no weight decay.
///
/// Each update is `p -= lr * (m̂ / (sqrt(v̂) + eps) + weight_decay * p)`, with `lr` the scheduled
/// rate, as PyTorch's `AdamW`: the decay is not part of the gradient, so it is not rescaled by
/// the moments.
///
/// ```
/// use rheano_runtime::Adam;
/// let opt = Adam::adamw(1e-3, 1e-2);
/// assert_eq!((opt.lr, opt.weight_decay), (1e-3, 1e-2));
/// ```
#[derive(Debug, Clone)]
pub struct Adam {
    /// The base learning rate.
    pub lr: f32,
    /// First-moment decay; negative values are allowed.
    pub beta1: f32,
    /// Second-moment decay.
    pub beta2: f32,
    /// Added to the root of the second moment.
    pub eps: f32,
    /// Decoupled weight decay (AdamW's `weight_decay`); 0 is plain Adam.
    pub weight_decay: f32,
    rate: Rate,
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
            weight_decay: 0.0,
            rate: Rate::default(),
            m: HashMap::new(),
            v: HashMap::new(),
        }
    }
    /// AdamW: Adam with learning rate `lr` and decoupled weight decay `wd`.
    pub fn adamw(lr: f32, wd: f32) -> Self {
        Adam::new(lr).weight_decay(wd)
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
    /// Sets the decoupled weight decay.
    pub fn weight_decay(mut self, wd: f32) -> Self {
        self.weight_decay = wd;
        self
    }
    schedule_builder!();
}

impl Optimizer for Adam {
    fn state(&self) -> OptimizerState {
        let s = state_of("adam", &self.rate)
            .setting("lr", self.lr)
            .setting("beta1", self.beta1)
            .setting("beta2", self.beta2)
            .setting("eps", self.eps);
        // Plain Adam's files stay as they were.
        let s = if self.weight_decay != 0.0 {
            s.setting("weight_decay", self.weight_decay)
        } else {
            s
        };
        s.with("m", &self.m).with("v", &self.v)
    }

    fn set_state(&mut self, state: OptimizerState) -> Result<(), Error> {
        expect_kind(&state, "adam")?;
        i32::try_from(state.step)
            .map_err(|_| Error::Data(format!("Adam step {} is too large", state.step)))?;
        let (mut lr, mut b1, mut b2, mut eps) = (self.lr, self.beta1, self.beta2, self.eps);
        // A file without the setting was saved by plain Adam.
        let mut wd = 0.0;
        state.restore(&mut [
            ("lr", &mut lr),
            ("beta1", &mut b1),
            ("beta2", &mut b2),
            ("eps", &mut eps),
            ("weight_decay", &mut wd),
        ])?;
        self.rate = self.rate.restore(state.step, state.schedule.as_ref())?;
        (self.lr, self.beta1, self.beta2, self.eps) = (lr, b1, b2, eps);
        self.weight_decay = wd;
        self.m = state.take("m");
        self.v = state.take("v");
        Ok(())
    }

    fn learning_rate(&self) -> f32 {
        self.rate.at(self.lr)
    }

    fn step<M: Model>(&mut self, model: &mut M, grad: &M::Grad) {
        let lr = self.rate.at(self.lr);
        self.rate.step = self.rate.step.saturating_add(1);
        let t = self.rate.step.min(i32::MAX as u64) as i32;
        let (b1, b2, eps, wd) = (self.beta1, self.beta2, self.eps, self.weight_decay);
        let c1 = 1.0 - b1.powi(t);
        let c2 = 1.0 - b2.powi(t);
        let fl = stored();
        let (ms, vs) = (&mut self.m, &mut self.v);
        model.visit_with_grad(grad, &mut |name, mut p, g| {
            let m = state_for(ms, name, p.shape());
            let v = state_for(vs, name, p.shape());
            let z = Zip::from(&mut p).and(m).and(v).and(&g);
            if wd == 0.0 {
                z.for_each(|p, m, v, &g| {
                    *m = fl(b1 * *m + (1.0 - b1) * g);
                    *v = fl(b2 * *v + (1.0 - b2) * g * g);
                    *p = fl(*p - lr * (*m / c1) / ((*v / c2).sqrt() + eps));
                });
            } else {
                z.for_each(|p, m, v, &g| {
                    *m = fl(b1 * *m + (1.0 - b1) * g);
                    *v = fl(b2 * *v + (1.0 - b2) * g * g);
                    *p = fl(*p - lr * ((*m / c1) / ((*v / c2).sqrt() + eps) + wd * *p));
                });
            }
        });
    }
}

/// RMSProp: `s = alpha * s + (1 - alpha) g^2; p -= lr g / (sqrt(s) + eps)`.
/// Defaults: alpha 0.99, eps 1e-8.
#[derive(Debug, Clone)]
pub struct RmsProp {
    /// The base learning rate.
    pub lr: f32,
    /// Decay of the squared-gradient average.
    pub alpha: f32,
    /// Added to the root of the average.
    pub eps: f32,
    rate: Rate,
    sq: HashMap<&'static str, ArrayD<f32>>,
}

impl RmsProp {
    /// RMSProp with learning rate `lr` and the usual defaults.
    pub fn new(lr: f32) -> Self {
        RmsProp {
            lr,
            alpha: 0.99,
            eps: 1e-8,
            rate: Rate::default(),
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
    schedule_builder!();
}

impl Optimizer for RmsProp {
    fn state(&self) -> OptimizerState {
        state_of("rmsprop", &self.rate)
            .setting("lr", self.lr)
            .setting("alpha", self.alpha)
            .setting("eps", self.eps)
            .with("sq", &self.sq)
    }

    fn set_state(&mut self, state: OptimizerState) -> Result<(), Error> {
        expect_kind(&state, "rmsprop")?;
        let (mut lr, mut alpha, mut eps) = (self.lr, self.alpha, self.eps);
        state.restore(&mut [("lr", &mut lr), ("alpha", &mut alpha), ("eps", &mut eps)])?;
        self.rate = self.rate.restore(state.step, state.schedule.as_ref())?;
        (self.lr, self.alpha, self.eps) = (lr, alpha, eps);
        self.sq = state.take("sq");
        Ok(())
    }

    fn learning_rate(&self) -> f32 {
        self.rate.at(self.lr)
    }

    fn step<M: Model>(&mut self, model: &mut M, grad: &M::Grad) {
        let (lr, a, eps, fl) = (self.rate.at(self.lr), self.alpha, self.eps, stored());
        self.rate.step = self.rate.step.saturating_add(1);
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
