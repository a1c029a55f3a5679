// Scans do not nest.
use rheano::prelude::*;
model! {
    struct M {
        param w: [H];
        input x: [T, H];
        scan t in T {
            carry h: [H] = zeros;
            scan u in T {
                carry g: [H] = zeros;
            }
        }
        loss = sum(h * w);
    }
}
fn main() {}
