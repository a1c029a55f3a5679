// Deconstructing the Ladder Network Architecture (Pezeshki, Fan, Brakel, Courville, Bengio;
// ICML 2016).
//
// A ladder network learns from a few labels and many unlabelled images: besides the labelled
// rows' cross-entropy, a decoder denoises every layer of a corrupted encoder pass, using the
// layer above and a lateral connection to the corrupted value beside it. The paper takes it
// apart: the lateral connections matter most, then the noise, then the combinator. Here, on
// 8,000 MNIST images with 100 labels: the encoder alone (supervised), the full ladder, the
// ladder without lateral connections, the Gamma-model (only the top layer denoised) and the
// ladder with the paper's AMLP combinator; and with all 8,000 labels, where the noise does
// most of the work.
//
// Shared by examples/ladder.rs, examples/papers.rs and tests/papers_ladder.rs.

#![allow(dead_code)]

use rayon::prelude::*;
use rheano::data::{load_mnist, Labeled};
use rheano::ndarray::{concatenate, s, Axis};
use rheano::plot::{self, Lines, Series};
use rheano::prelude::*;
use rheano::rand::rngs::StdRng;
use rheano::rand::{Rng, SeedableRng};
use rheano::report::{median, progress, Calibrated, Mode, Report};
use rheano::schedule::Linear;
use rheano::Error;

include!("model.rs");

/// Sizes and schedule.
#[derive(Clone, Copy, Debug)]
pub struct Setup {
    pub h1: usize,
    pub h2: usize,
    /// Training images (the rest of MNIST-10k is the test set) and unlabelled ones drawn
    /// from them.
    pub train: usize,
    pub unlabelled: usize,
    pub labels: usize,
    pub epochs: usize,
    pub batch: usize,
    pub lr: f32,
    pub sd: f32,
}

impl Setup {
    /// Full: encoder 784-500-250-10, 20 epochs over 8,000 unlabelled
    /// images in batches of 100 + 100; fast: 784-128-64-10, 15 epochs over 2,000 (300 steps).
    pub fn new(mode: Mode) -> Setup {
        Setup {
            h1: mode.pick(128, 500),
            h2: mode.pick(64, 250),
            train: 8000,
            unlabelled: mode.pick(2000, 8000),
            labels: 100,
            epochs: mode.pick(15, 20),
            batch: 100,
            lr: 2e-3,
            sd: 0.3,
        }
    }

    /// Adam steps in a run: one per batch of unlabelled images.
    pub fn steps(&self) -> usize {
        self.epochs * self.unlabelled / self.batch
    }
}

/// What is trained.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Variant {
    /// The encoder alone on the labelled images, with noise of this std.
    Supervised(f32),
    /// The ladder with these denoising weights; `lateral` false cuts the lateral connections,
    /// `amlp` swaps the vanilla combinator for the AMLP.
    Ladder {
        lambda: [f32; 4],
        lateral: bool,
        amlp: bool,
    },
}

/// The paper's denoising weights for 100 labels, (1000, 10, 0.1, 0.1) on this encoder's four
/// layers, and for all labels (1000, 1, 0.01, 0.01).
pub const LAMBDA_100: [f32; 4] = [1000.0, 10.0, 0.1, 0.1];
pub const LAMBDA_ALL: [f32; 4] = [1000.0, 1.0, 0.01, 0.01];
/// The Gamma-model denoises the top layer only, at weight 1.
pub const LAMBDA_GAMMA: [f32; 4] = [0.0, 0.0, 0.0, 1.0];

/// The AMLP combinator's hidden width.
pub const AMLP_WIDTH: usize = 4;

/// One run's record.
#[derive(Clone, Debug)]
pub struct RunResult {
    pub name: String,
    pub seed: u64,
    /// Test error (%) after each epoch.
    pub test_error: Vec<f64>,
    /// Mean denoising costs (unweighted) of each layer per epoch (ladders only).
    pub costs: Vec<[f64; 4]>,
}

impl RunResult {
    pub fn error(&self) -> f64 {
        *self.test_error.last().unwrap_or(&100.0)
    }
}

