// An input declared `in 0..=T` holds lengths, which only `ctc` reads.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N];
        input zlen: [N] in 0..=T;
        param v: [T];
        loss = sum(w * zlen) + sum(v);
    }
}
fn main() {}
