// On the Learning Dynamics of Deep Neural Networks (Tachet des Combes, Pezeshki, Shabanian,
// Courville, Bengio; arXiv 1809.06848, 2018).
//
// A two-layer ReLU network (hidden 100) on 20-dimensional synthetic data, trained by full-batch
// gradient descent, shows four effects:
// - E-sig: from a small initialisation the cross-entropy loss sits on a plateau at ln 2, then
//   drops along a sigmoid; the hinge loss leaves its plateau earlier.
// - E-freq: a feature present in fewer examples is learned later: on the loss, and on the
//   0/1 error in the median over seeds.
// - E-hinge: on separable data the hinge loss reaches exactly 0; cross-entropy never does.
// - E-GS: gradient starvation. A feature present in every example starves one present in half
//   of them (when both are present together), but not when they appear in disjoint halves.
//   Spectral decoupling (a penalty on the squared output), the gradient-starvation paper's
//   remedy, was expected to lessen this starvation; it deepens it instead (see the summary).
//
// Shared by examples/learning_dynamics.rs, examples/papers.rs and tests/papers_learning_dynamics.rs.

#![allow(dead_code)]

use rayon::prelude::*;
use rheano::plot::{self, Lines, Series};
use rheano::prelude::*;
use rheano::rand::rngs::StdRng;
use rheano::rand::SeedableRng;
use rheano::report::{progress, Mode, Report};
use rheano::{synth, Error};

model! {
    /// A two-layer ReLU network with one output, trained with the logistic loss on labels
    /// y = +-1, plus spectral decoupling `sd * mean(f^2)` (0 turns it off).
    pub struct Logistic {
        param w1: [D, H];
        param b1: [H];
        param w2: [H];
        input x: [N, D];
        input y: [N];
        hyper sd = 0.0;
        output f = relu(x @ w1 + b1) @ w2;
        loss = mean(softplus(-y * f)) + sd * mean(f^2);
    }
}

model! {
    /// The same network with the hinge loss `max(0, 1 - y f)`.
    pub struct Hinge {
        param w1: [D, H];
        param b1: [H];
        param w2: [H];
        input x: [N, D];
        input y: [N];
        output f = relu(x @ w1 + b1) @ w2;
        loss = mean(relu(1 - y * f));
    }
}

pub const D: usize = 20;
pub const H: usize = 100;
pub const N: usize = 1000;

/// A data set: inputs, labels +-1, and a subset index per example (which feature it carries).
#[derive(Clone, Debug)]
pub struct Data {
    pub x: Array2<f32>,
    pub y: Array1<f32>,
    pub group: Vec<usize>,
}

fn labels(rng: &mut StdRng, n: usize) -> Array1<f32> {
    Array1::from_shape_fn(n, |_| if synth::normal(rng) > 0.0 { 1.0 } else { -1.0 })
}

/// E-GS data: feature A = y e_0 in every example and feature B = y e_1 in half of them
/// (`disjoint`: A only in the other half), plus normal noise of standard deviation 0.05.
pub fn starvation_data(disjoint: bool, seed: u64) -> Data {
    let mut rng = StdRng::seed_from_u64(seed);
    let y = labels(&mut rng, N);
    let mut x = synth::gaussian(N, D, 0.05, &mut rng).mapv(|v| v as f32);
    let mut group = vec![0; N];
    for i in 0..N {
        let with_b = i % 2 == 0;
        if with_b {
            x[[i, 1]] += y[i];
            group[i] = 1;
        }
        if !disjoint || !with_b {
            x[[i, 0]] += y[i];
        }
    }
    Data { x, y, group }
}

/// E-sig data: noisy blobs `0.3 N(0, I) + 0.5 y e_0`, not separable.
pub fn blob_data(seed: u64) -> Data {
    let mut rng = StdRng::seed_from_u64(seed);
    let y = labels(&mut rng, N);
    let mut x = synth::gaussian(N, D, 0.3, &mut rng).mapv(|v| v as f32);
    for i in 0..N {
        x[[i, 0]] += 0.5 * y[i];
    }
    Data {
        x,
        y,
        group: vec![0; N],
    }
}

