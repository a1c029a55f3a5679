//! What a new user meets first: names that are near but legal, errors that read as sentences,
//! an empty batch, the model's printed summary, scalar params and the prelude.

use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, SeedableRng};
use rheano::Error;

model! {
    /// Near names that are not typos: one-letter names differing in more than case or a
    /// plural (`K`, `I`, `O` beside `N`, `T`, `I`), and names differing only in digits.
    struct Legal {
        param w: [K, I, O];
        param h1: [Hid1, Hid2];
        input x: [N, T, I];
        loss = sum(w) * sum(x) + sum(h1);
    }
}

model! {
    struct Ls {
        param w: [D];
        param a: [];
        input x: [N, D];
        input y: [N];
        loss = mean((a * (x @ w) - y)^2);
        output fit = mean(x @ w);
    }
}

#[test]
fn near_but_distinct_dim_names_compile_and_run() {
    let mut rng = StdRng::seed_from_u64(1);
    let m = Legal::init(
        LegalDims {
            k: 2,
            i: 3,
            o: 4,
            hid1: 2,
            hid2: 2,
        },
        &mut rng,
    );
    let x = Array3::<f32>::ones((5, 6, 3));
    let l = m.loss(x.view()).unwrap();
    let want: f32 = m.w.sum() * 90.0 + m.h1.sum();
    assert!(
        (l - want).abs() <= 1e-4 * want.abs().max(1.0),
        "{l} vs {want}"
    );
}

#[test]
fn a_mean_over_an_empty_batch_is_an_error_naming_the_dim() {
    let m = Ls {
        w: arr1(&[1.0, 2.0]),
        a: arr0(1.0),
    };
    let (x, y) = (Array2::<f32>::zeros((0, 2)), Array1::<f32>::zeros(0));
    let mut g = LsGrad::zeros_like(&m);
    let e = m.loss_and_grad(x.view(), y.view(), &mut g).unwrap_err();
    assert_eq!(e, Error::EmptyMean { dim: "N" });
    assert!(e.to_string().contains("`N` has size 0"), "{e}");
    assert!(matches!(
        m.loss(x.view(), y.view()),
        Err(Error::EmptyMean { dim: "N" })
    ));
    assert!(matches!(
        m.fit(x.view()),
        Err(Error::EmptyMean { dim: "N" })
    ));
    // A batch of one is fine.
    let (x, y) = (arr2(&[[1.0, 1.0]]), arr1(&[2.0]));
    assert_eq!(m.loss(x.view(), y.view()).unwrap(), 1.0);
}

#[test]
fn errors_debug_print_as_sentences_and_keep_their_fields() {
    let m = Ls {
        w: arr1(&[1.0, 2.0]),
        a: arr0(1.0),
    };
    let (x, y) = (Array2::<f32>::zeros((4, 3)), Array1::<f32>::zeros(4));
    let e = m.loss(x.view(), y.view()).unwrap_err();
    // What `fn main() -> Result<(), rheano::Error>` prints is `{:?}`.
    assert_eq!(format!("{e:?}"), e.to_string());
    assert!(
        format!("{e:?}").starts_with("dimension `D` has size"),
        "{e:?}"
    );
    let Error::DimMismatch {
        dim, first, second, ..
    } = &e
    else {
        panic!("{e:#?}")
    };
    assert_eq!((*dim, *first, *second), ("D", 2, 3));
    assert!(format!("{e:#?}").contains("DimMismatch"), "{e:#?}");
}

#[test]
fn a_model_prints_a_summary_of_its_params() {
    let m = Ls {
        w: Array1::zeros(1200),
        a: arr0(0.5),
    };
    let text = m.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Ls: 2 params, 1,201 values", "{text}");
    assert_eq!(lines.len(), 3, "{text}");
    let w: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(w, ["w", "[D]", "1200", "1,200"], "{text}");
    let a: Vec<&str> = lines[2].split_whitespace().collect();
    assert_eq!(a, ["a", "[]", "scalar", "1"], "{text}");
}

#[test]
fn scalar_params_read_and_write_through_an_empty_index() {
    let mut m = Ls {
        w: arr1(&[1.0]),
        a: arr0(2.0),
    };
    assert_eq!(m.a[()], 2.0);
    m.a[()] = 3.0;
    let (x, y) = (arr2(&[[1.0]]), arr1(&[0.0]));
    let mut g = LsGrad::zeros_like(&m);
    let l = m.loss_and_grad(x.view(), y.view(), &mut g).unwrap();
    assert_eq!(l, 9.0);
    // d/da (a x w - y)^2 = 2 (a x w - y) x w = 6.
    assert_eq!(g.a[()], 6.0);
}

#[test]
fn the_prelude_has_axis_and_slicing() {
    let x = arr2(&[[1.0f32, 2.0], [3.0, 4.0]]);
    assert_eq!(x.sum_axis(Axis(0)), arr1(&[4.0, 6.0]));
    assert_eq!(x.slice(s![1, ..]), arr1(&[3.0, 4.0]));
}
