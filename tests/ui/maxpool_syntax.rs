// The brackets of `maxpool` are `[F -> P, SIZE]`.
use rheano::prelude::*;
model! {
    struct M {
        param x: [N, F];
        loss = sum(maxpool[F, P](x));
    }
}
fn main() {}