/// The data: the first 8,000 images of MNIST-10k to train on, the last 2,000 to test.
pub fn data() -> Result<(Labeled, Labeled), Error> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist10k/");
    let all = load_mnist(
        format!("{dir}mnist10k-images-idx3-ubyte.gz"),
        format!("{dir}mnist10k-labels-idx1-ubyte.gz"),
    )?;
    let n = all.len();
    let train: Vec<usize> = (0..8000.min(n)).collect();
    let test: Vec<usize> = (8000.min(n)..n).collect();
    Ok((all.select(&train), all.select(&test)))
}

/// `k` labelled images per class, drawn by `rng` among the first `pool` training images.
fn balanced(train: &Labeled, pool: usize, per_class: usize, rng: &mut StdRng) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..pool).collect();
    for i in (1..idx.len()).rev() {
        idx.swap(i, rng.random_range(0..=i));
    }
    let mut count = [0usize; 10];
    let mut out = Vec::new();
    for i in idx {
        let c = train.y[i];
        if count[c] < per_class {
            count[c] += 1;
            out.push(i);
        }
    }
    out.sort_unstable();
    out
}

fn shuffled(n: usize, rng: &mut StdRng) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        v.swap(i, rng.random_range(0..=i));
    }
    v
}

/// Statistics of the clean pass over a whole set, layer by layer (each layer normalized with
/// the statistics of the layers below over the same set): what evaluation normalizes with.
struct Stats {
    mu: [Array1<f32>; 3],
    var: [Array1<f32>; 3],
}

macro_rules! population {
    ($m:expr, $x:expr, $h1:expr, $h2:expr) => {{
        let (z1, z2) = (Array1::<f32>::zeros($h1), Array1::<f32>::zeros($h2));
        let x = $x;
        // Every row counts as unlabelled: one set of statistics over all of them.
        let none = Array1::<f32>::zeros(x.nrows());
        let l = none.view();
        let mu1 = $m.batch_mu1(x)?;
        let var1 = $m.batch_var1(x)?;
        let mu2 = $m.batch_mu2(x, l, z1.view(), z1.view(), 1.0)?;
        let var2 = $m.batch_var2(x, l, z1.view(), z1.view(), 1.0)?;
        let mu3 = $m.batch_mu3(x, l, z1.view(), z1.view(), z2.view(), z2.view(), 1.0)?;
        let var3 = $m.batch_var3(x, l, z1.view(), z1.view(), z2.view(), z2.view(), 1.0)?;
        Stats {
            mu: [mu1, mu2, mu3],
            var: [var1, var2, var3],
        }
    }};
}

macro_rules! test_error {
    ($m:expr, $train:expr, $test:expr, $st:expr) => {{
        let p = population!($m, $train.x.view(), $st.h1, $st.h2);
        let none = Array1::<f32>::zeros($test.x.nrows());
        let z = $m.logits(
            $test.x.view(),
            none.view(),
            p.mu[0].view(),
            p.var[0].view(),
            p.mu[1].view(),
            p.var[1].view(),
            p.mu[2].view(),
            p.var[2].view(),
            0.0,
        )?;
        100.0 * (1.0 - rheano::data::accuracy(z.view(), $test.y.view()))
    }};
}

