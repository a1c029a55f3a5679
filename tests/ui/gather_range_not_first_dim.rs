// A gather picks rows of its table's first dim, which must be the index's range.
use rheano::prelude::*;
model! {
    struct M {
        param w: [H, V];
        input t: [N] in 0..V;
        loss = sum(w[t]);
    }
}
fn main() {}
