// A reduction over a name that the operand repeats is ambiguous: the caret points at `D`.
use rheano::prelude::*;
model! {
    struct M {
        param a: [D, D];
        loss = sum(sum[D](a));
    }
}
fn main() {}
