// `cross_entropy` takes two arguments: the call is underlined.
use rheano::prelude::*;
model! {
    struct M {
        param z: [N, C];
        loss = sum(cross_entropy(z));
    }
}
fn main() {}
