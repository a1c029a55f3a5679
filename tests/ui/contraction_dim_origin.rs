// A contraction error on a `let` shows the operand's dims and which declaration brought the
// mismatched dim in.
use rheano::prelude::*;
model! {
    struct M {
        param w1: [D, Hid];
        param w2: [H, C];
        input x: [N, D];
        let h = tanh(x @ w1);
        loss = sum(h @ w2);
    }
}
fn main() {}
