//! Guarded training and determinism: `loss_and_grad_checked` names the first non-finite
//! gradient, and the same seed gives bit-identical training.

use rheano::data::load_digits;
use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, SeedableRng};
use rheano::Error;

include!("../examples/digits/model.rs");

model! {
    struct Guard {
        param a: [D];
        param b: [D];
        input x: [D];
        hyper h = 1.0;
        loss = sum(a * x) + sum(sqrt(b)) + 1 / h;
    }
}

#[test]
fn the_guard_names_the_first_param_with_a_non_finite_gradient() {
    let m = Guard {
        a: arr1(&[1.0, 2.0, 3.0]),
        b: arr1(&[1.0, 0.0, 4.0]),
    };
    let x = arr1(&[0.5, 0.5, 0.5]);
    let mut g = GuardGrad::zeros_like(&m);
    // d sqrt(b) / db is infinite at b = 0: the guard names `b`, entry 1, and the loss.
    let e = m.loss_and_grad_checked(x.view(), 1.0, &mut g).unwrap_err();
    match e {
        Error::NotFinite {
            param: Some("b"),
            position: 1,
            value,
            loss,
        } => {
            assert!(value.is_infinite());
            assert_eq!(loss, 3.0 + 3.0 + 1.0);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        e.to_string(),
        "the gradient of `b` is not finite (inf at position 1); loss = 7"
    );
    // The unguarded call returns the same loss and gradient without complaint.
    let mut g2 = GuardGrad::zeros_like(&m);
    assert_eq!(m.loss_and_grad(x.view(), 1.0, &mut g2).unwrap(), 7.0);
    assert!(g2.b[1].is_infinite());
    // A NaN input poisons `a`'s gradient first, in declaration order.
    let nan = arr1(&[0.5, f32::NAN, 0.5]);
    let e = m
        .loss_and_grad_checked(nan.view(), 1.0, &mut g)
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::NotFinite {
                param: Some("a"),
                position: 1,
                ..
            }
        ),
        "{e:?}"
    );
    // Finite gradients but an infinite loss (h = 0): the loss is named.
    let ok = Guard {
        b: arr1(&[1.0, 1.0, 4.0]),
        ..m.clone()
    };
    let e = ok.loss_and_grad_checked(x.view(), 0.0, &mut g).unwrap_err();
    assert!(matches!(e, Error::NotFinite { param: None, .. }), "{e:?}");
    assert_eq!(e.to_string(), "the loss is not finite (inf)");
    // And a healthy call passes the loss through.
    assert_eq!(
        ok.loss_and_grad_checked(x.view(), 1.0, &mut g).unwrap(),
        3.0 + 4.0 + 1.0
    );
}

/// Initialise from a seed, shuffle batches with it, train with Adam: the params after 3 epochs.
fn train(seed: u64) -> Vec<u32> {
    let data = load_digits(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/digits/digits.csv.gz"
    ))
    .unwrap();
    let mut rng = StdRng::seed_from_u64(seed);
    let mut m = Mlp::init(
        MlpDims {
            d: 64,
            h: 32,
            c: 10,
        },
        &mut rng,
    );
    let mut g = MlpGrad::zeros_like(&m);
    let mut opt = Adam::new(3e-3);
    for _ in 0..3 {
        for b in data.batches(64, &mut rng) {
            m.loss_and_grad(b.x.view(), b.y.view(), Mlp::WD, &mut g)
                .unwrap();
            opt.step(&mut m, &g);
        }
    }
    let mut bits = Vec::new();
    m.visit(&mut |_, p| bits.extend(p.iter().map(|v| v.to_bits())));
    bits
}

#[test]
fn the_same_seed_trains_bit_identically() {
    let (a, b, c) = (train(5), train(5), train(6));
    assert_eq!(a, b);
    assert_ne!(a, c, "a different seed must give different params");
}