/// E-freq data: three disjoint subsets in proportion 0.8 : 0.4 : 0.2, subset k carrying only
/// feature `y e_k`, plus normal noise of standard deviation `noise`.
pub fn frequency_data(noise: f64, seed: u64) -> Data {
    let mut rng = StdRng::seed_from_u64(seed);
    let y = labels(&mut rng, N);
    let mut x = synth::gaussian(N, D, noise, &mut rng).mapv(|v| v as f32);
    let cut = [N * 4 / 7, N * 6 / 7];
    let mut group = vec![0; N];
    for i in 0..N {
        let k = if i < cut[0] {
            0
        } else if i < cut[1] {
            1
        } else {
            2
        };
        x[[i, k]] += y[i];
        group[i] = k;
    }
    Data { x, y, group }
}

/// Initial weights: every entry normal with standard deviation `scale`.
pub fn init(scale: f64, seed: u64) -> Logistic {
    let mut rng = StdRng::seed_from_u64(seed);
    Logistic {
        w1: synth::gaussian(D, H, scale, &mut rng).mapv(|v| v as f32),
        b1: Array1::zeros(H),
        w2: synth::gaussian(1, H, scale, &mut rng)
            .row(0)
            .mapv(|v| v as f32),
    }
}

fn hinge_of(m: &Logistic) -> Hinge {
    Hinge {
        w1: m.w1.clone(),
        b1: m.b1.clone(),
        w2: m.w2.clone(),
    }
}

/// `(f(e_k) - f(-e_k)) / 2`: the margin the network gives feature `k` alone.
pub fn margin(m: &Logistic, k: usize) -> Result<f64, Error> {
    let mut probe = Array2::zeros((2, D));
    probe[[0, k]] = 1.0;
    probe[[1, k]] = -1.0;
    let f = m.f(probe.view())?;
    Ok(((f[0] - f[1]) / 2.0) as f64)
}

/// Trains the logistic network by gradient descent and calls `watch(step, &model, loss)` before
/// each step and once after the last.
pub fn train_logistic(
    m: &mut Logistic,
    d: &Data,
    lr: f32,
    sd: f32,
    steps: usize,
    mut watch: impl FnMut(usize, &Logistic, f32) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut g = LogisticGrad::zeros_like(m);
    let mut opt = Sgd::new(lr);
    for t in 0..=steps {
        let l = m.loss_and_grad(d.x.view(), d.y.view(), sd, &mut g)?;
        watch(t, m, l)?;
        if t < steps {
            opt.step(m, &g);
        }
    }
    Ok(())
}

/// Trains the hinge network the same way and returns the loss before each step.
pub fn train_hinge(m: &mut Hinge, d: &Data, lr: f32, steps: usize) -> Result<Vec<f32>, Error> {
    let mut g = HingeGrad::zeros_like(m);
    let mut opt = Sgd::new(lr);
    let mut out = Vec::with_capacity(steps + 1);
    for t in 0..=steps {
        let l = m.loss_and_grad(d.x.view(), d.y.view(), &mut g)?;
        out.push(l);
        if t < steps {
            opt.step(m, &g);
        }
    }
    Ok(out)
}

/// The best fit `a + b / (1 + exp((t - t0) / s))` of `ys` over `ts`, by a grid over `t0` and
/// `s` with `a` and `b` solved by least squares; returns (R^2, t0, s, a, b).
pub fn logistic_fit(ts: &[f64], ys: &[f64]) -> (f64, f64, f64, f64, f64) {
    let n = ys.len() as f64;
    let mean = ys.iter().sum::<f64>() / n;
    let tot: f64 = ys.iter().map(|y| (y - mean).powi(2)).sum();
    let t_max = ts.iter().copied().fold(0.0, f64::max);
    let mut best = (f64::NEG_INFINITY, 0.0, 1.0, 0.0, 0.0);
    for i in 0..=100 {
        let t0 = t_max * i as f64 / 100.0;
        for j in 0..=40 {
            let s = t_max * 10f64.powf(-3.0 + 3.0 * j as f64 / 40.0);
            let u: Vec<f64> = ts
                .iter()
                .map(|&t| 1.0 / (1.0 + ((t - t0) / s).exp()))
                .collect();
            let (su, suu) = (u.iter().sum::<f64>(), u.iter().map(|v| v * v).sum::<f64>());
            let suy: f64 = u.iter().zip(ys).map(|(a, b)| a * b).sum();
            let sy: f64 = ys.iter().sum();
            let det = n * suu - su * su;
            if det.abs() < 1e-12 {
                continue;
            }
            let b = (n * suy - su * sy) / det;
            let a = (sy - b * su) / n;
            let res: f64 = u.iter().zip(ys).map(|(v, y)| (y - a - b * v).powi(2)).sum();
            let r2 = 1.0 - res / tot;
            if r2 > best.0 {
                best = (r2, t0, s, a, b);
            }
        }
    }
    best
}

