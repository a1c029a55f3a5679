// A dim-name typo in an input (`Item` beside `Items`) would broadcast `mask` into an outer
// product and run with a wrong loss; the error names the lonely dim and the near one.
use rheano::prelude::*;
model! {
    struct Mf {
        param u: [Users, K];
        param v: [Items, K];
        input r: [Users, Items];
        input mask: [Users, Item];
        loss = sum(mask * (u @ v.T - r)^2);
    }
}
fn main() {}
