// The labels must have the logits' dims without the last: the call is underlined and the
// message gives both dim lists.
use rheano::prelude::*;
model! {
    struct M {
        param z: [N, C];
        input y: [T] in 0..C;
        loss = sum(cross_entropy(z, y));
    }
}
fn main() {}
