// `[D, D] + [D]` cannot tell which `D` the vector aligns with: the error names `D`.
use rheano::prelude::*;
model! {
    struct M {
        param a: [D, D];
        param v: [D];
        loss = sum(a + v);
    }
}
fn main() {}
