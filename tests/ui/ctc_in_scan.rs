// `ctc` reads whole sequences: it is refused inside a scan's step.
use rheano::prelude::*;
model! {
    struct M {
        param z: [N, T, C];
        input y: [N, L] in 0..C;
        input zlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        scan s in T {
            carry a: [N] = zeros;
            a = a + ctc(z, y, zlen, ylen);
        }
        loss = sum(a);
    }
}
fn main() {}
