// A forgotten `;` is one error at the next item, which is still read: no "unknown name `w1`"
// follows from it.
use rheano::prelude::*;
model! {
    struct M {
        dim C = 3
        param w1: [D, C] = glorot;
        input x: [N, D];
        loss = sum(x @ w1);
    }
}
fn main() {}
