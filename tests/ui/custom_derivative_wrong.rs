// A custom derivative that disagrees with finite differences does not compile: the error names
// the function and the param, shows both values, and underlines the function from its name to
// its derivative.
use rheano::prelude::*;
model! {
    struct M {
        fn cube(x) = x^3 grad(g) = 2 * x^2 * g;
        param w: [D];
        input x: [D];
        loss = sum(cube(w) * x);
    }
}
fn main() {}
