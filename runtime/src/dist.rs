//! Data-parallel training: every rank (process) computes `loss_and_grad` on its shard of a
//! global batch, the gradients are averaged across ranks with one all-reduce, and every rank
//! applies the same optimizer step to the same params.
//!
//! A [`Communicator`] is what the ranks talk through: [`Single`] is one process and needs
//! nothing; `Mpi` (cargo feature `mpi`) runs over an MPI library such as OpenMPI, started by
//! `mpirun`. [`DataParallel`] does the rest for any `model!` struct, through the
//! [`Model`] trait:
//!
//! ```
//! use rheano::prelude::*;
//! use rheano::dist::{DataParallel, Single};
//!
//! model! { struct Ls { param w: [D]; input x: [N, D]; input y: [N]; loss = mean((x @ w - y)^2); } }
//!
//! let x = arr2(&[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 0.0]]);
//! let y = arr1(&[1.0, 2.0, 3.0, 2.0]);
//! let mut m = Ls { w: arr1(&[0.0, 0.0]) };
//! let mut g = LsGrad::zeros_like(&m);
//! let mut opt = Sgd::new(0.1);
//!
//! let mut dp = DataParallel::new(Single); // or `Mpi::init()?` under mpirun
//! dp.broadcast_params(&mut m).unwrap(); // every rank starts from rank 0's params
//! for _ in 0..100 {
//!     // This rank's equal share of the global batch.
//!     let (xs, ys) = (dp.shard(x.view(), Axis(0)).unwrap(), dp.shard(y.view(), Axis(0)).unwrap());
//!     let local = m.loss_and_grad(xs, ys, &mut g).unwrap();
//!     let global = dp.all_reduce(&m, &mut g, local).unwrap(); // the global batch's mean loss
//!     opt.step(&mut m, &g);
//! }
//! dp.finish().unwrap(); // every rank took the same number of steps
//! assert!((m.w[0] - 1.0).abs() < 1e-3 && (m.w[1] - 2.0).abs() < 1e-3);
//! ```
//!
//! **Which losses train exactly as on one process.** With `R` ranks each taking `B / R`
//! examples of a global batch of `B`, [`DataParallel::all_reduce`] returns the mean over ranks
//! of each rank's loss and gradient. For a loss that is a mean of per-example terms plus terms
//! of the params alone (weight decay), that is the loss and gradient of the global batch, up to
//! f32 rounding, so training follows the same path as one process on the same global batches.
//! Losses outside that class differ: statistics of the batch (a batch mean or variance, batch
//! normalization) are taken over each rank's `B / R` examples, not over `B`; means over groups
//! or classes (`mean` of a masked sum divided by a count) average per-rank group means that
//! may hold different numbers of examples; noise (`noise` inputs, dropout masks) drawn by each
//! rank from its own generator is another draw than one process makes. A loss that is a sum
//! over examples wants [`DataParallel::summing`].
//!
//! **Errors end every rank.** Ranks that disagree (on their params' names and shapes, on their
//! gradient's size, on the number of steps they take) all get an [`Error::Dist`] that says
//! how; [`run`] turns an error on one rank into the end of all ranks (MPI's abort) instead of
//! leaving the others waiting in a collective, and `Mpi` does the same for a panic. Call
//! [`DataParallel::finish`] after the last step: a rank that stops without it while others
//! step leaves them waiting, and `Mpi`'s watchdog then ends every rank once a collective has
//! waited past its limit (10 minutes unless set otherwise).

use crate::error::Error;
use crate::io::{self, Extras};
use crate::model::Model;
use crate::optim::Optimizer;
use ndarray::{ArrayView, ArrayViewD, ArrayViewMutD, Axis, Dimension, Slice};
use std::ops::Range;
use std::path::Path;

#[cfg(feature = "mpi")]
mod mpi;
#[cfg(feature = "mpi")]
pub use self::mpi::Mpi;

