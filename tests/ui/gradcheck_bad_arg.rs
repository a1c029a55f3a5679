// `#[gradcheck(...)]` takes `off` or `on`: the caret points at `maybe`.
use rheano::prelude::*;
model! {
    #[gradcheck(maybe)]
    struct M {
        param w: [D];
        loss = sum(w);
    }
}
fn main() {}
