// `**` from Python: the error says to write powers with `^`.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        loss = sum(w**2);
    }
}
fn main() {}
