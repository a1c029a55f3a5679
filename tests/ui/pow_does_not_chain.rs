// `^` does not chain: the caret points at the second `^`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        loss = sum(w ^ 2 ^ 3);
    }
}
fn main() {}
