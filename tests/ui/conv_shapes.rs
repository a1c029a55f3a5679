// `conv`'s shape rules: the dims it runs over named in brackets, just before the input's
// channels; a kernel `[K, I, O]` read by position whose input channels match; an odd number of
// taps where `dim` fixes it.
use rheano::prelude::*;
model! {
    struct M {
        param k: [K, I, O];
        param j: [K, H, O];
        param q: [K, I];
        param e: [E, I, O];
        dim E = 4;
        input x: [N, T, I];
        output a = conv(x, k);
        output b = conv[N](x, k);
        output c = conv[T](x, j);
        output d = conv[T](x, q);
        output f = conv[T](x, e);
        output g = conv[T, N, I](x, k);
        loss = sum(conv[T](x, k));
    }
}
fn main() {}
