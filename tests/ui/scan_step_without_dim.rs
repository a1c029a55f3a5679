// `x[t]` needs the scan's dim in `x`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [H];
        input x: [N, H];
        scan t in T {
            carry h: [H] = zeros;
            h = tanh(h * w + x[t]);
        }
        loss = sum(h);
    }
}
fn main() {}
