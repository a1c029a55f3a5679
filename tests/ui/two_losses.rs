// Exactly one loss: the caret points at the second `loss`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        loss = sum(w);
        loss = sum(w^2);
    }
}
fn main() {}
