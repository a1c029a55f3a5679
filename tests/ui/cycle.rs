// `let`s may refer forward, but not in a cycle: the caret points at the reference that closes it.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        let a = b + w;
        let b = 2 * a;
        loss = sum(a);
    }
}
fn main() {}