/// What the ranks of a data-parallel run talk through. Every method but [`rank`](Self::rank),
/// [`size`](Self::size) and [`abort`](Self::abort) is collective: every rank calls it, in the
/// same order, with buffers of the same length.
pub trait Communicator {
    /// This process's rank, in `0..size()`.
    fn rank(&self) -> usize;
    /// The number of ranks.
    fn size(&self) -> usize;
    /// Sums `buf` element-wise across ranks; every rank gets the sum in `buf`.
    ///
    /// # Errors
    /// As the implementation reports them (MPI itself ends the job on a failed collective).
    fn all_reduce_sum(&self, buf: &mut [f32]) -> Result<(), Error>;
    /// Copies `buf` of rank `root` into `buf` of every rank.
    ///
    /// # Errors
    /// `Error::Dist` if `root` is not a rank.
    fn broadcast(&self, buf: &mut [f32], root: usize) -> Result<(), Error>;
    /// Copies the bytes of rank `root` into `bytes` of every rank, whatever their length there.
    ///
    /// # Errors
    /// `Error::Dist` if `root` is not a rank.
    fn broadcast_bytes(&self, bytes: &mut Vec<u8>, root: usize) -> Result<(), Error>;
    /// Every rank's `value`, in rank order, into `all` (one entry per rank).
    ///
    /// # Errors
    /// `Error::Dist` if `all` does not have one entry per rank.
    fn all_gather(&self, value: u64, all: &mut [u64]) -> Result<(), Error>;
    /// Returns once every rank has called it.
    ///
    /// # Errors
    /// As the implementation reports them.
    fn barrier(&self) -> Result<(), Error>;
    /// Ends every rank's process with exit status `code` (MPI's abort); for one process, ends
    /// it.
    fn abort(&self, code: i32) -> !;
    /// True on rank 0, the rank that prints and writes files.
    fn is_root(&self) -> bool {
        self.rank() == 0
    }
}

impl<C: Communicator + ?Sized> Communicator for &C {
    fn rank(&self) -> usize {
        (**self).rank()
    }
    fn size(&self) -> usize {
        (**self).size()
    }
    fn all_reduce_sum(&self, buf: &mut [f32]) -> Result<(), Error> {
        (**self).all_reduce_sum(buf)
    }
    fn broadcast(&self, buf: &mut [f32], root: usize) -> Result<(), Error> {
        (**self).broadcast(buf, root)
    }
    fn broadcast_bytes(&self, bytes: &mut Vec<u8>, root: usize) -> Result<(), Error> {
        (**self).broadcast_bytes(bytes, root)
    }
    fn all_gather(&self, value: u64, all: &mut [u64]) -> Result<(), Error> {
        (**self).all_gather(value, all)
    }
    fn barrier(&self) -> Result<(), Error> {
        (**self).barrier()
    }
    fn abort(&self, code: i32) -> ! {
        (**self).abort(code)
    }
}

/// One process: rank 0 of 1. Every collective leaves its buffers as they are.
#[derive(Clone, Copy, Debug, Default)]
pub struct Single;

impl Communicator for Single {
    fn rank(&self) -> usize {
        0
    }
    fn size(&self) -> usize {
        1
    }
    fn all_reduce_sum(&self, _: &mut [f32]) -> Result<(), Error> {
        Ok(())
    }
    fn broadcast(&self, _: &mut [f32], root: usize) -> Result<(), Error> {
        check_root(root, 1)
    }
    fn broadcast_bytes(&self, _: &mut Vec<u8>, root: usize) -> Result<(), Error> {
        check_root(root, 1)
    }
    fn all_gather(&self, value: u64, all: &mut [u64]) -> Result<(), Error> {
        check_gather(all.len(), 1)?;
        all[0] = value;
        Ok(())
    }
    fn barrier(&self) -> Result<(), Error> {
        Ok(())
    }
    fn abort(&self, code: i32) -> ! {
        std::process::exit(code)
    }
}

pub(crate) fn check_gather(len: usize, size: usize) -> Result<(), Error> {
    if len == size {
        Ok(())
    } else {
        Err(Error::Dist(format!(
            "all_gather needs one entry per rank: {len} entries for {size} ranks"
        )))
    }
}

