//! [`Mpi`]: the ranks of an `mpirun` job, through the `mpi` crate (cargo feature `mpi`).

use super::{check_gather, check_root, say, Communicator};
use crate::error::Error;
use mpi::collective::SystemOperation;
use mpi::environment::Universe;
use mpi::topology::SimpleCommunicator;
use mpi::traits::{Communicator as _, CommunicatorCollectives, Root};
use mpi::Threading;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Whether an `Mpi` is live: the panic hook aborts the job only then (not after finalizing).
static LIVE: AtomicBool = AtomicBool::new(false);

/// The largest count one MPI call takes (its counts are C `int`s).
const CHUNK: usize = 1 << 30;

/// The processes started by `mpirun` (or one process started alone), over the MPI library the
/// `mpi` crate finds (OpenMPI on Debian: `libopenmpi-dev` and `openmpi-bin`).
///
/// [`Mpi::init`] also arranges what a job of several ranks needs: a panic on one rank ends
/// every rank (MPI's abort) instead of leaving the others waiting; a watchdog ends every rank
/// when a collective has waited longer than a limit for ranks that do not come (a rank that
/// stopped without [`DataParallel::finish`](super::DataParallel::finish), or hangs): 10
/// minutes, or `RHEANO_DIST_TIMEOUT` seconds, or [`Mpi::set_timeout`]; and rayon's pool (which
/// `model!` methods split their work over) gets the host's cores divided among the ranks on
/// that host, unless `RAYON_NUM_THREADS` says otherwise.
pub struct Mpi {
    world: SimpleCommunicator,
    rank: usize,
    size: usize,
    /// The send side of in-place all-reduces, kept from one call to the next.
    scratch: RefCell<Vec<f32>>,
    watch: Arc<Watch>,
    /// Finalizes MPI when dropped; declared last so that it drops after the communicator.
    _universe: Universe,
}

impl Mpi {
    /// Initializes MPI for this process.
    ///
    /// # Errors
    /// `Error::Dist` if MPI is already initialized in this process (an `Mpi` exists already).
    pub fn init() -> Result<Mpi, Error> {
        let (universe, _) = mpi::initialize_with_threading(Threading::Serialized)
            .ok_or_else(|| Error::Dist("MPI is already initialized in this process".to_string()))?;
        let world = universe.world();
        let (rank, size) = (world.rank() as usize, world.size() as usize);
        if size > 1 {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                previous(info);
                if !LIVE.load(Ordering::SeqCst) {
                    return;
                }
                super::say(&format!(
                    "rank {rank} of {size} panicked; ending every rank\n"
                ));
                SimpleCommunicator::world().abort(101);
            }));
        }
        let on_host = world.split_shared(rank as i32).size().max(1) as usize;
        if std::env::var_os("RAYON_NUM_THREADS").is_none() {
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            // An error means the pool was built already; it is then left as it is.
            let _ = rayon::ThreadPoolBuilder::new()
                .num_threads((cores / on_host).max(1))
                .build_global();
        }
        let limit = std::env::var("RHEANO_DIST_TIMEOUT")
            .ok()
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|s| *s > 0.0)
            .map_or(DEFAULT_TIMEOUT, Duration::from_secs_f64);
        let watch = Arc::new(Watch {
            start: Instant::now(),
            since: AtomicU64::new(0),
            limit_ms: AtomicU64::new(limit.as_millis() as u64),
        });
        if size > 1 {
            let w = Arc::clone(&watch);
            std::thread::Builder::new()
                .name("rheano-dist-watchdog".into())
                .spawn(move || w.run(rank, size))
                .map_err(|e| Error::Dist(format!("cannot start the watchdog: {e}")))?;
        }
        LIVE.store(true, Ordering::SeqCst);
        Ok(Mpi {
            world,
            rank,
            size,
            scratch: RefCell::new(Vec::new()),
            watch,
            _universe: universe,
        })
    }

    /// How long a collective may wait for the other ranks before the watchdog ends every rank.
    pub fn set_timeout(&self, limit: Duration) {
        (self.watch.limit_ms).store(limit.as_millis().max(1) as u64, Ordering::Relaxed);
    }
}

