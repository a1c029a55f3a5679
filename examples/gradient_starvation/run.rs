// Gradient Starvation: A Learning Proclivity in Neural Networks (Pezeshki, Kaba, Bengio,
// Courville, Precup, Lajoie; NeurIPS 2021).
//
// Two moons with a linear gap between the classes: a ReLU network trained with the logistic
// loss (ERM) separates them with a nearly straight line along the gap and ignores the moons'
// curvature. Spectral decoupling (SD), the same loss plus `lambda * mean(f^2)`, learns the
// curved boundary. Both reach perfect training accuracy; the difference shows on fresh moons
// whose linear gap is closed and reversed.
//
// Colored MNIST: the color of each digit agrees with its (noisy) label more often than the
// shape does in training and less at test. ERM learns the color; SD, which penalises large
// outputs, keeps learning the shape.
//
// Shared by examples/gradient_starvation.rs, examples/papers.rs and
// tests/papers_gradient_starvation.rs.

#![allow(dead_code)]

use rayon::prelude::*;
use rheano::plot::{self, Heat, Lines, Series};
use rheano::prelude::*;
use rheano::rand::rngs::StdRng;
use rheano::rand::{Rng, SeedableRng};
use rheano::report::{progress, Mode, Report};
use rheano::{synth, Error};

model! {
    /// A two-layer ReLU network with one output for labels y = +-1: the logistic loss plus
    /// spectral decoupling `sd * mean(f^2)` (sd = 0 is plain ERM).
    pub struct Net {
        param w1: [D, H];
        param b1: [H];
        param w2: [H];
        param b2: [];
        input x: [N, D];
        input y: [N];
        hyper sd = 0.0;
        output f = relu(x @ w1 + b1) @ w2 + b2;
        loss = mean(softplus(-y * f)) + sd * mean(f^2);
    }
}

/// Points of the two moons and their labels: the upper moon is -1, the lower +1.
#[derive(Clone, Debug)]
pub struct Moons {
    pub x: Array2<f32>,
    pub y: Array1<f32>,
}

/// Two moons (noise 0.1), centred, the upper one labelled -1 and the lower one +1, moved apart
/// along the second axis until the line y = 0 separates them with a gap of `2 delta`. For
/// `delta > 0` a point that noise carries into the gap is reflected out of it (class +1 stays
/// at or below -delta, class -1 at or above +delta). For `delta < 0` the gap is closed and
/// reversed: each class crosses the line by up to |delta|, and at -0.25 the moons interleave
/// as scikit-learn draws them, so that only their curvature separates the classes.
pub fn moons(n: usize, delta: f64, seed: u64) -> Moons {
    let mut rng = StdRng::seed_from_u64(seed);
    let (p, c) = synth::moons(n, 0.1, &mut rng);
    let mut x = Array2::zeros((n, 2));
    let mut y = Array1::zeros(n);
    // Centred, the moons span [-0.25, 0.75] (upper) and [-0.75, 0.25] (lower) along y.
    let apart = 0.25 + delta;
    for i in 0..n {
        let sign = if c[i] == 1 { 1.0 } else { -1.0 };
        let mut v = p[[i, 1]] - 0.25 - sign * apart;
        // Class +1 belongs at or below -delta, class -1 at or above +delta.
        if delta > 0.0 && -sign * v < delta {
            v = -sign * 2.0 * delta - v;
        }
        x[[i, 0]] = (p[[i, 0]] - 0.5) as f32;
        x[[i, 1]] = v as f32;
        y[i] = sign as f32;
    }
    Moons { x, y }
}

/// PyTorch's default initialisation: weights and biases uniform in +-1/sqrt(fan_in).
pub fn init(d: usize, h: usize, rng: &mut StdRng) -> Net {
    let mut u = |n: usize, fan: usize| -> Vec<f32> {
        let b = 1.0 / (fan as f32).sqrt();
        (0..n).map(|_| rng.random_range(-b..b)).collect()
    };
    Net {
        w1: Array2::from_shape_vec((d, h), u(d * h, d)).unwrap_or_else(|_| Array2::zeros((d, h))),
        b1: Array1::from(u(h, d)),
        w2: Array1::from(u(h, h)),
        b2: arr0(u(1, h)[0]),
    }
}

