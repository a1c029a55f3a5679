// A carry is assigned at most once per step.
use rheano::prelude::*;
model! {
    struct M {
        param w: [H];
        input x: [T, H];
        scan t in T {
            carry h: [H] = zeros;
            h = tanh(h * w + x[t]);
            h = h * 2;
        }
        loss = sum(h);
    }
}
fn main() {}