impl Drop for Mpi {
    fn drop(&mut self) {
        // Before MPI is finalized (the universe drops after this): a panic from here on is
        // this process's alone, and the watchdog has nothing to watch.
        LIVE.store(false, Ordering::SeqCst);
    }
}

/// The watchdog's limit unless set otherwise.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);

/// When the collective under way began (milliseconds after `start`, plus one; 0 when none is).
struct Watch {
    start: Instant,
    since: AtomicU64,
    limit_ms: AtomicU64,
}

impl Watch {
    /// Marks a collective under way until the guard drops.
    fn enter(&self) -> Waiting<'_> {
        let now = self.start.elapsed().as_millis() as u64 + 1;
        self.since.store(now, Ordering::Relaxed);
        Waiting(self)
    }

    /// Checks the collective under way every so often; past the limit, says so and ends this
    /// process, which `mpirun` answers by ending every rank.
    fn run(&self, rank: usize, size: usize) {
        loop {
            let limit = self.limit_ms.load(Ordering::Relaxed);
            std::thread::sleep(Duration::from_millis((limit / 4).clamp(10, 1000)));
            let since = self.since.load(Ordering::Relaxed);
            let now = self.start.elapsed().as_millis() as u64 + 1;
            if since != 0 && now.saturating_sub(since) > limit {
                say(&format!(
                    "rank {rank} of {size} waited {:.1} s in a collective for ranks that did not \
                     come (a rank stopped without `finish`, or hangs); ending every rank \
                     (the limit: RHEANO_DIST_TIMEOUT=seconds)\n",
                    (now - since) as f64 / 1e3
                ));
                std::process::abort();
            }
        }
    }
}

struct Waiting<'a>(&'a Watch);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.since.store(0, Ordering::Relaxed);
    }
}

impl Communicator for Mpi {
    fn rank(&self) -> usize {
        self.rank
    }

    fn size(&self) -> usize {
        self.size
    }

    fn all_reduce_sum(&self, buf: &mut [f32]) -> Result<(), Error> {
        let _waiting = self.watch.enter();
        let mut scratch = self.scratch.borrow_mut();
        for part in buf.chunks_mut(CHUNK) {
            scratch.clear();
            scratch.extend_from_slice(part);
            self.world
                .all_reduce_into(&scratch[..], part, SystemOperation::sum());
        }
        Ok(())
    }

    fn broadcast(&self, buf: &mut [f32], root: usize) -> Result<(), Error> {
        check_root(root, self.size)?;
        let _waiting = self.watch.enter();
        let root = self.world.process_at_rank(root as i32);
        for part in buf.chunks_mut(CHUNK) {
            root.broadcast_into(part);
        }
        Ok(())
    }

    fn broadcast_bytes(&self, bytes: &mut Vec<u8>, root: usize) -> Result<(), Error> {
        check_root(root, self.size)?;
        let _waiting = self.watch.enter();
        let process = self.world.process_at_rank(root as i32);
        let mut len = bytes.len() as u64;
        process.broadcast_into(&mut len);
        bytes.resize(len as usize, 0);
        for part in bytes.chunks_mut(CHUNK) {
            process.broadcast_into(part);
        }
        Ok(())
    }

    fn all_gather(&self, value: u64, all: &mut [u64]) -> Result<(), Error> {
        check_gather(all.len(), self.size)?;
        let _waiting = self.watch.enter();
        self.world.all_gather_into(&value, all);
        Ok(())
    }

    fn barrier(&self) -> Result<(), Error> {
        let _waiting = self.watch.enter();
        self.world.barrier();
        Ok(())
    }

    fn abort(&self, code: i32) -> ! {
        self.world.abort(code)
    }
}
