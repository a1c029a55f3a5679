// The exponent of `^` is a literal or a hyper, never a param: the exponent is underlined.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        param p: [];
        loss = sum(w ^ p);
    }
}
fn main() {}
