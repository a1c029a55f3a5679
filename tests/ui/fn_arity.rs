// A user function called with the wrong number of arguments: the call is underlined.
use rheano::prelude::*;
model! {
    struct M {
        fn f(a, b) = a * b;
        param w: [D];
        loss = sum(f(w));
    }
}
fn main() {}
