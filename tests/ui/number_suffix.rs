// Literals take no type suffix: the caret points at `2f32`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        loss = sum(w * 2f32);
    }
}
fn main() {}
