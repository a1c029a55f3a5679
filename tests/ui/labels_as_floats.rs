// Integer labels used as floats: the caret points at `y`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N];
        input y: [N] in 0..C;
        dim C = 3;
        loss = sum(w * y);
    }
}
fn main() {}
