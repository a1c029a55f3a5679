//! Steady state allocates nothing: after the first call, `loss_and_grad` with same-sized inputs
//! makes no heap allocation (a counting global allocator proves it), large matrix products and
//! their split across threads included.

use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, SeedableRng};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

struct Counting;

static ALLOCS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Whether this thread's allocations count: the tests' own threads and the threads of the
    /// pool they use, not the test harness, which records results while other tests run.
    static COUNTED: Cell<bool> = const { Cell::new(false) };
}

fn count_this_thread() {
    COUNTED.with(|c| c.set(true));
}

fn count() {
    if COUNTED.try_with(|c| c.get()).unwrap_or(false) {
        ALLOCS.fetch_add(1, Ordering::SeqCst);
    }
}

/// The counter is shared and the tests of this file run on parallel threads: each test holds
/// this lock throughout, so that no test counts another's allocations.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Starts a test: waits for the others to finish, and counts the calling thread.
fn alone() -> MutexGuard<'static, ()> {
    let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    count_this_thread();
    guard
}

/// The allocations, on counted threads, made while `f` runs.
fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCS.load(Ordering::SeqCst);
    f();
    ALLOCS.load(Ordering::SeqCst) - before
}

/// The allocations made by `calls` more calls of the MLP's `loss_and_grad`, each of which must
/// return `first`, the loss of the call before them.
fn mlp_steady_allocations(
    m: &Mlp,
    x: &Array2<f32>,
    y: &Array1<usize>,
    g: &mut MlpGrad,
    first: f32,
    calls: usize,
) -> usize {
    allocations_during(|| {
        for _ in 0..calls {
            let l = m.loss_and_grad(x.view(), y.view(), Mlp::WD, g).unwrap();
            assert_eq!(l, first);
        }
    })
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

include!("../examples/digits/model.rs");

model! {
    struct Elementwise {
        param x: [N];
        hyper a = 1.5;
        hyper b = 0.5;
        loss = sum(sigmoid(a * x + b) * tanh(x) + 0.5 * x^2);
    }
}

#[test]
fn repeated_loss_and_grad_allocates_nothing() {
    let _alone = alone();
    let mut rng = StdRng::seed_from_u64(0);
    let m = Mlp::init(MlpDims { d: 20, h: 16, c: 5 }, &mut rng);
    let x = Array2::from_shape_fn((64, 20), |(i, j)| ((i * 7 + j) % 11) as f32 / 11.0);
    let y = Array1::from_shape_fn(64, |i| i % 5);
    let mut g = MlpGrad::zeros_like(&m);
    let first = m
        .loss_and_grad(x.view(), y.view(), Mlp::WD, &mut g)
        .unwrap();
    assert_eq!(
        mlp_steady_allocations(&m, &x, &y, &mut g, first, 10),
        0,
        "steady-state calls allocated"
    );

    let e = Elementwise {
        x: Array1::from_shape_fn(10_000, |i| (i as f32).sin()),
    };
    let mut ge = ElementwiseGrad::zeros_like(&e);
    e.loss_and_grad(1.5, 0.5, &mut ge).unwrap();
    let later = allocations_during(|| {
        e.loss_and_grad(1.5, 0.5, &mut ge).unwrap();
    });
    assert_eq!(later, 0);
}

#[test]
fn large_products_across_threads_allocate_nothing() {
    let _alone = alone();
    // Products of 25.7M multiply-adds, split across both threads of the pool.
    let (m, x, y) = w3_sized_mlp();
    let mut g = MlpGrad::zeros_like(&m);
    let pool = rheano_pool();
    pool.install(|| {
        let first = m
            .loss_and_grad(x.view(), y.view(), Mlp::WD, &mut g)
            .unwrap();
        count_and_give_a_panel_buffer_to_every_thread();
        assert_eq!(
            mlp_steady_allocations(&m, &x, &y, &mut g, first, 5),
            0,
            "steady-state calls with large products allocated"
        );
    });
}

#[test]
fn calls_from_outside_the_pool_allocate_only_in_its_queue() {
    let _alone = alone();
    // Large enough that the step runs inside rayon's global pool, which the call hands it to.
    let (m, x, y) = w3_sized_mlp();
    let mut g = MlpGrad::zeros_like(&m);
    let first = m
        .loss_and_grad(x.view(), y.view(), Mlp::WD, &mut g)
        .unwrap();
    count_and_give_a_panel_buffer_to_every_thread();
    // The hand-over to the pool goes through rayon's global queue, which allocates one block
    // of 63 slots per 63 hand-overs, and a call hands its step over once. Handing over each of
    // the step's two large products instead allocates twice as often.
    let calls = 630;
    let allocs = mlp_steady_allocations(&m, &x, &y, &mut g, first, calls);
    assert!(
        allocs <= calls / 63 + 1,
        "{allocs} allocations in {calls} calls from outside the pool"
    );
}

/// The MLP at W3's sizes (784-256-10, a batch of 128), with its inputs and labels.
fn w3_sized_mlp() -> (Mlp, Array2<f32>, Array1<usize>) {
    let mut rng = StdRng::seed_from_u64(1);
    let dims = MlpDims {
        d: 784,
        h: 256,
        c: 10,
    };
    let x = Array2::from_shape_fn((128, 784), |(i, j)| ((i * 13 + j) % 17) as f32 / 17.0);
    let y = Array1::from_shape_fn(128, |i| i % 10);
    (Mlp::init(dims, &mut rng), x, y)
}

/// Every thread of the current pool counts from now on and runs one product of its own, so that
/// each has made the one allocation of its life, its panel buffer, whichever blocks it was
/// handed so far.
fn count_and_give_a_panel_buffer_to_every_thread() {
    rayon::broadcast(|_| {
        count_this_thread();
        let (a, b) = (vec![1f32; 100 * 100], vec![1f32; 100 * 100]);
        let mut c = vec![0f32; 100 * 100];
        use rheano::__private::matrix::{Mat, MatMut, MatRef};
        let row = Mat::rows(100);
        rheano::__private::product::gemm(
            MatRef::new(&a, 100, 100, row),
            MatRef::new(&b, 100, 100, row),
            MatMut::new(&mut c, row),
        );
    });
}

/// A pool of two threads: work split inside it goes through its threads' own queues, which
/// reuse their storage, instead of the global queue that calls from outside a pool go through.
/// It lives as long as the test binary: a pool's threads wind down after it is dropped, and
/// their last allocations would land in another test's count.
fn rheano_pool() -> &'static rayon::ThreadPool {
    static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap()
    })
}