/// The fraction of outputs `f` whose sign is the label's (labels +-1).
pub fn sign_accuracy(f: &Array1<f32>, y: &Array1<f32>) -> f64 {
    let right = f.iter().zip(y).filter(|(f, y)| **f * **y > 0.0).count();
    right as f64 / y.len().max(1) as f64
}

/// The fraction of points the network classifies correctly.
pub fn accuracy(m: &Net, x: &Array2<f32>, y: &Array1<f32>) -> Result<f64, Error> {
    Ok(sign_accuracy(&m.f(x.view())?, y))
}

/// Full-batch SGD with momentum 0.9 (PyTorch's convention) at step 1e-2.
pub fn train_moons(data: &Moons, sd: f32, epochs: usize, seed: u64) -> Result<Net, Error> {
    let mut rng = StdRng::seed_from_u64(1000 + seed);
    let mut m = init(2, 500, &mut rng);
    let mut g = NetGrad::zeros_like(&m);
    let mut opt = Momentum::new(1e-2, 0.9);
    for _ in 0..epochs {
        m.loss_and_grad(data.x.view(), data.y.view(), sd, &mut g)?;
        opt.step(&mut m, &g);
    }
    Ok(m)
}

/// The spectral decoupling coefficient of the paper's code for the moons.
pub const SD_MOONS: f32 = 0.003;
/// The training gap.
pub const DELTA: f64 = 0.1;

/// One seed's moons results.
#[derive(Clone, Debug)]
pub struct MoonsRun {
    pub seed: u64,
    /// Training accuracy, ERM and SD.
    pub train: (f64, f64),
    /// Accuracy at delta = -0.3, ERM and SD.
    pub closed_3: (f64, f64),
    /// Accuracy at delta = -0.4, ERM and SD.
    pub closed_4: (f64, f64),
    /// The fraction of a 100x100 grid over [-2, 2]^2 where the two models' signs differ.
    pub disagree: f64,
    /// The two models' outputs on that grid (row 0 at y = -2).
    pub grids: (Vec<Vec<f64>>, Vec<Vec<f64>>),
}

fn grid(m: &Net) -> Result<Vec<Vec<f64>>, Error> {
    let k = 100;
    let pts = Array2::from_shape_fn((k * k, 2), |(i, j)| {
        let (r, c) = (i / k, i % k);
        let v = if j == 0 { c } else { r };
        -2.0 + 4.0 * (v as f32 + 0.5) / k as f32
    });
    let f = m.f(pts.view())?;
    Ok((0..k)
        .map(|r| (0..k).map(|c| f[r * k + c] as f64).collect())
        .collect())
}

pub fn moons_run(seed: u64, epochs: usize) -> Result<MoonsRun, Error> {
    let train = moons(300, DELTA, seed);
    let erm = train_moons(&train, 0.0, epochs, seed)?;
    let sd = train_moons(&train, SD_MOONS, epochs, seed)?;
    let both = |d: &Moons| -> Result<(f64, f64), Error> {
        Ok((accuracy(&erm, &d.x, &d.y)?, accuracy(&sd, &d.x, &d.y)?))
    };
    let (ge, gs) = (grid(&erm)?, grid(&sd)?);
    let cells = ge.len() * ge[0].len();
    let differ = ge
        .iter()
        .flatten()
        .zip(gs.iter().flatten())
        .filter(|(a, b)| (**a > 0.0) != (**b > 0.0))
        .count();
    Ok(MoonsRun {
        seed,
        train: both(&train)?,
        closed_3: both(&moons(1000, -0.3, 500 + seed))?,
        closed_4: both(&moons(1000, -0.4, 600 + seed))?,
        disagree: differ as f64 / cells as f64,
        grids: (ge, gs),
    })
}

