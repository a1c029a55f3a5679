// A name declared twice: the caret points at the second `w`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        let w = 2 * w;
        loss = sum(w);
    }
}
fn main() {}
