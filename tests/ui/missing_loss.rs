// Every model has a loss: the caret points at the struct name.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        output o = w * 2;
    }
}
fn main() {}
