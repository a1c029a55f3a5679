// A loss that no param reaches has nothing to differentiate: the loss expression is underlined.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D];
        input x: [N];
        loss = mean(x^2);
    }
}
fn main() {}
