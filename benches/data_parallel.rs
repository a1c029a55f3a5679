//! Data-parallel training over MPI, with W3 (the MNIST MLP, 784-256-10: 203,530 params):
//! the all-reduce of its gradient on two ranks, and the time of one SGD step (`loss_and_grad`
//! of this rank's shard, the all-reduce, the update) on one rank and on two, at global batches
//! of 256 and 2048, every rank on one thread.
//!
//! ```text
//! cargo bench --features mpi --bench data_parallel
//! python3 benches/data_parallel.py     # PyTorch, its all-reduce over gloo, the same steps
//! ```
//!
//! The one-rank benches run in this process; then it starts itself under `mpirun -np 2` for the
//! two-rank ones (rank 0 times them with criterion; rank 1 follows its commands, so both take
//! the same steps), and prints the table of medians and speed-ups. Before timing, the two
//! ranks' combined gradient is checked against one process's gradient of the global batch.

mod common;

use common::{values, W3Dims, W3Grad, W3};
use criterion::{BenchmarkId, Criterion};
use rheano::dist::{Communicator, DataParallel, Mpi, Single};
use rheano::ndarray::{Array1, Array2};
use rheano::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The global batches timed.
const BATCHES: [usize; 2] = [256, 2048];
/// Set in the environment of the two-rank job.
const CHILD: &str = "RHEANO_BENCH_DATA_PARALLEL_CHILD";
const GROUP: &str = "data-parallel-W3";

/// Rank 0's commands to rank 1: `[what, iterations, batch]`.
const STOP: f32 = 0.0;
const REDUCE: f32 = 1.0;
const STEP: f32 = 2.0;

struct Run {
    m: W3,
    g: W3Grad,
    opt: Sgd,
    x: Array2<f32>,
    y: Array1<usize>,
}

impl Run {
    fn new(batch: usize) -> Run {
        let (d, h, k) = (784, 256, 10);
        let x = Array2::from_shape_vec((batch, d), values(batch * d, 4))
            .unwrap()
            .mapv(|v| v.abs());
        let y = Array1::from_shape_fn(batch, |i| (i * 7) % k);
        let mut rng = <rheano::rand::rngs::StdRng as rheano::rand::SeedableRng>::seed_from_u64(0);
        let m = W3::init(W3Dims { d, h, c: k }, &mut rng);
        let g = W3Grad::zeros_like(&m);
        // A small rate: the params stay where they start over many timed steps.
        Run {
            m,
            g,
            opt: Sgd::new(1e-4),
            x,
            y,
        }
    }

    /// One data-parallel step; returns the global loss.
    fn step<C: Communicator>(&mut self, dp: &mut DataParallel<C>) -> f32 {
        let x = dp.shard(self.x.view(), Axis(0)).unwrap();
        let y = dp.shard(self.y.view(), Axis(0)).unwrap();
        let l = self.m.loss_and_grad(x, y, &mut self.g).unwrap();
        let l = dp.all_reduce(&self.m, &mut self.g, l).unwrap();
        self.opt.step(&mut self.m, &self.g);
        l
    }
}

fn criterion() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args()
}

fn one_rank() {
    let mut c = criterion();
    let mut group = c.benchmark_group(GROUP);
    for batch in BATCHES {
        let mut run = Run::new(batch);
        let mut dp = DataParallel::new(Single);
        group.bench_function(BenchmarkId::new(format!("step-{batch}"), "1 rank"), |b| {
            b.iter(|| run.step(&mut dp))
        });
    }
    group.finish();
}

/// Checks that one step's combined gradient on the two ranks is one process's gradient of the
/// global batch (rank 0 computes that itself).
fn check(comm: &Mpi) {
    let mut run = Run::new(BATCHES[0]);
    let mut dp = DataParallel::new(comm);
    let x = dp.shard(run.x.view(), Axis(0)).unwrap();
    let y = dp.shard(run.y.view(), Axis(0)).unwrap();
    let l = run.m.loss_and_grad(x, y, &mut run.g).unwrap();
    let l = dp.all_reduce(&run.m, &mut run.g, l).unwrap();
    if comm.is_root() {
        let mut whole = W3Grad::zeros_like(&run.m);
        let lw = run
            .m
            .loss_and_grad(run.x.view(), run.y.view(), &mut whole)
            .unwrap();
        assert!((l - lw).abs() <= 1e-5 * lw.abs(), "loss {l} vs {lw}");
        let (a, b) = (run.g.w1.as_slice().unwrap(), whole.w1.as_slice().unwrap());
        let scale = b.iter().fold(0f32, |s, v| s.max(v.abs()));
        let diff = a.iter().zip(b).fold(0f32, |s, (p, q)| s.max((p - q).abs()));
        assert!(
            diff <= 1e-5 * scale,
            "w1 gradient differs by {diff} of {scale}"
        );
    }
}

