// A noise distribution's argument is a literal or a hyper, not an input.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N];
        input p: [];
        noise keep: [N] ~ bernoulli(p);
        loss = sum(w * keep);
    }
}
fn main() {}
