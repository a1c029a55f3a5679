// `permute` names every dim of its argument exactly once.
use rheano::prelude::*;
model! {
    struct M {
        param a: [N, H, K];
        loss = sum(permute[H, N](a));
    }
}
fn main() {}
