// Errors of different kinds are reported together: an unknown initializer does not hide an
// unknown function, and a syntax error does not hide an unknown name in another item.
use rheano::prelude::*;
model! {
    struct M {
        param w: [D, H] = kaiming;
        param v: [H];
        input x: [N, D];
        let h = pow(x @ w, 2);
        let broken = v + ;
        let z = v * q;
        loss = sum(h) + sum(z);
    }
}
fn main() {}
