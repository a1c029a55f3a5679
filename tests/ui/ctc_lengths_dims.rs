// The lengths have one entry per example: the targets' first dim.
use rheano::prelude::*;
model! {
    struct M {
        param z: [N, T, C];
        input y: [N, L] in 0..C;
        input zlen: [T] in 0..=T;
        input ylen: [N] in 0..=L;
        loss = sum(ctc(z, y, zlen, ylen));
    }
}
fn main() {}
