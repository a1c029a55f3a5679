// The loss must be rank 0: the error names its dims and underlines the expression.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D, H];
        input x: [N, D];
        loss = x @ w;
    }
}
fn main() {}
