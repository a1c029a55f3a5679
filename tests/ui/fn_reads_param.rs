// A function body reads its parameters, hypers and literals only: the caret points at `w`.
use rheano::prelude::*;
model! {
    struct M {
        fn f(a) = a * w;
        param w: [D];
        loss = sum(f(w));
    }
}
fn main() {}
