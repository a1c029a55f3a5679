// A noise item's dims are sized by a param, an input or `dim`: `C` here is only the noise's.
use rheano::prelude::*;
model! {
    struct M {
        param w: [N];
        noise eps: [N, C] ~ normal(0, 1);
        loss = sum(w * sum[C](eps));
    }
}
fn main() {}
