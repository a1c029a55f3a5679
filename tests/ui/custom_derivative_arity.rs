// A custom derivative belongs to a one-parameter function: the caret points at `f`.
use rheano::prelude::*;
model! {
    struct M {
        fn f(a, b) = a * b grad(g) = g;
        param w: [D];
        loss = sum(f(w, w));
    }
}
fn main() {}
