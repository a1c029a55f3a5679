// The condition of `where` must be a comparison: `w` is underlined.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        loss = sum(where(w, w, 0));
    }
}
fn main() {}