model! {
    /// A recurrent net: a scan and, in `loss_and_grad`, its reverse scan.
    struct Recurrent {
        param wx: [D, H];
        param wh: [H, H];
        input x: [T, N, D];
        scan t in T {
            carry h: [N, H] = zeros;
            h = tanh(x[t] @ wx + h @ wh);
            emit hs = h;
        }
        loss = mean(hs * hs);
    }
}

#[test]
fn repeated_steps_of_a_scan_allocate_nothing() {
    let _alone = alone();
    let m = Recurrent {
        wx: Array2::from_shape_fn((8, 16), |(i, j)| ((i + 2 * j) % 7) as f32 / 14.0 - 0.2),
        wh: Array2::from_shape_fn((16, 16), |(i, j)| ((3 * i + j) % 5) as f32 / 20.0 - 0.1),
    };
    let x = rheano::ndarray::Array3::from_shape_fn((12, 4, 8), |(t, n, d)| {
        ((t * 5 + n * 3 + d) % 9) as f32 / 9.0
    });
    let mut g = RecurrentGrad::zeros_like(&m);
    let first = m.loss_and_grad(x.view(), &mut g).unwrap();
    let later = allocations_during(|| {
        for _ in 0..5 {
            assert_eq!(m.loss_and_grad(x.view(), &mut g).unwrap(), first);
        }
    });
    assert_eq!(later, 0, "steady-state calls of a scan allocated");
}

/// The benchmarks' models, W5 among them: the test runs the model the benchmark times.
#[path = "../benches/common/mod.rs"]
#[allow(dead_code)]
mod workloads;

#[test]
fn repeated_steps_of_the_lstm_workload_allocate_nothing() {
    let _alone = alone();
    let (n, t, v, h) = (32, 50, 50, 128);
    let mut rng = StdRng::seed_from_u64(5);
    let m = workloads::W5::init(workloads::W5Dims { v, h }, &mut rng);
    let tokens = Array2::from_shape_fn((t, n), |(i, j)| (i * 7 + j * 13) % v);
    let targets = Array2::from_shape_fn((t, n), |(i, j)| (i * 5 + j * 3 + 1) % v);
    let zeros = Array2::<f32>::zeros((n, h));
    let mut g = workloads::W5Grad::zeros_like(&m);
    let mut call = || {
        m.loss_and_grad(
            tokens.view(),
            targets.view(),
            zeros.view(),
            zeros.view(),
            &mut g,
        )
        .unwrap()
    };
    let first = call();
    let later = allocations_during(|| {
        for _ in 0..3 {
            assert_eq!(call(), first);
        }
    });
    assert_eq!(later, 0, "steady-state calls of the LSTM allocated");
}
