// A dim fixed to 0 would make every array over it empty (and a mean over it undefined).
use rheano::prelude::*;
model! {
    struct M {
        dim K = 0;
        param w: [K];
        loss = mean(w);
    }
}
fn main() {}