/// The two-rank job: rank 0 runs criterion and sends rank 1 what to do.
fn two_ranks() {
    let comm = Mpi::init().unwrap();
    assert_eq!(comm.size(), 2, "the two-rank benches run on 2 ranks");
    check(&comm);
    let mut runs: Vec<Run> = BATCHES.iter().map(|&b| Run::new(b)).collect();
    let mut dp = DataParallel::new(&comm);
    // A buffer of the gradient's size; zeros, which stay finite however often they are summed
    // (the values do not change what MPI does).
    let mut grad = vec![0f32; runs[0].m.num_params()];
    if comm.rank() != 0 {
        loop {
            let mut cmd = [0f32; 3];
            comm.broadcast(&mut cmd, 0).unwrap();
            let iters = cmd[1] as u64;
            if cmd[0] == STOP {
                break;
            } else if cmd[0] == REDUCE {
                for _ in 0..iters {
                    comm.all_reduce_sum(&mut grad).unwrap();
                }
            } else {
                let run = runs.iter_mut().find(|r| r.y.len() == cmd[2] as usize);
                let run = run.unwrap();
                for _ in 0..iters {
                    run.step(&mut dp);
                }
            }
        }
        return;
    }
    let send = |what: f32, iters: u64, batch: usize| {
        let mut cmd = [what, iters as f32, batch as f32];
        comm.broadcast(&mut cmd, 0).unwrap();
    };
    let mut c = criterion();
    let mut group = c.benchmark_group(GROUP);
    group.bench_function(
        BenchmarkId::new(format!("all-reduce-{}", grad.len()), "2 ranks"),
        |b| {
            b.iter_custom(|iters| {
                send(REDUCE, iters, 0);
                let start = Instant::now();
                for _ in 0..iters {
                    comm.all_reduce_sum(&mut grad).unwrap();
                }
                start.elapsed()
            })
        },
    );
    for run in &mut runs {
        let batch = run.y.len();
        group.bench_function(BenchmarkId::new(format!("step-{batch}"), "2 ranks"), |b| {
            b.iter_custom(|iters| {
                send(STEP, iters, batch);
                let start = Instant::now();
                for _ in 0..iters {
                    run.step(&mut dp);
                }
                start.elapsed()
            })
        });
    }
    group.finish();
    send(STOP, 0, 0);
}

/// The median criterion wrote for `bench` (seconds).
fn median(bench: &str) -> Option<f64> {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target")));
    let path = dir
        .join("criterion")
        .join(GROUP)
        .join(bench)
        .join("new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let rest = &text[text.find("\"median\"")?..];
    let rest = &rest[rest.find("\"point_estimate\":")? + "\"point_estimate\":".len()..];
    let end = rest.find([',', '}'])?;
    rest[..end].trim().parse::<f64>().ok().map(|ns| ns * 1e-9)
}

fn main() {
    // Every rank on one thread: the speed-up is that of the ranks alone.
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build_global()
        .unwrap();
    if std::env::var_os(CHILD).is_some() {
        two_ranks();
        return;
    }
    one_rank();
    let me = std::env::current_exe().unwrap();
    let status = std::process::Command::new("mpirun")
        .args(["-np", "2", "--oversubscribe"])
        .arg(&me)
        .args(std::env::args_os().skip(1))
        .env(CHILD, "1")
        .env("RAYON_NUM_THREADS", "1")
        .env("OMPI_ALLOW_RUN_AS_ROOT", "1")
        .env("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1")
        .status()
        .expect("mpirun (Debian: openmpi-bin) runs the two-rank benches");
    assert!(status.success(), "the two-rank benches failed: {status}");
    let ms = |s: Option<f64>| s.map_or("-".to_string(), |s| format!("{:.3} ms", s * 1e3));
    println!("\ndata-parallel W3, one thread per rank (medians):");
    println!("| global batch | 1 rank | 2 ranks | speed-up |");
    println!("|---|---|---|---|");
    for batch in BATCHES {
        let one = median(&format!("step-{batch}/1 rank"));
        let two = median(&format!("step-{batch}/2 ranks"));
        let speedup = match (one, two) {
            (Some(a), Some(b)) => format!("{:.2}x", a / b),
            _ => "-".to_string(),
        };
        println!("| {batch} | {} | {} | {speedup} |", ms(one), ms(two));
    }
    println!(
        "all-reduce of the gradient (203,530 floats), 2 ranks: {}",
        ms(median("all-reduce-203530/2 ranks"))
    );
}
