// The same typo in a param (`User` beside `Users`) is caught at its shape, not later as a
// missing field of the dims struct.
use rheano::prelude::*;
model! {
    struct Mf {
        param u: [Users, K];
        param v: [Items, K];
        param bu: [User];
        input r: [Users, Items];
        loss = sum((u @ v.T + bu - r)^2);
    }
}
fn main() {}
