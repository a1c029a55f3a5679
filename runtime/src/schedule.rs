//! Learning-rate schedules: a [`Schedule`] maps the number of updates taken so far to a factor
//! on an optimizer's base learning rate (`Adam::new(2e-3).schedule(Linear::new(1000, 1500))`).
//!
//! A schedule is a pure function of the step count, so an optimizer saves its kind and settings
//! with the step in a checkpoint and a resumed run continues on the same curve.

use crate::error::Error;
use std::fmt;
use std::sync::Arc;

/// A learning-rate schedule: the factor on the base learning rate for each update.
///
/// A schedule of your own is a `Debug + Send + Sync` struct with these four methods;
/// `restored` rebuilds it from the settings a checkpoint saved (see [`Linear`]'s).
pub trait Schedule: fmt::Debug + Send + Sync + 'static {
    /// The factor for the update that follows `step` updates (0 for the first update).
    fn factor(&self, step: u64) -> f64;

    /// The name saved in checkpoints (`linear`, `cosine`, ...).
    fn kind(&self) -> &'static str;

    /// Every setting by name, saved in checkpoints.
    fn settings(&self) -> Vec<(&'static str, f64)>;

    /// This schedule with the `settings` of a saved one of the same kind.
    ///
    /// # Errors
    /// `Error::Data` for a setting this kind does not have, or a value it cannot take.
    fn restored(&self, settings: &[(String, f64)]) -> Result<Arc<dyn Schedule>, Error>;
}

/// A schedule as saved: its kind and settings.
#[derive(Clone, Debug, PartialEq)]
pub struct ScheduleState {
    /// [`Schedule::kind`].
    pub kind: String,
    /// [`Schedule::settings`].
    pub settings: Vec<(String, f64)>,
}

impl ScheduleState {
    /// The saved form of `s`.
    pub fn of(s: &dyn Schedule) -> ScheduleState {
        ScheduleState {
            kind: s.kind().into(),
            settings: s
                .settings()
                .into_iter()
                .map(|(n, v)| (n.to_string(), v))
                .collect(),
        }
    }
}

/// Sets each field named in `saved`; a name not among `fields` is an error.
fn restore_fields(
    kind: &str,
    saved: &[(String, f64)],
    fields: &mut [(&str, &mut f64)],
) -> Result<(), Error> {
    for (name, value) in saved {
        let (_, field) = fields.iter_mut().find(|(n, _)| n == name).ok_or_else(|| {
            Error::Data(format!(
                "the saved `{kind}` schedule has a setting `{name}` this one does not know"
            ))
        })?;
        **field = *value;
    }
    Ok(())
}

/// A factor saved as a number: finite.
fn finite(kind: &str, name: &str, v: f64) -> Result<f64, Error> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(Error::Data(format!(
            "the saved `{kind}` schedule's `{name}` = {v} is not a finite number"
        )))
    }
}

/// A step count saved as a number: a finite, non-negative whole number.
fn steps(kind: &str, name: &str, v: f64) -> Result<u64, Error> {
    if v.is_finite() && v >= 0.0 && v.fract() == 0.0 && v < 2f64.powi(53) {
        Ok(v as u64)
    } else {
        Err(Error::Data(format!(
            "the saved `{kind}` schedule's `{name}` = {v} is not a step count"
        )))
    }
}

/// Linear decay: the factor is 1 up to update `start`, falls linearly to `end_factor` (0
/// unless set) at update `end`, and stays there. `Linear::new(0, n)` decays over the whole run;
/// `Linear::new(2 * n / 3, n)` over its last third (the ladder network's schedule).
///
/// ```
/// use rheano_runtime::schedule::{Linear, Schedule};
/// let s = Linear::new(100, 200);
/// assert_eq!(s.factor(50), 1.0);
/// assert_eq!(s.factor(150), 0.5);
/// assert_eq!(s.factor(300), 0.0);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Linear {
    /// Updates at the full rate.
    pub start: u64,
    /// The update at which the decay ends.
    pub end: u64,
    /// The factor from `end` on.
    pub end_factor: f64,
}

impl Linear {
    /// Decay from 1 at update `start` to 0 at update `end`.
    pub fn new(start: u64, end: u64) -> Linear {
        Linear {
            start,
            end: end.max(start),
            end_factor: 0.0,
        }
    }

