// Labels used as floats while their bound `C` appears nowhere else: the one error is the
// misuse (the root cause), not a request to give `C` a size.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N];
        input y: [N] in 0..C;
        loss = sum(w * y);
    }
}
fn main() {}