/// E-sig: the loss curves of cross-entropy and hinge from a small initialisation.
#[derive(Clone, Debug)]
pub struct Sigmoidal {
    pub ce: Vec<f32>,
    pub hinge: Vec<f32>,
    /// Steps for which CE stays within 0.5% of ln 2.
    pub plateau: usize,
    /// Steps from 90% to 10% of CE's total drop.
    pub transition: usize,
    /// R^2 of the logistic fit of CE, and the fit's (t0, s, a, b).
    pub fit: (f64, f64, f64, f64, f64),
    /// First step with CE below 0.9 ln 2, and with hinge below 0.9.
    pub ce_leaves: usize,
    pub hinge_leaves: usize,
}

pub fn sigmoidal(steps: usize) -> Result<Sigmoidal, Error> {
    let d = blob_data(1);
    let mut m = init(1e-3, 2);
    let mut h = hinge_of(&m);
    let mut ce = Vec::new();
    train_logistic(&mut m, &d, 0.05, 0.0, steps, |_, _, l| {
        ce.push(l);
        Ok(())
    })?;
    let hinge = train_hinge(&mut h, &d, 0.05, steps)?;
    let ln2 = std::f32::consts::LN_2;
    let plateau = ce.iter().position(|&l| l < ln2 * 0.995).unwrap_or(ce.len());
    let end = ce[ce.len() - 1];
    let drop = ln2 - end;
    let p90 = ce.iter().position(|&l| l < ln2 - 0.1 * drop).unwrap_or(0);
    let p10 = ce
        .iter()
        .position(|&l| l < ln2 - 0.9 * drop)
        .unwrap_or(ce.len());
    let ts: Vec<f64> = (0..ce.len()).map(|t| t as f64).collect();
    let ys: Vec<f64> = ce.iter().map(|&l| l as f64).collect();
    let fit = logistic_fit(&ts, &ys);
    Ok(Sigmoidal {
        plateau,
        transition: p10.saturating_sub(p90),
        fit,
        ce_leaves: ce.iter().position(|&l| l < 0.9 * ln2).unwrap_or(usize::MAX),
        hinge_leaves: hinge.iter().position(|&l| l < 0.9).unwrap_or(usize::MAX),
        ce,
        hinge,
    })
}

/// E-freq's settings: the data's noise, the initial scale of the weights and the step size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FreqSetup {
    pub noise: f64,
    pub init: f64,
    pub lr: f32,
    pub steps: usize,
}

/// E-freq for one seed: per subset, its training error and mean logistic loss before each
/// step, the step after which its error stays 0, and the first step its loss is below
/// [`FREQ_LOSS`].
#[derive(Clone, Debug)]
pub struct Frequency {
    pub seed: u64,
    pub errors: Vec<[f64; 3]>,
    pub losses: Vec<[f64; 3]>,
    /// Per subset, the first step after which its 0/1 error stays 0 (`steps + 1` if never).
    pub learned: [usize; 3],
    /// Per subset, the first step at which its mean loss is below [`FREQ_LOSS`] (`steps + 1`
    /// if never).
    pub learned_loss: [usize; 3],
}

/// The loss level at which a subset counts as learned: half of ln 2, the loss at the plateau.
pub const FREQ_LOSS: f64 = 0.5 * std::f64::consts::LN_2;