/// One training run from seed `seed`, with `labelled` the indices of the labelled images.
pub fn train_run(
    st: &Setup,
    variant: Variant,
    name: &str,
    train: &Labeled,
    test: &Labeled,
    labelled: &[usize],
    seed: u64,
) -> Result<RunResult, Error> {
    let mut rng = StdRng::seed_from_u64(seed);
    let steps = st.steps();
    // Adam at 2e-3, decaying linearly to 0 over the last third of the steps.
    let mut opt = Adam::new(st.lr).schedule(Linear::new(2 * steps as u64 / 3, steps as u64));
    let per_epoch = st.unlabelled / st.batch;
    let mut out = RunResult {
        name: name.into(),
        seed,
        test_error: Vec::new(),
        costs: Vec::new(),
    };
    let dims = (st.h1, st.h2);
    let zeros = |n| Array1::<f32>::zeros(n);
    let (z1, z2, z3) = (zeros(dims.0), zeros(dims.1), zeros(10));
    let lab = train.select(labelled);
    let mut mask = Array1::<f32>::zeros(2 * st.batch);
    mask.slice_mut(s![..st.batch]).fill(1.0);
    // A batch: `batch` labelled images (all of them when there are that many, else drawn with
    // replacement) above the next `batch` unlabelled ones of the epoch's order.
    let batch = |order: &[usize], k: usize, rng: &mut StdRng| -> Result<_, Error> {
        let lb = if lab.len() <= st.batch {
            lab.clone()
        } else {
            let idx: Vec<usize> = (0..st.batch)
                .map(|_| rng.random_range(0..lab.len()))
                .collect();
            lab.select(&idx)
        };
        let ub = train.select(&order[k * st.batch..(k + 1) * st.batch]);
        let x = concatenate(Axis(0), &[lb.x.view(), ub.x.view()])
            .map_err(|e| Error::Data(e.to_string()))?;
        let y = concatenate(Axis(0), &[lb.y.view(), ub.y.view()])
            .map_err(|e| Error::Data(e.to_string()))?;
        Ok((x, y))
    };
    // The ladder's training loop, for either combinator.
    macro_rules! ladder_loop {
        ($m:ident, $grad:ident, $outs:ident, $lambda:expr, $lateral:expr) => {
            for _ in 0..st.epochs {
                let order = shuffled(st.unlabelled, &mut rng);
                let mut costs = [0.0f64; 4];
                for k in 0..per_epoch {
                    let (x, y) = batch(&order, k, &mut rng)?;
                    $m.loss_and_grad_with(
                        x.view(),
                        y.view(),
                        mask.view(),
                        z1.view(),
                        z1.view(),
                        z2.view(),
                        z2.view(),
                        z3.view(),
                        z3.view(),
                        st.sd,
                        if $lateral { 1.0 } else { 0.0 },
                        1.0,
                        $lambda[0],
                        $lambda[1],
                        $lambda[2],
                        $lambda[3],
                        Noise::Sample(&mut rng),
                        &mut $grad,
                        &mut $outs,
                    )?;
                    opt.step(&mut $m, &$grad);
                    let layer = [$outs.cost0, $outs.cost1, $outs.cost2, $outs.cost3];
                    for (c, v) in costs.iter_mut().zip(layer) {
                        *c += v as f64 / per_epoch as f64;
                    }
                }
                out.costs.push(costs);
                out.test_error.push(test_error!($m, train, test, st));
            }
        };
    }
    match variant {
        Variant::Supervised(sd) => {
            let mut m = Encoder::init(
                EncoderDims {
                    d: 784,
                    h1: dims.0,
                    h2: dims.1,
                },
                &mut rng,
            );
            let mut grad = EncoderGrad::zeros_like(&m);
            for _ in 0..st.epochs {
                let order = shuffled(st.unlabelled, &mut rng);
                for k in 0..per_epoch {
                    let (x, y) = batch(&order, k, &mut rng)?;
                    m.loss_and_grad(
                        x.view(),
                        y.view(),
                        mask.view(),
                        z1.view(),
                        z1.view(),
                        z2.view(),
                        z2.view(),
                        z3.view(),
                        z3.view(),
                        sd,
                        1.0,
                        Noise::Sample(&mut rng),
                        &mut grad,
                    )?;
                    opt.step(&mut m, &grad);
                }
                out.test_error.push(test_error!(m, train, test, st));
            }
        }
        Variant::Ladder {
            lambda,
            lateral,
            amlp: false,
        } => {
            let mut m = Ladder::init(
                LadderDims {
                    d: 784,
                    h1: dims.0,
                    h2: dims.1,
                },
                &mut rng,
            );
            // The combinator starts as in Rasmus et al.: a2 = a7 = 1, the rest 0.
            for k in [1, 6] {
                m.a0.row_mut(k).fill(1.0);
                m.a1.row_mut(k).fill(1.0);
                m.a2.row_mut(k).fill(1.0);
                m.a3.row_mut(k).fill(1.0);
            }
            let mut grad = LadderGrad::zeros_like(&m);
            let mut outs = LadderOutputs::default();
            ladder_loop!(m, grad, outs, lambda, lateral);
        }
        Variant::Ladder {
            lambda,
            lateral,
            amlp: true,
        } => {
            let mut m = LadderAmlp::init(
                LadderAmlpDims {
                    d: 784,
                    h1: dims.0,
                    h2: dims.1,
                    j: AMLP_WIDTH,
                },
                &mut rng,
            );
            // Hidden weights N(0, 0.5^2) and biases 0 (about unit hidden values for unit
            // inputs); output weights 0, so that, like the vanilla combinator, it starts at 0.
            for q in [&mut m.q0, &mut m.q1, &mut m.q2, &mut m.q3] {
                *q = rheano::init::normal(q.raw_dim(), 0.5, &mut rng);
                q.index_axis_mut(Axis(0), 3).fill(0.0);
                q.index_axis_mut(Axis(0), 4).fill(0.0);
            }
            let mut grad = LadderAmlpGrad::zeros_like(&m);
            let mut outs = LadderAmlpOutputs::default();
            ladder_loop!(m, grad, outs, lambda, lateral);
        }
    }
    Ok(out)
}

