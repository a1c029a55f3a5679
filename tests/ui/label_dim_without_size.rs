// A label range whose dim gets no size from any shape: the caret points at `K`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N];
        input y: [N] in 0..K;
        loss = sum(w^2);
    }
}
fn main() {}
