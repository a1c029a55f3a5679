//! Data-parallel training (`rheano::dist`).
//!
//! Without MPI: `DataParallel` over `Single` is plain training, bit for bit. With the `mpi`
//! feature, the tests start `mpirun -np 2` on this test binary itself (its ignored `worker`
//! test, told what to do through the environment) and check that two ranks train an MLP and a
//! `scan` model to the params and losses of one process on the same global batches (within
//! 1e-5 relative after 20 SGD steps), that a checkpoint written by rank 0 resumes on one rank
//! and on two to those same params, that the example's last line on two ranks matches its line
//! on one, that a step's all-reduce allocates nothing after the first, and that a failing rank,
//! a panic, a rank whose process ends, ranks with other params and ranks with other step counts
//! end every rank (with an error that says so, where a rank can say it), within a deadline.
//!
//! ```text
//! cargo build --features mpi --example data_parallel
//! cargo test --features mpi --test dist
//! ```

use rheano::dist::{Communicator, DataParallel, Single};
use rheano::io::Extras;
use rheano::ndarray::{Array1, Array2};
use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, Rng, SeedableRng};

// An MLP with a mean loss and weight decay (a term of the params alone): the digits example's.
include!("../examples/digits/model.rs");

const STEPS: usize = 20;
const BATCH: usize = 24;

/// The global batches, the same on every rank: inputs `[BATCH, 6]` and labels in `0..3`.
fn mlp_batches() -> Vec<(Array2<f32>, Array1<usize>)> {
    let mut rng = StdRng::seed_from_u64(7);
    (0..STEPS)
        .map(|_| {
            let x = Array2::from_shape_fn((BATCH, 6), |_| rng.random_range(-1.0..1.0));
            let y = Array1::from_shape_fn(BATCH, |_| rng.random_range(0..3));
            (x, y)
        })
        .collect()
}

fn mlp() -> Mlp {
    Mlp::init(MlpDims { d: 6, h: 8, c: 3 }, &mut StdRng::seed_from_u64(1))
}

/// Trains the MLP for `steps` steps of `opt` from batch `from`, over `comm`, sharding each
/// global batch; returns the global losses.
fn train_mlp<C: Communicator, O: Optimizer>(
    dp: &mut DataParallel<C>,
    m: &mut Mlp,
    opt: &mut O,
    from: usize,
    steps: usize,
) -> Result<Vec<f32>, rheano::Error> {
    let mut g = MlpGrad::zeros_like(m);
    let mut losses = Vec::new();
    for (x, y) in &mlp_batches()[from..from + steps] {
        let (x, y) = (dp.shard(x.view(), Axis(0))?, dp.shard(y.view(), Axis(0))?);
        let l = m.loss_and_grad(x, y, Mlp::WD, &mut g)?;
        losses.push(dp.all_reduce(m, &mut g, l)?);
        opt.step(m, &g);
    }
    Ok(losses)
}

/// One process, no `DataParallel`: the reference, `steps` steps of `opt`.
fn plain_mlp<O: Optimizer>(steps: usize, mut opt: O) -> (Mlp, Vec<f32>) {
    let mut m = mlp();
    let mut g = MlpGrad::zeros_like(&m);
    let mut losses = Vec::new();
    for (x, y) in &mlp_batches()[..steps] {
        losses.push(
            m.loss_and_grad(x.view(), y.view(), Mlp::WD, &mut g)
                .unwrap(),
        );
        opt.step(&mut m, &g);
    }
    (m, losses)
}

fn params<M: Model>(m: &M) -> Vec<(&'static str, Vec<f32>)> {
    let mut out = Vec::new();
    m.visit(&mut |n, p| out.push((n, p.iter().copied().collect())));
    out
}