pub(crate) fn check_root(root: usize, size: usize) -> Result<(), Error> {
    if root < size {
        Ok(())
    } else {
        Err(Error::Dist(format!(
            "root {root} is not a rank: there are {size} ranks (0..{size})"
        )))
    }
}

/// Runs `train` and returns what it returns; on more than one rank, an `Err` is printed with
/// the rank that met it and ends every rank (exit status 1), so that no rank is left waiting
/// for one that has stopped.
///
/// # Errors
/// On one rank, the error of `train`.
pub fn run<C: Communicator, T>(
    comm: &C,
    train: impl FnOnce() -> Result<T, Error>,
) -> Result<T, Error> {
    match train() {
        Err(e) if comm.size() > 1 => {
            say(&format!("rank {} of {}: {e}\n", comm.rank(), comm.size()));
            comm.abort(1)
        }
        r => r,
    }
}

/// Writes `line` to stderr in one write, so that `mpirun`, which passes every rank's output on
/// as it comes, does not split it with another rank's lines or its own (as the pieces of an
/// `eprintln!`, each written apart, can be).
pub(crate) fn say(line: &str) {
    use std::io::Write;
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}

/// The part of `0..len` that rank `rank` of `size` takes: contiguous, in rank order, with
/// sizes that differ by at most one (the first `len % size` ranks take one more). For data
/// sets, where every example should be seen once; a batch wants [`shard`], whose parts are
/// equal.
///
/// ```
/// use rheano::dist::shard_range;
/// assert_eq!(shard_range(10, 0, 3), 0..4);
/// assert_eq!(shard_range(10, 1, 3), 4..7);
/// assert_eq!(shard_range(10, 2, 3), 7..10);
/// ```
pub fn shard_range(len: usize, rank: usize, size: usize) -> Range<usize> {
    let size = size.max(1);
    let (base, extra) = (len / size, len % size);
    let start = rank * base + rank.min(extra);
    let end = (start + base + usize::from(rank < extra)).min(len);
    start.min(len)..end
}

/// Rank `rank`'s equal share of `a` along `axis`: the `rank`-th of `size` contiguous parts.
/// Equal parts are what keep a mean loss the mean of the global batch.
///
/// # Errors
/// `Error::Dist` if the axis's length is not a multiple of `size`.
pub fn shard<'a, A, D: Dimension>(
    a: ArrayView<'a, A, D>,
    axis: Axis,
    rank: usize,
    size: usize,
) -> Result<ArrayView<'a, A, D>, Error> {
    let len = a.len_of(axis);
    if size == 0 || !len.is_multiple_of(size) {
        return Err(Error::Dist(format!(
            "a batch of {len} along axis {} does not split into {size} equal shards; \
             make the global batch a multiple of the number of ranks",
            axis.index()
        )));
    }
    let part = len / size;
    let mut a = a;
    a.slice_axis_inplace(axis, Slice::from(rank * part..(rank + 1) * part));
    Ok(a)
}

/// How [`DataParallel::all_reduce`] combines the ranks' gradients.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduce {
    /// The mean over ranks: for a loss that is a mean over the batch.
    Mean,
    /// The sum over ranks: for a loss that is a sum over the batch.
    Sum,
}

/// What a rank says before each step's all-reduce: its gradient's length plus one, or this
/// value when it finishes. Every rank hears every rank's word in one small collective, so
/// ranks that disagree (one finishing while another steps, gradients of other sizes) all see it
/// there and none goes on to an all-reduce that another will never join.
const FINISHED: u64 = 0;

/// Data-parallel training of any [`Model`] over a [`Communicator`]: params broadcast from rank
/// 0, gradients and loss combined across ranks in one packed all-reduce per step (the buffer
/// is allocated at the first step and reused), sharding, and checkpoints written by rank 0.
/// See the [module](self) for an example and for which losses train as on one process.
pub struct DataParallel<C: Communicator> {
    comm: C,
    reduce: Reduce,
    /// The gradient's values, then the loss.
    buf: Vec<f32>,
    /// Every rank's word before a step (see [`FINISHED`]).
    words: Vec<u64>,
    steps: u64,
}

