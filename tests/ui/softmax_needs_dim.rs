// softmax of a rank-2 tensor must name its dim: the call is underlined.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N, C];
        loss = sum(softmax(w));
    }
}
fn main() {}
