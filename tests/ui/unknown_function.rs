// A call of a function that does not exist: the caret points at `mish`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        loss = sum(mish(w));
    }
}
fn main() {}
