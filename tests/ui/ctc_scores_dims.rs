// The scores of `ctc` must be `[N, T, C]` in that order; the message names each dim's source
// and, when only the order is wrong, the `permute` that fixes it.
use rheano::prelude::*;
model! {
    struct M {
        param z: [T, N, C];
        input y: [N, L] in 0..C;
        input zlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        loss = sum(ctc(z, y, zlen, ylen));
    }
}
fn main() {}
