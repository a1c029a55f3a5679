//! The digits example's model, trained briefly: it must reach 95% held-out accuracy.

use rheano::data::{accuracy, load_digits};
use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, SeedableRng};

// The model of `examples/digits.rs`.
include!("../examples/digits/model.rs");

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
            m.loss_and_grad(b.x.view(), b.y.view(), Mlp::WD, &mut g)
                .unwrap();
            opt.step(&mut m, &g);
        }
    }
    let after = accuracy(m.logits(test.x.view()).unwrap().view(), test.y.view());
    assert!(before < 0.5, "untrained accuracy {before}");
    assert!(after >= 0.95, "held-out accuracy {after}");
}

#[test]
fn program_lists_fewer_nodes_after_simplification() {
    let head = Mlp::PROGRAM.lines().next().unwrap();
    let nums: Vec<usize> = head
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    let (after, before) = (nums[0], nums[1]);
    assert!(after < before, "{head}");
    // One line per node, each with its dims, then the kernels of every method.
    assert_eq!(
        Mlp::PROGRAM.lines().filter(|l| l.starts_with('%')).count(),
        after
    );
    assert!(Mlp::PROGRAM.contains("%0: f[D,H] = param w1"));
    assert!(Mlp::PROGRAM.contains("\nloss_and_grad: "));
    assert!(Mlp::PROGRAM.contains("\nlogits: "));
}