model! {
    /// The colored-MNIST classifier: a 392-300-300-1 ReLU network, logistic loss on labels
    /// y = +-1, spectral decoupling `sd * mean(f^2)` and weight decay `l2 * |w|^2`, the whole
    /// loss multiplied by `scale` (the paper's code scales its SD loss by 2e-5).
    pub struct Mnist {
        fn layer(x, w, b) = relu(x @ w + b);
        param w1: [D, H] = glorot;
        param b1: [H];
        param w2: [H, H] = glorot;
        param b2: [H];
        param w3: [H] = normal(0.05);
        param b3: [];
        input x: [N, D];
        input y: [N];
        hyper sd = 0.0;
        hyper l2 = 0.0;
        hyper scale = 1.0;
        output f = layer(layer(x, w1, b1), w2, b2) @ w3 + b3;
        loss = scale * (mean(softplus(-y * f)) + sd * mean(f^2)
            + l2 * (sum(w1^2) + sum(w2^2) + sum(w3^2)));
    }
}

/// Colored MNIST examples: 2 x 14 x 14 inputs, labels +-1.
#[derive(Clone, Debug)]
pub struct Colored {
    pub x: Array2<f32>,
    pub y: Array1<f32>,
}

/// Builds colored MNIST from `images` (rows of 28 x 28 pixels in [0, 1]) and digits, as the IRM
/// paper does: the label is `digit < 5` flipped with probability 0.25; the color is the label
/// flipped with probability `e`; the 14 x 14 image (every other pixel) goes into the channel
/// of its color and the other channel is zero. `gray` puts it in both channels (no color).
pub fn colored(
    images: &Array2<f32>,
    digits: &[usize],
    e: f64,
    gray: bool,
    rng: &mut StdRng,
) -> Colored {
    let n = digits.len();
    let mut x = Array2::zeros((n, 2 * 196));
    let mut y = Array1::zeros(n);
    for i in 0..n {
        let label = (digits[i] < 5) != rng.random_bool(0.25);
        let color = label != rng.random_bool(e);
        for r in 0..14 {
            for c in 0..14 {
                let v = images[[i, 2 * r * 28 + 2 * c]];
                let k = r * 14 + c;
                if gray || color {
                    x[[i, k]] = v;
                }
                if gray || !color {
                    x[[i, 196 + k]] = v;
                }
            }
        }
        y[i] = if label { 1.0 } else { -1.0 };
    }
    Colored { x, y }
}

/// The three colored-MNIST sets: two training environments of 4000 (color flipped with
/// probability 0.1 and 0.2) joined into one training set, and 2000 test digits (0.9).
pub fn cmnist(gray: bool, seed: u64) -> Result<(Colored, Colored), Error> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist10k/");
    let data = rheano::data::load_mnist(
        format!("{dir}mnist10k-images-idx3-ubyte.gz"),
        format!("{dir}mnist10k-labels-idx1-ubyte.gz"),
    )?;
    let mut rng = StdRng::seed_from_u64(seed);
    let digits = data.y.to_vec();
    let part = |a: usize, b: usize| data.x.slice(rheano::ndarray::s![a..b, ..]).to_owned();
    let e1 = colored(&part(0, 4000), &digits[0..4000], 0.1, gray, &mut rng);
    let e2 = colored(&part(4000, 8000), &digits[4000..8000], 0.2, gray, &mut rng);
    let test = colored(
        &part(8000, 10000),
        &digits[8000..10000],
        0.9,
        gray,
        &mut rng,
    );
    let train = Colored {
        x: rheano::ndarray::concatenate![rheano::ndarray::Axis(0), e1.x, e2.x],
        y: rheano::ndarray::concatenate![rheano::ndarray::Axis(0), e1.y, e2.y],
    };
    Ok((train, test))
}

/// How a colored-MNIST model is trained.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Method {
    /// Logistic loss with weight decay 1e-3.
    Erm,
    /// Spectral decoupling as the paper's code has it: `nll + 2e-5 * mean(f^2)` for the first
    /// 450 steps, then `2e-5 * (nll + mean(f^2))`. Adam is invariant to the loss's scale only
    /// once its moment estimates have caught up; they still hold the warm-up's gradients, so
    /// the steps after the switch are far smaller than with `nll + mean(f^2)`, and only this
    /// literal form keeps the shape (see the summary).
    Sd,
}

/// Hidden units in both layers of the colored-MNIST network (the paper's code uses 300).
pub const CMNIST_HIDDEN: usize = 300;
/// Steps between two points of a colored-MNIST accuracy curve.
pub const CMNIST_EVERY: usize = 50;

