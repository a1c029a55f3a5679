// Errors are collected, not stopped at the first: both unknown names are reported.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        let a = w * u;
        loss = sum(a * v);
    }
}
fn main() {}