    /// Ends the decay at `f` instead of 0.
    pub fn to(mut self, f: f64) -> Linear {
        self.end_factor = f;
        self
    }
}

impl Schedule for Linear {
    fn factor(&self, step: u64) -> f64 {
        if step <= self.start {
            1.0
        } else if step >= self.end {
            self.end_factor
        } else {
            let x = (step - self.start) as f64 / (self.end - self.start) as f64;
            1.0 + (self.end_factor - 1.0) * x
        }
    }

    fn kind(&self) -> &'static str {
        "linear"
    }

    fn settings(&self) -> Vec<(&'static str, f64)> {
        vec![
            ("start", self.start as f64),
            ("end", self.end as f64),
            ("end_factor", self.end_factor),
        ]
    }

    fn restored(&self, saved: &[(String, f64)]) -> Result<Arc<dyn Schedule>, Error> {
        let (mut start, mut end, mut f) = (self.start as f64, self.end as f64, self.end_factor);
        restore_fields(
            "linear",
            saved,
            &mut [
                ("start", &mut start),
                ("end", &mut end),
                ("end_factor", &mut f),
            ],
        )?;
        let (start, end) = (
            steps("linear", "start", start)?,
            steps("linear", "end", end)?,
        );
        if end < start {
            return Err(Error::Data(format!(
                "the saved `linear` schedule ends (step {end}) before it starts (step {start})"
            )));
        }
        Ok(Arc::new(Linear::new(start, end).to(finite(
            "linear",
            "end_factor",
            f,
        )?)))
    }
}

/// Cosine decay (Loshchilov and Hutter's SGDR without restarts): after `warmup` updates whose
/// factor rises linearly to 1, the factor follows half a cosine from 1 down to `min_factor` at
/// update `steps`, and stays there.
///
/// ```
/// use rheano_runtime::schedule::{Cosine, Schedule};
/// let s = Cosine::new(100);
/// assert_eq!(s.factor(0), 1.0);
/// assert!((s.factor(50) - 0.5).abs() < 1e-12);
/// assert_eq!(s.factor(100), 0.0);
/// let w = Cosine::new(100).warmup(10).min(0.1);
/// assert_eq!(w.factor(0), 0.1); // the first of ten warm-up updates
/// assert!((w.factor(100) - 0.1).abs() < 1e-12);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Cosine {
    /// The update at which the decay ends.
    pub steps: u64,
    /// Updates of linear warm-up before the decay.
    pub warmup: u64,
    /// The factor at the end.
    pub min_factor: f64,
}

impl Cosine {
    /// Cosine decay from 1 to 0 over `steps` updates.
    pub fn new(steps: u64) -> Cosine {
        Cosine {
            steps,
            warmup: 0,
            min_factor: 0.0,
        }
    }

    /// Rises linearly over the first `n` updates (`(k + 1) / n` at update `k`).
    pub fn warmup(mut self, n: u64) -> Cosine {
        self.warmup = n;
        self
    }

    /// Ends at `f` instead of 0.
    pub fn min(mut self, f: f64) -> Cosine {
        self.min_factor = f;
        self
    }
}

impl Schedule for Cosine {
    fn factor(&self, step: u64) -> f64 {
        if step < self.warmup {
            return (step + 1) as f64 / self.warmup as f64;
        }
        if step >= self.steps {
            return self.min_factor;
        }
        let x = (step - self.warmup) as f64 / (self.steps - self.warmup) as f64;
        let c = 0.5 * (1.0 + (std::f64::consts::PI * x).cos());
        self.min_factor + (1.0 - self.min_factor) * c
    }

    fn kind(&self) -> &'static str {
        "cosine"
    }

    fn settings(&self) -> Vec<(&'static str, f64)> {
        vec![
            ("steps", self.steps as f64),
            ("warmup", self.warmup as f64),
            ("min_factor", self.min_factor),
        ]
    }

    fn restored(&self, saved: &[(String, f64)]) -> Result<Arc<dyn Schedule>, Error> {
        let (mut n, mut w, mut f) = (self.steps as f64, self.warmup as f64, self.min_factor);
        restore_fields(
            "cosine",
            saved,
            &mut [
                ("steps", &mut n),
                ("warmup", &mut w),
                ("min_factor", &mut f),
            ],
        )?;
        let s = Cosine::new(steps("cosine", "steps", n)?);
        let f = finite("cosine", "min_factor", f)?;
        Ok(Arc::new(s.warmup(steps("cosine", "warmup", w)?).min(f)))
    }
}

