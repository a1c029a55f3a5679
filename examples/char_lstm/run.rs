//! The character-level LSTM example's run, shared by `examples/char_lstm.rs` and its test.

use rheano::data::{load_chars, stream_batches};
use rheano::ndarray::{Array2, Axis};
use rheano::plot::{lines, Lines, Series};
use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, Rng, SeedableRng};
use rheano::report::{progress, Mode, Report};
use std::time::Instant;

include!("model.rs");

/// Hidden units.
const H: usize = 128;
/// Sequences per batch, and characters per sequence.
const STREAMS: usize = 32;
const STEPS: usize = 100;

/// What a run found.
pub struct Outcome {
    /// Per epoch: seconds since the start, train and validation bits per character.
    pub curve: Vec<(f64, f64, f64)>,
    /// The lowest validation bits per character.
    pub best: f64,
    /// Every check passed.
    pub pass: bool,
}

/// Trains for the mode's budget (fast: a fixed number of epochs on a small part of the text;
/// full: 5 minutes of wall time on 300,000 characters) and writes the report.
pub fn run(mode: Mode) -> Result<Outcome, rheano::Error> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/shakespeare/shakespeare.txt.gz"
    );
    let text = load_chars(path)?;
    let v = text.vocab.len();
    let (train_chars, valid_chars) = mode.pick((40_000, 10_000), (300_000, 50_000));
    // Full: the 5 minutes the README promises; fast: a fixed number of epochs.
    let (budget, max_epochs) = mode.pick((f64::INFINITY, 10), (300.0, usize::MAX));
    let train = &text.tokens[..train_chars];
    let valid = &text.tokens[train_chars..train_chars + valid_chars];
    let mut report = Report::new("char_lstm", "Character-level LSTM with zoneout", mode)?;
    let mut rng = StdRng::seed_from_u64(0);
    let mut model = CharLstm::init(CharLstmDims { v, h: H }, &mut rng);
    let mut grad = CharLstmGrad::zeros_like(&model);
    let mut outs = CharLstmOutputs::default();
    let mut opt = Adam::new(3e-3);
    let batches = stream_batches(train, STREAMS, STEPS);
    println!(
        "char_lstm: {} characters ({v} distinct), {} batches of {STREAMS} x {STEPS} per epoch, \
         {H} hidden units",
        train.len(),
        batches.len()
    );
    let start = Instant::now();
    let mut curve: Vec<(f64, f64, f64)> = Vec::new(); // (seconds, train bpc, validation bpc)
    let bar = progress(
        mode.pick(max_epochs as u64, budget as u64),
        mode.pick("epochs", "seconds"),
    );
    let mut epoch = 0;
    while start.elapsed().as_secs_f64() < budget && epoch < max_epochs {
        epoch += 1;
        let zeros = Array2::<f32>::zeros((STREAMS, H));
        let (mut h0, mut c0) = (zeros.clone(), zeros);
        let mut total = 0.0;
        for (x, y) in &batches {
            total += model.loss_and_grad_with(
                x.view(),
                y.view(),
                h0.view(),
                c0.view(),
                CharLstm::ZH,
                CharLstm::ZC,
                Noise::Sample(&mut rng),
                &mut grad,
                &mut outs,
            )?;
            rheano::clip_grad_norm(&model, &mut grad, 1.0);
            opt.step(&mut model, &grad);
            h0.assign(&outs.h_last);
            c0.assign(&outs.c_last);
        }
        let train_bpc = total as f64 / batches.len() as f64 / std::f64::consts::LN_2;
        let valid_bpc = bits_per_char(&model, valid)?;
        let seconds = start.elapsed().as_secs_f64();
        curve.push((seconds, train_bpc, valid_bpc));
        bar.set_position(mode.pick(epoch as u64, seconds.min(budget) as u64));
        bar.set_message(format!(
            "epoch {epoch}: validation {valid_bpc:.3} bits/char"
        ));
    }
    bar.finish_and_clear();
    let (seconds, _, best) =
        curve.iter().copied().fold(
            (0.0, 0.0, f64::INFINITY),
            |a, b| if b.2 < a.2 { b } else { a },
        );
    for (s, t, v) in &curve {
        println!("  {s:6.1} s  train {t:.3}  validation {v:.3} bits/char");
    }
    report.csv(
        "curve.csv",
        &["seconds", "train_bits_per_char", "validation_bits_per_char"],
        curve.iter().map(|&(s, t, v)| vec![s, t, v]),
    )?;
    lines(
        &report.path("curve.png"),
        &[Lines {
            title: "Bits per character".into(),
            x_label: "seconds".into(),
            y_label: "bits per character".into(),
            series: vec![
                Series::new(
                    "train (zoneout on)",
                    curve.iter().map(|c| (c.0, c.1)).collect(),
                ),
                Series::new(
                    "validation (zoneout at its mean)",
                    curve.iter().map(|c| (c.0, c.2)).collect(),
                ),
            ],
            ..Lines::default()
        }],
        1,
    )?;
    report.plot(
        "curve.png",
        "Training and validation bits per character over time",
    );
    let sample = generate(
        &model,
        &text.vocab,
        text.token('T').unwrap_or(0),
        300,
        &mut rng,
    )?;
    println!("sample:\n{sample}");
    report.note(format!(
        "A sample, 300 characters from `T`:\n\n```text\n{sample}\n```"
    ));
    let target = mode.pick(3.6, 2.7);
    let within = mode.pick(
        format!("after {max_epochs} epochs of {train_chars} characters"),
        format!("within {budget} s on 2 cores, from {train_chars} characters"),
    );
    report.check(
        "validation bits per character",
        &format!("<= {target} {within} (a unigram model is about 4.9 on this corpus)"),
        format!("{best:.3} after {seconds:.0} s, {epoch} epochs"),
        best <= target,
    );
    let pass = report.finish()?;
    Ok(Outcome { curve, best, pass })
}

