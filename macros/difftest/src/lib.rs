//! The differential test of the code that `model!` emits.
//!
//! Each model is expanded by `model!`, compiled by rustc and run in f32; the same model's
//! program (the one `model!` emitted code for) is run by the compiler's f64 interpreter
//! (`rheano_compiler::interp`, which shares no code with the emitted loops and kernels). The
//! loss of `loss` and of `loss_and_grad`, every gradient and every output are compared, and the
//! interpreter's gradients are compared with central differences of its loss.
//!
//! The tolerances, per compared value `got` (f32) against `want` (f64):
//!
//! - f32 against f64: `|got - want| <= 4 bound + 8 ulp(want) + f32::MIN_POSITIVE`, where
//!   `bound` is the first-order running error bound of the program at that value ([`bound`]):
//!   how far f32 rounding of this program's steps may move it. A value whose `4 bound` exceeds
//!   its own size (and `f32::MIN_POSITIVE`) is not a check: it is skipped ("ill-conditioned"),
//!   unless it is off by more than `100 bound + |want|`, which fails.
//! - Strict (the fixed points of [`rheano_compiler::sample::Sample::strict`] models): within 8
//!   f32 ulps of the f64 value, values below 1e-30 measured in ulps of 1e-30.
//! - An infinity matches the same infinity. NaN on both sides is agreement, counted apart.
//! - Every gradient is NaN before `loss_and_grad`, so that one left unwritten fails, and a
//!   second call with the same gradient struct must give the same bits.
//! - The interpreter's gradient `g` against central differences of its loss, at the small
//!   points, at a step relative to the entry (`h = 1e-6 |p|`, or 1e-6 at 0; `1e-8` where that
//!   step may cross a kink and the smaller one does not): with `c1` and `c4`
//!   the differences at `h` and `h/4`, `fd = (16 c4 - c1) / 15` (Richardson's extrapolation),
//!   `|g - fd| <= 1e-4 max(|g|, |fd|) + 2 |c1 - c4| + |fd - c4| + 400 noise`, where
//!   `noise = 1e-13 |loss| / h` is the rounding of the differences (f64's rounding of a loss
//!   that sums terms larger than itself is several hundred ulps of it).
//!
//! A value may be skipped only for these reasons, each counted: it depends on a finite f64
//! value beyond f32's range or on an infinity that f64 made of finite values ("f32 overflow"),
//! on a comparison whose operands are within their bounds of each other ("kink within
//! rounding": the f32 code may take the other branch), or it is ill-conditioned (above).
//! "Depends" is element by element: a value is skipped only if the element it is computed
//! from, through the program's ops, is the one that overflows or sits at the kink (through a
//! scan step by step, as its values and bounds are carried). A difference check may be
//! skipped for a loss that is not finite at a stepped point or a gradient that is not finite
//! at the point, for one-sided differences that disagree by more than 1e-3 relative or a step that may flip a comparison or move an
//! argument past a function's linear range, found by carrying the step through the program as
//! the bounds carry rounding ("not differentiable within the step"), or for a value of the
//! program that the step moves by less than f64's resolution of it, or for a sum or a
//! contraction of the resolution of its terms' absolute sum ("step lost to f64 rounding": the
//! differences see nothing of the gradient through it). At a point where the f64 loss itself
//! is not finite there is no derivative to check: its entries are counted apart, as values NaN
//! on both sides are, and so are the models that have no difference check at any point. More than 5% of the values skipped, or of the difference checks outside
//! the extreme and the tied points, fails a run; at the extreme points (where f64 cannot
//! resolve most steps) and at the tied ones (where a model with `max`, `min`, `abs`, `relu` or
//! `where` sits on its kinks and has no derivative)
//! the shares are reported. With `DIFFTEST_SKIPS` set, each model's skipped values are printed
//! by reason (`SKIPS`, the model, its values compared and skipped, its difference checks outside
//! the extreme and tied points compared and skipped, its source) on stderr.

pub mod bound;
pub mod write;

use bound::Bounds;
use rheano_compiler::declare::Decls;
use rheano_compiler::diag::Diags;
use rheano_compiler::gradcheck::Rng;
use rheano_compiler::interp::{eval, eval_with, held, Env, Labels, Tensor};
use rheano_compiler::ir::Program;
use rheano_compiler::ir::{Axis, DimId, Id};
use rheano_compiler::sample::{self, Choices, Fixed, Sample};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One model's inputs: dim sizes (per dim of the model), params (declaration order), float
/// inputs and integer inputs (each in declaration order among their kind), hypers.
#[derive(Clone, Debug, Default)]
pub struct Case {
    pub what: String,
    pub dims: Vec<usize>,
    pub params: Vec<Vec<f32>>,
    pub inputs: Vec<Vec<f32>>,
    pub labels: Vec<Vec<usize>>,
    pub hypers: Vec<f32>,
    pub strict: bool,
    /// One seed per noise item (`Noise::Sample` of a generator that replays them), or `None`
    /// for `Noise::Mean`.
    pub seeds: Option<Vec<u64>>,
}

/// What the emitted code returned: `loss_and_grad`'s loss, `loss`'s, each param's gradient (the
/// gradient struct filled with NaN before the call, so that a gradient left unwritten shows) and
/// each output, row-major.
#[derive(Clone, Debug, Default)]
pub struct Got {
    pub loss: f32,
    pub loss_only: f32,
    /// `__loss_f64`'s: the loss as `gradcheck` differentiates it, emitted in `f64`.
    pub loss_f64: f64,
    pub grads: Vec<Vec<f32>>,
    pub outputs: Vec<Vec<f32>>,
    /// A second `loss_and_grad` with the same gradient struct (its workspace in use, every
    /// gradient reset to NaN first) gave the same bits.
    pub repeats: bool,
    /// Each noise item's values for the case's seeds, as `rheano::noise::fill` draws them: what
    /// the interpreter reads.
    pub noises: Vec<Vec<f32>>,
}

/// The emitted code of one model, behind one signature.
pub type Run = fn(&Case) -> Result<Got, String>;

/// A compiled model of the sample.
pub struct Entry {
    pub name: &'static str,
    pub src: &'static str,
    pub positive: bool,
    pub run: Run,
}