/// The largest difference relative to the largest magnitude, per param and over the losses.
fn assert_close<M: Model>(what: &str, a: &M, b: &M, la: &[f32], lb: &[f32], tol: f32) {
    let rel = |x: &[f32], y: &[f32]| {
        let scale = y.iter().fold(0f32, |s, v| s.max(v.abs())).max(1e-30);
        x.iter().zip(y).fold(0f32, |d, (p, q)| d.max((p - q).abs())) / scale
    };
    for ((n, p), (_, q)) in params(a).iter().zip(params(b)) {
        let r = rel(p, &q);
        assert!(r <= tol, "{what}: param `{n}` differs by {r:e} relative");
    }
    assert_eq!(la.len(), lb.len());
    for (s, (x, y)) in la.iter().zip(lb).enumerate() {
        let r = (x - y).abs() / y.abs();
        assert!(
            r <= tol,
            "{what}: loss at step {} {x} vs {y} ({r:e})",
            s + 1
        );
    }
}

#[test]
fn one_rank_is_plain_training_bit_for_bit() {
    let mut dp = DataParallel::new(Single);
    let mut m = mlp();
    dp.broadcast_params(&mut m).unwrap();
    let losses = train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 0, STEPS).unwrap();
    dp.finish().unwrap();
    let (want, want_losses) = plain_mlp(STEPS, Sgd::new(0.5));
    assert_close("one rank", &m, &want, &losses, &want_losses, 0.0);
    assert_eq!(dp.steps(), STEPS as u64);
}

