// A gather's index must be an integer input: the caret points at the float `x`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [V, H];
        input x: [N];
        dim V = 5;
        loss = sum(w[x]);
    }
}
fn main() {}
