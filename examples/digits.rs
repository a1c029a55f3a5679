//! An MLP on the 8x8 digits (UCI, 1797 images), trained with Adam.
//!
//! Expect: at least 95% accuracy on a held-out 20% split (about 97-98% typically), in a few
//! seconds in release mode.
//!
//! ```text
//! cargo run --release --example digits
//! ```

use rheano::data::{accuracy, load_digits};
use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, SeedableRng};

include!("digits/model.rs");

fn main() -> Result<(), rheano::Error> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/digits/digits.csv.gz");
    let data = load_digits(path)?;
    let mut rng = StdRng::seed_from_u64(0);
    let (train, test) = data.split(0.2, &mut rng);
    println!("digits: {} train, {} test", train.len(), test.len());

    let mut model = Mlp::init(
        MlpDims {
            d: 64,
            h: 64,
            c: 10,
        },
        &mut rng,
    );
    let mut grad = MlpGrad::zeros_like(&model);
    let mut opt = Adam::new(3e-3);
    let start = std::time::Instant::now();
    for epoch in 1..=30 {
        let mut total = 0.0;
        let batches = train.batches(32, &mut rng);
        for b in &batches {
            total += model.loss_and_grad(b.x.view(), b.y.view(), Mlp::WD, &mut grad)?;
            opt.step(&mut model, &grad);
        }
        if epoch % 5 == 0 {
            let acc = accuracy(model.logits(test.x.view())?.view(), test.y.view());
            println!(
                "epoch {epoch:2}  train loss {:.4}  test accuracy {:.2}%",
                total / batches.len() as f32,
                100.0 * acc
            );
        }
    }
    let acc = accuracy(model.logits(test.x.view())?.view(), test.y.view());
    println!(
        "final test accuracy {:.2}% in {:.2?}",
        100.0 * acc,
        start.elapsed()
    );
    if acc < 0.95 {
        return Err(rheano::Error::Data(format!("accuracy {acc} is below 0.95")));
    }
    Ok(())
}