/// Trains on the E-freq data of `seed` (the data from `seed`, the weights from `seed + 100`).
pub fn frequency(setup: FreqSetup, seed: u64) -> Result<Frequency, Error> {
    let d = frequency_data(setup.noise, seed);
    let mut m = init(setup.init, seed + 100);
    let mut errors = Vec::new();
    let mut losses = Vec::new();
    train_logistic(&mut m, &d, setup.lr, 0.0, setup.steps, |_, m, _| {
        let f = m.f(d.x.view())?;
        let mut wrong = [0usize; 3];
        let mut count = [0usize; 3];
        let mut loss = [0f64; 3];
        for i in 0..N {
            let (k, margin) = (d.group[i], (f[i] * d.y[i]) as f64);
            count[k] += 1;
            if margin <= 0.0 {
                wrong[k] += 1;
            }
            // softplus(-margin), written to stay finite for large margins.
            loss[k] += (-margin).max(0.0) + (-margin.abs()).exp().ln_1p();
        }
        errors.push([0, 1, 2].map(|k| wrong[k] as f64 / count[k] as f64));
        losses.push([0, 1, 2].map(|k| loss[k] / count[k] as f64));
        Ok(())
    })?;
    let never = setup.steps + 1;
    let learned = [0, 1, 2].map(|k| {
        // The first step after which the subset's error stays 0.
        let last_wrong = errors.iter().rposition(|e| e[k] > 0.0);
        last_wrong.map_or(0, |t| if t + 1 < errors.len() { t + 1 } else { never })
    });
    let learned_loss = [0, 1, 2].map(|k| {
        losses
            .iter()
            .position(|l| l[k] < FREQ_LOSS)
            .unwrap_or(never)
    });
    Ok(Frequency {
        seed,
        errors,
        losses,
        learned,
        learned_loss,
    })
}

/// E-hinge: both losses on separable data.
#[derive(Clone, Debug)]
pub struct HingeZero {
    pub ce: Vec<f32>,
    pub hinge: Vec<f32>,
    /// The first step with hinge loss exactly 0.
    pub zero_at: Option<usize>,
}

pub fn hinge_zero(steps: usize) -> Result<HingeZero, Error> {
    let d = starvation_data(false, 5);
    let mut m = init(1e-2, 6);
    let mut h = hinge_of(&m);
    let mut ce = Vec::new();
    train_logistic(&mut m, &d, 0.5, 0.0, steps, |_, _, l| {
        ce.push(l);
        Ok(())
    })?;
    let hinge = train_hinge(&mut h, &d, 0.5, steps)?;
    let zero_at = hinge.iter().position(|&l| l == 0.0);
    Ok(HingeZero { ce, hinge, zero_at })
}

/// E-GS: margin ratio B / A over steps for overlapped, disjoint, and overlapped with SD.
#[derive(Clone, Debug)]
pub struct Starvation {
    /// (step, overlapped, disjoint, overlapped with SD), every `every` steps.
    pub curve: Vec<(usize, f64, f64, f64)>,
    pub sd: f32,
}

pub fn starvation(steps: usize, sd: f32, every: usize) -> Result<Starvation, Error> {
    let mut runs = Vec::new();
    for (disjoint, coef) in [(false, 0.0), (true, 0.0), (false, sd)] {
        let d = starvation_data(disjoint, 7);
        let mut m = init(1e-2, 8);
        let mut ratios = Vec::new();
        train_logistic(&mut m, &d, 0.5, coef, steps, |t, m, _| {
            if t % every == 0 || t == steps {
                ratios.push((t, margin(m, 1)? / margin(m, 0)?));
            }
            Ok(())
        })?;
        runs.push(ratios);
    }
    let curve = (0..runs[0].len())
        .map(|i| (runs[0][i].0, runs[0][i].1, runs[1][i].1, runs[2][i].1))
        .collect();
    Ok(Starvation { curve, sd })
}

impl Starvation {
    /// The ratios (overlapped, disjoint, with SD) at step `t` (the last recorded at or before).
    pub fn at(&self, t: usize) -> (f64, f64, f64) {
        let r = self
            .curve
            .iter()
            .rev()
            .find(|c| c.0 <= t)
            .unwrap_or(&self.curve[0]);
        (r.1, r.2, r.3)
    }
}

