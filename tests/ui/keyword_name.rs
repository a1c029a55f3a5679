// A Rust keyword cannot name an item: the caret points at `type`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        let type = w * 2;
        loss = sum(type);
    }
}
fn main() {}