/// An optimizer's learning rate: the base rate, an optional schedule and the updates taken.
#[derive(Clone, Debug, Default)]
pub(crate) struct Rate {
    pub(crate) schedule: Option<Arc<dyn Schedule>>,
    pub(crate) step: u64,
}

impl Rate {
    /// The rate for the next update, from base rate `lr`.
    pub(crate) fn at(&self, lr: f32) -> f32 {
        match &self.schedule {
            None => lr,
            Some(s) => (lr as f64 * s.factor(self.step)) as f32,
        }
    }

    /// The saved form of the schedule, if any.
    pub(crate) fn state(&self) -> Option<ScheduleState> {
        self.schedule.as_deref().map(ScheduleState::of)
    }

    /// Restores `step` and a saved schedule: the kinds must agree (both none, or the same).
    pub(crate) fn restore(&self, step: u64, saved: Option<&ScheduleState>) -> Result<Rate, Error> {
        let schedule = match (&self.schedule, saved) {
            (None, None) => None,
            (Some(s), Some(saved)) if s.kind() == saved.kind => Some(s.restored(&saved.settings)?),
            (mine, saved) => {
                let name = |k: Option<&str>| match k {
                    Some(k) => format!("a `{k}` schedule"),
                    None => "no schedule".to_string(),
                };
                return Err(Error::Data(format!(
                    "the saved optimizer has {} but this one has {}",
                    name(saved.map(|s| s.kind.as_str())),
                    name(mine.as_deref().map(|s| s.kind()))
                )));
            }
        };
        Ok(Rate { schedule, step })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_decays_between_its_ends_only() {
        let s = Linear::new(10, 20).to(0.5);
        let f: Vec<f64> = [0, 10, 11, 15, 19, 20, 1000]
            .iter()
            .map(|&t| s.factor(t))
            .collect();
        assert_eq!(f, vec![1.0, 1.0, 0.95, 0.75, 0.55, 0.5, 0.5]);
        // A decay of no length drops at once.
        let d = Linear::new(5, 5);
        assert_eq!((d.factor(5), d.factor(6)), (1.0, 0.0));
    }

    #[test]
    fn cosine_warms_up_then_falls_to_its_floor() {
        let s = Cosine::new(1000).warmup(100).min(0.2);
        let f: Vec<f64> = (0..1200).map(|t| s.factor(t)).collect();
        assert!((f[0] - 0.01).abs() < 1e-12 && (f[99] - 1.0).abs() < 1e-12);
        assert!(f[..100].windows(2).all(|w| w[1] > w[0]));
        assert!(f[100..].windows(2).all(|w| w[1] <= w[0]));
        // Halfway through the decay the factor is halfway between 1 and the floor.
        assert!((f[550] - 0.6).abs() < 1e-12);
        assert!(f[1000..].iter().all(|&v| v == 0.2));
    }

    #[test]
    fn restored_takes_the_saved_settings_and_refuses_others() {
        let saved = ScheduleState::of(&Cosine::new(70).warmup(7).min(0.5));
        let r = Cosine::new(1).restored(&saved.settings).unwrap();
        assert_eq!(ScheduleState::of(&*r), saved);
        let e = Linear::new(0, 1)
            .restored(&saved.settings)
            .unwrap_err()
            .to_string();
        assert!(e.contains("`steps`"), "{e}");
        let bad = [("end".to_string(), 1.5)];
        assert!(Linear::new(0, 1).restored(&bad).is_err());
        // Corrupt values are errors, not a schedule that turns every param into NaN.
        let nan = [("end_factor".to_string(), f64::NAN)];
        assert!(Linear::new(0, 1).restored(&nan).is_err());
        let inf = [("min_factor".to_string(), f64::INFINITY)];
        assert!(Cosine::new(1).restored(&inf).is_err());
        let backwards = [("start".to_string(), 9.0), ("end".to_string(), 3.0)];
        let e = Linear::new(0, 1)
            .restored(&backwards)
            .unwrap_err()
            .to_string();
        assert!(e.contains("before it starts"), "{e}");
    }
}
