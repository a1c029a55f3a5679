// A syntax error in one expression: exactly one error, at the broken token, and the struct
// keeps its fields and methods, so the code that uses it type-checks.
use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, SeedableRng};

model! {
    struct Mlp {
        param w1: [D, H];
        param b1: [H];
        param w2: [H, C];
        input x: [N, D];
        input y: [N] in 0..C;
        hyper wd = 0.001;
        let h = relu(x @ w1 + );
        loss = mean(cross_entropy(h @ w2, y)) + wd * sum(w1^2);
    }
}

fn main() {
    let mut rng = StdRng::seed_from_u64(0);
    let m = Mlp::init(MlpDims { d: 4, h: 8, c: 3 }, &mut rng);
    let mut g = MlpGrad::zeros_like(&m);
    let x = Array2::<f32>::zeros((2, 4));
    let y = Array1::<usize>::zeros(2);
    let loss: f32 = m.loss_and_grad(x.view(), y.view(), Mlp::WD, &mut g).unwrap();
    let w1: &Array2<f32> = &m.w1;
    println!("{loss} {} {}", w1.len(), g.b1.len());
}
