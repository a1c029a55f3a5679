// A slice along a dim the value does not have: the caret points at the dim.
use rheano::prelude::*;
model! {
    struct M {
        param a: [N, H];
        dim G = 4;
        loss = sum(a[G = 1]);
    }
}
fn main() {}
