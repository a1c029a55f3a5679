// A word of the language (here of v1's sequences) cannot name an item.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N];
        input scan: [N];
        loss = sum(w * scan);
    }
}
fn main() {}
