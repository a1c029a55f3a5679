//! The digits example's model, trained briefly: it must reach 95% held-out accuracy.

use rheano::data::{accuracy, load_digits};
use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, SeedableRng};

model! {
    struct Mlp {
        param w1: [D, H];
        param b1: [H];
        param w2: [H, C];
        param b2: [C];
        input x: [N, D];
        input y: [N] in 0..C;
        let h = relu(x @ w1 + b1);
        output logits = h @ w2 + b2;
        loss = mean(cross_entropy(logits, y));
    }
}

#[test]
fn mlp_reaches_95_percent_on_held_out_digits() {
    let data = load_digits(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/digits/digits.csv.gz"
    ))
    .unwrap();
    assert_eq!((data.len(), data.x.ncols()), (1797, 64));
    let mut rng = StdRng::seed_from_u64(1);
    let (train, test) = data.split(0.2, &mut rng);
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
    let before = accuracy(m.logits(test.x.view()).unwrap().view(), test.y.view());
    for _ in 0..15 {
        for b in train.batches(32, &mut rng) {
            m.loss_and_grad(b.x.view(), b.y.view(), &mut g).unwrap();
            opt.step(&mut m, &g);
        }
    }
    let after = accuracy(m.logits(test.x.view()).unwrap().view(), test.y.view());
    assert!(before < 0.5, "untrained accuracy {before}");
    assert!(after >= 0.95, "held-out accuracy {after}");
}
