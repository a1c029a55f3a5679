// `onehot` takes integer labels, not floats.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N, C];
        input x: [N];
        loss = sum(w * onehot(x));
    }
}
fn main() {}