/// A trained colored-MNIST model's final accuracies and its curve.
#[derive(Clone, Debug, Default)]
pub struct Fit {
    /// Final training accuracy.
    pub train: f64,
    /// Final test accuracy.
    pub test: f64,
    /// `(step, train, test)` accuracy every [`CMNIST_EVERY`] steps and after the last.
    pub curve: Vec<(usize, f64, f64)>,
}

/// How long and how a colored-MNIST model trains: Adam with step `lr` on batches of `batch`
/// examples (`None`: the whole training set, as in the paper's code), for `steps` steps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Schedule {
    pub steps: usize,
    pub lr: f32,
    pub batch: Option<usize>,
}

/// The paper code's schedule: full batch, Adam with step 1e-4.
pub const fn paper_schedule(steps: usize) -> Schedule {
    Schedule {
        steps,
        lr: 1e-4,
        batch: None,
    }
}

/// The fast mode's schedule: 300 steps of Adam at 1e-3 on shuffled batches of 500, about 80
/// times less work than ERM's full run and enough for ERM to learn the color.
pub const FAST_SCHEDULE: Schedule = Schedule {
    steps: 300,
    lr: 1e-3,
    batch: Some(500),
};

/// Trains a colored-MNIST model and returns its accuracies and curve.
pub fn train_cmnist(
    train: &Colored,
    test: &Colored,
    method: Method,
    plan: Schedule,
    seed: u64,
) -> Result<Fit, Error> {
    let mut rng = StdRng::seed_from_u64(seed);
    let dims = MnistDims {
        d: 392,
        h: CMNIST_HIDDEN,
    };
    let mut m = Mnist::init(dims, &mut rng);
    let mut g = MnistGrad::zeros_like(&m);
    let mut opt = Adam::new(plan.lr);
    let acc = |m: &Mnist, d: &Colored| -> Result<f64, Error> {
        Ok(sign_accuracy(&m.f(d.x.view())?, &d.y))
    };
    let n = train.y.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut pos = n;
    let mut curve = Vec::new();
    for step in 0..plan.steps {
        if step % CMNIST_EVERY == 0 {
            curve.push((step, acc(&m, train)?, acc(&m, test)?));
        }
        let (sd, l2, scale) = match method {
            Method::Erm => (0.0, 1e-3, 1.0),
            Method::Sd if step < 450 => (2e-5, 0.0, 1.0),
            Method::Sd => (1.0, 0.0, 2e-5),
        };
        match plan.batch {
            None => m.loss_and_grad(train.x.view(), train.y.view(), sd, l2, scale, &mut g)?,
            Some(batch) => {
                if pos + batch > n {
                    // A fresh shuffle each epoch.
                    for i in (1..n).rev() {
                        order.swap(i, rng.random_range(0..=i));
                    }
                    pos = 0;
                }
                let idx = &order[pos..pos + batch];
                pos += batch;
                let xb = train.x.select(rheano::ndarray::Axis(0), idx);
                let yb = train.y.select(rheano::ndarray::Axis(0), idx);
                m.loss_and_grad(xb.view(), yb.view(), sd, l2, scale, &mut g)?
            }
        };
        opt.step(&mut m, &g);
    }
    let (a, b) = (acc(&m, train)?, acc(&m, test)?);
    curve.push((plan.steps, a, b));
    Ok(Fit {
        train: a,
        test: b,
        curve,
    })
}

/// The range the gray-digit oracle's test accuracy must fall in: the network must learn the
/// shape (well above chance) and cannot beat the 0.75 that the label noise allows by more
/// than sampling error on 2000 test digits.
pub const GRAY_RANGE: (f64, f64) = (0.60, 0.76);

/// Colored-MNIST results: ERM, SD (not run in fast mode), and ERM on gray digits.
#[derive(Clone, Debug)]
pub struct CmnistRun {
    pub erm: Fit,
    pub sd: Option<Fit>,
    pub gray: Fit,
}

