// An undeclared name in an expression: the caret points at `v`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        loss = sum(w * v);
    }
}
fn main() {}
