// `#[nocheck]` marks a surrogate derivative, so it needs one: the caret points at `f`.
use rheano::prelude::*;
model! {
    struct M {
        #[nocheck]
        fn f(a) = a * 2;
        param w: [D];
        loss = sum(f(w));
    }
}
fn main() {}
