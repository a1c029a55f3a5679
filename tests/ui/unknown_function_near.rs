// A misspelt builtin: the error names the nearest one.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N, C];
        loss = sum(sofmax[C](w) * w);
    }
}
fn main() {}