/// What the checks of one or more models found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub models: usize,
    pub points: usize,
    /// Values compared, f32 against f64.
    pub checks: usize,
    /// Values NaN in f32 and in f64 (agreement, not counted in `checks`).
    pub nan_matches: usize,
    pub skipped: BTreeMap<&'static str, usize>,
    /// Gradient entries compared with differences, at the uniform, large and fixed points.
    pub fd_checks: usize,
    pub fd_skipped: BTreeMap<&'static str, usize>,
    /// The same at the points of extreme magnitudes, where f64 often cannot resolve a step.
    pub fd_checks_extreme: usize,
    pub fd_skipped_extreme: BTreeMap<&'static str, usize>,
    /// The same at the tied points, where a model with `max`, `min`, `abs`, `relu` or `where`
    /// sits on its kinks and most often has no derivative.
    pub fd_checks_ties: usize,
    pub fd_skipped_ties: BTreeMap<&'static str, usize>,
    /// Gradient entries at points where the f64 loss itself is not finite (at any kind of
    /// point): no derivative exists to compare, as a value NaN on both sides has nothing to
    /// compare; counted apart, in no share.
    pub fd_undefined: usize,
    /// Models whose loss is not finite at every point: no difference check at all.
    pub models_without_differences: usize,
    pub failures: Vec<String>,
}

impl Report {
    pub fn add(&mut self, other: Report) {
        self.models += other.models;
        self.points += other.points;
        self.checks += other.checks;
        self.nan_matches += other.nan_matches;
        self.fd_undefined += other.fd_undefined;
        self.models_without_differences += other.models_without_differences;
        self.fd_checks += other.fd_checks;
        self.fd_checks_extreme += other.fd_checks_extreme;
        for (k, v) in other.fd_skipped_extreme {
            *self.fd_skipped_extreme.entry(k).or_default() += v;
        }
        self.fd_checks_ties += other.fd_checks_ties;
        for (k, v) in other.fd_skipped_ties {
            *self.fd_skipped_ties.entry(k).or_default() += v;
        }
        for (k, v) in other.skipped {
            *self.skipped.entry(k).or_default() += v;
        }
        for (k, v) in other.fd_skipped {
            *self.fd_skipped.entry(k).or_default() += v;
        }
        self.failures.extend(other.failures);
    }

    fn skip_share(skipped: &BTreeMap<&'static str, usize>, checked: usize) -> f64 {
        let s: usize = skipped.values().sum();
        s as f64 / (s + checked).max(1) as f64
    }

    /// The share of values skipped, of all values met.
    pub fn skipped_share(&self) -> f64 {
        Self::skip_share(&self.skipped, self.checks)
    }

    /// The share of gradient entries not compared with differences, outside the extreme and
    /// the tied points.
    pub fn fd_skipped_share(&self) -> f64 {
        Self::skip_share(&self.fd_skipped, self.fd_checks)
    }

    /// The same at the extreme points.
    pub fn fd_skipped_share_extreme(&self) -> f64 {
        Self::skip_share(&self.fd_skipped_extreme, self.fd_checks_extreme)
    }

    /// The same at the tied points.
    pub fn fd_skipped_share_ties(&self) -> f64 {
        Self::skip_share(&self.fd_skipped_ties, self.fd_checks_ties)
    }

    /// No failure, and at most 5% of values and of difference checks skipped.
    pub fn passed(&self) -> bool {
        self.failures.is_empty() && self.skipped_share() <= 0.05 && self.fd_skipped_share() <= 0.05
    }

    pub fn summary(&self) -> String {
        let mut s = format!(
            "{} models, {} points: {} values compared and {} NaN on both sides (skipped \
             {:.2}%: {:?}); {} gradient entries compared with differences (skipped {:.2}%: \
             {:?}), at tied values {} (skipped {:.2}%: {:?}), and at extreme magnitudes {} \
             (skipped {:.2}%: {:?}); {} more at points where the loss is not finite (no \
             derivative; {} models with no difference check at any point); {} failures",
            self.models,
            self.points,
            self.checks,
            self.nan_matches,
            100.0 * self.skipped_share(),
            self.skipped,
            self.fd_checks,
            100.0 * self.fd_skipped_share(),
            self.fd_skipped,
            self.fd_checks_ties,
            100.0 * self.fd_skipped_share_ties(),
            self.fd_skipped_ties,
            self.fd_checks_extreme,
            100.0 * self.fd_skipped_share_extreme(),
            self.fd_skipped_extreme,
            self.fd_undefined,
            self.models_without_differences,
            self.failures.len()
        );
        for f in self.failures.iter().take(20) {
            let _ = write!(s, "\n{f}");
        }
        s
    }
}

/// The models of the sample: the regression models, the table of every builtin in every
/// context, then `shaped` models from the shaped grammar and the valid ones among `grammar`
/// draws of the fuzzer's grammar, all seeded by `seed`; only those that `model!` expands
/// without an error. `first` numbers the drawn models.
pub fn draw(seed: u64, first: usize, shaped: usize, grammar: usize, fixed: bool) -> Vec<Sample> {
    let mut out: Vec<Sample> = Vec::new();
    if fixed {
        out.extend(sample::regressions());
        out.extend(sample::table());
        out.extend(sample::row_passes());
        out.extend(sample::dual_passes());
        out.extend(sample::ctc_models());
        out.extend(sample::conv_models());
    }
    let mut rng = Rng::new(seed);
    for i in first..first + shaped {
        let name = format!("S{i}");
        let src = sample::shaped_model(&mut rng, &name);
        // Positive values where the model takes logs or roots, and now and then elsewhere.
        let roots = ["log(", "sqrt(", "log1p(", "^q"]
            .iter()
            .any(|f| src.contains(f));
        out.push(Sample {
            name,
            positive: roots || rng.pick(4) == 0,
            src,
            strict: false,
            fixed: Vec::new(),
        });
    }
    for i in first..first + grammar {
        let name = format!("G{i}");
        let src = sample::grammar_model(&mut rng, &name);
        out.push(Sample {
            name,
            positive: ["log(", "sqrt(", "log1p("].iter().any(|f| src.contains(f)),
            src,
            strict: false,
            fixed: Vec::new(),
        });
    }
    out.retain(|s| compiles(&s.src));
    out
}

/// `true` if `model!` expands the model without an error.
pub fn compiles(src: &str) -> bool {
    let Ok(tokens) = src.parse::<proc_macro2::TokenStream>() else {
        return false;
    };
    !rheano_compiler::expand(tokens)
        .to_string()
        .contains("compile_error")
}

/// The declarations and the program `model!` emitted code for.
pub fn program(src: &str) -> Option<(Decls, Program)> {
    let model = rheano_compiler::parse::parse_model(src.parse().ok()?).ok()?;
    let mut diags = Diags::default();
    rheano_compiler::expand::compile(&model, &mut diags)
}

/// Free dims at sizes from 2 to 5, or at sizes where loops over two dims split across threads
/// and products are packed and split too (`large`); fixed dims at their size.
fn dim_sizes(decls: &Decls, rng: &mut Rng, large: bool) -> Vec<usize> {
    // [512, 130] loops split across threads (64Ki elements and more), and a product of three of
    // the first dims, 512 x 130 x 36, on threads too (2M multiply-adds and more).
    const LARGE: [usize; 5] = [512, 130, 36, 24, 12];
    let mut sizes: Vec<usize> = decls
        .dims
        .iter()
        .enumerate()
        .map(|(i, d)| match d.fixed {
            Some(n) => n,
            // A scan's steps are few at the large points too: the interpreter runs each.
            None if large && d.name == "T" => 6,
            None if large => LARGE[i % LARGE.len()],
            None => 2 + rng.pick(4),
        })
        .collect();
    rheano_compiler::gradcheck::fit_pooled(decls, &mut sizes);
    sizes
}

