// A function name used as a value: the caret points at `f`.
use rheano::prelude::*;
model! {
    struct M {
        fn f(a) = a * 2;
        param w: [D];
        loss = sum(w * f);
    }
}
fn main() {}
