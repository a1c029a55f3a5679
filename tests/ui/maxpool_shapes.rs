// `maxpool[F -> P, SIZE](x)`: `x` has `F` once, `P` is a new dim, and a fixed `F` is a
// multiple of the window; without its brackets `maxpool` says what it takes.
use rheano::prelude::*;
model! {
    struct M {
        param x: [N, F];
        param z: [N, G];
        dim G = 7;
        output a = maxpool[H -> P, 3](x);
        output b = maxpool[F -> N, 3](x);
        output c = maxpool[G -> Q, 3](z);
        output d = maxpool(x);
        loss = sum(maxpool[F -> R, 2](x)) + sum(z);
    }
}
fn main() {}
