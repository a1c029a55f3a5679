// The targets' lengths must range over the targets' own second dim.
use rheano::prelude::*;
model! {
    struct M {
        param z: [N, T, C];
        input y: [N, L] in 0..C;
        input zlen: [N] in 0..=T;
        input ylen: [N] in 0..=T;
        loss = sum(ctc(z, y, zlen, ylen));
    }
}
fn main() {}
