// A number where a dim name belongs: the error says how to give a dim a size.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D, 10];
        loss = sum(w);
    }
}
fn main() {}
