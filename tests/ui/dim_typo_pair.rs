// Two near names that each appear once (`Hid`, `Hidd`): one error, and no contraction error
// that would only follow from the typo.
use rheano::prelude::*;
model! {
    struct M {
        param w1: [D, Hid];
        param w2: [Hidd, C];
        input x: [N, D];
        loss = sum(x @ w1 @ w2);
    }
}
fn main() {}
