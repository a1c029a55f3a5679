//! [`Mpi`]: the ranks of an `mpirun` job, through the `mpi` crate (cargo feature `mpi`).

use super::{check_root, Communicator};
use crate::error::Error;
use mpi::collective::SystemOperation;
use mpi::environment::Universe;
use mpi::topology::SimpleCommunicator;
use mpi::traits::{Communicator as _, CommunicatorCollectives, Root};
use mpi::Threading;
use std::cell::RefCell;

/// The largest count one MPI call takes (its counts are C `int`s).
const CHUNK: usize = 1 << 30;

/// The processes started by `mpirun` (or one process started alone), over the MPI library the
/// `mpi` crate finds (OpenMPI on Debian: `libopenmpi-dev` and `openmpi-bin`).
///
/// [`Mpi::init`] also arranges what a job of several ranks needs: a panic on one rank ends
/// every rank (MPI's abort) instead of leaving the others waiting, and rayon's pool (which
/// `model!` methods split their work over) gets the host's cores divided among the ranks on
/// that host, unless `RAYON_NUM_THREADS` says otherwise.
pub struct Mpi {
    world: SimpleCommunicator,
    rank: usize,
    size: usize,
    /// The send side of in-place all-reduces, kept from one call to the next.
    scratch: RefCell<Vec<f32>>,
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
        Ok(Mpi {
            world,
            rank,
            size,
            scratch: RefCell::new(Vec::new()),
            _universe: universe,
        })
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
        let root = self.world.process_at_rank(root as i32);
        for part in buf.chunks_mut(CHUNK) {
            root.broadcast_into(part);
        }
        Ok(())
    }

    fn broadcast_bytes(&self, bytes: &mut Vec<u8>, root: usize) -> Result<(), Error> {
        check_root(root, self.size)?;
        let process = self.world.process_at_rank(root as i32);
        let mut len = bytes.len() as u64;
        process.broadcast_into(&mut len);
        bytes.resize(len as usize, 0);
        for part in bytes.chunks_mut(CHUNK) {
            process.broadcast_into(part);
        }
        Ok(())
    }

    fn all_gather(&self, value: u64) -> Result<Vec<u64>, Error> {
        let mut all = vec![0u64; self.size];
        self.world.all_gather_into(&value, &mut all[..]);
        Ok(all)
    }

    fn barrier(&self) -> Result<(), Error> {
        self.world.barrier();
        Ok(())
    }

    fn abort(&self, code: i32) -> ! {
        self.world.abort(code)
    }
}
