// Each argument of `ctc` has its kind: float lengths, lengths as targets, targets without a
// position dim; and lengths are refused as `cross_entropy` labels and as a scanned sequence.
use rheano::prelude::*;
model! {
    struct M {
        param z: [N, T, C];
        input y: [N, L] in 0..C;
        input y1: [N] in 0..C;
        input zlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        input flen: [N];
        input steps: [T] in 0..=C;
        output a = ctc(z, y, flen, ylen);
        output b = ctc(z, zlen, zlen, ylen);
        output c = ctc(z, y1, zlen, ylen);
        output d = cross_entropy(z, steps);
        scan s in T {
            carry h: [N] = zeros;
            h = h + steps[s];
        }
        param w: [N];
        loss = sum(h * w);
    }
}
fn main() {}