/// What the run found.
pub struct Outcome {
    pub setup: Setup,
    /// 100 labels: supervised, ladder, no lateral, Gamma, AMLP ladder; one entry per seed
    /// each.
    pub few: Vec<Vec<RunResult>>,
    /// All labels: clean supervised, noisy supervised, ladder.
    pub all: Vec<RunResult>,
    pub report: Report,
    pub pass: bool,
}

pub const FEW: [(&str, Variant); 5] = [
    ("supervised", Variant::Supervised(0.3)),
    (
        "ladder",
        Variant::Ladder {
            lambda: LAMBDA_100,
            lateral: true,
            amlp: false,
        },
    ),
    (
        "no lateral",
        Variant::Ladder {
            lambda: LAMBDA_100,
            lateral: false,
            amlp: false,
        },
    ),
    (
        "Gamma-model",
        Variant::Ladder {
            lambda: LAMBDA_GAMMA,
            lateral: true,
            amlp: false,
        },
    ),
    (
        "ladder, AMLP",
        Variant::Ladder {
            lambda: LAMBDA_100,
            lateral: true,
            amlp: true,
        },
    ),
];

pub const ALL: [(&str, Variant); 3] = [
    ("supervised clean", Variant::Supervised(0.0)),
    ("supervised with noise", Variant::Supervised(0.3)),
    (
        "ladder",
        Variant::Ladder {
            lambda: LAMBDA_ALL,
            lateral: true,
            amlp: false,
        },
    ),
];

/// Trains every 100-label variant from each of `seeds` (its own 100 labelled images and
/// weights) and, with `all_labels`, the all-label variants from that seed: one list of runs
/// per entry of [`FEW`] (in seed order), and the runs of [`ALL`].
pub fn measure(
    st: &Setup,
    seeds: &[u64],
    all_labels: Option<u64>,
) -> Result<(Vec<Vec<RunResult>>, Vec<RunResult>), Error> {
    let (train, test) = data()?;
    // The labelled images of each seed: 10 per class.
    let mut jobs: Vec<(usize, u64, Vec<usize>)> = Vec::new();
    for &seed in seeds {
        let labelled = balanced(
            &train,
            st.unlabelled,
            st.labels / 10,
            &mut StdRng::seed_from_u64(1000 + seed),
        );
        for k in 0..FEW.len() {
            jobs.push((k, seed, labelled.clone()));
        }
    }
    let everything: Vec<usize> = (0..st.unlabelled).collect();
    let all_runs = if all_labels.is_some() { ALL.len() } else { 0 };
    for k in 0..all_runs {
        jobs.push((FEW.len() + k, all_labels.unwrap_or(0), everything.clone()));
    }
    let bar = progress(jobs.len() as u64, "training runs");
    let results = jobs
        .par_iter()
        .map(|(k, seed, labelled)| {
            let (name, variant) = if *k < FEW.len() {
                FEW[*k]
            } else {
                ALL[*k - FEW.len()]
            };
            let out = train_run(st, variant, name, &train, &test, labelled, *seed);
            bar.inc(1);
            out
        })
        .collect::<Result<Vec<_>, Error>>()?;
    bar.finish_and_clear();
    let few: Vec<Vec<RunResult>> = (0..FEW.len())
        .map(|k| {
            jobs.iter()
                .zip(&results)
                .filter(|(j, _)| j.0 == k)
                .map(|(_, r)| r.clone())
                .collect()
        })
        .collect();
    let all: Vec<RunResult> = (0..all_runs)
        .filter_map(|k| {
            let i = jobs.iter().position(|j| j.0 == FEW.len() + k)?;
            Some(results[i].clone())
        })
        .collect();
    Ok((few, all))
}

