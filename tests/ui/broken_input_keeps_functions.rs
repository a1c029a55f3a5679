// A broken item takes with it only what reads it: a function whose own parameter shares the
// broken item's name is still checked, so its error is reported too.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        input x: [N, D] in;
        fn act(x) = gelu(x);
        loss = sum(act(w));
    }
}
fn main() {}
