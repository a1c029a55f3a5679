//! The matrix-product candidates on the shapes and layouts our contractions produce (the five
//! products of the W3 step, one of them transposed on each side), one thread and all threads:
//! matrixmultiply and the gemm crate (each as one call, with its own threading where it has
//! it), and rheano's dispatch (its own packed product above 64K multiply-adds, split across
//! rayon's threads above 2M, and allocation-free loops below 64K).
//!
//! `cargo bench --bench gemm`. Each candidate's result is checked against the others first.

use criterion::{criterion_group, criterion_main, Criterion};
use rheano::__private::{
    matrix::{Mat, MatMut, MatRef},
    product::gemm as ours,
};
use std::hint::black_box;

/// `(name, m, n, k, a transposed, b transposed)`.
const SHAPES: [(&str, usize, usize, usize, bool, bool); 5] = [
    ("x@w1 128x256x784", 128, 256, 784, false, false),
    ("h@w2 128x10x256", 128, 10, 256, false, false),
    ("hT@dz 256x10x128", 256, 10, 128, true, false),
    ("dz@w2T 128x256x10", 128, 256, 10, false, true),
    ("xT@dh 784x256x128", 784, 256, 128, true, false),
];

fn mats(m: usize, k: usize, n: usize, at: bool, bt: bool) -> (Mat, Mat) {
    let a = if at { Mat::cols(m) } else { Mat::rows(k) };
    let b = if bt { Mat::cols(k) } else { Mat::rows(n) };
    (a, b)
}

#[allow(clippy::too_many_arguments)]
fn run_mm(m: usize, n: usize, k: usize, a: &[f32], am: Mat, b: &[f32], bm: Mat, c: &mut [f32]) {
    // SAFETY: the strides describe row- or column-major matrices inside the slices.
    unsafe {
        matrixmultiply::sgemm(
            m,
            k,
            n,
            1.0,
            a.as_ptr(),
            am.rs,
            am.cs,
            b.as_ptr(),
            bm.rs,
            bm.cs,
            0.0,
            c.as_mut_ptr(),
            n as isize,
            1,
        )
    }
}

#[allow(clippy::too_many_arguments)]
fn run_gemm(
    m: usize,
    n: usize,
    k: usize,
    a: &[f32],
    am: Mat,
    b: &[f32],
    bm: Mat,
    c: &mut [f32],
    threads: usize,
) {
    let par = if threads == 1 {
        gemm::Parallelism::None
    } else {
        gemm::Parallelism::Rayon(0)
    };
    // SAFETY: as above; `read_dst` is false, so `c` is only written.
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            c.as_mut_ptr(),
            1,
            n as isize,
            false,
            a.as_ptr(),
            am.cs,
            am.rs,
            b.as_ptr(),
            bm.cs,
            bm.rs,
            0.0,
            1.0,
            false,
            false,
            false,
            par,
        )
    }
}

fn candidates(c: &mut Criterion) {
    let threads = rayon::current_num_threads();
    let mut group = c.benchmark_group(format!("gemm-{threads}-threads"));
    for (name, m, n, k, at, bt) in SHAPES {
        let a: Vec<f32> = (0..m * k)
            .map(|i| ((i * 7 % 13) as f32 - 6.0) / 7.0)
            .collect();
        let b: Vec<f32> = (0..k * n)
            .map(|i| ((i * 5 % 11) as f32 - 5.0) / 5.0)
            .collect();
        let (am, bm) = mats(m, k, n, at, bt);
        let cm = Mat::rows(n);
        let (mut c1, mut c2, mut c3) = (vec![0.0; m * n], vec![0.0; m * n], vec![0.0; m * n]);
        run_mm(m, n, k, &a, am, &b, bm, &mut c1);
        run_gemm(m, n, k, &a, am, &b, bm, &mut c2, threads);
        ours(
            MatRef::new(&a, m, k, am),
            MatRef::new(&b, k, n, bm),
            MatMut::new(&mut c3, cm),
        );
        for ((x, y), z) in c1.iter().zip(&c2).zip(&c3) {
            assert!(
                (x - y).abs() < 1e-2 && (x - z).abs() < 1e-2,
                "{name}: {x} {y} {z}"
            );
        }
        group.bench_function(format!("{name}/matrixmultiply"), |bch| {
            bch.iter(|| run_mm(m, n, k, black_box(&a), am, &b, bm, &mut c1))
        });
        group.bench_function(format!("{name}/gemm"), |bch| {
            bch.iter(|| run_gemm(m, n, k, black_box(&a), am, &b, bm, &mut c2, threads))
        });
        group.bench_function(format!("{name}/rheano"), |bch| {
            bch.iter(|| {
                ours(
                    MatRef::new(black_box(&a), m, k, am),
                    MatRef::new(&b, k, n, bm),
                    MatMut::new(&mut c3, cm),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, candidates);
criterion_main!(benches);