/// How values are drawn for one point.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Regime {
    /// Uniform in (-1.5, 1.5).
    Uniform,
    /// Every tensor at one magnitude from 1e-30 to 1e16, with ties and zeros.
    Extreme,
    /// Each tensor at a magnitude of its own from 1e-30 to 1e16, with ties and zeros.
    Mixed,
    /// Small exact values with many ties.
    Ties,
}

fn value(rng: &mut Rng, regime: Regime, scale: f64, first: f32, positive: bool) -> f32 {
    let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    let v = match regime {
        Regime::Uniform => 3.0 * u - 1.5,
        Regime::Extreme | Regime::Mixed => match rng.pick(10) {
            0 => 0.0,
            1 | 2 => first as f64,
            _ => scale * (0.5 + 0.5 * u) * if rng.pick(2) == 0 { 1.0 } else { -1.0 },
        },
        Regime::Ties => [0.0, 1.0, -1.0, 2.0, -0.5, 0.5][rng.pick(6)],
    };
    let v = v as f32;
    if positive {
        let a = v.abs();
        if a == 0.0 {
            0.5
        } else {
            a
        }
    } else {
        v
    }
}

/// The magnitudes of the extreme regimes.
const SCALES: [f64; 7] = [1e-30, 1e-12, 1e-3, 1.0, 30.0, 1e4, 1e16];

fn tensor(rng: &mut Rng, n: usize, regime: Regime, scale: f64, positive: bool) -> Vec<f32> {
    let scale = if regime == Regime::Mixed {
        SCALES[rng.pick(SCALES.len())]
    } else {
        scale
    };
    let mut out = Vec::with_capacity(n);
    let first = value(rng, Regime::Extreme, scale, 1.0, positive);
    for _ in 0..n {
        out.push(value(rng, regime, scale, first, positive));
    }
    out
}

fn size(decls: &Decls, dims: &[usize], of: &[DimId]) -> usize {
    let _ = decls;
    of.iter().map(|&d| dims[d.ix()]).product()
}

/// A point drawn in one regime.
fn drawn(decls: &Decls, rng: &mut Rng, regime: Regime, large: bool, positive: bool) -> Case {
    let dims = dim_sizes(decls, rng, large);
    let scale = SCALES[rng.pick(SCALES.len())];
    let mut case = Case {
        what: match regime {
            Regime::Extreme => format!("Extreme {scale:e}"),
            _ => format!("{regime:?}{}", if large { " large" } else { "" }),
        },
        dims: dims.clone(),
        ..Case::default()
    };
    for p in &decls.params {
        let n = size(decls, &dims, &p.dims);
        case.params.push(tensor(rng, n, regime, scale, positive));
    }
    for inp in &decls.inputs {
        let n = size(decls, &dims, &inp.dims);
        match inp.labels {
            Some(l) => case
                .labels
                .push((0..n).map(|_| rng.pick(dims[l.ix()])).collect()),
            None => case.inputs.push(tensor(rng, n, regime, scale, positive)),
        }
    }
    for h in &decls.hypers {
        case.hypers.push(h.default.unwrap_or(0.75) as f32);
    }
    // The noise drawn, but at its means at the tied points.
    if regime != Regime::Ties {
        case.seeds = Some(decls.noises.iter().map(|_| rng.next_u64()).collect());
    }
    case
}

/// A point from fixed values: sizes and values given, the rest uniform.
fn fixed_case(decls: &Decls, rng: &mut Rng, f: &Fixed, strict: bool) -> Case {
    let mut dims = dim_sizes(decls, rng, false);
    for (name, n) in &f.dims {
        if let Some(i) = decls.dims.iter().position(|d| &d.name == name) {
            dims[i] = *n;
        }
    }
    let given = |name: &str, n: usize| -> Option<Vec<f64>> {
        let v = &f.values.iter().find(|(l, _)| l == name)?.1;
        Some((0..n).map(|j| v[j % v.len()]).collect())
    };
    let mut case = Case {
        what: "fixed".into(),
        dims: dims.clone(),
        strict,
        ..Case::default()
    };
    for p in &decls.params {
        let n = size(decls, &dims, &p.dims);
        case.params.push(match given(&p.name.to_string(), n) {
            Some(v) => v.iter().map(|&x| x as f32).collect(),
            None => tensor(rng, n, Regime::Uniform, 1.0, false),
        });
    }
    for inp in &decls.inputs {
        let n = size(decls, &dims, &inp.dims);
        let v = given(&inp.name.to_string(), n);
        match inp.labels {
            Some(l) => case.labels.push(match v {
                Some(v) => v.iter().map(|&x| x as usize).collect(),
                None => (0..n).map(|_| rng.pick(dims[l.ix()])).collect(),
            }),
            None => case.inputs.push(match v {
                Some(v) => v.iter().map(|&x| x as f32).collect(),
                None => tensor(rng, n, Regime::Uniform, 1.0, false),
            }),
        }
    }
    for h in &decls.hypers {
        case.hypers.push(h.default.unwrap_or(0.75) as f32);
    }
    case.seeds = Some(decls.noises.iter().map(|_| rng.next_u64()).collect());
    case
}

/// The points at which a model is checked: uniform values, values at one extreme magnitude,
/// at mixed magnitudes, and tied values, at small sizes,
/// uniform values at large sizes when `large`, and its fixed points.
pub fn cases(decls: &Decls, s: Option<&Sample>, seed: u64, large: bool) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    let positive = s.is_some_and(|s| s.positive);
    let mut out = vec![
        drawn(decls, &mut rng, Regime::Uniform, false, positive),
        drawn(decls, &mut rng, Regime::Extreme, false, positive),
        drawn(decls, &mut rng, Regime::Mixed, false, positive),
        drawn(decls, &mut rng, Regime::Ties, false, positive),
    ];
    if large {
        out.push(drawn(decls, &mut rng, Regime::Uniform, true, positive));
    }
    if let Some(s) = s {
        for f in &s.fixed {
            out.push(fixed_case(decls, &mut rng, f, s.strict));
        }
    }
    out
}

