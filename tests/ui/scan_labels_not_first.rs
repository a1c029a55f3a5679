// Integer labels step along their first dim only.
use rheano::prelude::*;
model! {
    struct M {
        param emb: [V, H];
        input tokens: [N, T] in 0..V;
        scan t in T {
            carry h: [N, H] = zeros;
            h = tanh(emb[tokens[t]] + h);
        }
        loss = sum(h);
    }
}
fn main() {}
