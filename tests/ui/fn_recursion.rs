// Functions do not recurse: the caret points at the call that closes the cycle.
use rheano::prelude::*;
model! {
    struct M {
        fn f(a) = g(a) + 1;
        fn g(a) = f(a) * 2;
        param w: [D];
        loss = sum(f(w));
    }
}
fn main() {}
