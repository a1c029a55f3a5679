// A call of a function that does not exist: the caret points at `gelu`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        loss = sum(gelu(w));
    }
}
fn main() {}
