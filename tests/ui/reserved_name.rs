// A generated name cannot be declared: the caret points at `init`.
use rheano::prelude::*;
model! {
    struct M {
        param init: [D];
        loss = sum(init);
    }
}
fn main() {}