/// The checked run draws its weights from seeds 0-2 (its labelled images from 1000-1002);
/// calibration from these (and 1010-1012).
pub const CALIBRATION_SEEDS: [u64; 3] = [10, 11, 12];

/// Per calibration seed, 100 labels: ladder error over supervised error; no-lateral error
/// less ladder error (points); |AMLP error - vanilla error| (points). Measured by
/// `cargo run --release --example ladder -- --calibrate` (full mode). The checks apply them
/// to the medians over seeds 0-2; where a calibrated bound is looser than the fixed one (the
/// ratio, the combinator gap), the fixed one decides.
pub const CALIBRATED_RATIO: Calibrated = Calibrated::at_most("10-12", &[0.37, 0.41, 0.53]);
pub const CALIBRATED_LATERAL: Calibrated = Calibrated::at_least("10-12", &[32.2, 29.9, 25.3]);
pub const CALIBRATED_COMBINATOR: Calibrated = Calibrated::at_most("10-12", &[1.5, 1.5, 4.7]);

/// The three calibrated quantities on each calibration seed: `(seed, ratio, lateral gap,
/// combinator gap)`.
pub fn calibrate(mode: Mode) -> Result<Vec<(u64, f64, f64, f64)>, Error> {
    let st = Setup::new(mode);
    let (few, _) = measure(&st, &CALIBRATION_SEEDS, None)?;
    Ok((0..CALIBRATION_SEEDS.len())
        .map(|i| {
            let e = |k: usize| few[k][i].error();
            (
                CALIBRATION_SEEDS[i],
                e(1) / e(0),
                e(2) - e(1),
                (e(4) - e(1)).abs(),
            )
        })
        .collect())
}

