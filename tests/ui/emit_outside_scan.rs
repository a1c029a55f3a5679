// `emit` belongs inside a scan.
use rheano::prelude::*;
model! {
    struct M {
        param w: [H];
        emit e = w;
        loss = sum(w);
    }
}
fn main() {}
