//! Large loops and products run on several threads; results are bit-identical run to run and
//! the same for any number of threads, because the work is split into the same blocks.

use rheano::prelude::*;

model! {
    struct Big {
        param x: [N];
        param w: [N, D];
        input v: [D];
        hyper a = 1.5;
        loss = sum(sigmoid(a * x + 0.5) * tanh(x) + 0.5 * x^2) + sum(softplus(w @ v) * x);
    }
}

fn run(m: &Big, v: &Array1<f32>) -> (f32, Vec<f32>, Vec<f32>) {
    let mut g = BigGrad::zeros_like(m);
    let l = m.loss_and_grad(v.view(), 1.5, &mut g).unwrap();
    (l, g.x.to_vec(), g.w.iter().copied().collect())
}

#[test]
fn same_results_for_every_thread_count() {
    let n = 300_000;
    let m = Big {
        x: Array1::from_shape_fn(n, |i| ((i as f32) * 0.001).sin()),
        w: Array2::from_shape_fn((n, 4), |(i, j)| ((i * 4 + j) as f32 * 0.0007).cos()),
    };
    let v = arr1(&[0.3, -0.2, 0.5, 0.1]);
    let first = run(&m, &v);
    assert_eq!(first, run(&m, &v), "run to run");
    for threads in [1, 2, 3] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        assert_eq!(first, pool.install(|| run(&m, &v)), "{threads} threads");
    }
}