pub fn cmnist_run(mode: Mode) -> Result<CmnistRun, Error> {
    let (train, test) = cmnist(false, 7)?;
    let (gtrain, gtest) = cmnist(true, 7)?;
    let (erm, sd) = mode.pick(
        (FAST_SCHEDULE, None),
        (paper_schedule(1001), Some(paper_schedule(2001))),
    );
    let jobs = [
        (Method::Sd, sd, false),
        (Method::Erm, Some(erm), false),
        (Method::Erm, Some(erm), true),
    ];
    let bar = progress(jobs.len() as u64, "colored MNIST, ERM and SD");
    let out = jobs
        .par_iter()
        .map(|&(m, plan, gray)| {
            let fit = match (plan, gray) {
                (None, _) => Ok(None),
                (Some(p), true) => train_cmnist(&gtrain, &gtest, m, p, 3).map(Some),
                (Some(p), false) => train_cmnist(&train, &test, m, p, 3).map(Some),
            };
            bar.inc(1);
            fit
        })
        .collect::<Result<Vec<_>, Error>>()?;
    bar.finish_and_clear();
    let mut out = out.into_iter();
    Ok(CmnistRun {
        sd: out.next().flatten(),
        erm: out.next().flatten().unwrap_or_default(),
        gray: out.next().flatten().unwrap_or_default(),
    })
}

/// Everything the experiment measured.
#[derive(Debug)]
pub struct Outcome {
    pub moons: Vec<MoonsRun>,
    pub cmnist: CmnistRun,
    pub epochs: usize,
    pub report: Report,
    pub pass: bool,
}

/// Runs the experiment and writes `target/papers/gradient_starvation/`.
pub fn run(mode: Mode) -> Result<Outcome, Error> {
    let mut r = Report::new(
        "gradient_starvation",
        "Gradient Starvation: A Learning Proclivity in Neural Networks (Pezeshki et al., NeurIPS 2021)",
        mode,
    )?;
    let epochs = mode.pick(1000, 10_000);
    let seeds: Vec<u64> = mode.pick(vec![0, 1], vec![0, 1, 2]);
    let bar = progress(seeds.len() as u64, "two moons, ERM and SD");
    let runs = seeds
        .par_iter()
        .map(|&s| {
            let o = moons_run(s, epochs);
            bar.inc(1);
            o
        })
        .collect::<Result<Vec<_>, Error>>()?;
    bar.finish_and_clear();
    let margin = mode.pick(0.05, 0.07);
    // What an independent numpy reimplementation of the same setup measured over its seeds.
    let reference = mode.pick(
        "ERM 0.863-0.877 / SD 0.947-0.957",
        "ERM 0.867-0.877 / SD 0.980-0.987",
    );
    let mut pass = true;
    for m in &runs {
        let s = m.seed;
        pass &= r.check(
            &format!("moons seed {s}: training accuracy, ERM / SD"),
            "1.0 / 1.0",
            format!("{:.3} / {:.3}", m.train.0, m.train.1),
            m.train.0 == 1.0 && m.train.1 == 1.0,
        );
        pass &= r.check(
            &format!("moons seed {s}: accuracy at delta -0.3, ERM / SD"),
            &format!(
                "SD - ERM >= {margin}, ERM <= 0.92; an independent numpy reimplementation \
                 ({epochs} epochs): {reference}"
            ),
            format!("{:.3} / {:.3}", m.closed_3.0, m.closed_3.1),
            m.closed_3.1 - m.closed_3.0 >= margin && m.closed_3.0 <= 0.92,
        );
        pass &= r.check(
            &format!("moons seed {s}: boundaries disagree on the grid"),
            ">= 3% of [-2, 2]^2",
            format!("{:.1}%", 100.0 * m.disagree),
            m.disagree >= 0.03,
        );
    }
    moons_report(&mut r, &runs, epochs)?;
    let cm = cmnist_run(mode)?;
    pass &= cmnist_report(&mut r, &cm)?;
    pass &= r.finish()?;
    Ok(Outcome {
        cmnist: cm,
        moons: runs,
        epochs,
        report: r,
        pass,
    })
}