/// The overlapped margin ratio after `steps` for each spectral decoupling coefficient.
pub fn sd_scan(steps: usize, coefs: &[f32]) -> Result<Vec<(f32, f64)>, Error> {
    let d = starvation_data(false, 7);
    coefs
        .iter()
        .map(|&c| {
            let mut m = init(1e-2, 8);
            train_logistic(&mut m, &d, 0.5, c, steps, |_, _, _| Ok(()))?;
            Ok((c, margin(&m, 1)? / margin(&m, 0)?))
        })
        .collect()
}

/// Everything the experiment measured.
#[derive(Debug)]
pub struct Outcome {
    pub sig: Sigmoidal,
    /// E-freq, one run per seed.
    pub freq: Vec<Frequency>,
    pub hinge: HingeZero,
    pub gs: Starvation,
    /// The step at which E-GS is judged; the curve runs 10 times longer.
    pub gs_steps: usize,
    pub report: Report,
    pub pass: bool,
}

/// The spectral decoupling coefficient of the E-GS tie-in, in the middle of the 0.01 to 0.1
/// that was to be calibrated. No coefficient tried raises the ratio (the scan in the summary
/// goes from 0.001 to 0.3): the tie-in is reported as not reproduced.
pub const SD: f32 = 0.03;

/// E-freq's settings.
/// E-sig's small initialisation and step, so that learning times are long enough to compare,
/// and noise 0.15. With E-GS's noise of 0.05 every subset's 0/1 error reaches zero within the
/// first hundred steps, while the loss is still on its plateau: the sign of a tiny output
/// decides, and the 0.4 subset was without errors before the 0.8 subset in three of six seeds.
/// With 0.15, a rare subset's last errors are examples whose noise outweighs a feature not yet
/// learned, and they clear after the loss leaves its plateau.
pub const FREQ: FreqSetup = FreqSetup {
    noise: 0.15,
    init: 1e-3,
    lr: 0.05,
    steps: 2000,
};

/// E-freq's seeds.
pub const FREQ_SEEDS: u64 = 5;