/// Mean validation bits per character, the state carried across windows and zoneout at its
/// mean.
fn bits_per_char(model: &CharLstm, tokens: &[usize]) -> Result<f64, rheano::Error> {
    let batches = stream_batches(tokens, STREAMS, STEPS);
    let zeros = Array2::<f32>::zeros((STREAMS, H));
    let (mut h0, mut c0) = (zeros.clone(), zeros);
    let mut total = 0.0;
    for (x, y) in &batches {
        total += model.loss(
            x.view(),
            y.view(),
            h0.view(),
            c0.view(),
            CharLstm::ZH,
            CharLstm::ZC,
            Noise::Mean,
        )? as f64;
        (h0, c0) = carried(model, x, &h0, &c0)?;
    }
    Ok(total / batches.len().max(1) as f64 / std::f64::consts::LN_2)
}

/// The state after the steps of `x` from `h0` and `c0`, zoneout at its mean.
fn carried(
    model: &CharLstm,
    x: &Array2<usize>,
    h0: &Array2<f32>,
    c0: &Array2<f32>,
) -> Result<(Array2<f32>, Array2<f32>), rheano::Error> {
    let (zh, zc) = (CharLstm::ZH, CharLstm::ZC);
    Ok((
        model.h_last(x.view(), h0.view(), c0.view(), zh, zc, Noise::Mean)?,
        model.c_last(x.view(), h0.view(), c0.view(), zh, zc, Noise::Mean)?,
    ))
}

/// `len` characters sampled one at a time from the model's distribution, from `first`.
fn generate(
    model: &CharLstm,
    vocab: &[char],
    first: usize,
    len: usize,
    rng: &mut StdRng,
) -> Result<String, rheano::Error> {
    let mut h = Array2::<f32>::zeros((1, H));
    let mut c = Array2::<f32>::zeros((1, H));
    let mut token = first;
    let mut out = String::new();
    for _ in 0..len {
        out.push(vocab[token]);
        let x = Array2::from_elem((1, 1), token);
        let z = model.logits(
            x.view(),
            h.view(),
            c.view(),
            CharLstm::ZH,
            CharLstm::ZC,
            Noise::Mean,
        )?;
        (h, c) = carried(model, &x, &h, &c)?;
        let row = z.index_axis(Axis(0), 0).index_axis(Axis(0), 0).to_owned();
        let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let p: Vec<f64> = row.iter().map(|&l| ((l - m) as f64).exp()).collect();
        let mut u = rng.random::<f64>() * p.iter().sum::<f64>();
        token = p.len() - 1;
        for (k, &q) in p.iter().enumerate() {
            if u < q {
                token = k;
                break;
            }
            u -= q;
        }
    }
    Ok(out)
}
