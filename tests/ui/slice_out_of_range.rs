// A slice out of range of a dim fixed by `dim`.
use rheano::prelude::*;
model! {
    struct M {
        dim G = 4;
        param a: [N, G, H];
        loss = sum(a[G = 4]);
    }
}
fn main() {}