fn moons_report(r: &mut Report, runs: &[MoonsRun], epochs: usize) -> Result<(), Error> {
    let mut md = format!(
        "**Two moons**: 300 training points with a linear gap (delta = {DELTA}), a 2-500-1 ReLU \
         network, full-batch SGD with momentum 0.9 at step 1e-2 for {epochs} epochs; SD adds \
         {SD_MOONS} * mean(f^2). Accuracy on 1000 fresh points with the gap closed and \
         reversed, this project's measure of whether a boundary follows the moons' curvature. \
         An independent numpy reimplementation of this setup measured, over three seeds and \
         10,000 epochs, ERM 0.867-0.877 and SD 0.980-0.987 at delta -0.3, ERM 0.79-0.82 and \
         SD 0.95-0.96 at -0.4; over two seeds and 1000 epochs, ERM 0.863-0.877 and SD \
         0.947-0.957 at -0.3.\n\n\
         | seed | train ERM / SD | delta -0.3 ERM / SD | delta -0.4 ERM / SD | grid disagreement |\n\
         | --- | --- | --- | --- | --- |\n"
    );
    for m in runs {
        md.push_str(&format!(
            "| {} | {:.3} / {:.3} | {:.3} / {:.3} | {:.3} / {:.3} | {:.1}% |\n",
            m.seed,
            m.train.0,
            m.train.1,
            m.closed_3.0,
            m.closed_3.1,
            m.closed_4.0,
            m.closed_4.1,
            100.0 * m.disagree
        ));
    }
    r.note(md);
    r.csv(
        "moons.csv",
        &[
            "seed",
            "train_erm",
            "train_sd",
            "closed_0.3_erm",
            "closed_0.3_sd",
            "closed_0.4_erm",
            "closed_0.4_sd",
            "grid_disagreement",
        ],
        runs.iter().map(|m| {
            vec![
                m.seed as f64,
                m.train.0,
                m.train.1,
                m.closed_3.0,
                m.closed_3.1,
                m.closed_4.0,
                m.closed_4.1,
                m.disagree,
            ]
        }),
    )?;
    let m = &runs[0];
    let train = moons(300, DELTA, m.seed);
    let test = moons(300, -0.3, 500 + m.seed);
    let pts = |d: &Moons| -> Vec<(f64, f64, usize)> {
        (0..d.y.len())
            .map(|i| {
                (
                    d.x[[i, 0]] as f64,
                    d.x[[i, 1]] as f64,
                    (d.y[i] > 0.0) as usize,
                )
            })
            .collect()
    };
    let sets = [
        ("training moons", pts(&train)),
        ("gap reversed (delta -0.3)", pts(&test)),
    ];
    let panels: Vec<Heat> = sets
        .iter()
        .flat_map(|(set, points)| {
            [("ERM", &m.grids.0), ("SD", &m.grids.1)].map(|(method, values)| Heat {
                title: format!("{method}, {set}"),
                values: values.clone(),
                extent: (-2.0, 2.0, -2.0, 2.0),
                points: points.clone(),
            })
        })
        .collect();
    let file = "moons.png";
    plot::heat(&r.path(file), &panels, 2)?;
    r.plot(
        file,
        "Network output over [-2, 2]^2 (blue > 0, red < 0), seed 0: ERM's boundary is nearly a \
         line, SD's follows the moons",
    );
    Ok(())
}