impl<C: Communicator> DataParallel<C> {
    /// Averages gradients and losses across ranks ([`Reduce::Mean`]).
    pub fn new(comm: C) -> Self {
        DataParallel {
            comm,
            reduce: Reduce::Mean,
            buf: Vec::new(),
            words: Vec::new(),
            steps: 0,
        }
    }

    /// Sums gradients and losses across ranks ([`Reduce::Sum`]), for a loss that is a sum over
    /// the batch.
    pub fn summing(comm: C) -> Self {
        DataParallel {
            reduce: Reduce::Sum,
            ..Self::new(comm)
        }
    }

    /// The communicator.
    pub fn comm(&self) -> &C {
        &self.comm
    }

    /// This process's rank.
    pub fn rank(&self) -> usize {
        self.comm.rank()
    }

    /// The number of ranks.
    pub fn size(&self) -> usize {
        self.comm.size()
    }

    /// True on rank 0.
    pub fn is_root(&self) -> bool {
        self.comm.is_root()
    }

    /// The number of [`all_reduce`](Self::all_reduce) steps taken.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// This rank's equal share of a global batch along `axis` (see [`shard`]).
    ///
    /// # Errors
    /// `Error::Dist` if the axis's length is not a multiple of the number of ranks.
    pub fn shard<'a, A, D: Dimension>(
        &self,
        a: ArrayView<'a, A, D>,
        axis: Axis,
    ) -> Result<ArrayView<'a, A, D>, Error> {
        shard(a, axis, self.rank(), self.size())
    }

    /// Makes every rank's params equal to rank 0's, after checking that every rank's model has
    /// the same params (names and shapes, in order).
    ///
    /// # Errors
    /// `Error::Dist` on every rank if any rank's params differ from rank 0's; the params are
    /// then untouched.
    pub fn broadcast_params<M: Model>(&mut self, model: &mut M) -> Result<(), Error> {
        if self.size() == 1 {
            return Ok(());
        }
        let mine = describe_params(model);
        let mut root = mine.clone().into_bytes();
        self.comm.broadcast_bytes(&mut root, 0)?;
        let root = String::from_utf8_lossy(&root).into_owned();
        let same = self.gather(u64::from(root == mine))?;
        if let Some(other) = same.iter().position(|&s| s == 0) {
            let r = self.rank();
            return Err(Error::Dist(if root == mine {
                format!("the params of rank {other} differ from rank 0's ({root})")
            } else {
                format!("the params of rank {r} ({mine}) differ from rank 0's ({root})")
            }));
        }
        self.buf.clear();
        model.visit(&mut |_, p| pack(&mut self.buf, p));
        self.comm.broadcast(&mut self.buf, 0)?;
        let mut at = 0;
        model.visit_mut(&mut |_, p| at = unpack(&self.buf, at, 1.0, p));
        Ok(())
    }

    /// Combines `grad` and this rank's `loss` across ranks in place (their mean over ranks, or
    /// their sum for [`summing`](Self::summing)) and returns the combined loss. One all-reduce
    /// of one packed buffer, after each rank has said its gradient's length (one `u64` each,
    /// gathered); nothing is allocated after the first call. On one rank it returns `loss` and
    /// leaves `grad` as it is.
    ///
    /// # Errors
    /// `Error::Dist` on every rank if the ranks' gradients differ in size or if some rank has
    /// called [`finish`](Self::finish) while others step.
    pub fn all_reduce<M: Model>(
        &mut self,
        model: &M,
        grad: &mut M::Grad,
        loss: f32,
    ) -> Result<f32, Error> {
        self.steps += 1;
        if self.size() == 1 {
            return Ok(loss);
        }
        self.buf.clear();
        model.visit_grad_mut(grad, &mut |_, g| pack(&mut self.buf, g.view()));
        let n = self.buf.len();
        self.agree(n as u64 + 1)?;
        self.buf.push(loss);
        self.comm.all_reduce_sum(&mut self.buf)?;
        let scale = match self.reduce {
            Reduce::Mean => 1.0 / self.size() as f32,
            Reduce::Sum => 1.0,
        };
        let mut at = 0;
        let buf = &self.buf;
        model.visit_grad_mut(grad, &mut |_, g| at = unpack(buf, at, scale, g));
        Ok(self.buf[n] * scale)
    }

    /// Checks that every rank ends training together: call it on every rank after the last
    /// step. A rank that took more steps than another meets this call in the word every rank
    /// says before a step (one `u64` each, gathered), and both get the error.
    ///
    /// # Errors
    /// `Error::Dist` on every rank if some ranks still step.
    pub fn finish(&mut self) -> Result<(), Error> {
        if self.size() == 1 {
            return Ok(());
        }
        self.agree(FINISHED)
    }

    /// Every rank's `value`, gathered (for the checks that run once, not per step).
    fn gather(&self, value: u64) -> Result<Vec<u64>, Error> {
        let mut all = vec![0; self.size()];
        self.comm.all_gather(value, &mut all)?;
        Ok(all)
    }

    /// Tells every rank this rank's word (its gradient's length plus one, or [`FINISHED`]) and
    /// checks that every rank said the same.
    fn agree(&mut self, mine: u64) -> Result<(), Error> {
        let size = self.size();
        self.words.resize(size, 0);
        self.comm.all_gather(mine, &mut self.words)?;
        let finished = self.words.iter().filter(|&&w| w == FINISHED).count();
        if finished != 0 && finished != size {
            let what = if mine == FINISHED {
                format!(
                    "finished after {} steps while {} of {size} ranks took another step",
                    self.steps,
                    size - finished
                )
            } else {
                format!(
                    "took step {} while {finished} of {size} ranks had finished",
                    self.steps
                )
            };
            return Err(Error::Dist(format!(
                "rank {} {what}: the ranks ran different numbers of steps (give every rank the \
                 same number of batches: shard each global batch, or the data set in equal \
                 parts)",
                self.rank()
            )));
        }
        if self.words.iter().any(|&w| w != mine) {
            let sizes: Vec<String> = (self.words.iter().enumerate())
                .map(|(r, w)| format!("rank {r} {}", w - 1))
                .collect();
            return Err(Error::Dist(format!(
                "the ranks' gradients differ in size ({}); every rank must train the same model",
                sizes.join(", ")
            )));
        }
        Ok(())
    }

    /// Writes `model`, `opt`'s state and `extras` to `path` from rank 0 (atomically, as
    /// [`io::save_checkpoint_with`]); the other ranks wait until it is written. Resuming with
    /// [`load_checkpoint`](Self::load_checkpoint) on any number of ranks gives the same params
    /// and optimizer state.
    ///
    /// # Errors
    /// Rank 0's write error on rank 0, and `Error::Dist` naming it on the others.
    pub fn save_checkpoint<M: Model, O: Optimizer>(
        &self,
        model: &M,
        opt: &O,
        extras: &Extras,
        path: impl AsRef<Path>,
    ) -> Result<(), Error> {
        let path = path.as_ref();
        let written = if self.is_root() {
            io::save_checkpoint_with(model, opt, extras, path)
        } else {
            Ok(())
        };
        self.all_ok(written, |r| {
            format!("rank {r} could not write the checkpoint {}", path.display())
        })
    }

    /// Reads the checkpoint at `path` on rank 0 and loads it on every rank (so the file need
    /// only be where rank 0 runs): params, the optimizer's state, and the extras it returns.
    ///
    /// # Errors
    /// On every rank, if rank 0 cannot read the file or any rank cannot load it (the error
    /// itself on the rank that met it, `Error::Dist` naming that rank on the others). A rank
    /// whose load failed keeps its model and optimizer as they were; the others have loaded.
    pub fn load_checkpoint<M: Model, O: Optimizer>(
        &self,
        model: &mut M,
        opt: &mut O,
        path: impl AsRef<Path>,
    ) -> Result<Extras, Error> {
        let path = path.as_ref();
        let read = if self.is_root() {
            std::fs::read(path).map_err(|e| Error::Data(format!("{}: {e}", path.display())))
        } else {
            Ok(Vec::new())
        };
        let mut bytes = self.all_ok(read, |r| {
            format!("rank {r} could not read the checkpoint {}", path.display())
        })?;
        self.comm.broadcast_bytes(&mut bytes, 0)?;
        let loaded = io::load_checkpoint_bytes_named(model, opt, &bytes, path);
        self.all_ok(loaded, |r| {
            format!("rank {r} could not load the checkpoint {}", path.display())
        })
    }

    /// `result` on every rank once every rank's has been heard: this rank's own error, or, if
    /// it succeeded where another rank failed, `Error::Dist` naming the first rank that failed.
    fn all_ok<T>(
        &self,
        result: Result<T, Error>,
        failed: impl FnOnce(usize) -> String,
    ) -> Result<T, Error> {
        let ok = self.gather(u64::from(result.is_ok()))?;
        let value = result?;
        match ok.iter().position(|&o| o == 0) {
            Some(r) => Err(Error::Dist(failed(r))),
            None => Ok(value),
        }
    }
}

