// `detach` takes a float value: integer labels are not one.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N];
        input y: [N] in 0..C;
        dim C = 3;
        loss = sum(w * detach(y));
    }
}
fn main() {}
