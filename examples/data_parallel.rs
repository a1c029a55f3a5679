//! Data-parallel training of an MLP (the digits example's) on MNIST-10k over MPI: every rank takes its equal share of
//! each global batch, the gradients are averaged with one all-reduce, and every rank takes the
//! same SGD step. The run on `R` ranks follows the run on one process step for step (up to f32
//! rounding), so its last line matches the one-process line.
//!
//! ```text
//! cargo build --release --features mpi --example data_parallel
//! mpirun -np 2 target/release/examples/data_parallel          # add --allow-run-as-root as root
//! target/release/examples/data_parallel                       # the same run on one process
//! ```
//!
//! Built without the `mpi` feature it runs on one process. It ends with exactly one line
//!
//! ```text
//! data_parallel: ranks R, steps S, final loss L, param checksum C
//! ```
//!
//! `L` the last global batch's loss and `C` the sum of all params, with 6 significant digits.
//!
//! Options: `--steps S` (300), `--batch B` (the global batch, 256; a multiple of the number of
//! ranks), `--lr RATE` (0.1), `--save PATH` (a checkpoint at the end, written by rank 0),
//! `--resume PATH` (start from such a checkpoint, on any number of ranks; `--steps` counts
//! the steps taken after it).

use rheano::data::{accuracy, load_mnist, Labeled};
use rheano::dist::{self, Communicator, DataParallel};
use rheano::io::{ChaCha12Rng, Extras};
use rheano::prelude::*;
use rheano::rand::{seq::index, SeedableRng};

// The MLP of the digits example (softmax cross-entropy, a mean over the batch, and weight decay:
// a term of the params alone, the same on every rank).
include!("digits/model.rs");

struct Args {
    steps: usize,
    batch: usize,
    lr: f32,
    save: Option<String>,
    resume: Option<String>,
}

fn args() -> Result<Args, rheano::Error> {
    let mut a = Args {
        steps: 300,
        batch: 256,
        lr: 0.1,
        save: None,
        resume: None,
    };
    let mut it = std::env::args().skip(1);
    let bad = |what: &str| rheano::Error::Data(format!("data_parallel: {what}"));
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .ok_or_else(|| bad(&format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--steps" => a.steps = value()?.parse().map_err(|_| bad("--steps: not a count"))?,
            "--batch" => a.batch = value()?.parse().map_err(|_| bad("--batch: not a count"))?,
            "--lr" => a.lr = value()?.parse().map_err(|_| bad("--lr: not a number"))?,
            "--save" => a.save = Some(value()?),
            "--resume" => a.resume = Some(value()?),
            other => return Err(bad(&format!("unknown option {other}"))),
        }
    }
    Ok(a)
}

/// `x` with 6 significant digits (in scientific notation from a million on).
fn sig6(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return format!("{x:.5}");
    }
    // Round first, so that a value that rounds up to the next power of ten (9.999996) counts
    // its digits from there.
    let unit = 10f64.powf(x.abs().log10().floor() - 5.0);
    let rounded = (x / unit).round() * unit;
    let exponent = rounded.abs().log10().floor() as i32;
    if exponent >= 6 {
        return format!("{x:.5e}");
    }
    let decimals = (5 - exponent).max(0) as usize;
    format!("{rounded:.decimals$}")
}

fn train<C: Communicator>(comm: C, a: &Args) -> Result<String, rheano::Error> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist10k/");
    let all: Labeled = load_mnist(
        format!("{dir}mnist10k-images-idx3-ubyte.gz"),
        format!("{dir}mnist10k-labels-idx1-ubyte.gz"),
    )?;
    // The last 1,000 images are held out.
    let held_out = all.len().saturating_sub(1000);
    let data = all.select(&(0..held_out).collect::<Vec<_>>());
    let test = all.select(&(held_out..all.len()).collect::<Vec<_>>());
    let mut dp = DataParallel::new(comm);
    // Every rank draws the same global batches from the same generator and takes its part.
    let mut rng = ChaCha12Rng::seed_from_u64(0);
    let dims = MlpDims {
        d: data.x.ncols(),
        h: 256,
        c: data.classes,
    };
    let mut model = Mlp::init(dims, &mut rng);
    let mut grad = MlpGrad::zeros_like(&model);
    let mut opt = Sgd::new(a.lr);
    if let Some(path) = &a.resume {
        let extras = dp.load_checkpoint(&mut model, &mut opt, path)?;
        rng = extras
            .rng
            .ok_or_else(|| rheano::Error::Data(format!("{path}: no generator to resume from")))?;
    }
    dp.broadcast_params(&mut model)?;
    if !a.batch.is_multiple_of(dp.size()) || a.batch > data.len() {
        return Err(rheano::Error::Dist(format!(
            "the global batch {} must be a multiple of the {} ranks and at most the {} examples",
            a.batch,
            dp.size(),
            data.len()
        )));
    }
    if dp.is_root() {
        println!(
            "MNIST-10k MLP on {} rank(s), global batch {} ({} per rank), {} steps, {}",
            dp.size(),
            a.batch,
            a.batch / dp.size(),
            a.steps,
            model
        );
    }
    let mine = dist::shard_range(a.batch, dp.rank(), dp.size());
    let every = (a.steps / 10).max(1);
    let start = std::time::Instant::now();
    let mut loss = f32::NAN;
    for step in 1..=a.steps {
        let batch = index::sample(&mut rng, data.len(), a.batch).into_vec();
        let local = data.select(&batch[mine.clone()]);
        let l = model.loss_and_grad(local.x.view(), local.y.view(), Mlp::WD, &mut grad)?;
        loss = dp.all_reduce(&model, &mut grad, l)?;
        opt.step(&mut model, &grad);
        if dp.is_root() && (step % every == 0 || step == a.steps) {
            println!(
                "step {step:4}/{}  loss {loss:.4}  {:.1} ms/step",
                a.steps,
                1e3 * start.elapsed().as_secs_f64() / step as f64
            );
        }
    }
    dp.finish()?;
    if let Some(path) = &a.save {
        let extras = Extras {
            rng: Some(rng.clone()),
            ..Extras::default()
        };
        dp.save_checkpoint(&model, &opt, &extras, path)?;
    }
    // Each rank scores its part of the held-out images; the counts are summed across ranks.
    let part =
        test.select(&dist::shard_range(test.len(), dp.rank(), dp.size()).collect::<Vec<_>>());
    let mut correct = [
        (accuracy(model.logits(part.x.view())?.view(), part.y.view()) * part.len() as f64) as f32,
    ];
    dp.comm().all_reduce_sum(&mut correct)?;
    if dp.is_root() {
        println!(
            "held-out accuracy {:.2}% on {} images",
            100.0 * correct[0] as f64 / test.len() as f64,
            test.len()
        );
    }
    let mut checksum = 0f64;
    model.visit(&mut |_, p| checksum += p.iter().map(|&v| v as f64).sum::<f64>());
    Ok(format!(
        "data_parallel: ranks {}, steps {}, final loss {}, param checksum {}",
        dp.size(),
        dp.steps(),
        sig6(loss as f64),
        sig6(checksum)
    ))
}

fn main() -> Result<(), rheano::Error> {
    let a = args()?;
    #[cfg(feature = "mpi")]
    let comm = dist::Mpi::init()?;
    #[cfg(not(feature = "mpi"))]
    let comm = dist::Single;
    let root = comm.is_root();
    let line = dist::run(&comm, || train(&comm, &a))?;
    if root {
        println!("{line}");
    }
    Ok(())
}