/// Runs the experiment and writes `target/papers/learning_dynamics/`.
pub fn run(mode: Mode) -> Result<Outcome, Error> {
    let mut r = Report::new(
        "learning_dynamics",
        "On the Learning Dynamics of Deep Neural Networks (Tachet des Combes et al., 2018)",
        mode,
    )?;
    let gs_steps = mode.pick(1000, 2000);
    let bar = progress(4, "learning dynamics");
    let sig = sigmoidal(2000)?;
    bar.inc(1);
    let freq = (0..FREQ_SEEDS)
        .into_par_iter()
        .map(|s| frequency(FREQ, s))
        .collect::<Result<Vec<_>, Error>>()?;
    bar.inc(1);
    let hinge = hinge_zero(2000)?;
    bar.inc(1);
    let gs = starvation(10 * gs_steps, SD, 50)?;
    bar.finish_and_clear();

    let ln2 = std::f64::consts::LN_2;
    let mut pass = true;
    pass &= r.check(
        "E-sig: CE within 0.5% of ln 2 (plateau)",
        ">= 200 steps; independent numpy reimplementation: ~400",
        format!("{} steps", sig.plateau),
        sig.plateau >= 200,
    );
    pass &= r.check(
        "E-sig: 90% to 10% of CE's drop",
        "< 2x the plateau; independent numpy reimplementation: ~500-800 steps",
        format!("{} steps", sig.transition),
        sig.transition < 2 * sig.plateau,
    );
    pass &= r.check(
        "E-sig: logistic fit of CE over [0, 2000]",
        "R^2 >= 0.95",
        format!("R^2 = {:.4}", sig.fit.0),
        sig.fit.0 >= 0.95,
    );
    pass &= r.check(
        "E-sig: leaves the plateau (hinge < 0.9, CE < 0.9 ln 2)",
        "hinge first; independent numpy reimplementation: 400 vs 600",
        format!("hinge at {}, CE at {}", sig.hinge_leaves, sig.ce_leaves),
        sig.hinge_leaves < sig.ce_leaves,
    );
    pass &= freq_checks(&mut r, &freq);
    let ce_min = hinge.ce.iter().copied().fold(f32::INFINITY, f32::min);
    pass &= r.check(
        "E-hinge: hinge loss exactly 0",
        "at a step < 2000; independent numpy reimplementation: by step 200",
        hinge
            .zero_at
            .map_or("never".into(), |t| format!("at step {t}")),
        hinge.zero_at.is_some(),
    );
    pass &= r.check(
        "E-hinge: CE loss stays above 0",
        "> 0 at every step",
        format!("min {ce_min:.2e}"),
        ce_min > 0.0,
    );
    let (o1, d1, s1) = gs.at(gs_steps);
    let (o10, _, _) = gs.at(10 * gs_steps);
    pass &= r.check(
        &format!("E-GS: margin ratio B/A at {gs_steps} steps, overlapped"),
        "<= 0.4; independent numpy reimplementation at 2000 steps: 0.297",
        format!("{o1:.3}"),
        o1 <= 0.4,
    );
    pass &= r.check(
        &format!("E-GS: margin ratio at {gs_steps} steps, disjoint"),
        ">= 0.8; independent numpy reimplementation at 2000 steps: 0.997",
        format!("{d1:.3}"),
        d1 >= 0.8,
    );
    pass &= r.check(
        &format!("E-GS: overlapped ratio at {} steps", 10 * gs_steps),
        "<= the ratio at 1x; independent numpy reimplementation at 20,000 steps: 0.265",
        format!("{o10:.3}"),
        o10 <= o1,
    );
    r.finding(
        &format!("E-GS + spectral decoupling ({SD}): overlapped ratio"),
        "raised by >= 0.1 (this project's prediction from the gradient-starvation paper's remedy, not a claim of this paper)",
        format!("{s1:.3} ({:+.3})", s1 - o1),
    );
    let scan = sd_scan(gs_steps, &[0.0, 0.001, 0.01, 0.1, 0.3])?;
    let cells: Vec<String> = scan.iter().map(|(c, v)| format!("{c}: {v:.3}")).collect();
    r.note(format!(
        "**Spectral decoupling does not lessen this kind of starvation.** With the penalty \
         `sd * mean(f^2)` every example's output settles at the same level, where the logistic \
         loss's pull balances the penalty. Feature A is in every example, so A alone sets that \
         level, and the examples that also carry B can only match it if B contributes nothing: \
         the ratio falls to {s1:.3} instead of rising. Every coefficient tried lowers it \
         (coefficient: ratio after {gs_steps} steps; {}). A linear model without noise makes this \
         exact: with weights a on A and b on B, the penalised loss is stationary where \
         `sigmoid(-a) = 2 sd a` and `sigmoid(-(a + b)) = 2 sd (a + b)`; the left sides fall \
         and the right sides rise, so a = a + b and b = 0. Spectral decoupling does help \
         where the starved feature is needed for the margin, as in the two-moons experiment \
         of the gradient-starvation paper.",
        cells.join(", ")
    ));
    r.note(format!(
        "**E-freq** trains on three disjoint subsets in proportion 0.8 : 0.4 : 0.2 (4/7, 2/7 \
         and 1/7 of the {N} examples), each carrying only its own feature `y e_k`, with noise \
         {} on every input, from weights of scale {} at step {} for {} steps, over {} seeds. \
         A subset is learned on the 0/1 error at the step after which it has no error left, \
         and on the loss at the first step its mean loss is below ln 2 / 2. The 0/1 error is \
         judged on the medians over seeds: a seed can swap the two frequent subsets, whose \
         last errors clear while the loss is still on its plateau and the sign of a tiny \
         output decides (in calibration over 30 seeds with 3000 steps, the 0/1 order held in \
         26 and the ratio in 28). The loss, which that confound does not reach, is judged in \
         every seed (in order in all 30 in calibration).",
        FREQ.noise,
        FREQ.init,
        FREQ.lr,
        FREQ.steps,
        freq.len()
    ));
    r.note(
        "**Whose numbers.** No number here is the paper's. The criteria are this project's, \
         and the reference values in the criteria come from an independent numpy \
         reimplementation of the same setups.",
    );
    write_report(&mut r, &sig, &freq, &hinge, &gs, ln2)?;
    pass &= r.finish()?;
    Ok(Outcome {
        sig,
        freq,
        hinge,
        gs,
        gs_steps,
        report: r,
        pass,
    })
}