fn env(decls: &Decls, case: &Case, noises: &[Vec<f32>]) -> Env {
    let t = |dims: &[DimId], v: &[f32]| {
        Tensor::new(
            dims.iter().map(|&d| case.dims[d.ix()]).collect(),
            v.iter().map(|&x| x as f64).collect(),
        )
    };
    let mut e = Env {
        dims: case.dims.clone(),
        hypers: case.hypers.iter().map(|&h| h as f64).collect(),
        ..Env::default()
    };
    for (p, v) in decls.params.iter().zip(&case.params) {
        e.params.push(t(&p.dims, v));
    }
    for (n, v) in decls.noises.iter().zip(noises) {
        e.noises.push(t(&n.dims, v));
    }
    let (mut fi, mut li) = (0, 0);
    for inp in &decls.inputs {
        if inp.labels.is_some() {
            e.labels.push(Labels {
                data: case.labels[li].clone(),
            });
            li += 1;
        } else {
            e.inputs.push(t(&inp.dims, &case.inputs[fi]));
            fi += 1;
        }
    }
    e
}

/// The distance of `got` from `want` in f32 ulps of `want`, as [`tolerance`] counts them.
pub fn ulps(got: f32, want: f64) -> f64 {
    if want.is_nan() || got.is_nan() {
        return if want.is_nan() && got.is_nan() {
            0.0
        } else {
            f64::INFINITY
        };
    }
    if want.abs() > f32::MAX as f64 || got.is_infinite() || want.is_infinite() {
        let rounded = if want.abs() > f32::MAX as f64 {
            want.signum() * f64::INFINITY
        } else {
            want
        };
        return if got as f64 == rounded {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let w = (want.abs() as f32).max(1e-30);
    let ulp = (f32::from_bits(w.to_bits() + 1) - w) as f64;
    (got as f64 - want).abs() / ulp
}

fn ulp(want: f64) -> f64 {
    let w = (want.abs() as f32).min(f32::MAX);
    (f32::from_bits(w.to_bits() + 1) - w) as f64
}

/// `true` if f32's rounding of the program may move the value by more than its own size (or
/// more than `f32::MIN_POSITIVE` from 0), or the bound is not a number.
fn ill_conditioned(bound: f64, want: f64) -> bool {
    let tol = 4.0 * bound;
    tol.is_nan() || tol > want.abs().max(f32::MIN_POSITIVE as f64)
}

/// How a compared value came out.
enum Verdict {
    Pass,
    /// NaN in f32 and in f64: agreement, counted apart from the values compared.
    BothNan,
    Skip(&'static str),
    Fail(String),
}

fn compare(got: f32, want: f64, bound: f64, strict: bool) -> Verdict {
    if strict {
        let e = ulps(got, want);
        return if e <= 8.0 {
            Verdict::Pass
        } else {
            Verdict::Fail(format!("{got} against {want}: {e:.1} ulps (strict)"))
        };
    }
    if want.is_nan() && got.is_nan() {
        return Verdict::BothNan;
    }
    let diff = (got as f64 - want).abs();
    if ill_conditioned(bound, want) {
        // Not a check of this value: f32's rounding of the program may move it by more than
        // its size (or to a pole). A gross error still fails.
        return if bound.is_finite() && diff > 100.0 * bound + want.abs() + f32::MIN_POSITIVE as f64
        {
            Verdict::Fail(format!(
                "{got} against {want}: off by {diff:.3e}, far past the bound {bound:.3e}"
            ))
        } else {
            Verdict::Skip("ill-conditioned")
        };
    }
    if !want.is_finite() || !got.is_finite() {
        return if ulps(got, want) == 0.0 {
            Verdict::Pass
        } else {
            Verdict::Fail(format!("{got} against {want}"))
        };
    }
    let tol = 4.0 * bound + 8.0 * ulp(want) + f32::MIN_POSITIVE as f64;
    if diff <= tol {
        Verdict::Pass
    } else {
        Verdict::Fail(format!(
            "{got} against {want}: off by {diff:.3e}, tolerance {tol:.3e} (bound {bound:.3e})"
        ))
    }
}

/// Per node, the elements whose value depends on one of the elements `from` marks, or, inside
/// a scan's body, one of those `in_steps` marks at a step (`None`: none does): carried
/// elementwise through elementwise ops, through broadcasts, transposes and sums as they move
/// values, to every element of a group that a group's element is in (max, softmax,
/// cross-entropy), through a product to the elements that take a term from it, and through a
/// scan step by step, as its values are computed. An op this does not know marks every element
/// of its result.
fn downstream(
    g: &rheano_compiler::ir::Graph,
    env: &Env,
    vals: &[Option<Tensor>],
    from: &[(Id, Vec<usize>)],
    in_steps: &[bound::InStep],
) -> Vec<Option<Vec<bool>>> {
    use rheano_compiler::op::Op;
    let mut out: Vec<Option<Vec<bool>>> = vec![None; g.nodes.len()];
    let of = g.scan_of();
    // The marks of each scan's outputs, in `ScanOut` order.
    let mut scans: std::collections::HashMap<Id, Vec<Option<Vec<bool>>>> = Default::default();
    for i in 0..g.nodes.len() {
        // A scan's body is marked by the scan, step by step.
        if of[i].is_some() {
            continue;
        }
        let Some(v) = &vals[i] else { continue };
        let id = Id(i as u32);
        let node = g.node(id);
        let mut mark = vec![false; v.data.len()];
        for (_, els) in from.iter().filter(|(at, _)| *at == id) {
            for &j in els {
                mark[j] = true;
            }
        }
        match node.op {
            Op::Scan(s) => {
                scans.insert(id, scan_marks(g, env, vals, &out, id, s, &of, in_steps));
            }
            Op::ScanOut(k) => {
                if let Some(Some(m)) = scans.get(&node.args[0]).and_then(|o| o.get(k as usize)) {
                    for (a, &b) in mark.iter_mut().zip(m) {
                        *a |= b;
                    }
                }
            }
            _ => {
                let args: Vec<&Tensor> = node
                    .args
                    .iter()
                    .map(|a| vals[a.ix()].as_ref().expect("argument value"))
                    .collect();
                let marks: Vec<Option<&Vec<bool>>> =
                    node.args.iter().map(|a| out[a.ix()].as_ref()).collect();
                marks_of(g, env, id, &args, &marks, &mut mark);
            }
        }
        if mark.iter().any(|&b| b) {
            out[i] = Some(mark);
        }
    }
    out
}

/// Adds to `mark` (node `id`'s elements) those that depend on a marked element of an argument
/// (`args` their values, `marks` their marks); see [`downstream`].
fn marks_of(
    g: &rheano_compiler::ir::Graph,
    env: &Env,
    id: Id,
    args: &[&Tensor],
    marks: &[Option<&Vec<bool>>],
    mark: &mut [bool],
) {
    use rheano_compiler::interp::{eval_node, groups};
    use rheano_compiler::op::Op;
    let node = g.node(id);
    let n = mark.len();
    let indicator = |shape: &[usize], m: &[bool]| {
        Tensor::new(
            shape.to_vec(),
            m.iter().map(|&b| if b { 1.0 } else { 0.0 }).collect(),
        )
    };
    let marked: Vec<(usize, &Vec<bool>, &Tensor)> = marks
        .iter()
        .enumerate()
        .filter_map(|(k, m)| Some((k, (*m)?, args[k])))
        .collect();
    if marked.is_empty() {
        return;
    }
    // Elements of groups with a marked element.
    let by_group = |m: &[bool], gs: &[(usize, usize)], n_out: usize| {
        let mut hit = vec![false; n_out];
        for &(o, j) in gs {
            hit[o] |= m[j];
        }
        hit
    };
    match &node.op {
        Op::Broadcast(_) | Op::Transpose(_) | Op::Reduce(rheano_compiler::op::Reduce::Sum, _) => {
            let (_, m, x) = marked[0];
            let t = eval_node(g, env, id, &[&indicator(&x.shape, m)]);
            for (j, &c) in t.data.iter().enumerate() {
                mark[j] |= c > 0.0;
            }
        }
        Op::Reduce(_, axes) => {
            let (_, m, x) = marked[0];
            let gs = groups(x, &Axis::positions(axes));
            for (o, h) in by_group(m, &gs, n).into_iter().enumerate() {
                mark[o] |= h;
            }
        }
        Op::ArgMask(_, axes) | Op::Softmax(axes) | Op::LogSoftmax(axes) => {
            let (_, m, x) = marked[0];
            let gs = groups(x, &Axis::positions(axes));
            let n_out = gs.iter().map(|g| g.0 + 1).max().unwrap_or(0);
            let hit = by_group(m, &gs, n_out);
            for &(o, j) in &gs {
                mark[j] |= hit[o];
            }
        }
        Op::CrossEntropy | Op::CrossEntropyGrad => {
            // Rows of the logits' last axis.
            let z = args[0];
            let c = (*z.shape.last().unwrap_or(&1)).max(1);
            let mut hit = vec![false; z.data.len() / c];
            for &(k, m, _) in &marked {
                if k == 0 {
                    for (j, &b) in m.iter().enumerate() {
                        hit[j / c] |= b;
                    }
                } else {
                    hit.iter_mut().for_each(|h| *h = true);
                }
            }
            for (j, mk) in mark.iter_mut().enumerate() {
                *mk |= if n == hit.len() { hit[j] } else { hit[j / c] };
            }
        }
        // Windows: a marked element marks its window's results.
        Op::PoolMask(axis, w) | Op::WindowSum(axis, w) | Op::Repeat(axis, w) => {
            let (_, m, x) = marked[0];
            let own: Vec<usize> = g.shape(id).iter().map(|d| env.dims[d.ix()]).collect();
            let long = if matches!(node.op, Op::Repeat(..)) {
                &own
            } else {
                &x.shape
            };
            let gs = rheano_compiler::interp::window_groups(long, axis.ix(), *w);
            let windows = gs.iter().map(|g| g.0 + 1).max().unwrap_or(0);
            let mut hit = vec![false; windows];
            let short_marked = matches!(node.op, Op::Repeat(..));
            for &(o, j) in &gs {
                hit[o] |= if short_marked { m[o] } else { m[j] };
            }
            for &(o, j) in &gs {
                let k = if matches!(node.op, Op::WindowSum(..)) {
                    o
                } else {
                    j
                };
                mark[k] |= hit[o];
            }
        }
        // Every output reads many positions of both arguments: a mark anywhere marks all.
        Op::Conv(_) | Op::ConvData(_) | Op::ConvKernel(_) => {
            if marked.iter().any(|(_, m, _)| m.iter().any(|&b| b)) {
                mark.iter_mut().for_each(|b| *b = true);
            }
        }
        Op::Ctc | Op::CtcGrad => {
            // Whole examples: a marked score, or incoming gradient, of an example marks all of
            // its values.
            let examples = args[0].shape[0].max(1);
            let mut hit = vec![false; examples];
            for &(k, m, x) in &marked {
                let per = (x.data.len() / examples).max(1);
                if k == 0 || k == 4 {
                    for (j, &b) in m.iter().enumerate() {
                        hit[(j / per).min(examples - 1)] |= b;
                    }
                } else if m.iter().any(|&b| b) {
                    hit.iter_mut().for_each(|h| *h = true);
                }
            }
            let per = (n / examples).max(1);
            for (j, mk) in mark.iter_mut().enumerate() {
                *mk |= hit[(j / per).min(examples - 1)];
            }
        }
        Op::Contract { .. } => {
            let (a, b) = (args[0], args[1]);
            let ones = |t: &Tensor| Tensor::fill(t.shape.clone(), 1.0);
            for &(k, m, x) in &marked {
                let t = if k == 0 {
                    eval_node(g, env, id, &[&indicator(&x.shape, m), &ones(b)])
                } else {
                    eval_node(g, env, id, &[&ones(a), &indicator(&x.shape, m)])
                };
                for (j, &c) in t.data.iter().enumerate() {
                    mark[j] |= c > 0.0;
                }
            }
        }
        Op::Unary(_) | Op::Binary(_) | Op::Select(_) | Op::Custom(_) => {
            for &(_, m, _) in &marked {
                if m.len() == n {
                    for j in 0..n {
                        mark[j] |= m[j];
                    }
                } else if m.iter().any(|&b| b) {
                    mark.iter_mut().for_each(|b| *b = true);
                }
            }
        }
        _ => {
            if marked.iter().any(|(_, m, _)| m.iter().any(|&b| b)) {
                mark.iter_mut().for_each(|b| *b = true);
            }
        }
    }
}

/// The marks of scan `s`'s outputs (node `id`), in `ScanOut` order: its body run step by step
/// ([`bound::run_scan`]), each body value marked from its arguments' marks (a carry's from the
/// step before, a step's slice of an outer value from that slice of its marks) and from what
/// `in_steps` found at that step; the carries' and emits' marks stacked as their values are.
#[allow(clippy::too_many_arguments)]
fn scan_marks(
    g: &rheano_compiler::ir::Graph,
    env: &Env,
    vals: &[Option<Tensor>],
    out: &[Option<Vec<bool>>],
    id: Id,
    s: u32,
    of: &[Option<u32>],
    in_steps: &[bound::InStep],
) -> Vec<Option<Vec<bool>>> {
    use rheano_compiler::interp::eval_node;
    let ones = |m: &[bool]| -> Vec<f64> { m.iter().map(|&b| if b { 1.0 } else { 0.0 }).collect() };
    // A value and its marks (1 or 0), outside the body.
    let outer = |a: Id| -> (Tensor, Tensor) {
        let v = vals[a.ix()]
            .clone()
            .unwrap_or_else(|| Tensor::scalar(f64::NAN));
        let m = match &out[a.ix()] {
            Some(m) => ones(m),
            None => vec![0.0; v.data.len()],
        };
        let m = Tensor::new(v.shape.clone(), m);
        (v, m)
    };
    let mut node = |k: usize, nid: Id, pairs: &[(Tensor, Tensor)]| {
        let args: Vec<&Tensor> = pairs.iter().map(|p| &p.0).collect();
        let v = eval_node(g, env, nid, &args);
        let bits: Vec<Vec<bool>> = pairs
            .iter()
            .map(|p| p.1.data.iter().map(|&x| x > 0.0).collect())
            .collect();
        let marks: Vec<Option<&Vec<bool>>> = bits
            .iter()
            .map(|b| b.iter().any(|&x| x).then_some(b))
            .collect();
        let mut mark = vec![false; v.data.len()];
        marks_of(g, env, nid, &args, &marks, &mut mark);
        for (_, _, _, els) in in_steps
            .iter()
            .filter(|(sc, step, at, _)| *sc == id && *step == k && *at == nid)
        {
            for &j in els {
                mark[j] = true;
            }
        }
        let m = Tensor::new(v.shape.clone(), ones(&mark));
        (v, m)
    };
    // A stack that cannot be formed is marked whole.
    bound::run_scan(g, env, id, s, of, &outer, &mut node, 1.0)
        .into_iter()
        .map(|t| {
            t.data
                .iter()
                .any(|&x| x > 0.0)
                .then(|| t.data.iter().map(|&x| x > 0.0).collect())
        })
        .collect()
}

/// Checks one model at its points; `s` is the model's sample where it is known (for its fixed
/// points and strictness).
pub fn check(entry: &Entry, s: Option<&Sample>, seed: u64, large: bool) -> Report {
    let mut r = Report {
        models: 1,
        ..Report::default()
    };
    let name = entry.name;
    let Some((decls, prog)) = program(entry.src) else {
        r.failures.push(format!(
            "{name}: the compiler rejects the model\n  {}",
            entry.src
        ));
        return r;
    };
    let mut roots: Vec<Id> = vec![prog.loss];
    roots.extend(prog.grads.iter().flatten());
    roots.extend(prog.outputs.iter().map(|o| o.1));
    let mut drawn = cases(&decls, s, seed, large);
    // Targets and lengths that `ctc` can align, as the compile-time check draws them.
    let mut rng = Rng::new(seed ^ 0xc7c);
    for case in &mut drawn {
        let mut pick = |k: usize| rng.pick(k.max(1));
        rheano_compiler::ctc::make_labels_valid(
            &prog.graph,
            &case.dims,
            &mut case.labels,
            &mut pick,
        );
    }
    for case in drawn {
        r.points += 1;
        let fail = |r: &mut Report, what: String| {
            r.failures.push(format!(
                "{name} ({}, dims {:?}): {what}\n  {}",
                case.what, case.dims, entry.src
            ))
        };
        // A panic in the emitted code is a failure of its model, and the checks go on.
        let got = match std::panic::catch_unwind(|| (entry.run)(&case)) {
            Ok(Ok(g)) => g,
            Ok(Err(e)) => {
                fail(&mut r, format!("the emitted code returned an error: {e}"));
                continue;
            }
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                fail(&mut r, format!("the emitted code panicked: {msg}"));
                continue;
            }
        };
        let e = env(&decls, &case, &got.noises);
        let vals = eval(&prog.graph, &e, &roots);
        let bounds = Bounds::new(&prog.graph, &e, &vals);
        if std::env::var("DIFFTEST_DEBUG").is_ok_and(|d| d == name) {
            eprintln!("{} {:?}\n{}", case.what, case.dims, prog.text);
            for (i, v) in vals.iter().enumerate() {
                if let (Some(v), Some(b)) = (v, &bounds.err[i]) {
                    eprintln!("%{i}: {:?}\n   bound {:?}", v.data, b.data);
                }
            }
            eprintln!("kinks {:?} overflows {:?}", bounds.kinks, bounds.overflows);
        }
        // Every value compared: (what, got, node, element).
        let mut compared: Vec<(String, f32, Id, usize)> = vec![
            ("loss (loss_and_grad)".into(), got.loss, prog.loss, 0),
            ("loss (loss)".into(), got.loss_only, prog.loss, 0),
        ];
        let mut zero_grads: Vec<(String, f32)> = Vec::new();
        for (k, (p, gid)) in decls.params.iter().zip(&prog.grads).enumerate() {
            let g = &got.grads[k];
            match gid {
                Some(gid) => {
                    for (j, &v) in g.iter().enumerate() {
                        compared.push((format!("grad {}[{j}]", p.name), v, *gid, j));
                    }
                }
                None => {
                    for (j, &v) in g.iter().enumerate() {
                        zero_grads.push((format!("grad {}[{j}] (unreached)", p.name), v));
                    }
                }
            }
        }
        for (k, &(_, id)) in prog.outputs.iter().enumerate() {
            for (j, &v) in got.outputs[k].iter().enumerate() {
                compared.push((format!("output {k}[{j}]"), v, id, j));
            }
        }
        for (what, v) in zero_grads {
            r.checks += 1;
            if v != 0.0 {
                fail(&mut r, format!("{what} is {v}, not 0"));
            }
        }
        // Values that depend on an overflow or on a comparison within rounding of a tie are
        // skipped; the others are compared.
        let overflowed = downstream(
            &prog.graph,
            &e,
            &vals,
            &bounds.overflows_at,
            &bounds.overflows_in_steps,
        );
        let kinked = downstream(
            &prog.graph,
            &e,
            &vals,
            &bounds.kinks_at,
            &bounds.kinks_in_steps,
        );
        let hit =
            |t: &[Option<Vec<bool>>], id: &Id, j: usize| t[id.ix()].as_ref().is_some_and(|m| m[j]);
        // The f64 loss runs the same steps in f64: it agrees with the interpreter to within a
        // millionth of the f32 bound (the ratio of the two precisions' epsilons is 2^-29).
        {
            let want = vals[prog.loss.ix()]
                .as_ref()
                .map_or(f64::NAN, |t| t.data[0]);
            let b = bounds.err[prog.loss.ix()]
                .as_ref()
                .map_or(0.0, |t| t.data[0]);
            let skip = hit(&overflowed, &prog.loss, 0) || hit(&kinked, &prog.loss, 0);
            let (got64, tol) = (got.loss_f64, 1e-6 * b + 1e-12 * want.abs() + 1e-300);
            if got64.is_nan() && want.is_nan() {
                r.nan_matches += 1;
            } else if (skip && !case.strict) || !want.is_finite() {
                *r.skipped.entry("f64 loss: overflow or kink").or_default() += 1;
            } else {
                r.checks += 1;
                if (got64 - want).abs() > tol {
                    fail(
                        &mut r,
                        format!("loss (f64, for gradcheck): {got64:e}, interpreter {want:e}, bound {tol:e}"),
                    );
                }
            }
        }
        for (what, v, id, j) in &compared {
            if !case.strict && hit(&overflowed, id, *j) {
                *r.skipped.entry("f32 overflow").or_default() += 1;
                continue;
            }
            if !case.strict && hit(&kinked, id, *j) {
                *r.skipped.entry("kink within rounding").or_default() += 1;
                continue;
            }
            let want = vals[id.ix()].as_ref().map_or(f64::NAN, |t| t.data[*j]);
            let b = bounds.err[id.ix()].as_ref().map_or(0.0, |t| t.data[*j]);
            match compare(*v, want, b, case.strict) {
                Verdict::Pass => r.checks += 1,
                Verdict::BothNan => r.nan_matches += 1,
                Verdict::Skip(why) => *r.skipped.entry(why).or_default() += 1,
                Verdict::Fail(msg) => {
                    r.checks += 1;
                    fail(&mut r, format!("{what}: {msg}"));
                }
            }
        }
        if !got.repeats {
            fail(
                &mut r,
                "a second call of loss_and_grad with the same gradient struct gave other bits"
                    .into(),
            );
        }
        // Differences test the interpreter's derivative, which the sizes do not change: at
        // the small points only.
        if !case.what.contains("large") {
            differences(&prog, &e, &vals, &case, &mut r, name, entry.src);
        }
    }
    let checked = r.fd_checks + r.fd_checks_ties + r.fd_checks_extreme;
    let skipped: usize = [&r.fd_skipped, &r.fd_skipped_ties, &r.fd_skipped_extreme]
        .iter()
        .map(|m| m.values().sum::<usize>())
        .sum();
    if checked + skipped == 0 && r.fd_undefined > 0 {
        r.models_without_differences = 1;
    }
    r
}

/// The interpreter's gradients against central differences of its loss.
fn differences(
    prog: &Program,
    env: &Env,
    vals: &[Option<Tensor>],
    case: &Case,
    r: &mut Report,
    name: &str,
    src: &str,
) {
    let held = held(&prog.graph, vals);
    let loss_at = |e: &Env| -> f64 {
        eval_with(&prog.graph, e, &[prog.loss], &held)[prog.loss.ix()]
            .as_ref()
            .map_or(f64::NAN, |t| t.data[0])
    };
    let l0 = vals[prog.loss.ix()]
        .as_ref()
        .map_or(f64::NAN, |t| t.data[0]);
    let mut rng = Rng::new(case.dims.iter().sum::<usize>() as u64 + 17);
    let entries = |n: usize, rng: &mut Rng| -> Vec<usize> {
        if n <= 12 {
            (0..n).collect()
        } else {
            (0..12).map(|_| rng.pick(n)).collect()
        }
    };
    // No derivative at a point where the loss itself is not finite: the entries that would
    // have been checked are counted apart.
    if !l0.is_finite() {
        for p in &env.params {
            r.fd_undefined += entries(p.data.len(), &mut rng).len();
        }
        return;
    }
    let magnitudes = bound::magnitudes(&prog.graph, env, vals);
    let extreme = case.what.starts_with("Extreme") || case.what.starts_with("Mixed");
    // Entries compared, and skipped by reason.
    let mut counts = (0usize, BTreeMap::<&'static str, usize>::new());
    let skip = |c: &mut (usize, BTreeMap<&'static str, usize>), why: &'static str, n: usize| {
        *c.1.entry(why).or_default() += n;
    };
    for (k, gid) in prog.grads.iter().enumerate() {
        let n = env.params[k].data.len();
        for j in entries(n, &mut rng) {
            let g = match gid {
                Some(id) => vals[id.ix()].as_ref().map_or(f64::NAN, |t| t.data[j]),
                None => 0.0,
            };
            let p = env.params[k].data[j];
            // A step relative to the entry, so that a tiny entry is not stepped across the kinks
            // near 0 of the functions of it; where that step may cross a kink, a hundred times
            // smaller one (its rounding noise, a hundred times larger, is in the tolerance).
            let at = |q: f64| {
                let mut e = env.clone();
                e.params[k].data[j] = q;
                loss_at(&e)
            };
            let mut outcome = Err("not differentiable within the step");
            for rel in [1e-6, 1e-8] {
                let h = if p == 0.0 { rel } else { rel * p.abs() };
                // What the step may move: a comparison it may flip, or a value it is lost in.
                let moved = Bounds::perturbed(&prog.graph, env, vals, k, j, h);
                if !moved.kinks.is_empty() {
                    continue;
                }
                if absorbed(&moved, &magnitudes) {
                    outcome = Err("step lost to f64 rounding");
                    break;
                }
                let (up, down) = (at(p + h), at(p - h));
                let (up4, down4) = (at(p + h / 4.0), at(p - h / 4.0));
                if ![up, down, up4, down4].iter().all(|v| v.is_finite()) {
                    outcome = Err("loss not finite at a stepped point");
                    break;
                }
                if !g.is_finite() {
                    outcome = Err("gradient not finite");
                    break;
                }
                let (fwd, bwd) = ((up - l0) / h, (l0 - down) / h);
                let noise = 1e-13 * l0.abs().max(up.abs()).max(down.abs()).max(1e-300) / h;
                // One-sided differences that disagree: a kink (or a bend sharper than the
                // step) between p - h and p + h.
                if (fwd - bwd).abs() > 1e-3 * fwd.abs().max(bwd.abs()) + 400.0 * noise {
                    continue;
                }
                outcome = Ok((h, up, down, up4, down4, fwd, bwd, noise));
                break;
            }
            let (h, up, down, up4, down4, fwd, bwd, noise) = match outcome {
                Ok(v) => v,
                Err(why) => {
                    skip(&mut counts, why, 1);
                    continue;
                }
            };
            let (c1, c4) = ((up - down) / (2.0 * h), (up4 - down4) / (h / 2.0));
            // Richardson's extrapolation of the central differences at h and h/4 (their error
            // goes as h^2), with the distance to the finer one as its error.
            let fd = (16.0 * c4 - c1) / 15.0;
            let trunc = (fd - c4).abs();
            counts.0 += 1;
            if (g - fd).abs()
                > 1e-4 * g.abs().max(fd.abs()) + 2.0 * (c1 - c4).abs() + trunc + 400.0 * noise
            {
                r.failures.push(format!(
                    "{name} ({}, dims {:?}): the interpreter's gradient of param {k} entry {j} \
                     (value {p}) is {g} but central differences give {fd} (step {h}, loss {l0}, \
                     one-sided {fwd} and {bwd})\n  {src}",
                    case.what, case.dims
                ));
            }
        }
    }
    let (checks, skipped) = if extreme {
        (&mut r.fd_checks_extreme, &mut r.fd_skipped_extreme)
    } else if case.what.starts_with("Ties") {
        (&mut r.fd_checks_ties, &mut r.fd_skipped_ties)
    } else {
        (&mut r.fd_checks, &mut r.fd_skipped)
    };
    *checks += counts.0;
    for (k, v) in counts.1 {
        *skipped.entry(k).or_default() += v;
    }
}

/// `true` if the step's effect on some value of the program is below f64's resolution of that
/// value's magnitude (a step in a param summed with values 1e16 times larger, or in a term of
/// a sum whose partial sums are that much larger than the term): the differences then see
/// nothing of the gradient through that value.
fn absorbed(step: &Bounds, magnitudes: &[Option<Tensor>]) -> bool {
    step.lost
        || step.err.iter().zip(magnitudes).any(|(e, m)| match (e, m) {
            (Some(e), Some(m)) => e
                .data
                .iter()
                .zip(&m.data)
                .any(|(&d, &x)| d > 0.0 && x.is_finite() && d < 1.2e-16 * x),
            _ => false,
        })
}

/// Checks every entry, at the large points one in five (or all, with `all_large`; the row
/// passes' models always, since they split across threads only there). The fixed
/// points and strictness of a model come from [`sample::regressions`].
pub fn check_all(entries: &[Entry], seed: u64, all_large: bool) -> Report {
    let samples: Vec<Sample> = sample::regressions();
    let mut report = Report::default();
    for (i, e) in entries.iter().enumerate() {
        let s = samples
            .iter()
            .find(|s| s.name == e.name)
            .cloned()
            .or(Some(Sample {
                name: e.name.into(),
                src: e.src.into(),
                positive: e.positive,
                strict: false,
                fixed: Vec::new(),
            }));
        let r = check(
            e,
            s.as_ref(),
            seed.wrapping_add(i as u64),
            all_large || i % 5 == 0 || e.name.starts_with("RP_") || e.name.starts_with("DP_"),
        );
        // Where the skipped values come from, per model, on request.
        if std::env::var_os("DIFFTEST_SKIPS").is_some()
            && !(r.skipped.is_empty() && r.fd_skipped.is_empty())
        {
            eprintln!(
                "SKIPS\t{}\t{}\t{:?}\t{}\t{:?}\t{}",
                e.name, r.checks, r.skipped, r.fd_checks, r.fd_skipped, e.src
            );
        }
        report.add(r);
    }
    report
}

/// The seed of the CI sample.
pub const CI_SEED: u64 = 0x0c1_5a3b1e;

/// Shaped models in the CI sample, beside the regressions and the table.
pub const CI_SHAPED: usize = 100;

/// Draws of the fuzzer's grammar for the CI sample (of which a few compile).
pub const CI_GRAMMAR: usize = 2000;

/// The CI sample's models file, `ci/tests/ci/models.rs`.
pub fn ci_file() -> String {
    let samples = draw(CI_SEED, 0, CI_SHAPED, CI_GRAMMAR, true);
    write::models_file(
        &samples,
        "The differential test's CI sample: every regression model, every builtin in every\n\
         context, and models drawn from the language's grammars (seeded). Written by\n\
         `cargo run -p rheano-difftest -- ci`; do not edit.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rheano_compiler::interp::eval;

    #[test]
    fn an_overflow_inside_a_scan_marks_only_the_elements_it_reaches() {
        // Row 0's carry passes f32's range at the second step; row 1's stays small.
        let src = "struct A { param w: [N]; input x: [T, N]; \
                   scan t in T { carry h: [N] = w; h = h * x[t]; emit e = h; } \
                   output o = e; output s = sum(h); loss = sum(w); }";
        let (decls, prog) = program(src).expect("the model compiles");
        let (t, n) = (3, 2);
        let dims = decls
            .dims
            .iter()
            .map(|d| if d.name == "T" { t } else { n })
            .collect();
        let env = Env {
            params: vec![Tensor::new(vec![n], vec![1.0, 1.0])],
            inputs: vec![Tensor::new(
                vec![t, n],
                vec![1e30, 2.0, 1e30, 2.0, 1.0, 2.0],
            )],
            dims,
            ..Env::default()
        };
        let (e, s) = (prog.outputs[0].1, prog.outputs[1].1);
        let vals = eval(&prog.graph, &env, &[e, s, prog.loss]);
        let b = Bounds::new(&prog.graph, &env, &vals);
        // Found inside the body, at steps 1 and 2; outside it, only the sum of the last carry.
        let steps: Vec<usize> = b.overflows_in_steps.iter().map(|f| f.1).collect();
        assert_eq!(steps, [1, 2]);
        assert_eq!(b.overflows_at, [(s, vec![0])]);
        let marks = downstream(
            &prog.graph,
            &env,
            &vals,
            &b.overflows_at,
            &b.overflows_in_steps,
        );
        // Steps 1 and 2 of row 0, not step 0, and not row 1.
        assert_eq!(
            marks[e.ix()].as_deref(),
            Some(&[false, false, true, false, true, false][..])
        );
        assert_eq!(marks[s.ix()].as_deref(), Some(&[true][..]));
        assert!(marks[prog.loss.ix()].is_none());
    }

    /// The difference checks of a model at a point: its report.
    fn differences_at(src: &str, w: f64) -> Report {
        let (decls, prog) = program(src).expect("the model compiles");
        let case = Case {
            what: "Uniform".into(),
            dims: vec![2; decls.dims.len()],
            params: vec![],
            inputs: vec![],
            labels: vec![],
            hypers: vec![],
            strict: false,
            seeds: None,
        };
        let env = Env {
            params: vec![Tensor::new(vec![2], vec![w, 0.5])],
            dims: case.dims.clone(),
            ..Env::default()
        };
        let mut roots = vec![prog.loss];
        roots.extend(prog.grads.iter().flatten());
        let vals = eval(&prog.graph, &env, &roots);
        let mut r = Report::default();
        differences(&prog, &env, &vals, &case, &mut r, "A", src);
        r
    }

    #[test]
    fn a_point_whose_loss_is_not_finite_has_no_difference_checks_and_no_skips() {
        let src = "struct A { param w: [N]; loss = sum(log(w)); }";
        // log of a negative entry: NaN, no derivative at that point.
        let r = differences_at(src, -1.0);
        assert_eq!((r.fd_undefined, r.fd_checks), (2, 0));
        assert!(r.fd_skipped.is_empty(), "{:?}", r.fd_skipped);
        // A finite loss is checked as before.
        let r = differences_at(src, 2.0);
        assert_eq!((r.fd_undefined, r.fd_checks), (0, 2));
        assert!(r.failures.is_empty(), "{:?}", r.failures);
    }
}
