//! The hand-over of a method to rayon's pool: which thread runs a method that splits across
//! threads, and how the others wait for its split steps.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Runs `f` on a thread of rayon's pool when `parallel` (some step of `f` splits across
/// threads), the pool has more than one thread and the caller is not already one of them.
///
/// From outside the pool every split step would hand its blocks to the pool and wait, waking a
/// sleeping thread each time. Inside it, the thread running `f` takes a block of each split step
/// itself, and until `f` returns the pool's other threads poll for the next split step instead
/// of going to sleep between them (as OpenMP's threads spin): woken from sleep, a thread starts
/// a split step late by about the time a small step takes.
///
/// `f` runs on the pool's first thread whenever that thread takes it up within
/// [`FIRST_THREAD_WAIT`]: each thread keeps its part of the operands in its own core's cache
/// from one call to the next, and a call that ran on another thread than the call before it
/// would find them in the wrong core.
#[inline]
pub fn in_pool<R: Send>(parallel: bool, f: impl FnOnce() -> R + Send) -> R {
    // Small methods, which take nanoseconds, pay for nothing but this test.
    if !parallel {
        return f();
    }
    if rayon::current_thread_index().is_none() && rayon::current_num_threads() > 1 {
        hand_over(FIRST_THREAD_WAIT, f)
    } else {
        f()
    }
}

/// How long a thread of the pool that took up a call spins, waiting for the pool's first thread
/// to take `f` from it, before running `f` itself. The first thread, when it is not already
/// looking for work, is woken as the call starts, which takes up to about this long.
pub const FIRST_THREAD_WAIT: Duration = Duration::from_micros(50);

/// [`in_pool`] from outside the pool: `f` runs on the pool's first thread, or on the thread
/// that took up the call if the first has not taken `f` within `wait`; the others poll.
fn hand_over<R: Send>(wait: Duration, f: impl FnOnce() -> R + Send) -> R {
    let threads = rayon::current_num_threads();
    rayon::scope(|_| {
        let done = AtomicBool::new(false);
        let run = || {
            // Set when `f` returns or unwinds, so that the other threads stop polling.
            let _done = Done(&done);
            f()
        };
        if rayon::current_thread_index() == Some(0) {
            let (r, ()) = rayon::join(run, || stay_awake(&done, threads - 1));
            return r;
        }
        // Another thread took the call up: it offers `f` to be stolen, and spins (without taking
        // work from its own queue, where `f` waits) until a thread has taken `f`, normally the
        // first. Past `wait` it polls, and runs `f` itself if no thread has.
        let taken = AtomicBool::new(false);
        let ((), r) = rayon::join(
            || {
                let start = Instant::now();
                while !taken.load(Ordering::Acquire) && start.elapsed() < wait {
                    std::hint::spin_loop();
                }
                stay_awake(&done, threads - 1)
            },
            || {
                taken.store(true, Ordering::Release);
                run()
            },
        );
        r
    })
}

/// Sets its flag when dropped.
struct Done<'a>(&'a AtomicBool);

impl Drop for Done<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Release);
    }
}

