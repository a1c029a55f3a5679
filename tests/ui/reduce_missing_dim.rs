// Reducing over a dim the operand lacks: the caret points at `H` and the message gives the dims.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N, D];
        param v: [H];
        loss = sum(sum[H](w)) + sum(v);
    }
}
fn main() {}
