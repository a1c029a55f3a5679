// The targets of `ctc` are an integer input.
use rheano::prelude::*;
model! {
    struct M {
        param z: [N, T, C];
        input y: [N, L];
        input zlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        loss = sum(ctc(z, y, zlen, ylen));
    }
}
fn main() {}
