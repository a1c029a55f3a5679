// Comparisons appear only as the condition of `where`: the comparison is underlined.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        loss = sum(w > 0);
    }
}
fn main() {}
