// Lengths (`in 0..=V`) cannot index a gather, whose indices are `in 0..V`.
use rheano::prelude::*;
model! {
    struct M {
        param e: [V, D];
        input idx: [N] in 0..=V;
        loss = sum(e[idx]);
    }
}
fn main() {}
