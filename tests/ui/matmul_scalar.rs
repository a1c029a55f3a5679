// A rank-0 operand of `@` is a rank error: the caret points at the scalar `s`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        param s: [];
        loss = sum(s @ w);
    }
}
fn main() {}
