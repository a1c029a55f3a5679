// Noise is `bernoulli` or `normal`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N];
        noise keep: [N] ~ uniform(0, 1);
        loss = sum(w * keep);
    }
}
fn main() {}
