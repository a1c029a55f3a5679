// Lengths reach their dim's size, so `ctc` asks for `in 0..=T`, not `in 0..T`.
use rheano::prelude::*;
model! {
    struct M {
        param z: [N, T, C];
        input y: [N, L] in 0..C;
        input zlen: [N] in 0..T;
        input ylen: [N] in 0..=L;
        loss = sum(ctc(z, y, zlen, ylen));
    }
}
fn main() {}