/// Appends `a`'s values to `buf` in row-major order (a copy of its slice when it has one: the
/// generic element iterator of a dynamic-rank array costs several times a copy).
fn pack(buf: &mut Vec<f32>, a: ArrayViewD<'_, f32>) {
    match a.as_slice() {
        Some(s) => buf.extend_from_slice(s),
        None => buf.extend(a.iter()),
    }
}

/// Sets `a` to `scale` times the values of `buf` from `at` on, in row-major order; returns the
/// position after them.
fn unpack(buf: &[f32], at: usize, scale: f32, mut a: ArrayViewMutD<'_, f32>) -> usize {
    let values = &buf[at..at + a.len()];
    match a.as_slice_mut() {
        Some(s) if scale == 1.0 => s.copy_from_slice(values),
        Some(s) => s.iter_mut().zip(values).for_each(|(v, &b)| *v = b * scale),
        None => a.iter_mut().zip(values).for_each(|(v, &b)| *v = b * scale),
    }
    at + values.len()
}

/// `w1 [784, 256], b1 [256], ...`: what ranks compare before rank 0's params are copied.
fn describe_params<M: Model>(model: &M) -> String {
    let mut parts = Vec::new();
    model.visit(&mut |name, p| parts.push(format!("{name} {:?}", p.shape())));
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_ranges_cover_every_index_once_in_rank_order() {
        for len in 0..20 {
            for size in 1..6 {
                let parts: Vec<Range<usize>> =
                    (0..size).map(|r| shard_range(len, r, size)).collect();
                assert_eq!(parts[0].start, 0);
                assert_eq!(parts[size - 1].end, len);
                for w in parts.windows(2) {
                    assert_eq!(w[0].end, w[1].start);
                }
                let (lo, hi) = (
                    parts.iter().map(|p| p.len()).min().unwrap(),
                    parts.iter().map(|p| p.len()).max().unwrap(),
                );
                assert!(hi - lo <= 1, "len {len} size {size}: {parts:?}");
            }
        }
    }

    #[test]
    fn a_batch_that_does_not_split_evenly_is_an_error_naming_both_numbers() {
        let a = ndarray::Array2::<f32>::zeros((10, 3));
        let e = shard(a.view(), Axis(0), 0, 4).unwrap_err().to_string();
        assert!(
            e.contains("batch of 10") && e.contains("4 equal shards"),
            "{e}"
        );
        let s = shard(a.view(), Axis(0), 1, 2).unwrap();
        assert_eq!(s.shape(), &[5, 3]);
        let s = shard(a.view(), Axis(1), 2, 3).unwrap();
        assert_eq!(s.shape(), &[10, 1]);
    }

    #[test]
    fn a_bad_root_is_an_error() {
        assert!(Single.broadcast(&mut [1.0], 1).is_err());
        assert!(Single.broadcast(&mut [1.0], 0).is_ok());
    }
}
