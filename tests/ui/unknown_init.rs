// An initializer that does not exist: the caret points at `xavier`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D, H] = xavier;
        loss = sum(w);
    }
}
fn main() {}