/// Keeps `n` threads of the pool looking for work until `done`: between the split steps of a
/// method the other threads would otherwise go to sleep, and waking them again costs more than
/// a small split step saves.
fn stay_awake(done: &AtomicBool, n: usize) {
    if n == 0 {
        return;
    }
    let poll = || {
        while !done.load(Ordering::Acquire) {
            if rayon::yield_now() != Some(rayon::Yield::Executed) {
                std::hint::spin_loop();
            }
        }
    };
    if n == 1 {
        poll();
    } else {
        rayon::join(poll, || stay_awake(done, n - 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::product::tests::naive;
    use rayon::prelude::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn in_pool_runs_split_methods_on_a_thread_of_the_pool() {
        // The test threads are outside rayon's global pool.
        assert_eq!(rayon::current_thread_index(), None);
        let inside = in_pool(true, rayon::current_thread_index);
        assert_eq!(inside.is_some(), rayon::current_num_threads() > 1);
        assert_eq!(in_pool(false, rayon::current_thread_index), None);
        // Called from a thread of a pool, it stays there.
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let (outer, inner) = pool.install(|| {
            (
                rayon::current_thread_index(),
                in_pool(true, rayon::current_thread_index),
            )
        });
        assert_eq!(outer, inner);
    }

    #[test]
    fn a_call_from_outside_the_pool_runs_on_the_pools_first_thread() {
        // Whichever thread takes a call up, a first thread that takes `f` within the wait runs
        // it: with a wait of seconds it always does, whether the pool was polling (calls back
        // to back) or asleep (after a pause).
        for i in 0..300 {
            if i % 60 == 0 {
                std::thread::sleep(Duration::from_millis(20));
            }
            let on = hand_over(Duration::from_secs(10), rayon::current_thread_index);
            assert_eq!(on, Some(0), "call {i}");
        }
        // With no wait, the thread that took the call up may run `f` itself; every call still
        // runs `f` once, on a thread of the pool.
        let runs = AtomicUsize::new(0);
        for _ in 0..300 {
            let on = hand_over(Duration::ZERO, || {
                runs.fetch_add(1, Ordering::Relaxed);
                rayon::current_thread_index()
            });
            assert!(on.is_some());
        }
        assert_eq!(runs.load(Ordering::Relaxed), 300);
    }

    #[test]
    fn a_panic_inside_the_pool_reaches_the_caller_and_releases_the_pool() {
        // If the other threads kept polling after the panic, the call would never return.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let r = std::panic::catch_unwind(|| in_pool(true, || panic!("in the pool")));
            tx.send(r.is_err()).unwrap();
        });
        let got = rx.recv_timeout(std::time::Duration::from_secs(60));
        assert_eq!(got, Ok(true));
        // The pool still runs work.
        assert_eq!(in_pool(true, || 7), 7);
    }

    /// `c = a b` as [`naive`] computes it, one row of `c` per rayon task.
    fn rows_in_parallel(n: usize, k: usize, a: &[f32], b: &[f32], c: &mut [f32]) {
        c.par_chunks_mut(n).enumerate().for_each(|(i, row)| {
            for (j, o) in row.iter_mut().enumerate() {
                *o = (0..k).map(|p| a[i * k + p] * b[p * n + j]).sum();
            }
        });
    }

    #[test]
    fn methods_called_from_several_threads_at_once_all_finish() {
        // Each call's polling threads may pick up another call's whole method; every call
        // still returns, with its own exact result.
        let (tx, rx) = std::sync::mpsc::channel();
        for t in 0..4usize {
            let tx = tx.clone();
            std::thread::spawn(move || {
                let (m, n, k) = (96 + t, 80, 70);
                let a: Vec<f32> = (0..m * k).map(|i| ((i + t) % 11) as f32 - 5.0).collect();
                let b: Vec<f32> = (0..k * n).map(|i| (i % 5) as f32 - 2.0).collect();
                let ok = (0..20).all(|_| {
                    let mut c = vec![0.0; m * n];
                    in_pool(true, || rows_in_parallel(n, k, &a, &b, &mut c));
                    c == naive(m, n, k, &a, &b)
                });
                tx.send(ok).unwrap();
            });
        }
        for _ in 0..4 {
            let got = rx.recv_timeout(std::time::Duration::from_secs(120));
            assert_eq!(got, Ok(true));
        }
    }

    #[test]
    fn every_polling_thread_stops_when_the_method_is_done() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap();
        let (m, n, k) = (130, 150, 170);
        let a: Vec<f32> = (0..m * k).map(|i| (i % 13) as f32 - 6.0).collect();
        let b: Vec<f32> = (0..k * n).map(|i| (i % 7) as f32 - 3.0).collect();
        let mut c = vec![0.0; m * n];
        pool.install(|| {
            let done = AtomicBool::new(false);
            rayon::join(
                || {
                    let _done = Done(&done);
                    // Split work that the polling threads pick up.
                    rows_in_parallel(n, k, &a, &b, &mut c);
                },
                || stay_awake(&done, 3),
            );
        });
        assert_eq!(c, naive(m, n, k, &a, &b));
    }
}