/// The colored-MNIST checks, note, CSV and accuracy curves.
fn cmnist_report(r: &mut Report, cm: &CmnistRun) -> Result<bool, Error> {
    let mut pass = r.check(
        "colored MNIST, ERM: train / test accuracy",
        "train >= 0.85, test <= 0.35; paper's code, table_1.sh (10 restarts): 91.08 / 23.70%",
        format!("{:.3} / {:.3}", cm.erm.train, cm.erm.test),
        cm.erm.train >= 0.85 && cm.erm.test <= 0.35,
    );
    pass &= r.check(
        "colored MNIST, gray digits (the oracle): test accuracy",
        &format!(
            "in [{:.2}, {:.2}]: the shape alone, capped at 0.75 by the 25% label noise",
            GRAY_RANGE.0, GRAY_RANGE.1
        ),
        format!("{:.3}", cm.gray.test),
        (GRAY_RANGE.0..=GRAY_RANGE.1).contains(&cm.gray.test),
    );
    let sd = match &cm.sd {
        Some(sd) => {
            pass &= r.check(
                "colored MNIST, SD: train / test accuracy",
                "test >= 0.60, train <= 0.76; paper's code, table_1.sh (10 restarts): \
                 70.04 / 68.40%",
                format!("{:.3} / {:.3}", sd.train, sd.test),
                sd.test >= 0.6 && sd.train <= 0.76,
            );
            format!(
                "Spectral decoupling, with the paper code's schedule and scale, reaches \
                 train {:.3}, test {:.3} after 2000 steps: it gives up the color and keeps \
                 the shape.",
                sd.train, sd.test
            )
        }
        None => "Spectral decoupling runs in the full mode only (2000 full-batch steps).".into(),
    };
    let recipe = match r.mode() {
        Mode::Full => "full-batch Adam at 1e-4, as in the paper's code",
        Mode::Fast => {
            "Adam at 1e-3 on batches of 500 (the fast mode; the full run trains on the full \
             batch at 1e-4, as the paper's code does)"
        }
    };
    r.note(format!(
        "**Colored MNIST** from the 10,000 digits of `data/mnist10k`: two training environments \
         of 4000 (color agrees with the label but for 10% and 20% of digits) and 2000 test \
         digits (90%); labels are `digit < 5` with 25% flipped; inputs 2 x 14 x 14. The \
         paper code's 392-300-300-1 ReLU network, {recipe}. ERM (weight decay 1e-3, {} \
         steps) learns the color: train {:.3}, test {:.3}. Trained on gray digits, where only \
         the shape is left, the same network reaches {:.3} at test (the label noise caps it \
         at 0.75). {sd} Two variants of SD \
         fail on this data: 128 hidden units instead of 300, and weight 1 on `mean(f^2)` \
         without the 2e-5 scale after step 450, where the test accuracy peaks just after the \
         switch and falls as the network learns the color again.",
        cm.erm.curve.last().map_or(0, |c| c.0),
        cm.erm.train,
        cm.erm.test,
        cm.gray.test
    ));
    r.note(
        "**Whose numbers.** The criteria are this project's. The colored-MNIST reference \
         accuracies are the ones the paper's code records in \
         `Figure_4_and_table_1/table_1.sh` (mpezeshki/Gradient_Starvation; the mean of 10 \
         restarts, with two training environments of 25,000 MNIST digits and 10,000 test \
         digits, where this run has 4000 + 4000 and 2000). The two-moons reference \
         accuracies come from an independent numpy reimplementation of this setup, not from \
         the paper: accuracy on moons with the gap reversed is this project's measure of \
         whether a boundary follows the moons' curvature.",
    );
    let named = [("ERM", &cm.erm), ("gray digits", &cm.gray)]
        .into_iter()
        .chain(cm.sd.iter().map(|f| ("SD", f)));
    let fits: Vec<(&str, &Fit)> = named.collect();
    r.csv(
        "cmnist.csv",
        &["method", "step", "train", "test"],
        fits.iter().enumerate().flat_map(|(k, (_, f))| {
            f.curve
                .iter()
                .map(move |&(s, a, b)| vec![k as f64, s as f64, a, b])
        }),
    )?;
    let panel = |title: &str, pick: fn(&(usize, f64, f64)) -> f64| Lines {
        title: title.into(),
        x_label: "step".into(),
        y_label: "accuracy".into(),
        series: fits
            .iter()
            .map(|(name, f)| {
                Series::new(
                    *name,
                    f.curve.iter().map(|c| (c.0 as f64, pick(c))).collect(),
                )
            })
            .collect(),
        ..Lines::default()
    };
    let panels = [
        panel("colored MNIST: training accuracy", |c| c.1),
        panel("colored MNIST: test accuracy (color reversed)", |c| c.2),
    ];
    let file = "cmnist.png";
    plot::lines(&r.path(file), &panels, 2)?;
    r.plot(
        file,
        "Colored MNIST accuracy over training: ERM learns the color, SD the shape (in \
         cmnist.csv, method 0 is ERM, 1 gray digits, 2 SD)",
    );
    Ok(pass)
}