#[test]
fn a_checkpoint_of_one_rank_resumes_to_the_same_params() {
    let dir = std::env::temp_dir().join(format!("rheano-dist-one-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("ckpt.safetensors");
    let dp = DataParallel::new(Single);
    let (m, _) = plain_mlp(STEPS / 2, Sgd::new(0.5));
    dp.save_checkpoint(&m, &Sgd::new(0.5), &Extras::default(), &path)
        .unwrap();
    let mut back = mlp();
    let mut opt = Sgd::new(0.5);
    dp.load_checkpoint(&mut back, &mut opt, &path).unwrap();
    assert_close("resumed", &back, &m, &[], &[], 0.0);
    let missing = dp
        .load_checkpoint(&mut back, &mut opt, dir.join("none"))
        .unwrap_err();
    assert!(missing.to_string().contains("none"), "{missing}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(feature = "mpi")]
mod mpi {
    use super::*;
    use rheano::dist::{self, Mpi};
    use rheano::ndarray::Array3;
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;
    use std::path::{Path, PathBuf};
    use std::process::{Command, Output, Stdio};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    model! {
        /// An Elman network through `scan`: the batch is the second axis of `x`.
        pub struct Elman {
            param wx: [D, H] = glorot;
            param wh: [H, H] = orthogonal;
            param b: [H] = zeros;
            param wo: [H] = normal(0.5);
            input x: [T, N, D];
            input y: [N];
            scan t in T {
                carry h: [N, H] = zeros;
                h = tanh(x[t] @ wx + h @ wh + b);
            }
            loss = mean((h @ wo - y)^2);
        }
    }

    /// Counts the heap allocations of the threads that ask for it (a worker's main thread).
    struct Counting;

    static ALLOCS: AtomicUsize = AtomicUsize::new(0);

    thread_local! {
        static COUNTED: Cell<bool> = const { Cell::new(false) };
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if COUNTED.try_with(|c| c.get()).unwrap_or(false) {
                ALLOCS.fetch_add(1, Ordering::SeqCst);
            }
            unsafe { System.alloc(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    #[global_allocator]
    static GLOBAL: Counting = Counting;

    /// The global batches of the scan model: sequences `[5, BATCH, 3]` and targets.
    fn elman_batches() -> Vec<(Array3<f32>, Array1<f32>)> {
        let mut rng = StdRng::seed_from_u64(8);
        (0..STEPS)
            .map(|_| {
                let x = Array3::from_shape_fn((5, BATCH, 3), |_| rng.random_range(-1.0..1.0));
                let y = Array1::from_shape_fn(BATCH, |_| rng.random_range(-1.0..1.0));
                (x, y)
            })
            .collect()
    }

    fn elman() -> Elman {
        Elman::init(ElmanDims { d: 3, h: 5 }, &mut StdRng::seed_from_u64(2))
    }

    fn train_elman<C: Communicator>(
        dp: &mut DataParallel<C>,
        m: &mut Elman,
    ) -> Result<Vec<f32>, rheano::Error> {
        let mut g = ElmanGrad::zeros_like(m);
        let mut opt = Sgd::new(0.2);
        let mut losses = Vec::new();
        for (x, y) in &elman_batches() {
            let (x, y) = (dp.shard(x.view(), Axis(1))?, dp.shard(y.view(), Axis(0))?);
            let l = m.loss_and_grad(x, y, &mut g)?;
            losses.push(dp.all_reduce(m, &mut g, l)?);
            opt.step(m, &g);
        }
        Ok(losses)
    }

    fn plain_elman() -> (Elman, Vec<f32>) {
        let mut m = elman();
        let mut g = ElmanGrad::zeros_like(&m);
        let mut opt = Sgd::new(0.2);
        let mut losses = Vec::new();
        for (x, y) in &elman_batches() {
            losses.push(m.loss_and_grad(x.view(), y.view(), &mut g).unwrap());
            opt.step(&mut m, &g);
        }
        (m, losses)
    }

    /// What `worker` does, told through this variable.
    const SCENARIO: &str = "RHEANO_DIST_SCENARIO";
    /// The folder it writes to.
    const DIR: &str = "RHEANO_DIST_DIR";

    /// Runs `mpirun -np <ranks>` on `program` with `args`, ending it past `deadline`.
    fn mpirun(ranks: usize, program: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new("mpirun");
        cmd.args(["-np", &ranks.to_string(), "--oversubscribe"])
            .arg(program)
            .args(args)
            // mpirun refuses to run as root unless told; CI runs as root.
            .env("OMPI_ALLOW_RUN_AS_ROOT", "1")
            .env("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd
            .spawn()
            .expect("mpirun (Debian: openmpi-bin) is needed for the distributed tests");
        let deadline = Duration::from_secs(300);
        let start = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if start.elapsed() > deadline {
                child.kill().unwrap();
                let out = child.wait_with_output().unwrap();
                panic!(
                    "mpirun {program:?} {args:?} still ran after {deadline:?}: a rank hangs\n{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        child.wait_with_output().unwrap()
    }

    /// Runs this test binary's `worker` on 2 ranks with `scenario`.
    fn workers(scenario: &str, dir: &Path) -> (bool, String) {
        let me = std::env::current_exe().unwrap();
        let out = mpirun(
            2,
            &me,
            &["--ignored", "--exact", "mpi::worker", "--nocapture"],
            &[
                (SCENARIO, scenario),
                (DIR, dir.to_str().unwrap()),
                // The watchdog's limit: long enough for a debug build's steps.
                ("RHEANO_DIST_TIMEOUT", "5"),
            ],
        );
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    }

    /// Runs `scenario` on 2 ranks in a folder of its own, removed after.
    fn scenario(name: &str) -> (bool, String) {
        let dir = temp(name);
        let result = workers(name, &dir);
        std::fs::remove_dir_all(&dir).unwrap();
        result
    }

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rheano-dist-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// One rank's part of a scenario, run by `mpirun` from the tests below.
    #[test]
    #[ignore = "started by the other tests under mpirun"]
    fn worker() {
        let Ok(scenario) = std::env::var(SCENARIO) else {
            return;
        };
        let dir = PathBuf::from(std::env::var(DIR).unwrap());
        let comm = Mpi::init().unwrap();
        assert_eq!(comm.size(), 2);
        let rank = comm.rank();
        let result = dist::run(&comm, || match scenario.as_str() {
            "train" => train(&comm, &dir),
            "fail" => {
                let mut dp = DataParallel::new(&comm);
                let mut m = mlp();
                dp.broadcast_params(&mut m)?;
                train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 0, 3)?;
                if rank == 1 {
                    return Err(rheano::Error::Data("rank 1's shard is unreadable".into()));
                }
                train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 3, 3)?;
                Ok(())
            }
            "panic" => {
                let mut dp = DataParallel::new(&comm);
                let mut m = mlp();
                train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 0, 3)?;
                assert!(rank != 1, "rank 1 gives up");
                train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 3, 3)?;
                Ok(())
            }
            // Both ranks meet the error and say so; neither aborts.
            "params" | "steps" | "zero" | "grads" => {
                let mut dp = DataParallel::new(&comm);
                let other = rank == 1 && (scenario == "params" || scenario == "grads");
                let h = if other { 9 } else { 8 };
                let mut m = Mlp::init(MlpDims { d: 6, h, c: 3 }, &mut StdRng::seed_from_u64(1));
                let steps = match (scenario.as_str(), rank) {
                    ("steps", 1) => 4,
                    ("zero", 1) => 0,
                    _ => 3,
                };
                // "grads" skips the params' check, so that the gradients' check meets it.
                let checked = if scenario == "grads" {
                    Ok(())
                } else {
                    dp.broadcast_params(&mut m)
                };
                let outcome = checked.and_then(|()| {
                    train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 0, steps)?;
                    dp.finish()
                });
                match outcome {
                    Err(e) => println!("rank {rank} got: {e}"),
                    Ok(()) => println!("rank {rank} got no error"),
                }
                Ok(())
            }
            // Rank 1 stops without `finish` (its MPI waits for rank 0 to end too); rank 0 waits
            // for it in the next step, and the watchdog ends the job.
            "leave" => {
                let mut dp = DataParallel::new(&comm);
                let mut m = mlp();
                train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 0, 3)?;
                if rank == 0 {
                    train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 3, 3)?;
                }
                Ok(())
            }
            // Rank 1's process ends without a word to MPI; mpirun ends rank 0.
            "exit" => {
                let mut dp = DataParallel::new(&comm);
                let mut m = mlp();
                train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 0, 3)?;
                if rank == 1 {
                    std::process::exit(3);
                }
                train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 3, 3)?;
                Ok(())
            }
            other => panic!("no scenario {other}"),
        });
        result.unwrap();
    }

    /// Two ranks train both models; rank 0 compares them with one process. The MLP also
    /// writes a checkpoint at step 10 and resumes from it on both ranks.
    fn train(comm: &Mpi, dir: &Path) -> Result<(), rheano::Error> {
        let mut dp = DataParallel::new(comm);
        // Rank 1 starts from other params: the broadcast must replace them.
        let mut m = if comm.rank() == 0 {
            mlp()
        } else {
            Mlp::init(MlpDims { d: 6, h: 8, c: 3 }, &mut StdRng::seed_from_u64(99))
        };
        dp.broadcast_params(&mut m)?;
        let losses = train_mlp(&mut dp, &mut m, &mut Sgd::new(0.5), 0, STEPS)?;

        // With momentum (a state to resume): 10 steps, rank 0 writes a checkpoint, 10 more;
        // then the checkpoint resumed on both ranks takes the last 10 again.
        let mut mm = mlp();
        let mut opt = Momentum::new(0.2, 0.9);
        let mut momentum_losses = train_mlp(&mut dp, &mut mm, &mut opt, 0, STEPS / 2)?;
        let ckpt = dir.join("half.safetensors");
        dp.save_checkpoint(&mm, &opt, &Extras::default(), &ckpt)?;
        momentum_losses.extend(train_mlp(&mut dp, &mut mm, &mut opt, STEPS / 2, STEPS / 2)?);
        let mut resumed = Mlp::init(MlpDims { d: 6, h: 8, c: 3 }, &mut StdRng::seed_from_u64(5));
        let mut opt2 = Momentum::new(0.2, 0.9);
        dp.load_checkpoint(&mut resumed, &mut opt2, &ckpt)?;
        let resumed_losses = train_mlp(&mut dp, &mut resumed, &mut opt2, STEPS / 2, STEPS / 2)?;

        let mut e = elman();
        if comm.rank() == 1 {
            e.wo.fill(3.0);
        }
        dp.broadcast_params(&mut e)?;
        let elman_losses = train_elman(&mut dp, &mut e)?;

        // After its first step, a step's all-reduce allocates nothing on the Rust side.
        let mut g = MlpGrad::zeros_like(&m);
        dp.all_reduce(&m, &mut g, 1.0)?;
        COUNTED.with(|c| c.set(true));
        let before = ALLOCS.load(Ordering::SeqCst);
        for _ in 0..5 {
            dp.all_reduce(&m, &mut g, 1.0)?;
        }
        let allocs = ALLOCS.load(Ordering::SeqCst) - before;
        COUNTED.with(|c| c.set(false));
        assert_eq!(allocs, 0, "all_reduce allocated {allocs} times in 5 steps");
        dp.finish()?;

        // Every rank holds the same params: rank 1's, summed with rank 0's, are twice rank 0's.
        for (_, p) in params(&m) {
            let mut twice = p.clone();
            comm.all_reduce_sum(&mut twice)?;
            for (a, b) in p.iter().zip(&twice) {
                assert_eq!(2.0 * a, *b, "the ranks' params differ");
            }
        }
        if comm.rank() == 0 {
            let (want, want_losses) = plain_mlp(STEPS, Sgd::new(0.5));
            assert_close("MLP, 2 ranks", &m, &want, &losses, &want_losses, 1e-5);
            let (want, want_losses) = plain_mlp(STEPS, Momentum::new(0.2, 0.9));
            assert_close(
                "MLP with momentum, 2 ranks",
                &mm,
                &want,
                &momentum_losses,
                &want_losses,
                1e-5,
            );
            assert_close(
                "MLP with momentum resumed on 2 ranks",
                &resumed,
                &want,
                &resumed_losses,
                &want_losses[STEPS / 2..],
                1e-5,
            );
            let (want, want_losses) = plain_elman();
            assert_close(
                "Elman, 2 ranks",
                &e,
                &want,
                &elman_losses,
                &want_losses,
                1e-5,
            );
            // The runs differ from one process at all (f32 rounding of another sum order), so
            // the comparison is not of a run with itself.
            println!("compared: MLP, MLP with momentum, resumed, Elman");
        }
        Ok(())
    }

    #[test]
    fn two_ranks_train_as_one_process_and_resume_from_rank_0s_checkpoint() {
        let dir = temp("train");
        let (ok, out) = workers("train", &dir);
        assert!(
            ok && out.contains("compared: MLP, MLP with momentum, resumed, Elman"),
            "{out}"
        );
        // The checkpoint rank 0 wrote at step 10 resumes on one rank to the same params.
        let dp = DataParallel::new(Single);
        let mut m = mlp();
        let mut opt = Momentum::new(0.2, 0.9);
        dp.load_checkpoint(&mut m, &mut opt, dir.join("half.safetensors"))
            .unwrap();
        let losses = train_mlp(&mut DataParallel::new(Single), &mut m, &mut opt, 10, 10).unwrap();
        let (want, want_losses) = plain_mlp(STEPS, Momentum::new(0.2, 0.9));
        assert_close(
            "resumed on 1 rank",
            &m,
            &want,
            &losses,
            &want_losses[10..],
            1e-5,
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_error_on_one_rank_ends_every_rank() {
        let (ok, out) = scenario("fail");
        assert!(!ok, "{out}");
        assert!(
            out.contains("rank 1 of 2: data error: rank 1's shard is unreadable"),
            "{out}"
        );
    }

    #[test]
    fn a_rank_that_stops_without_finish_is_ended_by_the_watchdog() {
        let (ok, out) = scenario("leave");
        assert!(!ok, "{out}");
        assert!(out.contains("rank 0 of 2 waited"), "{out}");
    }

    #[test]
    fn a_rank_that_finishes_before_any_step_and_one_that_steps_both_get_an_error() {
        let (ok, out) = scenario("zero");
        assert!(ok, "{out}");
        assert!(
            out.contains(
                "rank 0 got: data-parallel run: rank 0 took step 1 while 1 of 2 ranks had finished"
            ),
            "{out}"
        );
        assert!(
            out.contains("rank 1 got: data-parallel run: rank 1 finished after 0 steps while 1 of 2 ranks took another step"),
            "{out}"
        );
    }

    #[test]
    fn gradients_of_other_sizes_are_an_error_on_every_rank() {
        let (ok, out) = scenario("grads");
        assert!(ok, "{out}");
        for rank in 0..2 {
            let want = format!(
                "rank {rank} got: data-parallel run: the ranks' gradients differ in size (rank 0 83, rank 1 93)"
            );
            assert!(out.contains(&want), "{want}\n{out}");
        }
    }

    #[test]
    fn a_rank_whose_process_ends_ends_every_rank() {
        let (ok, out) = scenario("exit");
        assert!(!ok, "{out}");
    }

    #[test]
    fn a_panic_on_one_rank_ends_every_rank() {
        let (ok, out) = scenario("panic");
        assert!(!ok, "{out}");
        assert!(
            out.contains("rank 1 gives up") && out.contains("rank 1 of 2 panicked"),
            "{out}"
        );
    }

    #[test]
    fn ranks_with_other_params_both_get_an_error_naming_them() {
        let (ok, out) = scenario("params");
        assert!(ok, "{out}");
        assert!(
            out.contains("rank 0 got: data-parallel run: the params of rank 1 differ from rank 0's (w1 [6, 8], b1 [8], w2 [8, 3], b2 [3])"),
            "{out}"
        );
        assert!(
            out.contains("rank 1 got: data-parallel run: the params of rank 1 (w1 [6, 9], b1 [9], w2 [9, 3], b2 [3]) differ from rank 0's"),
            "{out}"
        );
    }

    #[test]
    fn ranks_that_take_different_numbers_of_steps_both_get_an_error() {
        let (ok, out) = scenario("steps");
        assert!(ok, "{out}");
        assert!(
            out.contains("rank 0 got: data-parallel run: rank 0 finished after 3 steps while 1 of 2 ranks took another step"),
            "{out}"
        );
        assert!(
            out.contains(
                "rank 1 got: data-parallel run: rank 1 took step 4 while 1 of 2 ranks had finished"
            ),
            "{out}"
        );
    }

    /// The example's last line on two ranks matches its line on one (20 steps).
    #[test]
    fn the_example_on_two_ranks_ends_as_on_one() {
        let exe = std::env::current_exe().unwrap();
        let example = exe
            .parent()
            .and_then(Path::parent)
            .unwrap()
            .join("examples/data_parallel");
        assert!(
            example.exists(),
            "{example:?} is missing: `cargo build --features mpi --example data_parallel` first"
        );
        let args = ["--steps", "20", "--batch", "64"];
        let one = Command::new(&example).args(args).output().unwrap();
        assert!(one.status.success(), "{one:?}");
        let two = mpirun(2, &example, &args, &[]);
        assert!(two.status.success(), "{two:?}");
        let last = |o: &Output| {
            let text = String::from_utf8_lossy(&o.stdout).into_owned();
            let line = text
                .lines()
                .filter(|l| l.starts_with("data_parallel: ranks"))
                .collect::<Vec<_>>();
            assert_eq!(line.len(), 1, "{text}");
            assert_eq!(text.lines().last(), Some(line[0]), "{text}");
            line[0].to_string()
        };
        let (a, b) = (last(&one), last(&two));
        // data_parallel: ranks R, steps S, final loss L, param checksum C
        let fields = |l: &str| -> (String, Vec<f64>) {
            let parts: Vec<&str> = l.split(", ").collect();
            let num = |p: &str| p.rsplit(' ').next().unwrap().parse::<f64>().unwrap();
            (
                parts[0].to_string(),
                vec![num(parts[1]), num(parts[2]), num(parts[3])],
            )
        };
        let ((ra, fa), (rb, fb)) = (fields(&a), fields(&b));
        assert_eq!(
            (ra.as_str(), rb.as_str()),
            ("data_parallel: ranks 1", "data_parallel: ranks 2")
        );
        assert_eq!(fa[0], 20.0);
        assert_eq!(fb[0], 20.0);
        // 1e-5 relative, plus what printing 6 significant digits may add (one unit of the
        // last digit, when the two values round to either side).
        for (x, y) in fa[1..].iter().zip(&fb[1..]) {
            let unit = 10f64.powf(y.abs().log10().floor() - 5.0);
            assert!((x - y).abs() <= 1e-5 * y.abs() + unit, "{a}\n{b}");
        }
    }
}