/// Per subset, the median over seeds of `time(f)[k]`.
pub fn median_times(freq: &[Frequency], time: fn(&Frequency) -> [usize; 3]) -> [usize; 3] {
    [0, 1, 2].map(|k| {
        let mut v: Vec<usize> = freq.iter().map(|f| time(f)[k]).collect();
        v.sort_unstable();
        v[v.len() / 2]
    })
}

/// E-freq's checks over its seeds. On the 0/1 error, in the median over seeds: the rarest
/// subset takes at least twice as long as the most frequent one to reach zero error, and the
/// three reach it in the order of their frequencies. On the loss, in every seed: the three
/// fall below ln 2 / 2 in that order. The loss guards against a confound of the 0/1 error:
/// from a small initialisation the sign of a tiny output is right for most examples long
/// before the loss moves, so which of two frequent subsets is the first without errors can be
/// a race decided by the initial weights.
fn freq_checks(r: &mut Report, freq: &[Frequency]) -> bool {
    let n = freq.len();
    let list = |time: fn(&Frequency) -> [usize; 3]| -> String {
        freq.iter()
            .map(|f| {
                let t = time(f);
                format!("{} / {} / {}", t[0], t[1], t[2])
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    // A subset that is never learned has the time `steps + 1` (the errors' length): increasing
    // times must all come before it.
    let never = |f: &Frequency| f.errors.len();
    let ordered = |t: [usize; 3], never: usize| t[0] < t[1] && t[1] < t[2] && t[2] < never;
    let never_all = freq.iter().map(never).min().unwrap_or(0);
    let err = median_times(freq, |f| f.learned);
    let ratio = err[2] as f64 / err[0].max(1) as f64;
    let mut pass = r.check(
        "E-freq: steps until the 0/1 error stays 0, frequency 0.2 over 0.8",
        &format!(">= 2, medians over {n} seeds"),
        format!("{} / {} = {ratio:.1}", err[2], err[0]),
        ratio >= 2.0 && err[2] < never_all,
    );
    let held = freq.iter().filter(|f| ordered(f.learned, never(f))).count();
    pass &= r.check(
        "E-freq: steps until the 0/1 error stays 0, frequency 0.8 / 0.4 / 0.2",
        &format!("increasing, medians over {n} seeds"),
        format!(
            "{} / {} / {} (per seed: {}; in order in {held} of {n})",
            err[0],
            err[1],
            err[2],
            list(|f| f.learned)
        ),
        ordered(err, never_all),
    );
    pass &= r.check(
        "E-freq: first step with mean loss below ln 2 / 2, frequency 0.8 / 0.4 / 0.2",
        &format!("increasing in each of {n} seeds"),
        list(|f| f.learned_loss),
        freq.iter().all(|f| ordered(f.learned_loss, never(f))),
    );
    pass
}

fn write_report(
    r: &mut Report,
    sig: &Sigmoidal,
    freq: &[Frequency],
    hinge: &HingeZero,
    gs: &Starvation,
    ln2: f64,
) -> Result<(), Error> {
    r.note(
        "A two-layer ReLU network (20 inputs, 100 hidden units, one output) trained by \
         full-batch gradient descent on 1000 synthetic examples. Both losses are `model!` \
         structs; the hinge's derivative is the subgradient of `relu`.",
    );
    r.csv(
        "sigmoidal.csv",
        &["step", "cross_entropy", "hinge"],
        (0..sig.ce.len()).map(|t| vec![t as f64, sig.ce[t] as f64, sig.hinge[t] as f64]),
    )?;
    r.csv(
        "frequency.csv",
        &[
            "seed",
            "step",
            "error_freq_0.8",
            "error_freq_0.4",
            "error_freq_0.2",
            "loss_freq_0.8",
            "loss_freq_0.4",
            "loss_freq_0.2",
        ],
        freq.iter().flat_map(|f| {
            f.errors
                .iter()
                .zip(&f.losses)
                .enumerate()
                .map(|(t, (e, l))| {
                    vec![f.seed as f64, t as f64, e[0], e[1], e[2], l[0], l[1], l[2]]
                })
        }),
    )?;
    r.csv(
        "hinge_zero.csv",
        &["step", "cross_entropy", "hinge"],
        (0..hinge.ce.len()).map(|t| vec![t as f64, hinge.ce[t] as f64, hinge.hinge[t] as f64]),
    )?;
    r.csv(
        "starvation.csv",
        &["step", "overlapped", "disjoint", "overlapped_sd"],
        gs.curve.iter().map(|c| vec![c.0 as f64, c.1, c.2, c.3]),
    )?;
    let (_, t0, s, a, b) = sig.fit;
    let fit: Vec<(f64, f64)> = (0..sig.ce.len())
        .step_by(10)
        .map(|t| (t as f64, a + b / (1.0 + ((t as f64 - t0) / s).exp())))
        .collect();
    let every = |v: &[f32], k: usize| -> Vec<(f64, f64)> {
        v.iter()
            .enumerate()
            .step_by(k)
            .map(|(t, &l)| (t as f64, l as f64))
            .collect()
    };
    let panels = vec![
        Lines {
            title: "E-sig: plateau, then a sigmoidal drop".into(),
            x_label: "step".into(),
            y_label: "training loss".into(),
            series: vec![
                Series::new("cross-entropy", every(&sig.ce, 5)),
                Series::new("hinge", every(&sig.hinge, 5)),
                Series::new("logistic fit of CE", fit).dashed(),
                Series::new("ln 2", vec![(0.0, ln2), (sig.ce.len() as f64, ln2)]).dashed(),
            ],
            ..Lines::default()
        },
        Lines {
            title: format!(
                "E-freq (seed {}): 0/1 error and loss (dashed) per subset",
                freq[0].seed
            ),
            x_label: "step".into(),
            y_label: "training error / loss".into(),
            log_x: true,
            series: (0..3)
                .map(|k| {
                    Series::new(
                        format!("error, frequency {}", [0.8, 0.4, 0.2][k]),
                        freq[0]
                            .errors
                            .iter()
                            .enumerate()
                            .map(|(t, e)| (t as f64, e[k]))
                            .collect(),
                    )
                })
                .chain((0..3).map(|k| {
                    Series::new(
                        format!("loss, frequency {}", [0.8, 0.4, 0.2][k]),
                        freq[0]
                            .losses
                            .iter()
                            .enumerate()
                            .map(|(t, l)| (t as f64, l[k]))
                            .collect(),
                    )
                    .dashed()
                }))
                .collect(),
            ..Lines::default()
        },
        Lines {
            title: "E-hinge: separable data".into(),
            x_label: "step".into(),
            y_label: "training loss".into(),
            log_y: true,
            series: vec![
                Series::new("cross-entropy", every(&hinge.ce, 5)),
                Series::new("hinge (0 is not drawn)", every(&hinge.hinge, 1)),
            ],
            ..Lines::default()
        },
        Lines {
            title: "E-GS: margin of B over margin of A".into(),
            x_label: "step".into(),
            y_label: "ratio".into(),
            log_x: true,
            series: vec![
                Series::new(
                    "overlapped",
                    gs.curve.iter().map(|c| (c.0 as f64, c.1)).collect(),
                ),
                Series::new(
                    "disjoint",
                    gs.curve.iter().map(|c| (c.0 as f64, c.2)).collect(),
                ),
                Series::new(
                    format!("overlapped, SD {}", gs.sd),
                    gs.curve.iter().map(|c| (c.0 as f64, c.3)).collect(),
                ),
            ],
            ..Lines::default()
        },
    ];
    let file = "learning_dynamics.png";
    plot::lines(&r.path(file), &panels, 2)?;
    r.plot(
        file,
        "Loss plateaus, learning time by frequency, hinge vs CE, and gradient starvation",
    );
    Ok(())
}