pub fn run(mode: Mode) -> Result<Outcome, Error> {
    let mut r = Report::new(
        "ladder",
        "Deconstructing the Ladder Network Architecture (Pezeshki et al., ICML 2016)",
        mode,
    )?;
    let st = Setup::new(mode);
    let seeds: Vec<u64> = mode.pick(vec![0], vec![0, 1, 2]);
    // All labels in full mode only: the fast mode checks the 100-label case.
    let (few, all) = measure(&st, &seeds, mode.pick(None, Some(0)))?;

    let mut pass = true;
    let med: Vec<f64> = few
        .iter()
        .map(|runs| median(&runs.iter().map(RunResult::error).collect::<Vec<_>>()))
        .collect();
    let per_seed = |k: usize| -> String {
        few[k]
            .iter()
            .map(|r| format!("{:.1}", r.error()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (sup, lad, nolat, gamma, amlp) = (med[0], med[1], med[2], med[3], med[4]);
    if mode == Mode::Full {
        pass &= r.check(
            "100 labels: ladder vs supervised, median test error over 3 seeds",
            &format!(
                "ladder <= 0.6 x supervised, and the ratio {}; an independent JAX \
                 reimplementation: 15.8-19.1% vs 34.5-36.5%; paper (60,000 images, 150 \
                 epochs): 1.0% with its best combinator",
                CALIBRATED_RATIO.describe(2, "")
            ),
            format!(
                "ladder {lad:.1}% ({}), supervised {sup:.1}% ({}), ratio {:.2}",
                per_seed(1),
                per_seed(0),
                lad / sup
            ),
            lad <= 0.6 * sup && CALIBRATED_RATIO.admits(lad / sup),
        );
        pass &= r.check(
            "100 labels: the lateral connections matter most",
            &format!(
                "no lateral >= ladder + 10 points, and the gap {}; independent JAX \
                 reimplementation: 34.1-37.0%",
                CALIBRATED_LATERAL.describe(1, " points")
            ),
            format!(
                "no lateral {nolat:.1}% ({}), ladder {lad:.1}%, gap {:.1} points",
                per_seed(2),
                nolat - lad
            ),
            nolat >= lad + 10.0 && CALIBRATED_LATERAL.admits(nolat - lad),
        );
        pass &= r.check(
            "100 labels: the Gamma-model lies between",
            "ladder <= Gamma <= supervised; independent JAX reimplementation: 30.0-31.9%",
            format!("Gamma {gamma:.1}% ({})", per_seed(3)),
            lad <= gamma && gamma <= sup,
        );
        pass &= r.check(
            "100 labels: AMLP vs vanilla combinator",
            &format!(
                "AMLP within 2 points of vanilla (medians), and the gap {}",
                CALIBRATED_COMBINATOR.describe(1, " points")
            ),
            format!("AMLP {amlp:.1}% ({}), vanilla {lad:.1}%", per_seed(4)),
            (amlp - lad).abs() <= 2.0 && CALIBRATED_COMBINATOR.admits((amlp - lad).abs()),
        );
        let (clean, noisy, ladder_all) = (all[0].error(), all[1].error(), all[2].error());
        pass &= r.check(
            "all labels (one seed): the noise costs the supervised network nothing",
            "noisy supervised <= clean supervised + 0.2 points",
            format!("noisy {noisy:.2}%, clean {clean:.2}%"),
            noisy <= clean + 0.2,
        );
        pass &= r.check(
            "all labels (one seed): the ladder is no worse than the noisy encoder",
            "ladder <= noisy supervised + 0.5 points",
            format!("ladder {ladder_all:.2}%, noisy supervised {noisy:.2}%"),
            ladder_all <= noisy + 0.5,
        );
    } else {
        pass &= r.check(
            "100 labels, fast: ladder vs supervised",
            "ladder < supervised",
            format!("ladder {lad:.1}%, supervised {sup:.1}%"),
            lad < sup,
        );
    }
    let ladder_costs = &few[1][0].costs;
    let (first, last) = (ladder_costs[0], ladder_costs[ladder_costs.len() - 1]);
    pass &= r.check(
        "every denoising cost decreases (ladder, 100 labels, first seed)",
        "each layer's mean cost in the last epoch < in the first",
        (0..4)
            .map(|l| format!("layer {l}: {:.3} -> {:.3}", first[l], last[l]))
            .collect::<Vec<_>>()
            .join(", "),
        (0..4).all(|l| last[l] < first[l]),
    );
    write_report(&mut r, &st, &few, &all)?;
    pass &= r.finish()?;
    Ok(Outcome {
        setup: st,
        few,
        all,
        report: r,
        pass,
    })
}

fn write_report(
    r: &mut Report,
    st: &Setup,
    few: &[Vec<RunResult>],
    all: &[RunResult],
) -> Result<(), Error> {
    r.note(format!(
        "MNIST-10k: the first 8,000 images train (100 of them labelled, 10 per class, drawn per \
         seed; {} used as unlabelled), the last 2,000 test. Encoder 784-{}-{}-10 with batch \
         normalization (no scale below the top; the labelled and the unlabelled rows of a \
         batch normalized apart, each with its own statistics, as Rasmus et al.'s code does: \
         normalizing them together, the first version here, left the ladder at 22-33% \
         against 20-24% for the supervised baseline), ReLU, softmax on top; Gaussian noise of std \
         {} on every layer of the corrupted pass; Rasmus et al.'s vanilla combinator (ten \
         per-unit vectors, a2 = a7 = 1 at the start); denoising weights (1000, 10, 0.1, 0.1) \
         for 100 labels and (1000, 1, 0.01, 0.01) for all labels (the paper's code's, for its \
         deeper encoder); the Gamma-model denoises the top layer alone at weight 1 (this \
         project's choice). Adam at {} with linear decay to 0 over the last third of {} steps \
         ({} epochs of batches of {} labelled + {} unlabelled images; the supervised baseline is \
         the same encoder with the same noise, batches and normalization, without the \
         decoder). Evaluation: the clean pass, normalized with the \
         statistics of the whole training set. Scaled down from the paper's 60,000 images, \
         encoder 784-1000-500-250-250-250-10 and 150 epochs. \
         The AMLP combinator (the variant \"ladder, AMLP\", with the same encoder, denoising \
         weights and schedule as the vanilla ladder): \
         per unit, an MLP on z~, u and z~ u with one hidden layer of width {} (leaky ReLU of \
         slope 0.1), hidden weights drawn from N(0, 0.5^2), hidden biases and output weights \
         0, so that it starts at 0 as the vanilla one does. The paper's full text was not \
         consulted, so this width and activation are the project's reading of the AMLP's \
         description, not confirmed from its text; a first version with random output \
         weights started far from 0 and stayed at 25% error. On the calibration seeds the \
         AMLP was 1.5, 1.5 and 4.7 points from the vanilla ladder, so the fixed 2-point \
         criterion is not a safe expectation at this scale.",
        st.unlabelled,
        st.h1,
        st.h2,
        st.sd,
        st.lr,
        st.steps(),
        st.epochs,
        st.batch,
        st.batch,
        AMLP_WIDTH
    ));
    r.note(
        "**Whose numbers.** The criteria are the project's. \"paper\" marks the paper's own \
         result with its full setup (1.0% test error with 100 labels); the numbers marked \
         \"independent JAX reimplementation\" come from a reimplementation outside rheano, written apart from it, of this \
         scaled-down setup, not from the paper. The \"calibrated\" bounds come from seeds 10-12 \
         (their own labelled images and weights), which the checks never use: the worst \
         value of the three, loosened by a quarter; \
         `cargo run --release --example ladder -- --calibrate` measures them again. The \
         all-label criteria keep their fixed tolerances: one seed of a difference of a few \
         tenths of a point gives no bound worth calibrating.",
    );
    let mut rows: Vec<Vec<f64>> = Vec::new();
    let epochs = few[0][0].test_error.len();
    for e in 0..epochs {
        let mut row = vec![e as f64 + 1.0];
        for runs in few {
            row.push(runs[0].test_error[e]);
        }
        for run in all {
            row.push(run.test_error[e]);
        }
        rows.push(row);
    }
    let mut header: Vec<String> = vec!["epoch".into()];
    header.extend(FEW.iter().map(|(n, _)| format!("{n} (100 labels)")));
    header.extend(
        ALL.iter()
            .take(all.len())
            .map(|(n, _)| format!("{n} (all labels)")),
    );
    let header_ref: Vec<&str> = header.iter().map(String::as_str).collect();
    r.csv("test_error.csv", &header_ref, rows)?;
    r.csv(
        "final.csv",
        &["variant", "seed", "test_error"],
        few.iter()
            .enumerate()
            .flat_map(|(k, runs)| {
                runs.iter()
                    .map(move |x| vec![k as f64, x.seed as f64, x.error()])
            })
            .chain(
                all.iter()
                    .enumerate()
                    .map(|(k, x)| vec![(FEW.len() + k) as f64, 0.0, x.error()]),
            ),
    )?;
    let costs = &few[1][0].costs;
    let mut panels = vec![
        Lines {
            title: "100 labels: test error (first seed)".into(),
            x_label: "epoch".into(),
            y_label: "test error (%)".into(),
            series: few
                .iter()
                .zip(FEW.iter())
                .map(|(runs, (n, _))| Series::per_epoch(*n, &runs[0].test_error))
                .collect(),
            ..Lines::default()
        },
        Lines {
            title: "Ladder, 100 labels: denoising costs".into(),
            x_label: "epoch".into(),
            y_label: "mean squared error (unweighted)".into(),
            log_y: true,
            series: (0..4)
                .map(|l| {
                    Series::per_epoch(
                        format!("layer {l}"),
                        &costs.iter().map(|c| c[l]).collect::<Vec<_>>(),
                    )
                })
                .collect(),
            ..Lines::default()
        },
    ];
    if !all.is_empty() {
        panels.push(Lines {
            title: "All labels: test error".into(),
            x_label: "epoch".into(),
            y_label: "test error (%)".into(),
            series: all
                .iter()
                .zip(ALL.iter())
                .map(|(run, (n, _))| Series::per_epoch(*n, &run.test_error))
                .collect(),
            ..Lines::default()
        });
    }
    let file = "ladder.png";
    plot::lines(&r.path(file), &panels, panels.len())?;
    r.plot(
        file,
        "Test error per epoch of the five variants with 100 labels and the three with all \
         labels, and the ladder's denoising cost of each layer",
    );
    Ok(())
}
