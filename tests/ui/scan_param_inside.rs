// A `param` is declared outside the scan.
use rheano::prelude::*;
model! {
    struct M {
        input x: [T, H];
        scan t in T {
            param w: [H];
            carry h: [H] = zeros;
        }
        loss = sum(h);
    }
}
fn main() {}
