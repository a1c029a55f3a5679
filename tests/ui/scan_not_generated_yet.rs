// Until its loops are generated, a scan is checked and differentiated, then refused.
use rheano::prelude::*;
model! {
    struct M {
        param w: [H];
        input x: [T, H];
        scan t in T {
            carry h: [H] = zeros;
            h = tanh(h * w + x[t]);
        }
        loss = sum(h);
    }
}
fn main() {}
