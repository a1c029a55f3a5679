// `@` needs the last dim of the left operand to equal the first of the right: the error
// names both dims and underlines `x @ w`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [H, C];
        input x: [N, D];
        loss = sum(x @ w);
    }
}
fn main() {}
