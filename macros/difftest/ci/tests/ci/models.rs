// The differential test's CI sample: every regression model, every builtin in every
// context, and models drawn from the language's grammars (seeded). Written by
// `cargo run -p rheano-difftest -- ci`; do not edit.

use rheano::ndarray::{Array, ArrayD, Dimension, IxDyn};
#[allow(unused_imports)]
use rheano::ndarray::{Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6};
use rheano_difftest::{Case, Entry, Got};

fn floats<D: Dimension>(v: &[f32], shape: &[usize]) -> Result<Array<f32, D>, String> {
    ArrayD::from_shape_vec(IxDyn(shape), v.to_vec())
        .map_err(|e| e.to_string())?
        .into_dimensionality::<D>()
        .map_err(|e| e.to_string())
}

fn ints<D: Dimension>(v: &[usize], shape: &[usize]) -> Result<Array<usize, D>, String> {
    ArrayD::from_shape_vec(IxDyn(shape), v.to_vec())
        .map_err(|e| e.to_string())?
        .into_dimensionality::<D>()
        .map_err(|e| e.to_string())
}

fn flat<D: Dimension>(a: &Array<f32, D>) -> Vec<f32> {
    a.iter().copied().collect()
}

fn same_bits(a: &[Vec<f32>], b: &[Vec<f32>]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.iter().map(|v| v.to_bits()).eq(y.iter().map(|v| v.to_bits())))
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ce_sum {
    use super::*;

    rheano::model! {
        pub struct R_ce_sum { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(x, y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ce_sum { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_ce_sumGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x)];
        __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ce_sum_plus {
    use super::*;

    rheano::model! {
        pub struct R_ce_sum_plus { param x: [N, C]; param w: [C]; input y: [N] in 0..C; loss = sum(cross_entropy(x + w, y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ce_sum_plus { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_ce_sum_plusGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.w)];
        __g.x.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ce_sum_times {
    use super::*;

    rheano::model! {
        pub struct R_ce_sum_times { param x: [N, C]; param a: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(x * a, y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ce_sum_times { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, a: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_ce_sum_timesGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.a.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.a)];
        __g.x.fill(f32::NAN); __g.a.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.a)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ce_sum_products {
    use super::*;

    rheano::model! {
        pub struct R_ce_sum_products { param x: [N, C]; param v: [C, K]; input y: [N] in 0..C; loss = sum(cross_entropy(x @ v @ v.T, y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ce_sum_products { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_ce_sum_productsGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ce_sum_tanh {
    use super::*;

    rheano::model! {
        pub struct R_ce_sum_tanh { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(tanh(x), y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ce_sum_tanh { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_ce_sum_tanhGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x)];
        __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ce_sum_double {
    use super::*;

    rheano::model! {
        pub struct R_ce_sum_double { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(2 * x, y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ce_sum_double { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_ce_sum_doubleGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x)];
        __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ce_sum_third {
    use super::*;

    rheano::model! {
        pub struct R_ce_sum_third { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(x / 3, y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ce_sum_third { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_ce_sum_thirdGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x)];
        __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ce_sum_neg {
    use super::*;

    rheano::model! {
        pub struct R_ce_sum_neg { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(-x, y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ce_sum_neg { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_ce_sum_negGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x)];
        __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ce_output_summed {
    use super::*;

    rheano::model! {
        pub struct R_ce_output_summed { param x: [N, C]; input y: [N] in 0..C; output nll = cross_entropy(x, y); loss = sum(nll); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ce_output_summed { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_ce_output_summedGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x)];
        __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.nll(__in_y.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_gram_plus_sum {
    use super::*;

    rheano::model! {
        pub struct R_gram_plus_sum { param x: [N, C]; param v: [K]; loss = sum(x.T @ x) + sum(v); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_gram_plus_sum { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix1>(&__c.params[1], &[__d[2]])? };
        let mut __g = R_gram_plus_sumGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_sum_only {
    use super::*;

    rheano::model! {
        pub struct R_sum_only { param x: [N, C]; loss = sum(x); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_sum_only { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let mut __g = R_sum_onlyGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x)];
        __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_tanh_mean_plus_sum {
    use super::*;

    rheano::model! {
        pub struct R_tanh_mean_plus_sum { param x: [N, C]; param v: [C, H]; param w: [K]; let h = tanh(x @ v); loss = mean(h * h) + sum(w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_tanh_mean_plus_sum { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, w: floats::<Ix1>(&__c.params[2], &[__d[3]])? };
        let mut __g = R_tanh_mean_plus_sumGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.w)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_times_zero_plus_sum {
    use super::*;

    rheano::model! {
        pub struct R_times_zero_plus_sum { param x: [N, C]; param w: [K]; loss = sum(x * 0) + sum(w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_times_zero_plus_sum { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[1], &[__d[2]])? };
        let mut __g = R_times_zero_plus_sumGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.w)];
        __g.x.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_sum_plus_zero_times {
    use super::*;

    rheano::model! {
        pub struct R_sum_plus_zero_times { param x: [N, C]; param w: [K]; loss = sum(w) + 0 * sum(x); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_sum_plus_zero_times { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[1], &[__d[2]])? };
        let mut __g = R_sum_plus_zero_timesGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.w)];
        __g.x.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_mean_difference {
    use super::*;

    rheano::model! {
        pub struct R_mean_difference { param p: [N, C]; param q: [N, C]; loss = mean(p - q); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_mean_difference { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = R_mean_differenceGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_scalar_custom {
    use super::*;

    rheano::model! {
        pub struct R_scalar_custom { param p: []; param r: []; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = cube(p * r); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_scalar_custom { p: floats::<Ix0>(&__c.params[0], &[])?, r: floats::<Ix0>(&__c.params[1], &[])? };
        let mut __g = R_scalar_customGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_softmax_huge_equal {
    use super::*;

    rheano::model! {
        pub struct R_softmax_huge_equal { param z: [N, C]; input a: [N, C]; output p = softmax[C](z); output lp = log_softmax[C](z); loss = sum(a * softmax[C](z)) + sum(a * log_softmax[C](z)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_softmax_huge_equal { z: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_a = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = R_softmax_huge_equalGrad::zeros_like(&__m);
        __g.z.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_a.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_a.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.z)];
        __g.z.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_a.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.z)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.p().map_err(|e| e.to_string())?), flat(&__m.lp().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_weighted_logsumexp {
    use super::*;

    rheano::model! {
        pub struct R_weighted_logsumexp { param z: [N, C]; param w: [N]; loss = sum(w * logsumexp[C](z)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_weighted_logsumexp { z: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[1], &[__d[0]])? };
        let mut __g = R_weighted_logsumexpGrad::zeros_like(&__m);
        __g.z.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.z), flat(&__g.w)];
        __g.z.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.z), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_scaled_cross_entropy {
    use super::*;

    rheano::model! {
        pub struct R_scaled_cross_entropy { param z: [N, C]; param a: []; input y: [N] in 0..C; output nll = cross_entropy(z, y); loss = a * sum(cross_entropy(z, y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_scaled_cross_entropy { z: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, a: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = R_scaled_cross_entropyGrad::zeros_like(&__m);
        __g.z.fill(f32::NAN); __g.a.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.z), flat(&__g.a)];
        __g.z.fill(f32::NAN); __g.a.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.z), flat(&__g.a)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.nll(__in_y.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_ties_of_min_and_max {
    use super::*;

    rheano::model! {
        pub struct R_ties_of_min_and_max { dim D = 3; param p1: [N]; param p2: [N]; param p7: [D, C]; param p8: []; input x9: [C, D]; hyper s = 0.5; hyper q = 3; let h3 = (log_softmax[N](p1) / (p2)^q); loss = min(max[C](min[D](p7)), max(p8, s)) + (sin((p8 - p8)) + (log(1.5) * max(x9))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_ties_of_min_and_max { p1: floats::<Ix1>(&__c.params[0], &[__d[1]])?, p2: floats::<Ix1>(&__c.params[1], &[__d[1]])?, p7: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])?, p8: floats::<Ix0>(&__c.params[3], &[])? };
        let __in_x9 = floats::<Ix2>(&__c.inputs[0], &[__d[2], __d[0]])?;
        let mut __g = R_ties_of_min_and_maxGrad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x9.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x9.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p7), flat(&__g.p8)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x9.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p7), flat(&__g.p8)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_overflow_in_f64 {
    use super::*;

    rheano::model! {
        pub struct R_overflow_in_f64 { input x1: [C, N]; param p3: [N, C]; input y: [N] in 0..C; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = cross_entropy((x1).T, y); output o4 = (where(h2 < h2, h2, h2) @ cross_entropy(p3, y)); loss = mean(exp(cube(swish(p3)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_overflow_in_f64 { p3: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[1]])?;
        let mut __g = R_overflow_in_f64Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3)];
        __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![vec![__m.o4(__in_x1.view(), __in_y.view()).map_err(|e| e.to_string())?]], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_max_of_nan {
    use super::*;

    rheano::model! {
        pub struct R_max_of_nan { param p: [N]; input x: [N]; loss = sum(max(p, log(x)) * p); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_max_of_nan { p: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let __in_x = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let mut __g = R_max_of_nanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p)];
        __g.p.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_custom_root_in_product {
    use super::*;

    rheano::model! {
        pub struct R_custom_root_in_product { param p2: [C]; param p4: [C]; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o3 = p2; loss = (cube(p4) @ p2) + 0.5; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_custom_root_in_product { p2: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p4: floats::<Ix1>(&__c.params[1], &[__d[0]])? };
        let mut __g = R_custom_root_in_productGrad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p4)];
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o3().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_custom_root_in_product_of_log_softmax {
    use super::*;

    rheano::model! {
        pub struct R_custom_root_in_product_of_log_softmax { input x1: [H, C]; param p3: [C]; param p4: [C]; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = cube(log_softmax[C](p3)) @ p4; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_custom_root_in_product_of_log_softmax { p3: floats::<Ix1>(&__c.params[0], &[__d[1]])?, p4: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = R_custom_root_in_product_of_log_softmaxGrad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p4)];
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_custom_root_in_product_right {
    use super::*;

    rheano::model! {
        pub struct R_custom_root_in_product_right { param p3: [C]; param p4: [C]; input x5: [H]; input x6: [H]; param p7: [C, H]; param p8: [H, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = ((p3 @ cube(p4)) - (swish(x5) @ x6)) + mean(abs(((p7 * p7) / p8))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_custom_root_in_product_right { p3: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p4: floats::<Ix1>(&__c.params[1], &[__d[0]])?, p7: floats::<Ix2>(&__c.params[2], &[__d[0], __d[1]])?, p8: floats::<Ix2>(&__c.params[3], &[__d[1], __d[0]])? };
        let __in_x5 = floats::<Ix1>(&__c.inputs[0], &[__d[1]])?;
        let __in_x6 = floats::<Ix1>(&__c.inputs[1], &[__d[1]])?;
        let mut __g = R_custom_root_in_product_rightGrad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x5.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x5.view(), __in_x6.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p4), flat(&__g.p7), flat(&__g.p8)];
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x5.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p4), flat(&__g.p7), flat(&__g.p8)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_r_logits_lost_in_rounding {
    use super::*;

    rheano::model! {
        pub struct R_logits_lost_in_rounding { param p1: [C, N]; param p2: [N]; input y: [N] in 0..C; loss = mean(cross_entropy(p1.T - p2, y)) + sum(logsumexp[C](p1.T - p2)) + sum(softmax[C](p1.T + p2) * log_softmax[C](p1.T - p2)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = R_logits_lost_in_rounding { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[1]])?;
        let mut __g = R_logits_lost_in_roundingGrad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_exp_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(exp((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_exp_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_exp_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(exp((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_exp_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_product {
    use super::*;

    rheano::model! {
        pub struct T_exp_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(exp((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_exp_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_exp_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(exp((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_exp_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_exp_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(exp((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_exp_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_output {
    use super::*;

    rheano::model! {
        pub struct T_exp_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = exp((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_exp_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_exp_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](exp((p)) * exp((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_exp_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_term {
    use super::*;

    rheano::model! {
        pub struct T_exp_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(exp((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_exp_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_repeated {
    use super::*;

    rheano::model! {
        pub struct T_exp_repeated { param p: [N, C]; param q: [N, C]; let a = exp((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_exp_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_exp_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_exp_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(exp((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_exp_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_exp_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_log_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(log((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_log_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(log((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_product {
    use super::*;

    rheano::model! {
        pub struct T_log_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(log((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_log_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_log_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(log((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_log_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_log_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(log((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_log_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_output {
    use super::*;

    rheano::model! {
        pub struct T_log_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = log((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_log_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_log_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](log((p)) * log((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_log_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_term {
    use super::*;

    rheano::model! {
        pub struct T_log_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(log((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_log_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_repeated {
    use super::*;

    rheano::model! {
        pub struct T_log_repeated { param p: [N, C]; param q: [N, C]; let a = log((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_log_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(log((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_log_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(sqrt((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sqrt_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(sqrt((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sqrt_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_product {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(sqrt((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_sqrt_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(sqrt((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_sqrt_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(sqrt((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_sqrt_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_output {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = sqrt((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_sqrt_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](sqrt((p)) * sqrt((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_sqrt_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_term {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(sqrt((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_sqrt_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_repeated {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_repeated { param p: [N, C]; param q: [N, C]; let a = sqrt((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sqrt_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sqrt_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_sqrt_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(sqrt((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sqrt_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_sqrt_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_abs_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(abs((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_abs_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_abs_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(abs((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_abs_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_product {
    use super::*;

    rheano::model! {
        pub struct T_abs_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(abs((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_abs_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_abs_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(abs((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_abs_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_abs_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(abs((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_abs_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_output {
    use super::*;

    rheano::model! {
        pub struct T_abs_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = abs((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_abs_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_abs_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](abs((p)) * abs((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_abs_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_term {
    use super::*;

    rheano::model! {
        pub struct T_abs_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(abs((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_abs_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_repeated {
    use super::*;

    rheano::model! {
        pub struct T_abs_repeated { param p: [N, C]; param q: [N, C]; let a = abs((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_abs_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_abs_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_abs_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(abs((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_abs_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_abs_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_tanh_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(tanh((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_tanh_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_tanh_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(tanh((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_tanh_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_product {
    use super::*;

    rheano::model! {
        pub struct T_tanh_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(tanh((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_tanh_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_tanh_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(tanh((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_tanh_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_tanh_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(tanh((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_tanh_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_output {
    use super::*;

    rheano::model! {
        pub struct T_tanh_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = tanh((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_tanh_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_tanh_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](tanh((p)) * tanh((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_tanh_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_term {
    use super::*;

    rheano::model! {
        pub struct T_tanh_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(tanh((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_tanh_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_repeated {
    use super::*;

    rheano::model! {
        pub struct T_tanh_repeated { param p: [N, C]; param q: [N, C]; let a = tanh((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_tanh_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_tanh_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_tanh_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(tanh((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_tanh_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_tanh_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(sigmoid((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sigmoid_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(sigmoid((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sigmoid_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_product {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(sigmoid((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_sigmoid_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(sigmoid((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_sigmoid_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(sigmoid((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_sigmoid_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_output {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = sigmoid((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_sigmoid_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](sigmoid((p)) * sigmoid((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_sigmoid_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_term {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(sigmoid((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_sigmoid_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_repeated {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_repeated { param p: [N, C]; param q: [N, C]; let a = sigmoid((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sigmoid_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sigmoid_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_sigmoid_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(sigmoid((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sigmoid_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_sigmoid_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_relu_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(relu((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_relu_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_relu_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(relu((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_relu_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_product {
    use super::*;

    rheano::model! {
        pub struct T_relu_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(relu((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_relu_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_relu_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(relu((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_relu_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_relu_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(relu((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_relu_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_output {
    use super::*;

    rheano::model! {
        pub struct T_relu_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = relu((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_relu_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_relu_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](relu((p)) * relu((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_relu_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_term {
    use super::*;

    rheano::model! {
        pub struct T_relu_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(relu((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_relu_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_repeated {
    use super::*;

    rheano::model! {
        pub struct T_relu_repeated { param p: [N, C]; param q: [N, C]; let a = relu((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_relu_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_relu_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_relu_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(relu((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_relu_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_relu_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_softplus_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(softplus((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_softplus_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_softplus_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(softplus((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_softplus_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_product {
    use super::*;

    rheano::model! {
        pub struct T_softplus_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(softplus((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_softplus_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_softplus_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(softplus((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_softplus_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_softplus_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(softplus((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_softplus_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_output {
    use super::*;

    rheano::model! {
        pub struct T_softplus_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = softplus((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_softplus_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_softplus_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](softplus((p)) * softplus((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_softplus_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_term {
    use super::*;

    rheano::model! {
        pub struct T_softplus_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(softplus((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_softplus_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_repeated {
    use super::*;

    rheano::model! {
        pub struct T_softplus_repeated { param p: [N, C]; param q: [N, C]; let a = softplus((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_softplus_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softplus_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_softplus_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(softplus((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softplus_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_softplus_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_sin_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(sin((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sin_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_sin_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(sin((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sin_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_product {
    use super::*;

    rheano::model! {
        pub struct T_sin_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(sin((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_sin_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_sin_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(sin((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_sin_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_sin_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(sin((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_sin_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_output {
    use super::*;

    rheano::model! {
        pub struct T_sin_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = sin((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_sin_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_sin_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](sin((p)) * sin((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_sin_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_term {
    use super::*;

    rheano::model! {
        pub struct T_sin_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(sin((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_sin_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_repeated {
    use super::*;

    rheano::model! {
        pub struct T_sin_repeated { param p: [N, C]; param q: [N, C]; let a = sin((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sin_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sin_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_sin_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(sin((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sin_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_sin_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_cos_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(cos((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_cos_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_cos_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(cos((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_cos_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_product {
    use super::*;

    rheano::model! {
        pub struct T_cos_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(cos((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_cos_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_cos_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(cos((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_cos_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_cos_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(cos((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_cos_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_output {
    use super::*;

    rheano::model! {
        pub struct T_cos_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = cos((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_cos_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_cos_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](cos((p)) * cos((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_cos_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_term {
    use super::*;

    rheano::model! {
        pub struct T_cos_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(cos((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_cos_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_repeated {
    use super::*;

    rheano::model! {
        pub struct T_cos_repeated { param p: [N, C]; param q: [N, C]; let a = cos((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_cos_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cos_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_cos_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(cos((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cos_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_cos_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_square_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(square((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_square_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_square_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(square((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_square_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_product {
    use super::*;

    rheano::model! {
        pub struct T_square_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(square((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_square_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_square_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(square((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_square_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_square_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(square((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_square_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_output {
    use super::*;

    rheano::model! {
        pub struct T_square_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = square((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_square_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_square_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](square((p)) * square((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_square_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_term {
    use super::*;

    rheano::model! {
        pub struct T_square_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(square((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_square_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_repeated {
    use super::*;

    rheano::model! {
        pub struct T_square_repeated { param p: [N, C]; param q: [N, C]; let a = square((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_square_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_square_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_square_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(square((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_square_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_square_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_log1p_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(log1p((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log1p_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_log1p_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(log1p((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log1p_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_product {
    use super::*;

    rheano::model! {
        pub struct T_log1p_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(log1p((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_log1p_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_log1p_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(log1p((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_log1p_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_log1p_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(log1p((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_log1p_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_output {
    use super::*;

    rheano::model! {
        pub struct T_log1p_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = log1p((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_log1p_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_log1p_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](log1p((p)) * log1p((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_log1p_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_term {
    use super::*;

    rheano::model! {
        pub struct T_log1p_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(log1p((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_log1p_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_repeated {
    use super::*;

    rheano::model! {
        pub struct T_log1p_repeated { param p: [N, C]; param q: [N, C]; let a = log1p((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log1p_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log1p_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_log1p_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(log1p((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log1p_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_log1p_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_expm1_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(expm1((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_expm1_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_expm1_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(expm1((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_expm1_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_product {
    use super::*;

    rheano::model! {
        pub struct T_expm1_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(expm1((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_expm1_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_expm1_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(expm1((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_expm1_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_expm1_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(expm1((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_expm1_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_output {
    use super::*;

    rheano::model! {
        pub struct T_expm1_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = expm1((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_expm1_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_expm1_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](expm1((p)) * expm1((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_expm1_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_term {
    use super::*;

    rheano::model! {
        pub struct T_expm1_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(expm1((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_expm1_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_repeated {
    use super::*;

    rheano::model! {
        pub struct T_expm1_repeated { param p: [N, C]; param q: [N, C]; let a = expm1((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_expm1_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_expm1_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_expm1_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(expm1((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_expm1_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_expm1_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_erf_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(erf((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_erf_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_erf_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(erf((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_erf_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_product {
    use super::*;

    rheano::model! {
        pub struct T_erf_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(erf((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_erf_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_erf_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(erf((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_erf_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_erf_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(erf((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_erf_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_output {
    use super::*;

    rheano::model! {
        pub struct T_erf_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = erf((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_erf_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_erf_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](erf((p)) * erf((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_erf_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_term {
    use super::*;

    rheano::model! {
        pub struct T_erf_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(erf((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_erf_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_repeated {
    use super::*;

    rheano::model! {
        pub struct T_erf_repeated { param p: [N, C]; param q: [N, C]; let a = erf((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_erf_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_erf_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_erf_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(erf((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_erf_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_erf_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_neg_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(-((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_neg_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_neg_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(-((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_neg_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_product {
    use super::*;

    rheano::model! {
        pub struct T_neg_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(-((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_neg_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_neg_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(-((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_neg_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_neg_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(-((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_neg_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_output {
    use super::*;

    rheano::model! {
        pub struct T_neg_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = -((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_neg_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_neg_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](-((p)) * -((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_neg_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_term {
    use super::*;

    rheano::model! {
        pub struct T_neg_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(-((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_neg_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_repeated {
    use super::*;

    rheano::model! {
        pub struct T_neg_repeated { param p: [N, C]; param q: [N, C]; let a = -((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_neg_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_neg_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_neg_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(-((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_neg_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_neg_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_add_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p) + q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_add_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_add_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p) + q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_add_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_product {
    use super::*;

    rheano::model! {
        pub struct T_add_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v) + q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_add_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_add_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q) + t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_add_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_add_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p) + q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_add_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_output {
    use super::*;

    rheano::model! {
        pub struct T_add_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p) + q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_add_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_add_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p) + q) * ((p) + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_add_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_term {
    use super::*;

    rheano::model! {
        pub struct T_add_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p) + q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_add_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_repeated {
    use super::*;

    rheano::model! {
        pub struct T_add_repeated { param p: [N, C]; param q: [N, C]; let a = ((p) + q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_add_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_add_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_add_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p) + q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_add_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_add_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_sub_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p) - q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sub_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_sub_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p) - q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sub_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_product {
    use super::*;

    rheano::model! {
        pub struct T_sub_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v) - q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_sub_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_sub_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q) - t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_sub_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_sub_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p) - q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_sub_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_output {
    use super::*;

    rheano::model! {
        pub struct T_sub_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p) - q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_sub_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_sub_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p) - q) * ((p) - q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_sub_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_term {
    use super::*;

    rheano::model! {
        pub struct T_sub_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p) - q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_sub_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_repeated {
    use super::*;

    rheano::model! {
        pub struct T_sub_repeated { param p: [N, C]; param q: [N, C]; let a = ((p) - q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sub_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sub_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_sub_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p) - q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sub_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_sub_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_mul_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_mul_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_mul_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_mul_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_product {
    use super::*;

    rheano::model! {
        pub struct T_mul_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_mul_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_mul_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_mul_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_mul_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_mul_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_output {
    use super::*;

    rheano::model! {
        pub struct T_mul_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_mul_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_mul_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p) * q) * ((p) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_mul_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_term {
    use super::*;

    rheano::model! {
        pub struct T_mul_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_mul_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_repeated {
    use super::*;

    rheano::model! {
        pub struct T_mul_repeated { param p: [N, C]; param q: [N, C]; let a = ((p) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_mul_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mul_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_mul_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mul_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_mul_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_div_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p) / q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_div_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_div_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p) / q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_div_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_product {
    use super::*;

    rheano::model! {
        pub struct T_div_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v) / q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_div_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_div_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q) / t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_div_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_div_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p) / q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_div_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_output {
    use super::*;

    rheano::model! {
        pub struct T_div_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p) / q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_div_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_div_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p) / q) * ((p) / q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_div_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_term {
    use super::*;

    rheano::model! {
        pub struct T_div_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p) / q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_div_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_repeated {
    use super::*;

    rheano::model! {
        pub struct T_div_repeated { param p: [N, C]; param q: [N, C]; let a = ((p) / q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_div_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_div_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_div_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p) / q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_div_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_div_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_pow2_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p))^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_pow2_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_pow2_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p))^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_pow2_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_product {
    use super::*;

    rheano::model! {
        pub struct T_pow2_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v))^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_pow2_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_pow2_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q))^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_pow2_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_pow2_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p))^2 * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_pow2_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_output {
    use super::*;

    rheano::model! {
        pub struct T_pow2_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p))^2; loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_pow2_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_pow2_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p))^2 * ((p))^2)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_pow2_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_term {
    use super::*;

    rheano::model! {
        pub struct T_pow2_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p))^2) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_pow2_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_repeated {
    use super::*;

    rheano::model! {
        pub struct T_pow2_repeated { param p: [N, C]; param q: [N, C]; let a = ((p))^2; loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_pow2_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow2_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_pow2_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p))^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow2_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_pow2_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_pow3_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p))^3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_pow3_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_pow3_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p))^3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_pow3_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_product {
    use super::*;

    rheano::model! {
        pub struct T_pow3_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v))^3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_pow3_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_pow3_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q))^3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_pow3_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_pow3_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p))^3 * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_pow3_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_output {
    use super::*;

    rheano::model! {
        pub struct T_pow3_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p))^3; loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_pow3_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_pow3_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p))^3 * ((p))^3)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_pow3_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_term {
    use super::*;

    rheano::model! {
        pub struct T_pow3_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p))^3) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_pow3_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_repeated {
    use super::*;

    rheano::model! {
        pub struct T_pow3_repeated { param p: [N, C]; param q: [N, C]; let a = ((p))^3; loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_pow3_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow3_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_pow3_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p))^3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow3_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_pow3_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p))^0.5); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_pow_half_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p))^0.5); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_pow_half_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_product {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v))^0.5); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_pow_half_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q))^0.5); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_pow_half_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p))^0.5 * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_pow_half_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_output {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p))^0.5; loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_pow_half_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p))^0.5 * ((p))^0.5)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_pow_half_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_term {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p))^0.5) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_pow_half_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_repeated {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_repeated { param p: [N, C]; param q: [N, C]; let a = ((p))^0.5; loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_pow_half_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_pow_half_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_pow_half_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p))^0.5); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_pow_half_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_pow_half_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_max2_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(max((p), q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_max2_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_max2_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(max((p), q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_max2_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_product {
    use super::*;

    rheano::model! {
        pub struct T_max2_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(max((x @ v), q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_max2_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_max2_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(max((p * r + q), t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_max2_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_max2_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(max((p), q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_max2_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_output {
    use super::*;

    rheano::model! {
        pub struct T_max2_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = max((p), q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_max2_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_max2_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](max((p), q) * max((p), q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_max2_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_term {
    use super::*;

    rheano::model! {
        pub struct T_max2_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(max((p), q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_max2_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_repeated {
    use super::*;

    rheano::model! {
        pub struct T_max2_repeated { param p: [N, C]; param q: [N, C]; let a = max((p), q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_max2_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max2_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_max2_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(max((p), q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max2_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_max2_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_min2_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(min((p), q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_min2_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_min2_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(min((p), q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_min2_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_product {
    use super::*;

    rheano::model! {
        pub struct T_min2_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(min((x @ v), q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_min2_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_min2_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(min((p * r + q), t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_min2_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_min2_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(min((p), q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_min2_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_output {
    use super::*;

    rheano::model! {
        pub struct T_min2_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = min((p), q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_min2_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_min2_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](min((p), q) * min((p), q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_min2_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_term {
    use super::*;

    rheano::model! {
        pub struct T_min2_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(min((p), q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_min2_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_repeated {
    use super::*;

    rheano::model! {
        pub struct T_min2_repeated { param p: [N, C]; param q: [N, C]; let a = min((p), q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_min2_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min2_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_min2_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(min((p), q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min2_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_min2_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_where_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(where((p) > q, (p) * q, q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_where_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_where_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(where((p) > q, (p) * q, q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_where_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_product {
    use super::*;

    rheano::model! {
        pub struct T_where_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(where((x @ v) > q, (x @ v) * q, q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_where_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_where_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(where((p * r + q) > t, (p * r + q) * t, t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_where_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_where_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(where((p) > q, (p) * q, q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_where_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_output {
    use super::*;

    rheano::model! {
        pub struct T_where_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = where((p) > q, (p) * q, q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_where_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_where_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](where((p) > q, (p) * q, q) * where((p) > q, (p) * q, q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_where_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_term {
    use super::*;

    rheano::model! {
        pub struct T_where_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(where((p) > q, (p) * q, q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_where_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_repeated {
    use super::*;

    rheano::model! {
        pub struct T_where_repeated { param p: [N, C]; param q: [N, C]; let a = where((p) > q, (p) * q, q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_where_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_where_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_where_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(where((p) > q, (p) * q, q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_where_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_where_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_transpose_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((((p)).T * (q).T).T); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_transpose_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_transpose_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((((p)).T * (q).T).T); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_transpose_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_product {
    use super::*;

    rheano::model! {
        pub struct T_transpose_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((((x @ v)).T * (q).T).T); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_transpose_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_transpose_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((((p * r + q)).T * (t).T).T); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_transpose_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_transpose_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((((p)).T * (q).T).T * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_transpose_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_output {
    use super::*;

    rheano::model! {
        pub struct T_transpose_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (((p)).T * (q).T).T; loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_transpose_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_transpose_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((((p)).T * (q).T).T * (((p)).T * (q).T).T)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_transpose_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_term {
    use super::*;

    rheano::model! {
        pub struct T_transpose_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((((p)).T * (q).T).T) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_transpose_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_repeated {
    use super::*;

    rheano::model! {
        pub struct T_transpose_repeated { param p: [N, C]; param q: [N, C]; let a = (((p)).T * (q).T).T; loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_transpose_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_transpose_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_transpose_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((((p)).T * (q).T).T); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_transpose_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_transpose_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((sum[C]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sum_c_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((sum[C]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sum_c_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_product {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((sum[C]((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_sum_c_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((sum[C]((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_sum_c_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((sum[C]((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_sum_c_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_output {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (sum[C]((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_sum_c_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((sum[C]((p)) * q) * (sum[C]((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_sum_c_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_term {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((sum[C]((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_sum_c_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_repeated {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_repeated { param p: [N, C]; param q: [N, C]; let a = (sum[C]((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sum_c_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_c_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_sum_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((sum[C]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_c_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_sum_c_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((mean[N]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_mean_n_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((mean[N]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_mean_n_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_product {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((mean[N]((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_mean_n_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((mean[N]((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_mean_n_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((mean[N]((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_mean_n_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_output {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (mean[N]((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_mean_n_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((mean[N]((p)) * q) * (mean[N]((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_mean_n_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_term {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((mean[N]((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_mean_n_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_repeated {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_repeated { param p: [N, C]; param q: [N, C]; let a = (mean[N]((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_mean_n_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_n_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_mean_n_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((mean[N]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_n_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_mean_n_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_max_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((max[C]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_max_c_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_max_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((max[C]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_max_c_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_product {
    use super::*;

    rheano::model! {
        pub struct T_max_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((max[C]((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_max_c_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_max_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((max[C]((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_max_c_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_max_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((max[C]((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_max_c_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_output {
    use super::*;

    rheano::model! {
        pub struct T_max_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (max[C]((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_max_c_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_max_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((max[C]((p)) * q) * (max[C]((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_max_c_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_term {
    use super::*;

    rheano::model! {
        pub struct T_max_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((max[C]((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_max_c_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_repeated {
    use super::*;

    rheano::model! {
        pub struct T_max_c_repeated { param p: [N, C]; param q: [N, C]; let a = (max[C]((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_max_c_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_c_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_max_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((max[C]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_c_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_max_c_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_min_n_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((min[N]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_min_n_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_min_n_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((min[N]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_min_n_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_product {
    use super::*;

    rheano::model! {
        pub struct T_min_n_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((min[N]((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_min_n_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_min_n_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((min[N]((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_min_n_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_min_n_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((min[N]((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_min_n_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_output {
    use super::*;

    rheano::model! {
        pub struct T_min_n_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (min[N]((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_min_n_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_min_n_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((min[N]((p)) * q) * (min[N]((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_min_n_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_term {
    use super::*;

    rheano::model! {
        pub struct T_min_n_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((min[N]((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_min_n_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_repeated {
    use super::*;

    rheano::model! {
        pub struct T_min_n_repeated { param p: [N, C]; param q: [N, C]; let a = (min[N]((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_min_n_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_n_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_min_n_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((min[N]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_n_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_min_n_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((logsumexp[C]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_logsumexp_c_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((logsumexp[C]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_logsumexp_c_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_product {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((logsumexp[C]((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_logsumexp_c_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((logsumexp[C]((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_logsumexp_c_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((logsumexp[C]((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_logsumexp_c_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_output {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (logsumexp[C]((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_logsumexp_c_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((logsumexp[C]((p)) * q) * (logsumexp[C]((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_logsumexp_c_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_term {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((logsumexp[C]((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_logsumexp_c_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_repeated {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_repeated { param p: [N, C]; param q: [N, C]; let a = (logsumexp[C]((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_logsumexp_c_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_c_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((logsumexp[C]((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_c_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_logsumexp_c_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((logsumexp((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_logsumexp_all_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((logsumexp((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_logsumexp_all_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_product {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((logsumexp((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_logsumexp_all_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((logsumexp((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_logsumexp_all_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((logsumexp((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_logsumexp_all_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_output {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (logsumexp((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_logsumexp_all_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((logsumexp((p)) * q) * (logsumexp((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_logsumexp_all_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_term {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((logsumexp((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_logsumexp_all_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_repeated {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_repeated { param p: [N, C]; param q: [N, C]; let a = (logsumexp((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_logsumexp_all_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_logsumexp_all_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_logsumexp_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((logsumexp((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_logsumexp_all_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_logsumexp_all_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((sum((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sum_all_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((sum((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sum_all_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_product {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((sum((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_sum_all_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((sum((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_sum_all_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((sum((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_sum_all_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_output {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (sum((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_sum_all_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((sum((p)) * q) * (sum((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_sum_all_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_term {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((sum((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_sum_all_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_repeated {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_repeated { param p: [N, C]; param q: [N, C]; let a = (sum((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_sum_all_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_sum_all_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_sum_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((sum((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_sum_all_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_sum_all_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((mean((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_mean_all_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((mean((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_mean_all_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_product {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((mean((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_mean_all_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((mean((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_mean_all_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((mean((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_mean_all_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_output {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (mean((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_mean_all_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((mean((p)) * q) * (mean((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_mean_all_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_term {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((mean((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_mean_all_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_repeated {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_repeated { param p: [N, C]; param q: [N, C]; let a = (mean((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_mean_all_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_mean_all_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_mean_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((mean((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_mean_all_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_mean_all_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_max_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((max((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_max_all_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_max_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((max((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_max_all_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_product {
    use super::*;

    rheano::model! {
        pub struct T_max_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((max((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_max_all_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_max_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((max((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_max_all_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_max_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((max((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_max_all_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_output {
    use super::*;

    rheano::model! {
        pub struct T_max_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (max((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_max_all_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_max_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((max((p)) * q) * (max((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_max_all_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_term {
    use super::*;

    rheano::model! {
        pub struct T_max_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((max((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_max_all_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_repeated {
    use super::*;

    rheano::model! {
        pub struct T_max_all_repeated { param p: [N, C]; param q: [N, C]; let a = (max((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_max_all_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_max_all_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_max_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((max((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_max_all_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_max_all_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_min_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((min((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_min_all_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_min_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((min((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_min_all_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_product {
    use super::*;

    rheano::model! {
        pub struct T_min_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((min((x @ v)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_min_all_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_min_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((min((p * r + q)) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_min_all_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_min_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((min((p)) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_min_all_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_output {
    use super::*;

    rheano::model! {
        pub struct T_min_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (min((p)) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_min_all_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_min_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((min((p)) * q) * (min((p)) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_min_all_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_term {
    use super::*;

    rheano::model! {
        pub struct T_min_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((min((p)) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_min_all_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_repeated {
    use super::*;

    rheano::model! {
        pub struct T_min_all_repeated { param p: [N, C]; param q: [N, C]; let a = (min((p)) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_min_all_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_min_all_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_min_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((min((p)) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_min_all_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_min_all_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(softmax[C]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_softmax_c_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(softmax[C]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_softmax_c_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_product {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(softmax[C]((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_softmax_c_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(softmax[C]((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_softmax_c_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(softmax[C]((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_softmax_c_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_output {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = softmax[C]((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_softmax_c_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](softmax[C]((p)) * softmax[C]((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_softmax_c_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_term {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(softmax[C]((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_softmax_c_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_repeated {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_repeated { param p: [N, C]; param q: [N, C]; let a = softmax[C]((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_softmax_c_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_c_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_softmax_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(softmax[C]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_c_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_softmax_c_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(softmax[N]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_softmax_n_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(softmax[N]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_softmax_n_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_product {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(softmax[N]((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_softmax_n_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(softmax[N]((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_softmax_n_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(softmax[N]((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_softmax_n_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_output {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = softmax[N]((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_softmax_n_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](softmax[N]((p)) * softmax[N]((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_softmax_n_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_term {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(softmax[N]((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_softmax_n_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_repeated {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_repeated { param p: [N, C]; param q: [N, C]; let a = softmax[N]((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_softmax_n_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_softmax_n_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_softmax_n_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(softmax[N]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_softmax_n_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_softmax_n_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(log_softmax[C]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log_softmax_c_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(log_softmax[C]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log_softmax_c_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_product {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(log_softmax[C]((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_log_softmax_c_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(log_softmax[C]((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_log_softmax_c_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(log_softmax[C]((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_log_softmax_c_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_output {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = log_softmax[C]((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_log_softmax_c_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](log_softmax[C]((p)) * log_softmax[C]((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_log_softmax_c_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_term {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(log_softmax[C]((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_log_softmax_c_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_repeated {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_repeated { param p: [N, C]; param q: [N, C]; let a = log_softmax[C]((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log_softmax_c_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_c_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(log_softmax[C]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_c_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_log_softmax_c_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(log_softmax[N]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log_softmax_n_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(log_softmax[N]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log_softmax_n_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_product {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(log_softmax[N]((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_log_softmax_n_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(log_softmax[N]((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_log_softmax_n_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(log_softmax[N]((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_log_softmax_n_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_output {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = log_softmax[N]((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_log_softmax_n_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](log_softmax[N]((p)) * log_softmax[N]((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_log_softmax_n_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_term {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(log_softmax[N]((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_log_softmax_n_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_repeated {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_repeated { param p: [N, C]; param q: [N, C]; let a = log_softmax[N]((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_log_softmax_n_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_log_softmax_n_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_log_softmax_n_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(log_softmax[N]((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_log_softmax_n_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_log_softmax_n_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_param_sum { param p: [N, C]; param q: [N, C]; input y: [N] in 0..C; loss = sum((cross_entropy((p), y) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = T_cross_entropy_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_param_mean { param p: [N, C]; param q: [N, C]; input y: [N] in 0..C; loss = mean((cross_entropy((p), y) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = T_cross_entropy_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_product {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; input y: [N] in 0..C; loss = sum((cross_entropy((x @ v), y) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = T_cross_entropy_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; input y: [N] in 0..C; loss = sum((cross_entropy((p * r + q), y) * t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = T_cross_entropy_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; input y: [N] in 0..C; loss = sum((cross_entropy((p), y) * q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = T_cross_entropy_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_output {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; input y: [N] in 0..C; output o = (cross_entropy((p), y) * q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = T_cross_entropy_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o(__in_y.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; input y: [N] in 0..C; loss = sum(w * sum[C]((cross_entropy((p), y) * q) * (cross_entropy((p), y) * q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = T_cross_entropy_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_term {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_term { param p: [N, C]; param q: [N, C]; param u: [H]; input y: [N] in 0..C; loss = sum((cross_entropy((p), y) * q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = T_cross_entropy_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_repeated {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_repeated { param p: [N, C]; param q: [N, C]; input y: [N] in 0..C; let a = (cross_entropy((p), y) * q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = T_cross_entropy_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cross_entropy_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_cross_entropy_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; input y: [N] in 0..C; loss = s * sum((cross_entropy((p), y) * q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cross_entropy_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[1]])?;
        let mut __g = T_cross_entropy_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), __c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view(), __c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), __c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_matmul_param_sum { param p: [N, C]; param q: [N, C]; param m: [C, C]; loss = sum(((p) @ m + q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, m: floats::<Ix2>(&__c.params[2], &[__d[1], __d[1]])? };
        let mut __g = T_matmul_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.m)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_matmul_param_mean { param p: [N, C]; param q: [N, C]; param m: [C, C]; loss = mean(((p) @ m + q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, m: floats::<Ix2>(&__c.params[2], &[__d[1], __d[1]])? };
        let mut __g = T_matmul_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.m)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_product {
    use super::*;

    rheano::model! {
        pub struct T_matmul_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; param m: [C, C]; loss = sum(((x @ v) @ m + q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])?, m: floats::<Ix2>(&__c.params[3], &[__d[2], __d[2]])? };
        let mut __g = T_matmul_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q), flat(&__g.m)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_matmul_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; param m: [C, C]; loss = sum(((p * r + q) @ m + t)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])?, m: floats::<Ix2>(&__c.params[4], &[__d[1], __d[1]])? };
        let mut __g = T_matmul_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t), flat(&__g.m)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_matmul_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; param m: [C, C]; loss = sum(((p) @ m + q) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, m: floats::<Ix2>(&__c.params[2], &[__d[1], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_matmul_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.m)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_output {
    use super::*;

    rheano::model! {
        pub struct T_matmul_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; param m: [C, C]; output o = ((p) @ m + q); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, m: floats::<Ix2>(&__c.params[2], &[__d[1], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_matmul_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.m)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_matmul_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; param m: [C, C]; loss = sum(w * sum[C](((p) @ m + q) * ((p) @ m + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])?, m: floats::<Ix2>(&__c.params[3], &[__d[1], __d[1]])? };
        let mut __g = T_matmul_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w), flat(&__g.m)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_term {
    use super::*;

    rheano::model! {
        pub struct T_matmul_term { param p: [N, C]; param q: [N, C]; param u: [H]; param m: [C, C]; loss = sum(((p) @ m + q)) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])?, m: floats::<Ix2>(&__c.params[3], &[__d[1], __d[1]])? };
        let mut __g = T_matmul_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u), flat(&__g.m)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_repeated {
    use super::*;

    rheano::model! {
        pub struct T_matmul_repeated { param p: [N, C]; param q: [N, C]; param m: [C, C]; let a = ((p) @ m + q); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, m: floats::<Ix2>(&__c.params[2], &[__d[1], __d[1]])? };
        let mut __g = T_matmul_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.m)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_matmul_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_matmul_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; param m: [C, C]; loss = s * sum(((p) @ m + q)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_matmul_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])?, m: floats::<Ix2>(&__c.params[2], &[__d[0], __d[0]])? };
        let mut __g = T_matmul_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.m)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.m.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.m)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_swish_param_sum { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_swish_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_swish_param_mean { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(swish((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_swish_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_product {
    use super::*;

    rheano::model! {
        pub struct T_swish_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_swish_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_swish_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_swish_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_swish_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_swish_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_output {
    use super::*;

    rheano::model! {
        pub struct T_swish_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o = swish((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_swish_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_swish_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(w * sum[C](swish((p)) * swish((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_swish_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_term {
    use super::*;

    rheano::model! {
        pub struct T_swish_term { param p: [N, C]; param q: [N, C]; param u: [H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_swish_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_repeated {
    use super::*;

    rheano::model! {
        pub struct T_swish_repeated { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let a = swish((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_swish_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_swish_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_swish_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = s * sum(swish((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_swish_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_swish_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_param_sum {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_param_sum { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_param_sum { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_cube_custom_param_sumGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_param_mean {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_param_mean { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(cube((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_param_mean { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_cube_custom_param_meanGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_product {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((x @ v))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_product { x: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, v: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, q: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])? };
        let mut __g = T_cube_custom_productGrad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.v), flat(&__g.q)];
        __g.x.fill(f32::NAN); __g.v.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.v), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_broadcast {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((p * r + q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_broadcast { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, r: floats::<Ix1>(&__c.params[1], &[__d[1]])?, q: floats::<Ix1>(&__c.params[2], &[__d[0]])?, t: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])? };
        let mut __g = T_cube_custom_broadcastGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)];
        __g.p.fill(f32::NAN); __g.r.fill(f32::NAN); __g.q.fill(f32::NAN); __g.t.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.r), flat(&__g.q), flat(&__g.t)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_broadcast_out {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((p)) * w); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_broadcast_out { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = T_cube_custom_broadcast_outGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_output {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o = cube((p)); loss = sum(o * o); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_output { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_w = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = T_cube_custom_outputGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_named_dims {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(w * sum[C](cube((p)) * cube((p)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_named_dims { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, w: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = T_cube_custom_named_dimsGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.w)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_term {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_term { param p: [N, C]; param q: [N, C]; param u: [H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((p))) + sum(p * q) + mean(u) * 2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_term { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, u: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let mut __g = T_cube_custom_termGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q), flat(&__g.u)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_repeated {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_repeated { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let a = cube((p)); loss = sum(a * a) + sum(a); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_repeated { p: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, q: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let mut __g = T_cube_custom_repeatedGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_t_cube_custom_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct T_cube_custom_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = s * sum(cube((p))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = T_cube_custom_fixed_dim { p: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, q: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let mut __g = T_cube_custom_fixed_dimGrad::zeros_like(&__m);
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p), flat(&__g.q)];
        __g.p.fill(f32::NAN); __g.q.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p), flat(&__g.q)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_exp {
    use super::*;

    rheano::model! {
        pub struct RP_exp { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(exp(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_exp { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_expGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_log {
    use super::*;

    rheano::model! {
        pub struct RP_log { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(log(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_log { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_logGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_sqrt {
    use super::*;

    rheano::model! {
        pub struct RP_sqrt { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(sqrt(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_sqrt { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_sqrtGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_abs {
    use super::*;

    rheano::model! {
        pub struct RP_abs { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(abs(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_abs { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_absGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_tanh {
    use super::*;

    rheano::model! {
        pub struct RP_tanh { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(tanh(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_tanh { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_tanhGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_sigmoid {
    use super::*;

    rheano::model! {
        pub struct RP_sigmoid { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(sigmoid(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_sigmoid { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_sigmoidGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_relu {
    use super::*;

    rheano::model! {
        pub struct RP_relu { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(relu(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_relu { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_reluGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_softplus {
    use super::*;

    rheano::model! {
        pub struct RP_softplus { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(softplus(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_softplus { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_softplusGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_sin {
    use super::*;

    rheano::model! {
        pub struct RP_sin { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(sin(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_sin { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_sinGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_cos {
    use super::*;

    rheano::model! {
        pub struct RP_cos { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(cos(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_cos { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_cosGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_square {
    use super::*;

    rheano::model! {
        pub struct RP_square { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(square(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_square { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_squareGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_log1p {
    use super::*;

    rheano::model! {
        pub struct RP_log1p { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(log1p(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_log1p { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_log1pGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_expm1 {
    use super::*;

    rheano::model! {
        pub struct RP_expm1 { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(expm1(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_expm1 { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_expm1Grad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_erf {
    use super::*;

    rheano::model! {
        pub struct RP_erf { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(erf(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_erf { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_erfGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_pow3 {
    use super::*;

    rheano::model! {
        pub struct RP_pow3 { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean((x @ w + b)^3 * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_pow3 { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_pow3Grad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_max {
    use super::*;

    rheano::model! {
        pub struct RP_max { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(max(x @ w + b, y) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_max { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_maxGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_where {
    use super::*;

    rheano::model! {
        pub struct RP_where { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(where(x @ w + b > y, x @ w + b * y, y) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_where { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_whereGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_swish {
    use super::*;

    rheano::model! {
        pub struct RP_swish { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(swish(x @ w + b) * y) + 0.5 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_swish { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_swishGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_logistic {
    use super::*;

    rheano::model! {
        pub struct RP_logistic { param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(softplus(-(2 * y - 1) * (x @ w + b))) + 1e-3 * sum(w^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_logistic { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_logisticGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.b)];
        __g.w.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_least_squares {
    use super::*;

    rheano::model! {
        pub struct RP_least_squares { param w: [N]; input x: [N, N]; input y: [N]; loss = mean((x @ w - y)^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_least_squares { w: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_least_squaresGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w)];
        __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_two_products {
    use super::*;

    rheano::model! {
        pub struct RP_two_products { param w: [N]; param u: [N]; input x: [N, N]; loss = sum(tanh(x @ w) * sigmoid(x @ u)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_two_products { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, u: floats::<Ix1>(&__c.params[1], &[__d[0]])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let mut __g = RP_two_productsGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.u.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.u)];
        __g.w.fill(f32::NAN); __g.u.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.u)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_x_param {
    use super::*;

    rheano::model! {
        pub struct RP_x_param { param w: [N]; param x: [N, N]; input y: [N]; loss = sum(softplus(x @ w) * y); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_x_param { w: floats::<Ix1>(&__c.params[0], &[__d[0]])?, x: floats::<Ix2>(&__c.params[1], &[__d[0], __d[0]])? };
        let __in_y = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let mut __g = RP_x_paramGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.x)];
        __g.w.fill(f32::NAN); __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_rectangular {
    use super::*;

    rheano::model! {
        pub struct RP_rectangular { param w: [C]; input x: [N, C]; input y: [N]; loss = sum(sin(x @ w) * y); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_rectangular { w: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[1]])?;
        let mut __g = RP_rectangularGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w)];
        __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_fixed_dim {
    use super::*;

    rheano::model! {
        pub struct RP_fixed_dim { dim K = 5; param w: [K]; input x: [N, K]; loss = mean(softplus(x @ w)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_fixed_dim { w: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[0]])?;
        let mut __g = RP_fixed_dimGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w)];
        __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_read_twice {
    use super::*;

    rheano::model! {
        pub struct RP_read_twice { param w: [N]; input x: [N, N]; input y: [N]; loss = mean((x @ w - y)^2) + sum(softmax[N](x @ w) * y); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_read_twice { w: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_read_twiceGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w)];
        __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_columns {
    use super::*;

    rheano::model! {
        pub struct RP_columns { param w: [N]; input x: [N, C]; input y: [C]; loss = mean((x.T @ w - y)^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_columns { w: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[1]])?;
        let mut __g = RP_columnsGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w)];
        __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_rp_output {
    use super::*;

    rheano::model! {
        pub struct RP_output { param w: [N]; input x: [N, N]; input y: [N]; output p = x @ w; loss = mean(softplus(p) * y); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = RP_output { w: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let __in_x = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[0]])?;
        let __in_y = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = RP_outputGrad::zeros_like(&__m);
        __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w)];
        __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.p(__in_x.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s0 {
    use super::*;

    rheano::model! {
        pub struct S0 { dim D = 3; input x1: [C, D]; param p3: [C, N]; param p5: [D]; let h2 = x1; let h4 = mean((p3).T); loss = max((relu(0.5) - (3 - 2)), exp(sum[D](p5))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S0 { p3: floats::<Ix2>(&__c.params[0], &[__d[1], __d[2]])?, p5: floats::<Ix1>(&__c.params[1], &[__d[0]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[0]])?;
        let mut __g = S0Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p5)];
        __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s1 {
    use super::*;

    rheano::model! {
        pub struct S1 { param p1: [N]; param p2: []; input x3: [N, C]; param p4: [C, N]; param p5: [C, N]; param p6: [N, C]; param p7: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(p1) + (exp(square(p2)) / p2) + mean(where(tanh(softmax[C](x3)) <= (p4).T, (where(p5 < p5, p4, p5)).T, ((p6)^3 + swish(p7)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S1 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p2: floats::<Ix0>(&__c.params[1], &[])?, p4: floats::<Ix2>(&__c.params[2], &[__d[1], __d[0]])?, p5: floats::<Ix2>(&__c.params[3], &[__d[1], __d[0]])?, p6: floats::<Ix2>(&__c.params[4], &[__d[0], __d[1]])?, p7: floats::<Ix2>(&__c.params[5], &[__d[0], __d[1]])? };
        let __in_x3 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = S1Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x3.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p4), flat(&__g.p5), flat(&__g.p6), flat(&__g.p7)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p4), flat(&__g.p5), flat(&__g.p6), flat(&__g.p7)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s2 {
    use super::*;

    rheano::model! {
        pub struct S2 { param p1: []; param p2: [N]; param p3: [N]; loss = p1 + mean(sigmoid((abs(p2) - where(p2 > p3, p2, p3)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S2 { p1: floats::<Ix0>(&__c.params[0], &[])?, p2: floats::<Ix1>(&__c.params[1], &[__d[0]])?, p3: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let mut __g = S2Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p3)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s3 {
    use super::*;

    rheano::model! {
        pub struct S3 { dim D = 3; input x2: [C, N]; input x3: [N, C]; input x4: [D, C, N]; param p6: [D, C]; param p7: [C]; param p8: [C]; input x9: [C, N, D]; param p10: [C, N]; param p11: [C, D]; hyper s = 0.5; hyper q = 3; let h1 = s; let h5 = ((x2 * x3) + max[D](x4)); loss = mean(log(p6)) + sum((((p7 / p8) @ max(x9, p10)) @ logsumexp[C](p11))) + s; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S3 { p6: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p7: floats::<Ix1>(&__c.params[1], &[__d[1]])?, p8: floats::<Ix1>(&__c.params[2], &[__d[1]])?, p10: floats::<Ix2>(&__c.params[3], &[__d[1], __d[2]])?, p11: floats::<Ix2>(&__c.params[4], &[__d[1], __d[0]])? };
        let __in_x2 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[2]])?;
        let __in_x3 = floats::<Ix2>(&__c.inputs[1], &[__d[2], __d[1]])?;
        let __in_x4 = floats::<Ix3>(&__c.inputs[2], &[__d[0], __d[1], __d[2]])?;
        let __in_x9 = floats::<Ix3>(&__c.inputs[3], &[__d[1], __d[2], __d[0]])?;
        let mut __g = S3Grad::zeros_like(&__m);
        __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p10.fill(f32::NAN); __g.p11.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x3.view(), __in_x4.view(), __in_x9.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x3.view(), __in_x4.view(), __in_x9.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p6), flat(&__g.p7), flat(&__g.p8), flat(&__g.p10), flat(&__g.p11)];
        __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p10.fill(f32::NAN); __g.p11.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x3.view(), __in_x4.view(), __in_x9.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p6), flat(&__g.p7), flat(&__g.p8), flat(&__g.p10), flat(&__g.p11)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s4 {
    use super::*;

    rheano::model! {
        pub struct S4 { param p1: [K]; input x2: [K, N]; param p3: []; input x5: [H, N, K]; param p6: [K, C]; param p8: [K, H, N]; param p9: []; let h4 = (p1 @ (x2 / p3)); output o7 = (logsumexp[N](x5) @ tanh(p6)); loss = mean(max[H](p8)) + max(sqrt(max(p3, p9)), p9); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S4 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p3: floats::<Ix0>(&__c.params[1], &[])?, p6: floats::<Ix2>(&__c.params[2], &[__d[0], __d[3]])?, p8: floats::<Ix3>(&__c.params[3], &[__d[0], __d[2], __d[1]])?, p9: floats::<Ix0>(&__c.params[4], &[])? };
        let __in_x2 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x5 = floats::<Ix3>(&__c.inputs[1], &[__d[2], __d[1], __d[0]])?;
        let mut __g = S4Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x5.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x5.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3), flat(&__g.p6), flat(&__g.p8), flat(&__g.p9)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x5.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3), flat(&__g.p6), flat(&__g.p8), flat(&__g.p9)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o7(__in_x5.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s5 {
    use super::*;

    rheano::model! {
        pub struct S5 { dim D = 3; input x1: [D, C]; param p2: [D, C]; input x4: [C, N]; param p6: [C, N]; input x7: [H]; param p8: [H, N, C]; input x9: []; param p10: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o3 = softplus((x1 + p2)); let h5 = min(x4, s); loss = mean((cube((p6)^q) + (x7 @ swish(p8)))) + softplus(max(x9, mean[C](p10))) + sum(log1p(x7)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S5 { p2: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p6: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, p8: floats::<Ix3>(&__c.params[2], &[__d[3], __d[2], __d[1]])?, p10: floats::<Ix1>(&__c.params[3], &[__d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x4 = floats::<Ix2>(&__c.inputs[1], &[__d[1], __d[2]])?;
        let __in_x7 = floats::<Ix1>(&__c.inputs[2], &[__d[3]])?;
        let __in_x9 = floats::<Ix0>(&__c.inputs[3], &[])?;
        let mut __g = S5Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p10.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x4.view(), __in_x7.view(), __in_x9.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x4.view(), __in_x7.view(), __in_x9.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p6), flat(&__g.p8), flat(&__g.p10)];
        __g.p2.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p10.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x4.view(), __in_x7.view(), __in_x9.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p6), flat(&__g.p8), flat(&__g.p10)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o3(__in_x1.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s6 {
    use super::*;

    rheano::model! {
        pub struct S6 { param p2: [C, N]; input x3: [N]; param p4: []; param p5: []; param p6: [C]; let h1 = 1.5; loss = h1 + sum((((p2 * x3) * relu(p4)) + p5)) + mean(p6); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S6 { p2: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p4: floats::<Ix0>(&__c.params[1], &[])?, p5: floats::<Ix0>(&__c.params[2], &[])?, p6: floats::<Ix1>(&__c.params[3], &[__d[0]])? };
        let __in_x3 = floats::<Ix1>(&__c.inputs[0], &[__d[1]])?;
        let mut __g = S6Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x3.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p4), flat(&__g.p5), flat(&__g.p6)];
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p4), flat(&__g.p5), flat(&__g.p6)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s7 {
    use super::*;

    rheano::model! {
        pub struct S7 { input x1: [K]; param p3: []; param p4: [H]; param p6: [C]; param p7: [C, H]; input x8: [K, N]; param p9: [N]; hyper s = 0.5; hyper q = 3; output o2 = sin(mean(x1)); output o5 = where((s * s) >= (o2 * p3), logsumexp[H](p4), erf(p3)); loss = sum(p6) + sum(p7) + sum(sum[N](((x8 + x8) + p9))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S7 { p3: floats::<Ix0>(&__c.params[0], &[])?, p4: floats::<Ix1>(&__c.params[1], &[__d[1]])?, p6: floats::<Ix1>(&__c.params[2], &[__d[2]])?, p7: floats::<Ix2>(&__c.params[3], &[__d[2], __d[1]])?, p9: floats::<Ix1>(&__c.params[4], &[__d[3]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let __in_x8 = floats::<Ix2>(&__c.inputs[1], &[__d[0], __d[3]])?;
        let mut __g = S7Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p4), flat(&__g.p6), flat(&__g.p7), flat(&__g.p9)];
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p4), flat(&__g.p6), flat(&__g.p7), flat(&__g.p9)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![vec![__m.o2(__in_x1.view()).map_err(|e| e.to_string())?], vec![__m.o5(__in_x1.view(), __c.hypers[0]).map_err(|e| e.to_string())?]], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s8 {
    use super::*;

    rheano::model! {
        pub struct S8 { param p1: [C, H]; param p2: [C, H, N]; param p3: [N, H]; param p4: [H, C, N]; param p5: [H, N]; input x6: [C]; loss = sum((p1 @ where(min[C](p2) <= (p3).T, mean[C](p4), p5))) + sum(x6); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S8 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix3>(&__c.params[1], &[__d[0], __d[1], __d[2]])?, p3: floats::<Ix2>(&__c.params[2], &[__d[2], __d[1]])?, p4: floats::<Ix3>(&__c.params[3], &[__d[1], __d[0], __d[2]])?, p5: floats::<Ix2>(&__c.params[4], &[__d[1], __d[2]])? };
        let __in_x6 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let mut __g = S8Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x6.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p3), flat(&__g.p4), flat(&__g.p5)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p3), flat(&__g.p4), flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s9 {
    use super::*;

    rheano::model! {
        pub struct S9 { input x1: [N, C]; param p2: [N]; param p3: [C]; hyper s = 0.5; hyper q = 3; loss = mean(x1) + sum[N](p2) + (((s)^2 / min[C](p3)) * s); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S9 { p2: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p3: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = S9Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p3)];
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s10 {
    use super::*;

    rheano::model! {
        pub struct S10 { param p1: [C, N]; loss = mean(relu(p1)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S10 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let mut __g = S10Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s11 {
    use super::*;

    rheano::model! {
        pub struct S11 { param p1: []; param p3: [N]; let h2 = p1; loss = mean(p3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S11 { p1: floats::<Ix0>(&__c.params[0], &[])?, p3: floats::<Ix1>(&__c.params[1], &[__d[0]])? };
        let mut __g = S11Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s12 {
    use super::*;

    rheano::model! {
        pub struct S12 { param p1: [H, C]; param p2: [C, N]; loss = mean((p1 @ ((p2).T).T)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S12 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])? };
        let mut __g = S12Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s13 {
    use super::*;

    rheano::model! {
        pub struct S13 { param p1: []; param p3: [C]; let h2 = p1; loss = sum(p3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S13 { p1: floats::<Ix0>(&__c.params[0], &[])?, p3: floats::<Ix1>(&__c.params[1], &[__d[0]])? };
        let mut __g = S13Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s14 {
    use super::*;

    rheano::model! {
        pub struct S14 { input x1: []; param p2: []; input x3: []; param p4: []; input x6: [C, N]; input x7: []; param p8: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h5 = where(swish(x1) > p2, where(x1 >= x1, p2, p2), (x3 / p4)); loss = s + mean(x6) + max(expm1(log1p(x7)), ((p8)^3)^2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S14 { p2: floats::<Ix0>(&__c.params[0], &[])?, p4: floats::<Ix0>(&__c.params[1], &[])?, p8: floats::<Ix0>(&__c.params[2], &[])? };
        let __in_x1 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let __in_x3 = floats::<Ix0>(&__c.inputs[1], &[])?;
        let __in_x6 = floats::<Ix2>(&__c.inputs[2], &[__d[0], __d[1]])?;
        let __in_x7 = floats::<Ix0>(&__c.inputs[3], &[])?;
        let mut __g = S14Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x6.view(), __in_x7.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x3.view(), __in_x6.view(), __in_x7.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p4), flat(&__g.p8)];
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x6.view(), __in_x7.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p4), flat(&__g.p8)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s15 {
    use super::*;

    rheano::model! {
        pub struct S15 { param p1: [K]; param p2: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(p1) + min(p2, swish(where(p2 < s, 0.5, p2))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S15 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p2: floats::<Ix0>(&__c.params[1], &[])? };
        let mut __g = S15Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s16 {
    use super::*;

    rheano::model! {
        pub struct S16 { dim D = 3; input x2: [D]; param p4: [N]; input x5: [C, D]; output o1 = exp(3); output o3 = max[D](x2); loss = mean(p4) + mean(sqrt(x5)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S16 { p4: floats::<Ix1>(&__c.params[0], &[__d[1]])? };
        let __in_x2 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let __in_x5 = floats::<Ix2>(&__c.inputs[1], &[__d[2], __d[0]])?;
        let mut __g = S16Grad::zeros_like(&__m);
        __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x5.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x5.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p4)];
        __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x5.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![vec![__m.o1().map_err(|e| e.to_string())?], vec![__m.o3(__in_x2.view()).map_err(|e| e.to_string())?]], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s17 {
    use super::*;

    rheano::model! {
        pub struct S17 { dim D = 3; param p1: [C, N]; param p3: [N]; input x5: []; param p6: []; output o2 = p1; let h4 = abs(exp(p3)); loss = log1p(exp((x5 / 2))) + p6 + x5; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S17 { p1: floats::<Ix2>(&__c.params[0], &[__d[1], __d[2]])?, p3: floats::<Ix1>(&__c.params[1], &[__d[2]])?, p6: floats::<Ix0>(&__c.params[2], &[])? };
        let __in_x5 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let mut __g = S17Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x5.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x5.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3), flat(&__g.p6)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x5.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3), flat(&__g.p6)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s18 {
    use super::*;

    rheano::model! {
        pub struct S18 { dim D = 3; input x1: [C]; param p4: [D, K]; param p5: [D, K]; param p6: [D, H]; param p7: [H]; input x8: [C]; param p9: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = x1; let h3 = h2; loss = mean(((max(p4, p5) + (p5)^q)).T) + mean(where(p6 > (softmax[D](p6) / (p6 / p6)), min(min(p6, p6), min(p7, p7)), swish(max(p6, p6)))) + ((where(h3 < x8, p9, h3) @ erf(p9)))^2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S18 { p4: floats::<Ix2>(&__c.params[0], &[__d[0], __d[2]])?, p5: floats::<Ix2>(&__c.params[1], &[__d[0], __d[2]])?, p6: floats::<Ix2>(&__c.params[2], &[__d[0], __d[3]])?, p7: floats::<Ix1>(&__c.params[3], &[__d[3]])?, p9: floats::<Ix1>(&__c.params[4], &[__d[1]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[1]])?;
        let __in_x8 = floats::<Ix1>(&__c.inputs[1], &[__d[1]])?;
        let mut __g = S18Grad::zeros_like(&__m);
        __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p4), flat(&__g.p5), flat(&__g.p6), flat(&__g.p7), flat(&__g.p9)];
        __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p4), flat(&__g.p5), flat(&__g.p6), flat(&__g.p7), flat(&__g.p9)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s19 {
    use super::*;

    rheano::model! {
        pub struct S19 { param p2: [C, N, H]; param p3: [H]; param p5: [K]; param p6: [K, N]; param p7: []; input x8: []; param p9: [N]; hyper s = 0.5; hyper q = 3; output o1 = 0.5; let h4 = log((p2 @ p3)); loss = mean(((erf(p5) / p5) @ sigmoid(log_softmax[K](p6)))) + where(p7 >= p7, max((o1 + x8), (x8)^q), ((p9 @ p9))^3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S19 { p2: floats::<Ix3>(&__c.params[0], &[__d[0], __d[1], __d[2]])?, p3: floats::<Ix1>(&__c.params[1], &[__d[2]])?, p5: floats::<Ix1>(&__c.params[2], &[__d[3]])?, p6: floats::<Ix2>(&__c.params[3], &[__d[3], __d[1]])?, p7: floats::<Ix0>(&__c.params[4], &[])?, p9: floats::<Ix1>(&__c.params[5], &[__d[1]])? };
        let __in_x8 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let mut __g = S19Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x8.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p3), flat(&__g.p5), flat(&__g.p6), flat(&__g.p7), flat(&__g.p9)];
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p3), flat(&__g.p5), flat(&__g.p6), flat(&__g.p7), flat(&__g.p9)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![vec![__m.o1().map_err(|e| e.to_string())?]], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s21 {
    use super::*;

    rheano::model! {
        pub struct S21 { param p1: [C, N]; input x2: [N, C]; input x3: [C]; input x4: [N]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(p1) + sum((softmax[C](x2))^q) + sum(min(sqrt(softmax[C](x3)), (cube(x4) @ (p1).T))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S21 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_x2 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[0]])?;
        let __in_x3 = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let __in_x4 = floats::<Ix1>(&__c.inputs[2], &[__d[1]])?;
        let mut __g = S21Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x3.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x3.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x3.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s22 {
    use super::*;

    rheano::model! {
        pub struct S22 { input x1: [C, H]; param p2: [H, C]; param p3: [C, H]; param p4: [C, H]; param p5: [C, H]; input x6: [C]; param p7: [H]; loss = mean(where((x1 + (p2 / p3)) <= p4, p5, min((x1 + x6), p7))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S22 { p2: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, p3: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, p4: floats::<Ix2>(&__c.params[2], &[__d[0], __d[1]])?, p5: floats::<Ix2>(&__c.params[3], &[__d[0], __d[1]])?, p7: floats::<Ix1>(&__c.params[4], &[__d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x6 = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = S22Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x6.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p3), flat(&__g.p4), flat(&__g.p5), flat(&__g.p7)];
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p3), flat(&__g.p4), flat(&__g.p5), flat(&__g.p7)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s23 {
    use super::*;

    rheano::model! {
        pub struct S23 { dim D = 3; input x1: [N, C]; input x3: [H]; param p5: [D, N]; output o2 = expm1(min[N](x1)); let h4 = x3; loss = mean((p5)^2) + mean(o2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S23 { p5: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[2]])?;
        let __in_x3 = floats::<Ix1>(&__c.inputs[1], &[__d[3]])?;
        let mut __g = S23Grad::zeros_like(&__m);
        __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x3.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p5)];
        __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2(__in_x1.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s24 {
    use super::*;

    rheano::model! {
        pub struct S24 { param p1: []; input x2: [H, N]; param p3: [N, C]; input x4: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = p1 + mean((log_softmax[H](softmax[N](x2)))^q) + mean(cube((p3 @ log_softmax[C](x4)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S24 { p1: floats::<Ix0>(&__c.params[0], &[])?, p3: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])? };
        let __in_x2 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x4 = floats::<Ix1>(&__c.inputs[1], &[__d[2]])?;
        let mut __g = S24Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s25 {
    use super::*;

    rheano::model! {
        pub struct S25 { dim D = 3; param p1: [D]; input x2: [D, H, N]; param p3: [H]; input x4: []; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum((cube((p1 @ x2))).T) + sum(log_softmax[H](p3)) + x4; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S25 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p3: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let __in_x2 = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let __in_x4 = floats::<Ix0>(&__c.inputs[1], &[])?;
        let mut __g = S25Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x4.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s26 {
    use super::*;

    rheano::model! {
        pub struct S26 { input x2: [C]; param p4: [C, H]; input x5: []; param p6: [H]; input x7: [C]; input x8: [H, C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h1 = 0.25; let h3 = ((x2 + x2))^q; loss = mean(max(softmax[C](p4), where(s > x5, max[H](p6), 1.5))) + sum(h3) + sum((x7 - cube((p6 @ x8)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S26 { p4: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p6: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let __in_x2 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let __in_x5 = floats::<Ix0>(&__c.inputs[1], &[])?;
        let __in_x7 = floats::<Ix1>(&__c.inputs[2], &[__d[0]])?;
        let __in_x8 = floats::<Ix2>(&__c.inputs[3], &[__d[1], __d[0]])?;
        let mut __g = S26Grad::zeros_like(&__m);
        __g.p4.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x5.view(), __in_x7.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x5.view(), __in_x7.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p4), flat(&__g.p6)];
        __g.p4.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x5.view(), __in_x7.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p4), flat(&__g.p6)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s27 {
    use super::*;

    rheano::model! {
        pub struct S27 { dim D = 3; input x1: [D, N]; input x2: []; param p3: [N, D]; param p4: [H, C, N]; loss = mean((((x1).T * x2) + log1p(p3))) + sum(logsumexp[C](p4)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S27 { p3: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, p4: floats::<Ix3>(&__c.params[1], &[__d[2], __d[3], __d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x2 = floats::<Ix0>(&__c.inputs[1], &[])?;
        let mut __g = S27Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x2.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p4)];
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s29 {
    use super::*;

    rheano::model! {
        pub struct S29 { param p1: [C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum((cube((p1)^2))^3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S29 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let mut __g = S29Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s31 {
    use super::*;

    rheano::model! {
        pub struct S31 { input x1: [C, H]; param p2: [C, H]; input x3: [C, H]; input x4: [N]; hyper s = 0.5; hyper q = 3; loss = mean((min((x1).T, max(p2, x3)) + 1.5)) + sum((x4)^q); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S31 { p2: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x3 = floats::<Ix2>(&__c.inputs[1], &[__d[0], __d[1]])?;
        let __in_x4 = floats::<Ix1>(&__c.inputs[2], &[__d[2]])?;
        let mut __g = S31Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x3.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2)];
        __g.p2.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s32 {
    use super::*;

    rheano::model! {
        pub struct S32 { param p1: [C, N]; param p2: []; loss = mean(softplus(p1)) + p2 + mean(logsumexp[N](p1)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S32 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix0>(&__c.params[1], &[])? };
        let mut __g = S32Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s33 {
    use super::*;

    rheano::model! {
        pub struct S33 { dim D = 3; input x1: [N, D]; param p3: [K, H]; param p5: []; input x6: [H, C]; param p7: [C, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = x1; output o4 = cube(p3); loss = abs(p5) + sum((x6 + p7)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S33 { p3: floats::<Ix2>(&__c.params[0], &[__d[2], __d[3]])?, p5: floats::<Ix0>(&__c.params[1], &[])?, p7: floats::<Ix2>(&__c.params[2], &[__d[4], __d[3]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[0]])?;
        let __in_x6 = floats::<Ix2>(&__c.inputs[1], &[__d[3], __d[4]])?;
        let mut __g = S33Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x6.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p5), flat(&__g.p7)];
        __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p5), flat(&__g.p7)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2(__in_x1.view()).map_err(|e| e.to_string())?), flat(&__m.o4().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s34 {
    use super::*;

    rheano::model! {
        pub struct S34 { dim D = 3; input x1: [N]; param p2: [K]; param p3: [K]; param p4: [K]; loss = ((max(x1))^2 - (softmax[K](p2) @ where(p2 >= p3, p4, p2))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S34 { p2: floats::<Ix1>(&__c.params[0], &[__d[2]])?, p3: floats::<Ix1>(&__c.params[1], &[__d[2]])?, p4: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[1]])?;
        let mut __g = S34Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p3), flat(&__g.p4)];
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s35 {
    use super::*;

    rheano::model! {
        pub struct S35 { param p1: [C, N]; param p2: [C, N]; param p4: [N, C]; param p5: []; input y: [N] in 0..C; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = logsumexp((p1 - p2)); loss = (h3)^q + mean(swish(cross_entropy((p4 + p5), y))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S35 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, p4: floats::<Ix2>(&__c.params[2], &[__d[1], __d[0]])?, p5: floats::<Ix0>(&__c.params[3], &[])? };
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[1]])?;
        let mut __g = S35Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p4), flat(&__g.p5)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p4), flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s36 {
    use super::*;

    rheano::model! {
        pub struct S36 { input x1: [N]; param p3: [C, N]; param p4: [C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = tanh(x1); loss = sum(square(cos(p3))) + mean(cube(relu(sqrt(p4)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S36 { p3: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, p4: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let mut __g = S36Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p4)];
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2(__in_x1.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s37 {
    use super::*;

    rheano::model! {
        pub struct S37 { dim D = 3; param p1: [D, H]; param p2: [K]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(cos(softmax[D](cube(p1)))) + (((p2)^3)^q @ (p2)^q); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S37 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix1>(&__c.params[1], &[__d[2]])? };
        let mut __g = S37Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s38 {
    use super::*;

    rheano::model! {
        pub struct S38 { param p1: [N, C]; input x2: [H, K]; param p4: []; param p5: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = (p1 + mean(x2)); loss = (where(p4 > cube(0.25), (p5)^q, relu(p5)) * 2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S38 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p4: floats::<Ix0>(&__c.params[1], &[])?, p5: floats::<Ix0>(&__c.params[2], &[])? };
        let __in_x2 = floats::<Ix2>(&__c.inputs[0], &[__d[2], __d[3]])?;
        let mut __g = S38Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p4), flat(&__g.p5)];
        __g.p1.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p4), flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s39 {
    use super::*;

    rheano::model! {
        pub struct S39 { input x1: []; input x3: [C, N]; input x4: [C]; param p5: [N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = ((x1 + x1))^3; loss = h2 + mean((((x3 * x4)).T / cube(p5))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S39 { p5: floats::<Ix1>(&__c.params[0], &[__d[1]])? };
        let __in_x1 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let __in_x3 = floats::<Ix2>(&__c.inputs[1], &[__d[0], __d[1]])?;
        let __in_x4 = floats::<Ix1>(&__c.inputs[2], &[__d[0]])?;
        let mut __g = S39Grad::zeros_like(&__m);
        __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x3.view(), __in_x4.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p5)];
        __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s40 {
    use super::*;

    rheano::model! {
        pub struct S40 { dim D = 3; input x1: [H]; param p2: [H, D]; input x3: [H, D]; param p5: []; input x6: [K, N]; param p7: [C, D, N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h4 = ((x1 + x1) @ min(p2, x3)); loss = (cube(max(p5, p5)))^3 + mean(relu(min((x6)^3, (x6)^2))) + mean(mean[C](p7)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S40 { p2: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])?, p5: floats::<Ix0>(&__c.params[1], &[])?, p7: floats::<Ix3>(&__c.params[2], &[__d[4], __d[0], __d[3]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[1]])?;
        let __in_x3 = floats::<Ix2>(&__c.inputs[1], &[__d[1], __d[0]])?;
        let __in_x6 = floats::<Ix2>(&__c.inputs[2], &[__d[2], __d[3]])?;
        let mut __g = S40Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x3.view(), __in_x6.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p5), flat(&__g.p7)];
        __g.p2.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p5), flat(&__g.p7)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s41 {
    use super::*;

    rheano::model! {
        pub struct S41 { input x1: [C]; param p3: [C, N]; input x4: [N, C]; param p6: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = x1; output o5 = where((p3).T > sqrt(x4), (p3).T, cube(x4)); loss = mean((cos(swish(p6))).T); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S41 { p3: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p6: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let __in_x4 = floats::<Ix2>(&__c.inputs[1], &[__d[1], __d[0]])?;
        let mut __g = S41Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x4.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p6)];
        __g.p3.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p6)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o5(__in_x4.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s42 {
    use super::*;

    rheano::model! {
        pub struct S42 { input x1: []; input x2: []; param p3: [N]; param p5: [C, N]; input x6: [C, N]; param p8: [C, N, H]; param p9: [H]; param p10: [C]; hyper s = 0.5; hyper q = 3; output o4 = min((x1 * x2), max[N](p3)); output o7 = (where(p5 > x6, x6, x6) + (s)^q); loss = sum((max[N](sigmoid(p8)) @ where(sqrt(p9) < softplus(p9), p9, softmax[H](p9)))) + mean(p10); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S42 { p3: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p5: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])?, p8: floats::<Ix3>(&__c.params[2], &[__d[1], __d[0], __d[2]])?, p9: floats::<Ix1>(&__c.params[3], &[__d[2]])?, p10: floats::<Ix1>(&__c.params[4], &[__d[1]])? };
        let __in_x1 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let __in_x2 = floats::<Ix0>(&__c.inputs[1], &[])?;
        let __in_x6 = floats::<Ix2>(&__c.inputs[2], &[__d[1], __d[0]])?;
        let mut __g = S42Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN); __g.p10.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x2.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p5), flat(&__g.p8), flat(&__g.p9), flat(&__g.p10)];
        __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN); __g.p10.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p5), flat(&__g.p8), flat(&__g.p9), flat(&__g.p10)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![vec![__m.o4(__in_x1.view(), __in_x2.view()).map_err(|e| e.to_string())?], flat(&__m.o7(__in_x6.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s43 {
    use super::*;

    rheano::model! {
        pub struct S43 { input x1: [C, H]; param p2: [C, N]; param p3: []; input x4: [C]; param p5: [C]; param p6: [C]; input x7: [C]; param p8: [C]; input x9: [N]; param p10: [H]; input x11: [H]; param p12: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(sqrt(max(where(x1 >= x1, x1, x1), (0.25)^2))) + mean(min(min[N](max(p2, p3)), (where(x4 > p5, p6, p5) + where(x7 < p6, p8, p6)))) + where(((p3)^3 - mean[N](x9)) > (cube(p10) @ x11), s, expm1(p12)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S43 { p2: floats::<Ix2>(&__c.params[0], &[__d[0], __d[2]])?, p3: floats::<Ix0>(&__c.params[1], &[])?, p5: floats::<Ix1>(&__c.params[2], &[__d[0]])?, p6: floats::<Ix1>(&__c.params[3], &[__d[0]])?, p8: floats::<Ix1>(&__c.params[4], &[__d[0]])?, p10: floats::<Ix1>(&__c.params[5], &[__d[1]])?, p12: floats::<Ix0>(&__c.params[6], &[])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x4 = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let __in_x7 = floats::<Ix1>(&__c.inputs[2], &[__d[0]])?;
        let __in_x9 = floats::<Ix1>(&__c.inputs[3], &[__d[2]])?;
        let __in_x11 = floats::<Ix1>(&__c.inputs[4], &[__d[1]])?;
        let mut __g = S43Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p10.fill(f32::NAN); __g.p12.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x4.view(), __in_x7.view(), __in_x9.view(), __in_x11.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x4.view(), __in_x7.view(), __in_x9.view(), __in_x11.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p3), flat(&__g.p5), flat(&__g.p6), flat(&__g.p8), flat(&__g.p10), flat(&__g.p12)];
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p10.fill(f32::NAN); __g.p12.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x4.view(), __in_x7.view(), __in_x9.view(), __in_x11.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p3), flat(&__g.p5), flat(&__g.p6), flat(&__g.p8), flat(&__g.p10), flat(&__g.p12)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s45 {
    use super::*;

    rheano::model! {
        pub struct S45 { input x1: [C]; input x3: [N, H]; param p5: [C, N, H]; input x6: [H]; param p7: [C, N, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = cube((x1 @ x1)); output o4 = softmax[H](max(x3, x3)); loss = sum(x1) + mean((((p5 @ x6)).T * tanh(min[H](p7)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S45 { p5: floats::<Ix3>(&__c.params[0], &[__d[0], __d[1], __d[2]])?, p7: floats::<Ix3>(&__c.params[1], &[__d[0], __d[1], __d[2]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let __in_x3 = floats::<Ix2>(&__c.inputs[1], &[__d[1], __d[2]])?;
        let __in_x6 = floats::<Ix1>(&__c.inputs[2], &[__d[2]])?;
        let mut __g = S45Grad::zeros_like(&__m);
        __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x3.view(), __in_x6.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p5), flat(&__g.p7)];
        __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x6.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p5), flat(&__g.p7)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o4(__in_x3.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s46 {
    use super::*;

    rheano::model! {
        pub struct S46 { param p1: []; input x3: [N, C]; input x4: [N, C]; input x5: [N, C]; param p6: [N]; param p8: [C, N]; input x9: [H]; param p10: [H, N]; param p11: []; param p12: []; param p13: []; param p14: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = min(p1, cube(p1)); let h7 = where(x3 < (x3)^q, (x3 - x4), (x5 + p6)); loss = mean((expm1(where(p8 <= p8, p8, p8))).T) + where(log1p(sum[H](x9)) < where(logsumexp(p10) >= square(p11), swish(p12), where(0.25 <= p13, h2, h2)), min(0.5, (p14)^q), h2); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S46 { p1: floats::<Ix0>(&__c.params[0], &[])?, p6: floats::<Ix1>(&__c.params[1], &[__d[0]])?, p8: floats::<Ix2>(&__c.params[2], &[__d[1], __d[0]])?, p10: floats::<Ix2>(&__c.params[3], &[__d[2], __d[0]])?, p11: floats::<Ix0>(&__c.params[4], &[])?, p12: floats::<Ix0>(&__c.params[5], &[])?, p13: floats::<Ix0>(&__c.params[6], &[])?, p14: floats::<Ix0>(&__c.params[7], &[])? };
        let __in_x3 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x4 = floats::<Ix2>(&__c.inputs[1], &[__d[0], __d[1]])?;
        let __in_x5 = floats::<Ix2>(&__c.inputs[2], &[__d[0], __d[1]])?;
        let __in_x9 = floats::<Ix1>(&__c.inputs[3], &[__d[2]])?;
        let mut __g = S46Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p10.fill(f32::NAN); __g.p11.fill(f32::NAN); __g.p12.fill(f32::NAN); __g.p13.fill(f32::NAN); __g.p14.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x3.view(), __in_x4.view(), __in_x5.view(), __in_x9.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x3.view(), __in_x4.view(), __in_x5.view(), __in_x9.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p6), flat(&__g.p8), flat(&__g.p10), flat(&__g.p11), flat(&__g.p12), flat(&__g.p13), flat(&__g.p14)];
        __g.p1.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p10.fill(f32::NAN); __g.p11.fill(f32::NAN); __g.p12.fill(f32::NAN); __g.p13.fill(f32::NAN); __g.p14.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x3.view(), __in_x4.view(), __in_x5.view(), __in_x9.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p6), flat(&__g.p8), flat(&__g.p10), flat(&__g.p11), flat(&__g.p12), flat(&__g.p13), flat(&__g.p14)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s47 {
    use super::*;

    rheano::model! {
        pub struct S47 { param p1: [C, N]; param p2: [N, K]; param p3: [C, K]; param p4: [C, N, K]; param p5: [K, C]; param p6: [H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(where((swish(p1) @ sigmoid(p2)) < p3, cube(p3), max[N](p4))) + mean(swish(p5)) + mean(p6); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S47 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, p3: floats::<Ix2>(&__c.params[2], &[__d[0], __d[2]])?, p4: floats::<Ix3>(&__c.params[3], &[__d[0], __d[1], __d[2]])?, p5: floats::<Ix2>(&__c.params[4], &[__d[2], __d[0]])?, p6: floats::<Ix1>(&__c.params[5], &[__d[3]])? };
        let mut __g = S47Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p3), flat(&__g.p4), flat(&__g.p5), flat(&__g.p6)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p3), flat(&__g.p4), flat(&__g.p5), flat(&__g.p6)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s48 {
    use super::*;

    rheano::model! {
        pub struct S48 { param p1: [N]; loss = sum(p1); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S48 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let mut __g = S48Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s49 {
    use super::*;

    rheano::model! {
        pub struct S49 { param p1: [N]; param p3: [H]; output o2 = p1; loss = sum(square(square((p3 * p3)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S49 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p3: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let mut __g = S49Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s50 {
    use super::*;

    rheano::model! {
        pub struct S50 { input x1: [N, C]; input x3: [N]; input x4: []; param p5: []; param p7: [C, N]; param p8: [C, N]; param p9: [C, N]; param p10: [C, N]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = abs(x1); let h6 = min(max[N](x3), where(x4 <= s, x4, p5)); loss = sum(where(p7 <= ((p8 - p9) / x1), p7, swish((p10 / p7)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S50 { p5: floats::<Ix0>(&__c.params[0], &[])?, p7: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])?, p8: floats::<Ix2>(&__c.params[2], &[__d[1], __d[0]])?, p9: floats::<Ix2>(&__c.params[3], &[__d[1], __d[0]])?, p10: floats::<Ix2>(&__c.params[4], &[__d[1], __d[0]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x3 = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let __in_x4 = floats::<Ix0>(&__c.inputs[2], &[])?;
        let mut __g = S50Grad::zeros_like(&__m);
        __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN); __g.p10.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x3.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p5), flat(&__g.p7), flat(&__g.p8), flat(&__g.p9), flat(&__g.p10)];
        __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN); __g.p10.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p5), flat(&__g.p7), flat(&__g.p8), flat(&__g.p9), flat(&__g.p10)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s52 {
    use super::*;

    rheano::model! {
        pub struct S52 { dim D = 3; input x1: [C]; param p2: [C, K, D]; param p4: [D]; param p5: [K, D]; let h3 = cos((x1 @ p2)); loss = mean(p4) + mean(p5); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S52 { p2: floats::<Ix3>(&__c.params[0], &[__d[1], __d[2], __d[0]])?, p4: floats::<Ix1>(&__c.params[1], &[__d[0]])?, p5: floats::<Ix2>(&__c.params[2], &[__d[2], __d[0]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[1]])?;
        let mut __g = S52Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p4), flat(&__g.p5)];
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p4), flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s53 {
    use super::*;

    rheano::model! {
        pub struct S53 { input x1: [N, C]; param p3: [N]; param p5: [N, C]; input x6: [C]; input x7: [C]; input x8: [C]; hyper s = 0.5; hyper q = 3; let h2 = x1; output o4 = (p3 * p3); loss = mean(max(where(p5 > h2, min(h2, p5), (h2)^3), softmax[C](x6))) + mean(log_softmax[N](p3)) + mean(where(x6 <= min((x6 + 1.5), x7), ((o4)^q @ max(p5, x1)), square((x8 - x6)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S53 { p3: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p5: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x6 = floats::<Ix1>(&__c.inputs[1], &[__d[1]])?;
        let __in_x7 = floats::<Ix1>(&__c.inputs[2], &[__d[1]])?;
        let __in_x8 = floats::<Ix1>(&__c.inputs[3], &[__d[1]])?;
        let mut __g = S53Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x6.view(), __in_x7.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x6.view(), __in_x7.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p5)];
        __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x6.view(), __in_x7.view(), __in_x8.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o4().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s55 {
    use super::*;

    rheano::model! {
        pub struct S55 { param p1: []; loss = p1; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S55 { p1: floats::<Ix0>(&__c.params[0], &[])? };
        let mut __g = S55Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s56 {
    use super::*;

    rheano::model! {
        pub struct S56 { param p1: [C]; input x3: [K, H]; param p5: [K]; let h2 = p1; output o4 = cos(max(x3)); loss = sum(softmax[K](exp(-(p5)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S56 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p5: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let __in_x3 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[2]])?;
        let mut __g = S56Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x3.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p5)];
        __g.p1.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![vec![__m.o4(__in_x3.view()).map_err(|e| e.to_string())?]], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s57 {
    use super::*;

    rheano::model! {
        pub struct S57 { param p2: [C, N]; param p4: [H, C]; output o1 = sin(log1p(0.5)); output o3 = p2; loss = sum(p4); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S57 { p2: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p4: floats::<Ix2>(&__c.params[1], &[__d[2], __d[0]])? };
        let mut __g = S57Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p4)];
        __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![vec![__m.o1().map_err(|e| e.to_string())?], flat(&__m.o3().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s58 {
    use super::*;

    rheano::model! {
        pub struct S58 { param p1: [C]; param p3: [N]; input x4: [C, N]; let h2 = p1; loss = sum[N](p3) + sum(max(softmax[C](x4), expm1(cos(p3)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S58 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p3: floats::<Ix1>(&__c.params[1], &[__d[1]])? };
        let __in_x4 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let mut __g = S58Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x4.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s59 {
    use super::*;

    rheano::model! {
        pub struct S59 { input x1: [N, C]; input x2: [N, C]; input x4: [N, H]; param p5: []; param p6: []; param p7: [C, H]; input x8: [H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = where(swish(x1) >= x1, cube(x1), (x2)^2); loss = mean(softmax[N](x4)) + max(where(p5 < p6, max(p7), (p6)^2), (sum(x8) + min(p5, 3))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S59 { p5: floats::<Ix0>(&__c.params[0], &[])?, p6: floats::<Ix0>(&__c.params[1], &[])?, p7: floats::<Ix2>(&__c.params[2], &[__d[1], __d[2]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x2 = floats::<Ix2>(&__c.inputs[1], &[__d[0], __d[1]])?;
        let __in_x4 = floats::<Ix2>(&__c.inputs[2], &[__d[0], __d[2]])?;
        let __in_x8 = floats::<Ix1>(&__c.inputs[3], &[__d[2]])?;
        let mut __g = S59Grad::zeros_like(&__m);
        __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), __in_x4.view(), __in_x8.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x2.view(), __in_x4.view(), __in_x8.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p5), flat(&__g.p6), flat(&__g.p7)];
        __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), __in_x4.view(), __in_x8.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p5), flat(&__g.p6), flat(&__g.p7)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s60 {
    use super::*;

    rheano::model! {
        pub struct S60 { dim D = 3; input x1: [N, D]; param p3: [D, C]; param p4: [N]; input x5: [N, C, D]; param p7: [N, C]; hyper s = 0.5; hyper q = 3; output o2 = max(max(x1, x1), x1); output o6 = ((p3)^3 / (p4 @ x5)); loss = mean(sigmoid(sum[N]((p7)^q))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S60 { p3: floats::<Ix2>(&__c.params[0], &[__d[0], __d[2]])?, p4: floats::<Ix1>(&__c.params[1], &[__d[1]])?, p7: floats::<Ix2>(&__c.params[2], &[__d[1], __d[2]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[0]])?;
        let __in_x5 = floats::<Ix3>(&__c.inputs[1], &[__d[1], __d[2], __d[0]])?;
        let mut __g = S60Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x5.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x5.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p4), flat(&__g.p7)];
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p7.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x5.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p4), flat(&__g.p7)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2(__in_x1.view()).map_err(|e| e.to_string())?), flat(&__m.o6(__in_x5.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s61 {
    use super::*;

    rheano::model! {
        pub struct S61 { dim D = 3; param p1: [H]; input x2: [H, C]; input x4: []; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = (log_softmax[H](p1) @ swish(x2)); loss = x4 + mean(swish(p1)) + mean(p1); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S61 { p1: floats::<Ix1>(&__c.params[0], &[__d[1]])? };
        let __in_x2 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[2]])?;
        let __in_x4 = floats::<Ix0>(&__c.inputs[1], &[])?;
        let mut __g = S61Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x4.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s63 {
    use super::*;

    rheano::model! {
        pub struct S63 { input x1: [C, N]; param p3: [N]; input x5: [N, C]; param p6: [C, N]; input x7: [C, N]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = (min(x1, x1))^q; output o4 = p3; loss = (max(x5) / mean(max(o4, o4))) + mean(square(where(log_softmax[C](x1) > p6, cube(x7), swish(p6)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S63 { p3: floats::<Ix1>(&__c.params[0], &[__d[1]])?, p6: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_x5 = floats::<Ix2>(&__c.inputs[1], &[__d[1], __d[0]])?;
        let __in_x7 = floats::<Ix2>(&__c.inputs[2], &[__d[0], __d[1]])?;
        let mut __g = S63Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x5.view(), __in_x7.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x5.view(), __in_x7.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p6)];
        __g.p3.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x5.view(), __in_x7.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p6)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2(__in_x1.view(), __c.hypers[1]).map_err(|e| e.to_string())?), flat(&__m.o4().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s64 {
    use super::*;

    rheano::model! {
        pub struct S64 { dim D = 3; param p1: [C]; input x2: [N, C, D]; param p3: [D]; param p4: []; hyper s = 0.5; hyper q = 3; loss = sum(p1) + sum((p1)^q) + sum(sum[N](((x2 * x2) @ max(p3, p4)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S64 { p1: floats::<Ix1>(&__c.params[0], &[__d[1]])?, p3: floats::<Ix1>(&__c.params[1], &[__d[0]])?, p4: floats::<Ix0>(&__c.params[2], &[])? };
        let __in_x2 = floats::<Ix3>(&__c.inputs[0], &[__d[2], __d[1], __d[0]])?;
        let mut __g = S64Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3), flat(&__g.p4)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s65 {
    use super::*;

    rheano::model! {
        pub struct S65 { param p1: [C, N]; param p3: [N, C]; input x4: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = log_softmax[C](swish(p1)); loss = mean(logsumexp[C](swish((o2)^q))) + sum(p1) + mean(softmax[C]((max[N](p3) * log1p(x4)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S65 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p3: floats::<Ix2>(&__c.params[1], &[__d[1], __d[0]])? };
        let __in_x4 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let mut __g = S65Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x4.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x4.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s67 {
    use super::*;

    rheano::model! {
        pub struct S67 { param p1: [C, H]; input x2: [N, C, H]; input x3: [C, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(max(where(expm1(p1) > sum[N](x2), swish(x3), exp(x3)), relu(p1))) + 1.5; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S67 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_x2 = floats::<Ix3>(&__c.inputs[0], &[__d[2], __d[0], __d[1]])?;
        let __in_x3 = floats::<Ix2>(&__c.inputs[1], &[__d[0], __d[1]])?;
        let mut __g = S67Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x3.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s69 {
    use super::*;

    rheano::model! {
        pub struct S69 { param p1: [N, H]; input x3: []; param p4: []; param p6: [C]; hyper s = 0.5; hyper q = 3; output o2 = log((p1)^q); let h5 = ((x3 + p4))^2; loss = sum(p6); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S69 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p4: floats::<Ix0>(&__c.params[1], &[])?, p6: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let __in_x3 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let mut __g = S69Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x3.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x3.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p4), flat(&__g.p6)];
        __g.p1.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x3.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p4), flat(&__g.p6)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2(__c.hypers[1]).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s70 {
    use super::*;

    rheano::model! {
        pub struct S70 { param p1: [C, N]; param p2: [C]; input x3: [C, H]; param p4: [C, N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(p1) + sum(cube(softmax[H]((p2 @ x3)))) + mean(p4); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S70 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix1>(&__c.params[1], &[__d[0]])?, p4: floats::<Ix2>(&__c.params[2], &[__d[0], __d[1]])? };
        let __in_x3 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[2]])?;
        let mut __g = S70Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x3.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p4)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x3.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s71 {
    use super::*;

    rheano::model! {
        pub struct S71 { param p1: []; loss = p1 + 3; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S71 { p1: floats::<Ix0>(&__c.params[0], &[])? };
        let mut __g = S71Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s72 {
    use super::*;

    rheano::model! {
        pub struct S72 { dim D = 3; param p1: []; param p3: [H, N]; param p4: [N]; input x5: [N, H]; input x6: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = p1; loss = mean(min(((p3 * p4)).T, cube(log1p(x5)))) + sum(x6) + where(h2 >= softplus(h2), s, s); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S72 { p1: floats::<Ix0>(&__c.params[0], &[])?, p3: floats::<Ix2>(&__c.params[1], &[__d[1], __d[2]])?, p4: floats::<Ix1>(&__c.params[2], &[__d[2]])? };
        let __in_x5 = floats::<Ix2>(&__c.inputs[0], &[__d[2], __d[1]])?;
        let __in_x6 = floats::<Ix1>(&__c.inputs[1], &[__d[3]])?;
        let mut __g = S72Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x5.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x5.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3), flat(&__g.p4)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x5.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s73 {
    use super::*;

    rheano::model! {
        pub struct S73 { input x1: [K]; input x2: []; param p4: [C, N]; param p5: [H, C]; param p6: [C]; param p7: [H, C, N]; param p8: [C, N]; param p9: [C, N]; input x10: [K, H]; param p11: [H, K]; param p12: [N, C]; input y: [N] in 0..C; output o3 = softplus(max(x1, x2)); loss = sum(where(tanh((p4)^2) <= ((p5 @ p6) @ p7), log1p(log(p8)), softmax[C](sin(p9)))) + sum(((min[K](x10) @ p11) * max[N](cross_entropy(p12, y)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S73 { p4: floats::<Ix2>(&__c.params[0], &[__d[1], __d[2]])?, p5: floats::<Ix2>(&__c.params[1], &[__d[3], __d[1]])?, p6: floats::<Ix1>(&__c.params[2], &[__d[1]])?, p7: floats::<Ix3>(&__c.params[3], &[__d[3], __d[1], __d[2]])?, p8: floats::<Ix2>(&__c.params[4], &[__d[1], __d[2]])?, p9: floats::<Ix2>(&__c.params[5], &[__d[1], __d[2]])?, p11: floats::<Ix2>(&__c.params[6], &[__d[3], __d[0]])?, p12: floats::<Ix2>(&__c.params[7], &[__d[2], __d[1]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let __in_x2 = floats::<Ix0>(&__c.inputs[1], &[])?;
        let __in_x10 = floats::<Ix2>(&__c.inputs[2], &[__d[0], __d[3]])?;
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[2]])?;
        let mut __g = S73Grad::zeros_like(&__m);
        __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN); __g.p11.fill(f32::NAN); __g.p12.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), __in_x10.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x2.view(), __in_x10.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p4), flat(&__g.p5), flat(&__g.p6), flat(&__g.p7), flat(&__g.p8), flat(&__g.p9), flat(&__g.p11), flat(&__g.p12)];
        __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN); __g.p11.fill(f32::NAN); __g.p12.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), __in_x10.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p4), flat(&__g.p5), flat(&__g.p6), flat(&__g.p7), flat(&__g.p8), flat(&__g.p9), flat(&__g.p11), flat(&__g.p12)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o3(__in_x1.view(), __in_x2.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s74 {
    use super::*;

    rheano::model! {
        pub struct S74 { param p1: [N, H]; input x2: [H, N]; input x4: []; param p5: [K]; input x6: [K, H]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o3 = (tanh(p1) * x2); loss = -(((s + x4) / where(s <= 3, 3, s))) + ((erf(p5) + min[H](x6)) @ swish(log_softmax[K](p5))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S74 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p5: floats::<Ix1>(&__c.params[1], &[__d[2]])? };
        let __in_x2 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[0]])?;
        let __in_x4 = floats::<Ix0>(&__c.inputs[1], &[])?;
        let __in_x6 = floats::<Ix2>(&__c.inputs[2], &[__d[2], __d[1]])?;
        let mut __g = S74Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_x4.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_x4.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p5)];
        __g.p1.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_x4.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o3(__in_x2.view()).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s75 {
    use super::*;

    rheano::model! {
        pub struct S75 { param p1: [C]; param p3: [C, N]; param p4: [C]; input x5: [N, C]; input y: [N] in 0..C; output o2 = p1; loss = sum((p3 / softmax[C]((p4 / p4)))) + sum(max(logsumexp[C](x5), logsumexp(cross_entropy(x5, y)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S75 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p3: floats::<Ix2>(&__c.params[1], &[__d[0], __d[1]])?, p4: floats::<Ix1>(&__c.params[2], &[__d[0]])? };
        let __in_x5 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[0]])?;
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[1]])?;
        let mut __g = S75Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x5.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x5.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3), flat(&__g.p4)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x5.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s76 {
    use super::*;

    rheano::model! {
        pub struct S76 { input x1: [N, C]; param p3: [C]; param p4: [C]; param p5: [C, N]; param p7: [C]; param p8: [C]; input y: [N] in 0..C; output o2 = cross_entropy((x1)^3, y); output o6 = where(p3 < (p3 * p4), (p3 / p4), min[N](p5)); loss = mean((p5)^2) + sum(p4) + sum(log_softmax[C](cos(max(p7, p8)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S76 { p3: floats::<Ix1>(&__c.params[0], &[__d[1]])?, p4: floats::<Ix1>(&__c.params[1], &[__d[1]])?, p5: floats::<Ix2>(&__c.params[2], &[__d[1], __d[0]])?, p7: floats::<Ix1>(&__c.params[3], &[__d[1]])?, p8: floats::<Ix1>(&__c.params[4], &[__d[1]])? };
        let __in_x1 = floats::<Ix2>(&__c.inputs[0], &[__d[0], __d[1]])?;
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = S76Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p4), flat(&__g.p5), flat(&__g.p7), flat(&__g.p8)];
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p4), flat(&__g.p5), flat(&__g.p7), flat(&__g.p8)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o2(__in_x1.view(), __in_y.view()).map_err(|e| e.to_string())?), flat(&__m.o6().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s77 {
    use super::*;

    rheano::model! {
        pub struct S77 { dim D = 3; param p1: []; param p2: []; input x4: [C]; param p6: [N]; param p7: [N]; param p8: [D]; input x9: [D, N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = (where(p1 > 2, 2, p1) - min(p1, p2)); let h5 = ((h3 - h3) - mean(x4)); loss = p1 + (log(p6) @ p7) + (square(exp(p7)) @ (square(p8) @ cube(x9))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S77 { p1: floats::<Ix0>(&__c.params[0], &[])?, p2: floats::<Ix0>(&__c.params[1], &[])?, p6: floats::<Ix1>(&__c.params[2], &[__d[2]])?, p7: floats::<Ix1>(&__c.params[3], &[__d[2]])?, p8: floats::<Ix1>(&__c.params[4], &[__d[0]])? };
        let __in_x4 = floats::<Ix1>(&__c.inputs[0], &[__d[1]])?;
        let __in_x9 = floats::<Ix2>(&__c.inputs[1], &[__d[0], __d[2]])?;
        let mut __g = S77Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x4.view(), __in_x9.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x4.view(), __in_x9.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p6), flat(&__g.p7), flat(&__g.p8)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p6.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x4.view(), __in_x9.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p6), flat(&__g.p7), flat(&__g.p8)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s78 {
    use super::*;

    rheano::model! {
        pub struct S78 { dim D = 3; param p1: [C]; param p2: [C]; input x4: [D]; input x5: [D]; input x6: []; param p7: []; param p8: [D]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o3 = where(p1 < max(p2, p2), max(p1, s), max(p1, p2)); loss = where(max(1.5, (x4 @ x5)) > where(sin(x6) < x6, min(x6, x6), swish(p7)), ((0.5 / p7) / (0.5 - s)), ((p7)^2 - x6)) + (max(cube(p8)))^q; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S78 { p1: floats::<Ix1>(&__c.params[0], &[__d[1]])?, p2: floats::<Ix1>(&__c.params[1], &[__d[1]])?, p7: floats::<Ix0>(&__c.params[2], &[])?, p8: floats::<Ix1>(&__c.params[3], &[__d[0]])? };
        let __in_x4 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let __in_x5 = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let __in_x6 = floats::<Ix0>(&__c.inputs[2], &[])?;
        let mut __g = S78Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x4.view(), __in_x5.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x4.view(), __in_x5.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p7), flat(&__g.p8)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x4.view(), __in_x5.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p7), flat(&__g.p8)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o3(__c.hypers[0]).map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s79 {
    use super::*;

    rheano::model! {
        pub struct S79 { param p1: [N]; input x2: [C, H]; param p3: []; param p4: [N, C]; input y: [N] in 0..C; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(tanh(square(softmax[N](p1)))) + mean(where(x2 >= x2, cube(cube(x2)), x2)) + (swish(max(p1, p3)) @ cross_entropy(softmax[C](p4), y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S79 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p3: floats::<Ix0>(&__c.params[1], &[])?, p4: floats::<Ix2>(&__c.params[2], &[__d[0], __d[1]])? };
        let __in_x2 = floats::<Ix2>(&__c.inputs[0], &[__d[1], __d[2]])?;
        let __in_y = ints::<Ix1>(&__c.labels[0], &[__d[0]])?;
        let mut __g = S79Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view(), __in_y.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p3), flat(&__g.p4)];
        __g.p1.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), __in_y.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s81 {
    use super::*;

    rheano::model! {
        pub struct S81 { input x1: []; param p3: [H]; let h2 = x1; loss = sum(exp(p3)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S81 { p3: floats::<Ix1>(&__c.params[0], &[__d[0]])? };
        let __in_x1 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let mut __g = S81Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3)];
        __g.p3.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s82 {
    use super::*;

    rheano::model! {
        pub struct S82 { param p1: [K, C]; param p2: []; input x3: []; input x4: [H]; param p5: [H, K, C]; loss = mean(max(p1, (p2 + x3))) + sum((x4 @ p5)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S82 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix0>(&__c.params[1], &[])?, p5: floats::<Ix3>(&__c.params[2], &[__d[2], __d[0], __d[1]])? };
        let __in_x3 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let __in_x4 = floats::<Ix1>(&__c.inputs[1], &[__d[2]])?;
        let mut __g = S82Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x3.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x3.view(), __in_x4.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p5)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p5.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x3.view(), __in_x4.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p5)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s83 {
    use super::*;

    rheano::model! {
        pub struct S83 { dim D = 3; param p1: [D]; param p2: []; param p3: []; param p5: [N]; param p7: [C, D]; param p8: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o4 = ((p1 - s) - max(p2, p3)); output o6 = cube(cube(p5)); loss = sum(softplus((p7).T)) + p2 + sum((p8 / max(p3, (2 + p3)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S83 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p2: floats::<Ix0>(&__c.params[1], &[])?, p3: floats::<Ix0>(&__c.params[2], &[])?, p5: floats::<Ix1>(&__c.params[3], &[__d[1]])?, p7: floats::<Ix2>(&__c.params[4], &[__d[2], __d[0]])?, p8: floats::<Ix1>(&__c.params[5], &[__d[2]])? };
        let mut __g = S83Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p3), flat(&__g.p5), flat(&__g.p7), flat(&__g.p8)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p7.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p3), flat(&__g.p5), flat(&__g.p7), flat(&__g.p8)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o4(__c.hypers[0]).map_err(|e| e.to_string())?), flat(&__m.o6().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s84 {
    use super::*;

    rheano::model! {
        pub struct S84 { dim D = 3; input x1: []; input x2: [D]; param p3: [C]; param p4: [D, N]; loss = where(x1 <= cos(1.5), sigmoid((x2 @ x2)), log(abs(x1))) + sum(p3) + sum((min(p4, softmax[D](p4)))^3); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S84 { p3: floats::<Ix1>(&__c.params[0], &[__d[1]])?, p4: floats::<Ix2>(&__c.params[1], &[__d[0], __d[2]])? };
        let __in_x1 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let __in_x2 = floats::<Ix1>(&__c.inputs[1], &[__d[0]])?;
        let mut __g = S84Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x2.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p4)];
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s85 {
    use super::*;

    rheano::model! {
        pub struct S85 { param p1: [N, C]; loss = sum(p1); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S85 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let mut __g = S85Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s86 {
    use super::*;

    rheano::model! {
        pub struct S86 { dim D = 3; input x1: [C, D, H]; param p2: [D]; param p3: [H]; input x4: [D, C]; param p5: [C, K]; input x6: [C, K]; input x7: [C, D]; param p8: [D, K]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean((max(cube(x1), p2) @ sqrt(cube(p3)))) + min[C](swish(sum[D](x4))) + sum((where(log(p5) >= p5, cos(x6), (x7 @ p8)))^q); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S86 { p2: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p3: floats::<Ix1>(&__c.params[1], &[__d[2]])?, p5: floats::<Ix2>(&__c.params[2], &[__d[1], __d[3]])?, p8: floats::<Ix2>(&__c.params[3], &[__d[0], __d[3]])? };
        let __in_x1 = floats::<Ix3>(&__c.inputs[0], &[__d[1], __d[0], __d[2]])?;
        let __in_x4 = floats::<Ix2>(&__c.inputs[1], &[__d[0], __d[1]])?;
        let __in_x6 = floats::<Ix2>(&__c.inputs[2], &[__d[1], __d[3]])?;
        let __in_x7 = floats::<Ix2>(&__c.inputs[3], &[__d[1], __d[0]])?;
        let mut __g = S86Grad::zeros_like(&__m);
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x4.view(), __in_x6.view(), __in_x7.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x4.view(), __in_x6.view(), __in_x7.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p2), flat(&__g.p3), flat(&__g.p5), flat(&__g.p8)];
        __g.p2.fill(f32::NAN); __g.p3.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p8.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x4.view(), __in_x6.view(), __in_x7.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p2), flat(&__g.p3), flat(&__g.p5), flat(&__g.p8)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s87 {
    use super::*;

    rheano::model! {
        pub struct S87 { dim D = 3; input x1: []; input x3: [H, D]; param p4: [D]; param p5: [D]; input x7: [H, N]; param p8: [H]; param p9: [H]; input x10: []; hyper s = 0.5; hyper q = 3; let h2 = x1; let h6 = (max[H](x3) @ where(p4 <= p5, p4, p5)); loss = (x1 + logsumexp(max(x7, x7))) + (((p8 @ p9) * (0.5)^q) / x10) + sum(p4); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S87 { p4: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p5: floats::<Ix1>(&__c.params[1], &[__d[0]])?, p8: floats::<Ix1>(&__c.params[2], &[__d[1]])?, p9: floats::<Ix1>(&__c.params[3], &[__d[1]])? };
        let __in_x1 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let __in_x3 = floats::<Ix2>(&__c.inputs[1], &[__d[1], __d[0]])?;
        let __in_x7 = floats::<Ix2>(&__c.inputs[2], &[__d[1], __d[2]])?;
        let __in_x10 = floats::<Ix0>(&__c.inputs[3], &[])?;
        let mut __g = S87Grad::zeros_like(&__m);
        __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x7.view(), __in_x10.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x3.view(), __in_x7.view(), __in_x10.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p4), flat(&__g.p5), flat(&__g.p8), flat(&__g.p9)];
        __g.p4.fill(f32::NAN); __g.p5.fill(f32::NAN); __g.p8.fill(f32::NAN); __g.p9.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x3.view(), __in_x7.view(), __in_x10.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p4), flat(&__g.p5), flat(&__g.p8), flat(&__g.p9)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s90 {
    use super::*;

    rheano::model! {
        pub struct S90 { param p1: []; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = swish(cube(p1)); loss = p1; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S90 { p1: floats::<Ix0>(&__c.params[0], &[])? };
        let mut __g = S90Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![vec![__m.o2().map_err(|e| e.to_string())?]], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s91 {
    use super::*;

    rheano::model! {
        pub struct S91 { param p1: [K, H]; input x2: [H]; loss = mean(p1) + sum(log1p(x2)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S91 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_x2 = floats::<Ix1>(&__c.inputs[0], &[__d[1]])?;
        let mut __g = S91Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s92 {
    use super::*;

    rheano::model! {
        pub struct S92 { param p1: [N, H]; input x2: []; loss = sum(-(tanh((p1 + p1)))) + x2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S92 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let __in_x2 = floats::<Ix0>(&__c.inputs[0], &[])?;
        let mut __g = S92Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s93 {
    use super::*;

    rheano::model! {
        pub struct S93 { param p1: [N]; param p2: []; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(sigmoid(swish(softmax[N](p1)))) + p2 + p2; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S93 { p1: floats::<Ix1>(&__c.params[0], &[__d[0]])?, p2: floats::<Ix0>(&__c.params[1], &[])? };
        let mut __g = S93Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s94 {
    use super::*;

    rheano::model! {
        pub struct S94 { param p1: [H, C]; param p2: [C]; param p4: [C, H, N]; param p6: [C, N]; input x7: [N, H]; input x8: [C, H]; output o3 = (log1p(p1) * (p2)^3); let h5 = softmax[H](logsumexp[C](p4)); loss = sum(mean[C](((p6 @ x7) / (x8)^2))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S94 { p1: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])?, p2: floats::<Ix1>(&__c.params[1], &[__d[1]])?, p4: floats::<Ix3>(&__c.params[2], &[__d[1], __d[0], __d[2]])?, p6: floats::<Ix2>(&__c.params[3], &[__d[1], __d[2]])? };
        let __in_x7 = floats::<Ix2>(&__c.inputs[0], &[__d[2], __d[0]])?;
        let __in_x8 = floats::<Ix2>(&__c.inputs[1], &[__d[1], __d[0]])?;
        let mut __g = S94Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x7.view(), __in_x8.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x7.view(), __in_x8.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1), flat(&__g.p2), flat(&__g.p4), flat(&__g.p6)];
        __g.p1.fill(f32::NAN); __g.p2.fill(f32::NAN); __g.p4.fill(f32::NAN); __g.p6.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x7.view(), __in_x8.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1), flat(&__g.p2), flat(&__g.p4), flat(&__g.p6)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![flat(&__m.o3().map_err(|e| e.to_string())?)], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s95 {
    use super::*;

    rheano::model! {
        pub struct S95 { dim D = 3; param p1: [C, D]; input x2: [C]; loss = mean(p1) + square((x2 @ tanh(x2))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S95 { p1: floats::<Ix2>(&__c.params[0], &[__d[1], __d[0]])? };
        let __in_x2 = floats::<Ix1>(&__c.inputs[0], &[__d[1]])?;
        let mut __g = S95Grad::zeros_like(&__m);
        __g.p1.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x2.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p1)];
        __g.p1.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x2.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p1)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_s99 {
    use super::*;

    rheano::model! {
        pub struct S99 { input x1: [H]; param p3: [C, K, H]; param p4: [H]; input x5: [K, C]; input x6: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = swish(tanh(x1)); loss = mean(sqrt(relu((p3 @ p4)))) + mean(sqrt(min((x5)^q, min(x6, x6)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = S99 { p3: floats::<Ix3>(&__c.params[0], &[__d[1], __d[2], __d[0]])?, p4: floats::<Ix1>(&__c.params[1], &[__d[0]])? };
        let __in_x1 = floats::<Ix1>(&__c.inputs[0], &[__d[0]])?;
        let __in_x5 = floats::<Ix2>(&__c.inputs[1], &[__d[2], __d[1]])?;
        let __in_x6 = floats::<Ix0>(&__c.inputs[2], &[])?;
        let mut __g = S99Grad::zeros_like(&__m);
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x1.view(), __in_x5.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x1.view(), __in_x5.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.p3), flat(&__g.p4)];
        __g.p3.fill(f32::NAN); __g.p4.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x1.view(), __in_x5.view(), __in_x6.view(), __c.hypers[0], __c.hypers[1], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.p3), flat(&__g.p4)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g81 {
    use super::*;

    rheano::model! {
        pub struct G81 { param b: []; param h: []; hyper u = 0.5; loss = sin(logsumexp(h.T)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G81 { b: floats::<Ix0>(&__c.params[0], &[])?, h: floats::<Ix0>(&__c.params[1], &[])? };
        let mut __g = G81Grad::zeros_like(&__m);
        __g.b.fill(f32::NAN); __g.h.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.b), flat(&__g.h)];
        __g.b.fill(f32::NAN); __g.h.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.b), flat(&__g.h)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g660 {
    use super::*;

    rheano::model! {
        pub struct G660 { param w: []; input x: [C, N, D]; param z: []; loss = w; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G660 { w: floats::<Ix0>(&__c.params[0], &[])?, z: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_x = floats::<Ix3>(&__c.inputs[0], &[__d[0], __d[1], __d[2]])?;
        let mut __g = G660Grad::zeros_like(&__m);
        __g.w.fill(f32::NAN); __g.z.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_x.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_x.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.w), flat(&__g.z)];
        __g.w.fill(f32::NAN); __g.z.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_x.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.w), flat(&__g.z)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g665 {
    use super::*;

    rheano::model! {
        pub struct G665 { dim H = 1;param x: []; param u: [N, H, H]; param y: [D, N]; loss = (sigmoid(0) * softplus(mean((u / 1.5)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G665 { x: floats::<Ix0>(&__c.params[0], &[])?, u: floats::<Ix3>(&__c.params[1], &[__d[1], __d[0], __d[0]])?, y: floats::<Ix2>(&__c.params[2], &[__d[2], __d[1]])? };
        let mut __g = G665Grad::zeros_like(&__m);
        __g.x.fill(f32::NAN); __g.u.fill(f32::NAN); __g.y.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x), flat(&__g.u), flat(&__g.y)];
        __g.x.fill(f32::NAN); __g.u.fill(f32::NAN); __g.y.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x), flat(&__g.u), flat(&__g.y)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g809 {
    use super::*;

    rheano::model! {
        pub struct G809 { param y: [D, C]; loss = mean(y); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G809 { y: floats::<Ix2>(&__c.params[0], &[__d[0], __d[1]])? };
        let mut __g = G809Grad::zeros_like(&__m);
        __g.y.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.y)];
        __g.y.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.y)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g842 {
    use super::*;

    rheano::model! {
        pub struct G842 { param x: []; dim D = 1;input v: [C]; dim H = 1;dim C = 3;loss = cos(x.T); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G842 { x: floats::<Ix0>(&__c.params[0], &[])? };
        let __in_v = floats::<Ix1>(&__c.inputs[0], &[__d[2]])?;
        let mut __g = G842Grad::zeros_like(&__m);
        __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_v.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_v.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x)];
        __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_v.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g944 {
    use super::*;

    rheano::model! {
        pub struct G944 { param u: [N, N, H]; param z: [N, N]; dim C = 4;param h: []; loss = mean((sum(u) / 3)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G944 { u: floats::<Ix3>(&__c.params[0], &[__d[1], __d[1], __d[2]])?, z: floats::<Ix2>(&__c.params[1], &[__d[1], __d[1]])?, h: floats::<Ix0>(&__c.params[2], &[])? };
        let mut __g = G944Grad::zeros_like(&__m);
        __g.u.fill(f32::NAN); __g.z.fill(f32::NAN); __g.h.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.u), flat(&__g.z), flat(&__g.h)];
        __g.u.fill(f32::NAN); __g.z.fill(f32::NAN); __g.h.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.u), flat(&__g.z), flat(&__g.h)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1002 {
    use super::*;

    rheano::model! {
        pub struct G1002 { dim D = 4;param v: [D, D]; param z: []; param w: [N]; dim H = 4;param y: []; loss = exp(z.T); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1002 { v: floats::<Ix2>(&__c.params[0], &[__d[0], __d[0]])?, z: floats::<Ix0>(&__c.params[1], &[])?, w: floats::<Ix1>(&__c.params[2], &[__d[2]])?, y: floats::<Ix0>(&__c.params[3], &[])? };
        let mut __g = G1002Grad::zeros_like(&__m);
        __g.v.fill(f32::NAN); __g.z.fill(f32::NAN); __g.w.fill(f32::NAN); __g.y.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.v), flat(&__g.z), flat(&__g.w), flat(&__g.y)];
        __g.v.fill(f32::NAN); __g.z.fill(f32::NAN); __g.w.fill(f32::NAN); __g.y.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.v), flat(&__g.z), flat(&__g.w), flat(&__g.y)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1101 {
    use super::*;

    rheano::model! {
        pub struct G1101 { dim H = 3;param h: [N, D]; param x: [D, C, N]; loss = sum(h.T); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1101 { h: floats::<Ix2>(&__c.params[0], &[__d[1], __d[2]])?, x: floats::<Ix3>(&__c.params[1], &[__d[2], __d[3], __d[1]])? };
        let mut __g = G1101Grad::zeros_like(&__m);
        __g.h.fill(f32::NAN); __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.h), flat(&__g.x)];
        __g.h.fill(f32::NAN); __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.h), flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1122 {
    use super::*;

    rheano::model! {
        pub struct G1122 { input w: []; dim D = 4;param z: [N, N]; param b: []; param x: []; loss = x.T; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1122 { z: floats::<Ix2>(&__c.params[0], &[__d[1], __d[1]])?, b: floats::<Ix0>(&__c.params[1], &[])?, x: floats::<Ix0>(&__c.params[2], &[])? };
        let __in_w = floats::<Ix0>(&__c.inputs[0], &[])?;
        let mut __g = G1122Grad::zeros_like(&__m);
        __g.z.fill(f32::NAN); __g.b.fill(f32::NAN); __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_w.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.z), flat(&__g.b), flat(&__g.x)];
        __g.z.fill(f32::NAN); __g.b.fill(f32::NAN); __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_w.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.z), flat(&__g.b), flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1134 {
    use super::*;

    rheano::model! {
        pub struct G1134 { param v: []; input u: [C, C, N]; param b: []; dim N = 2;loss = tanh(sum(b)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1134 { v: floats::<Ix0>(&__c.params[0], &[])?, b: floats::<Ix0>(&__c.params[1], &[])? };
        let __in_u = floats::<Ix3>(&__c.inputs[0], &[__d[1], __d[1], __d[0]])?;
        let mut __g = G1134Grad::zeros_like(&__m);
        __g.v.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_u.view(), &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_u.view()).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.v), flat(&__g.b)];
        __g.v.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_u.view(), &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.v), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1383 {
    use super::*;

    rheano::model! {
        pub struct G1383 { param y: [H, D]; dim D = 3;dim C = 1;param v: []; loss = v.T; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1383 { y: floats::<Ix2>(&__c.params[0], &[__d[2], __d[0]])?, v: floats::<Ix0>(&__c.params[1], &[])? };
        let mut __g = G1383Grad::zeros_like(&__m);
        __g.y.fill(f32::NAN); __g.v.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.y), flat(&__g.v)];
        __g.y.fill(f32::NAN); __g.v.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.y), flat(&__g.v)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1444 {
    use super::*;

    rheano::model! {
        pub struct G1444 { dim C = 4;param y: [D]; loss = abs(logsumexp(y)); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1444 { y: floats::<Ix1>(&__c.params[0], &[__d[1]])? };
        let mut __g = G1444Grad::zeros_like(&__m);
        __g.y.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.y)];
        __g.y.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.y)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1451 {
    use super::*;

    rheano::model! {
        pub struct G1451 { param b: [N]; param v: [N]; dim N = 4;param w: []; hyper u = 0.5; loss = w; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1451 { b: floats::<Ix1>(&__c.params[0], &[__d[0]])?, v: floats::<Ix1>(&__c.params[1], &[__d[0]])?, w: floats::<Ix0>(&__c.params[2], &[])? };
        let mut __g = G1451Grad::zeros_like(&__m);
        __g.b.fill(f32::NAN); __g.v.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.b), flat(&__g.v), flat(&__g.w)];
        __g.b.fill(f32::NAN); __g.v.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(__c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.b), flat(&__g.v), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1563 {
    use super::*;

    rheano::model! {
        pub struct G1563 { param v: [C, D]; param y: [N, N, D]; dim N = 3;param w: [D, D]; loss = softplus(sum(logsumexp((y.T + 1.5)))); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1563 { v: floats::<Ix2>(&__c.params[0], &[__d[1], __d[2]])?, y: floats::<Ix3>(&__c.params[1], &[__d[0], __d[0], __d[2]])?, w: floats::<Ix2>(&__c.params[2], &[__d[2], __d[2]])? };
        let mut __g = G1563Grad::zeros_like(&__m);
        __g.v.fill(f32::NAN); __g.y.fill(f32::NAN); __g.w.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.v), flat(&__g.y), flat(&__g.w)];
        __g.v.fill(f32::NAN); __g.y.fill(f32::NAN); __g.w.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.v), flat(&__g.y), flat(&__g.w)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1761 {
    use super::*;

    rheano::model! {
        pub struct G1761 { input y: []; param x: []; let h = 0.5; hyper u = 0.5; loss = x; }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1761 { x: floats::<Ix0>(&__c.params[0], &[])? };
        let __in_y = floats::<Ix0>(&__c.inputs[0], &[])?;
        let mut __g = G1761Grad::zeros_like(&__m);
        __g.x.fill(f32::NAN);
        let loss = __m.loss_and_grad(__in_y.view(), __c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss(__in_y.view(), __c.hypers[0]).map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.x)];
        __g.x.fill(f32::NAN);
        let again = __m.loss_and_grad(__in_y.view(), __c.hypers[0], &mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.x)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]
pub mod m_g1928 {
    use super::*;

    rheano::model! {
        pub struct G1928 { param z: [H, H, C]; param u: [D, H]; param v: [D, N, H]; param b: [C]; let w = u.T; loss = mean(b); }
    }

    pub fn run(__c: &Case) -> Result<Got, String> {
        let __d = &__c.dims;
        let __m = G1928 { z: floats::<Ix3>(&__c.params[0], &[__d[0], __d[0], __d[1]])?, u: floats::<Ix2>(&__c.params[1], &[__d[2], __d[0]])?, v: floats::<Ix3>(&__c.params[2], &[__d[2], __d[3], __d[0]])?, b: floats::<Ix1>(&__c.params[3], &[__d[1]])? };
        let mut __g = G1928Grad::zeros_like(&__m);
        __g.z.fill(f32::NAN); __g.u.fill(f32::NAN); __g.v.fill(f32::NAN); __g.b.fill(f32::NAN);
        let loss = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let loss_only = __m.loss().map_err(|e| e.to_string())?;
        let grads = vec![flat(&__g.z), flat(&__g.u), flat(&__g.v), flat(&__g.b)];
        __g.z.fill(f32::NAN); __g.u.fill(f32::NAN); __g.v.fill(f32::NAN); __g.b.fill(f32::NAN);
        let again = __m.loss_and_grad(&mut __g).map_err(|e| e.to_string())?;
        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[flat(&__g.z), flat(&__g.u), flat(&__g.v), flat(&__g.b)]);
        Ok(Got { loss, loss_only, grads, outputs: vec![], repeats })
    }
}

/// Every model of this file.
pub const ENTRIES: &[Entry] = &[
    Entry { name: "R_ce_sum", src: "struct R_ce_sum { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(x, y)); }", positive: false, run: m_r_ce_sum::run },
    Entry { name: "R_ce_sum_plus", src: "struct R_ce_sum_plus { param x: [N, C]; param w: [C]; input y: [N] in 0..C; loss = sum(cross_entropy(x + w, y)); }", positive: false, run: m_r_ce_sum_plus::run },
    Entry { name: "R_ce_sum_times", src: "struct R_ce_sum_times { param x: [N, C]; param a: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(x * a, y)); }", positive: false, run: m_r_ce_sum_times::run },
    Entry { name: "R_ce_sum_products", src: "struct R_ce_sum_products { param x: [N, C]; param v: [C, K]; input y: [N] in 0..C; loss = sum(cross_entropy(x @ v @ v.T, y)); }", positive: false, run: m_r_ce_sum_products::run },
    Entry { name: "R_ce_sum_tanh", src: "struct R_ce_sum_tanh { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(tanh(x), y)); }", positive: false, run: m_r_ce_sum_tanh::run },
    Entry { name: "R_ce_sum_double", src: "struct R_ce_sum_double { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(2 * x, y)); }", positive: false, run: m_r_ce_sum_double::run },
    Entry { name: "R_ce_sum_third", src: "struct R_ce_sum_third { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(x / 3, y)); }", positive: false, run: m_r_ce_sum_third::run },
    Entry { name: "R_ce_sum_neg", src: "struct R_ce_sum_neg { param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(-x, y)); }", positive: false, run: m_r_ce_sum_neg::run },
    Entry { name: "R_ce_output_summed", src: "struct R_ce_output_summed { param x: [N, C]; input y: [N] in 0..C; output nll = cross_entropy(x, y); loss = sum(nll); }", positive: false, run: m_r_ce_output_summed::run },
    Entry { name: "R_gram_plus_sum", src: "struct R_gram_plus_sum { param x: [N, C]; param v: [K]; loss = sum(x.T @ x) + sum(v); }", positive: false, run: m_r_gram_plus_sum::run },
    Entry { name: "R_sum_only", src: "struct R_sum_only { param x: [N, C]; loss = sum(x); }", positive: false, run: m_r_sum_only::run },
    Entry { name: "R_tanh_mean_plus_sum", src: "struct R_tanh_mean_plus_sum { param x: [N, C]; param v: [C, H]; param w: [K]; let h = tanh(x @ v); loss = mean(h * h) + sum(w); }", positive: false, run: m_r_tanh_mean_plus_sum::run },
    Entry { name: "R_times_zero_plus_sum", src: "struct R_times_zero_plus_sum { param x: [N, C]; param w: [K]; loss = sum(x * 0) + sum(w); }", positive: false, run: m_r_times_zero_plus_sum::run },
    Entry { name: "R_sum_plus_zero_times", src: "struct R_sum_plus_zero_times { param x: [N, C]; param w: [K]; loss = sum(w) + 0 * sum(x); }", positive: false, run: m_r_sum_plus_zero_times::run },
    Entry { name: "R_mean_difference", src: "struct R_mean_difference { param p: [N, C]; param q: [N, C]; loss = mean(p - q); }", positive: false, run: m_r_mean_difference::run },
    Entry { name: "R_scalar_custom", src: "struct R_scalar_custom { param p: []; param r: []; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = cube(p * r); }", positive: false, run: m_r_scalar_custom::run },
    Entry { name: "R_softmax_huge_equal", src: "struct R_softmax_huge_equal { param z: [N, C]; input a: [N, C]; output p = softmax[C](z); output lp = log_softmax[C](z); loss = sum(a * softmax[C](z)) + sum(a * log_softmax[C](z)); }", positive: false, run: m_r_softmax_huge_equal::run },
    Entry { name: "R_weighted_logsumexp", src: "struct R_weighted_logsumexp { param z: [N, C]; param w: [N]; loss = sum(w * logsumexp[C](z)); }", positive: false, run: m_r_weighted_logsumexp::run },
    Entry { name: "R_scaled_cross_entropy", src: "struct R_scaled_cross_entropy { param z: [N, C]; param a: []; input y: [N] in 0..C; output nll = cross_entropy(z, y); loss = a * sum(cross_entropy(z, y)); }", positive: false, run: m_r_scaled_cross_entropy::run },
    Entry { name: "R_ties_of_min_and_max", src: "struct R_ties_of_min_and_max { dim D = 3; param p1: [N]; param p2: [N]; param p7: [D, C]; param p8: []; input x9: [C, D]; hyper s = 0.5; hyper q = 3; let h3 = (log_softmax[N](p1) / (p2)^q); loss = min(max[C](min[D](p7)), max(p8, s)) + (sin((p8 - p8)) + (log(1.5) * max(x9))); }", positive: false, run: m_r_ties_of_min_and_max::run },
    Entry { name: "R_overflow_in_f64", src: "struct R_overflow_in_f64 { input x1: [C, N]; param p3: [N, C]; input y: [N] in 0..C; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = cross_entropy((x1).T, y); output o4 = (where(h2 < h2, h2, h2) @ cross_entropy(p3, y)); loss = mean(exp(cube(swish(p3)))); }", positive: false, run: m_r_overflow_in_f64::run },
    Entry { name: "R_max_of_nan", src: "struct R_max_of_nan { param p: [N]; input x: [N]; loss = sum(max(p, log(x)) * p); }", positive: false, run: m_r_max_of_nan::run },
    Entry { name: "R_custom_root_in_product", src: "struct R_custom_root_in_product { param p2: [C]; param p4: [C]; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o3 = p2; loss = (cube(p4) @ p2) + 0.5; }", positive: false, run: m_r_custom_root_in_product::run },
    Entry { name: "R_custom_root_in_product_of_log_softmax", src: "struct R_custom_root_in_product_of_log_softmax { input x1: [H, C]; param p3: [C]; param p4: [C]; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = cube(log_softmax[C](p3)) @ p4; }", positive: false, run: m_r_custom_root_in_product_of_log_softmax::run },
    Entry { name: "R_custom_root_in_product_right", src: "struct R_custom_root_in_product_right { param p3: [C]; param p4: [C]; input x5: [H]; input x6: [H]; param p7: [C, H]; param p8: [H, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = ((p3 @ cube(p4)) - (swish(x5) @ x6)) + mean(abs(((p7 * p7) / p8))); }", positive: false, run: m_r_custom_root_in_product_right::run },
    Entry { name: "R_logits_lost_in_rounding", src: "struct R_logits_lost_in_rounding { param p1: [C, N]; param p2: [N]; input y: [N] in 0..C; loss = mean(cross_entropy(p1.T - p2, y)) + sum(logsumexp[C](p1.T - p2)) + sum(softmax[C](p1.T + p2) * log_softmax[C](p1.T - p2)); }", positive: false, run: m_r_logits_lost_in_rounding::run },
    Entry { name: "T_exp_param_sum", src: "struct T_exp_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(exp((p))); }", positive: false, run: m_t_exp_param_sum::run },
    Entry { name: "T_exp_param_mean", src: "struct T_exp_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(exp((p))); }", positive: false, run: m_t_exp_param_mean::run },
    Entry { name: "T_exp_product", src: "struct T_exp_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(exp((x @ v))); }", positive: false, run: m_t_exp_product::run },
    Entry { name: "T_exp_broadcast", src: "struct T_exp_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(exp((p * r + q))); }", positive: false, run: m_t_exp_broadcast::run },
    Entry { name: "T_exp_broadcast_out", src: "struct T_exp_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(exp((p)) * w); }", positive: false, run: m_t_exp_broadcast_out::run },
    Entry { name: "T_exp_output", src: "struct T_exp_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = exp((p)); loss = sum(o * o); }", positive: false, run: m_t_exp_output::run },
    Entry { name: "T_exp_named_dims", src: "struct T_exp_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](exp((p)) * exp((p)))); }", positive: false, run: m_t_exp_named_dims::run },
    Entry { name: "T_exp_term", src: "struct T_exp_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(exp((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_exp_term::run },
    Entry { name: "T_exp_repeated", src: "struct T_exp_repeated { param p: [N, C]; param q: [N, C]; let a = exp((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_exp_repeated::run },
    Entry { name: "T_exp_fixed_dim", src: "struct T_exp_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(exp((p))); }", positive: false, run: m_t_exp_fixed_dim::run },
    Entry { name: "T_log_param_sum", src: "struct T_log_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(log((p))); }", positive: true, run: m_t_log_param_sum::run },
    Entry { name: "T_log_param_mean", src: "struct T_log_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(log((p))); }", positive: true, run: m_t_log_param_mean::run },
    Entry { name: "T_log_product", src: "struct T_log_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(log((x @ v))); }", positive: true, run: m_t_log_product::run },
    Entry { name: "T_log_broadcast", src: "struct T_log_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(log((p * r + q))); }", positive: true, run: m_t_log_broadcast::run },
    Entry { name: "T_log_broadcast_out", src: "struct T_log_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(log((p)) * w); }", positive: true, run: m_t_log_broadcast_out::run },
    Entry { name: "T_log_output", src: "struct T_log_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = log((p)); loss = sum(o * o); }", positive: true, run: m_t_log_output::run },
    Entry { name: "T_log_named_dims", src: "struct T_log_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](log((p)) * log((p)))); }", positive: true, run: m_t_log_named_dims::run },
    Entry { name: "T_log_term", src: "struct T_log_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(log((p))) + sum(p * q) + mean(u) * 2; }", positive: true, run: m_t_log_term::run },
    Entry { name: "T_log_repeated", src: "struct T_log_repeated { param p: [N, C]; param q: [N, C]; let a = log((p)); loss = sum(a * a) + sum(a); }", positive: true, run: m_t_log_repeated::run },
    Entry { name: "T_log_fixed_dim", src: "struct T_log_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(log((p))); }", positive: true, run: m_t_log_fixed_dim::run },
    Entry { name: "T_sqrt_param_sum", src: "struct T_sqrt_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(sqrt((p))); }", positive: true, run: m_t_sqrt_param_sum::run },
    Entry { name: "T_sqrt_param_mean", src: "struct T_sqrt_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(sqrt((p))); }", positive: true, run: m_t_sqrt_param_mean::run },
    Entry { name: "T_sqrt_product", src: "struct T_sqrt_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(sqrt((x @ v))); }", positive: true, run: m_t_sqrt_product::run },
    Entry { name: "T_sqrt_broadcast", src: "struct T_sqrt_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(sqrt((p * r + q))); }", positive: true, run: m_t_sqrt_broadcast::run },
    Entry { name: "T_sqrt_broadcast_out", src: "struct T_sqrt_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(sqrt((p)) * w); }", positive: true, run: m_t_sqrt_broadcast_out::run },
    Entry { name: "T_sqrt_output", src: "struct T_sqrt_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = sqrt((p)); loss = sum(o * o); }", positive: true, run: m_t_sqrt_output::run },
    Entry { name: "T_sqrt_named_dims", src: "struct T_sqrt_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](sqrt((p)) * sqrt((p)))); }", positive: true, run: m_t_sqrt_named_dims::run },
    Entry { name: "T_sqrt_term", src: "struct T_sqrt_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(sqrt((p))) + sum(p * q) + mean(u) * 2; }", positive: true, run: m_t_sqrt_term::run },
    Entry { name: "T_sqrt_repeated", src: "struct T_sqrt_repeated { param p: [N, C]; param q: [N, C]; let a = sqrt((p)); loss = sum(a * a) + sum(a); }", positive: true, run: m_t_sqrt_repeated::run },
    Entry { name: "T_sqrt_fixed_dim", src: "struct T_sqrt_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(sqrt((p))); }", positive: true, run: m_t_sqrt_fixed_dim::run },
    Entry { name: "T_abs_param_sum", src: "struct T_abs_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(abs((p))); }", positive: false, run: m_t_abs_param_sum::run },
    Entry { name: "T_abs_param_mean", src: "struct T_abs_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(abs((p))); }", positive: false, run: m_t_abs_param_mean::run },
    Entry { name: "T_abs_product", src: "struct T_abs_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(abs((x @ v))); }", positive: false, run: m_t_abs_product::run },
    Entry { name: "T_abs_broadcast", src: "struct T_abs_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(abs((p * r + q))); }", positive: false, run: m_t_abs_broadcast::run },
    Entry { name: "T_abs_broadcast_out", src: "struct T_abs_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(abs((p)) * w); }", positive: false, run: m_t_abs_broadcast_out::run },
    Entry { name: "T_abs_output", src: "struct T_abs_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = abs((p)); loss = sum(o * o); }", positive: false, run: m_t_abs_output::run },
    Entry { name: "T_abs_named_dims", src: "struct T_abs_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](abs((p)) * abs((p)))); }", positive: false, run: m_t_abs_named_dims::run },
    Entry { name: "T_abs_term", src: "struct T_abs_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(abs((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_abs_term::run },
    Entry { name: "T_abs_repeated", src: "struct T_abs_repeated { param p: [N, C]; param q: [N, C]; let a = abs((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_abs_repeated::run },
    Entry { name: "T_abs_fixed_dim", src: "struct T_abs_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(abs((p))); }", positive: false, run: m_t_abs_fixed_dim::run },
    Entry { name: "T_tanh_param_sum", src: "struct T_tanh_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(tanh((p))); }", positive: false, run: m_t_tanh_param_sum::run },
    Entry { name: "T_tanh_param_mean", src: "struct T_tanh_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(tanh((p))); }", positive: false, run: m_t_tanh_param_mean::run },
    Entry { name: "T_tanh_product", src: "struct T_tanh_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(tanh((x @ v))); }", positive: false, run: m_t_tanh_product::run },
    Entry { name: "T_tanh_broadcast", src: "struct T_tanh_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(tanh((p * r + q))); }", positive: false, run: m_t_tanh_broadcast::run },
    Entry { name: "T_tanh_broadcast_out", src: "struct T_tanh_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(tanh((p)) * w); }", positive: false, run: m_t_tanh_broadcast_out::run },
    Entry { name: "T_tanh_output", src: "struct T_tanh_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = tanh((p)); loss = sum(o * o); }", positive: false, run: m_t_tanh_output::run },
    Entry { name: "T_tanh_named_dims", src: "struct T_tanh_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](tanh((p)) * tanh((p)))); }", positive: false, run: m_t_tanh_named_dims::run },
    Entry { name: "T_tanh_term", src: "struct T_tanh_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(tanh((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_tanh_term::run },
    Entry { name: "T_tanh_repeated", src: "struct T_tanh_repeated { param p: [N, C]; param q: [N, C]; let a = tanh((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_tanh_repeated::run },
    Entry { name: "T_tanh_fixed_dim", src: "struct T_tanh_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(tanh((p))); }", positive: false, run: m_t_tanh_fixed_dim::run },
    Entry { name: "T_sigmoid_param_sum", src: "struct T_sigmoid_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(sigmoid((p))); }", positive: false, run: m_t_sigmoid_param_sum::run },
    Entry { name: "T_sigmoid_param_mean", src: "struct T_sigmoid_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(sigmoid((p))); }", positive: false, run: m_t_sigmoid_param_mean::run },
    Entry { name: "T_sigmoid_product", src: "struct T_sigmoid_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(sigmoid((x @ v))); }", positive: false, run: m_t_sigmoid_product::run },
    Entry { name: "T_sigmoid_broadcast", src: "struct T_sigmoid_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(sigmoid((p * r + q))); }", positive: false, run: m_t_sigmoid_broadcast::run },
    Entry { name: "T_sigmoid_broadcast_out", src: "struct T_sigmoid_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(sigmoid((p)) * w); }", positive: false, run: m_t_sigmoid_broadcast_out::run },
    Entry { name: "T_sigmoid_output", src: "struct T_sigmoid_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = sigmoid((p)); loss = sum(o * o); }", positive: false, run: m_t_sigmoid_output::run },
    Entry { name: "T_sigmoid_named_dims", src: "struct T_sigmoid_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](sigmoid((p)) * sigmoid((p)))); }", positive: false, run: m_t_sigmoid_named_dims::run },
    Entry { name: "T_sigmoid_term", src: "struct T_sigmoid_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(sigmoid((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_sigmoid_term::run },
    Entry { name: "T_sigmoid_repeated", src: "struct T_sigmoid_repeated { param p: [N, C]; param q: [N, C]; let a = sigmoid((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_sigmoid_repeated::run },
    Entry { name: "T_sigmoid_fixed_dim", src: "struct T_sigmoid_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(sigmoid((p))); }", positive: false, run: m_t_sigmoid_fixed_dim::run },
    Entry { name: "T_relu_param_sum", src: "struct T_relu_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(relu((p))); }", positive: false, run: m_t_relu_param_sum::run },
    Entry { name: "T_relu_param_mean", src: "struct T_relu_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(relu((p))); }", positive: false, run: m_t_relu_param_mean::run },
    Entry { name: "T_relu_product", src: "struct T_relu_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(relu((x @ v))); }", positive: false, run: m_t_relu_product::run },
    Entry { name: "T_relu_broadcast", src: "struct T_relu_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(relu((p * r + q))); }", positive: false, run: m_t_relu_broadcast::run },
    Entry { name: "T_relu_broadcast_out", src: "struct T_relu_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(relu((p)) * w); }", positive: false, run: m_t_relu_broadcast_out::run },
    Entry { name: "T_relu_output", src: "struct T_relu_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = relu((p)); loss = sum(o * o); }", positive: false, run: m_t_relu_output::run },
    Entry { name: "T_relu_named_dims", src: "struct T_relu_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](relu((p)) * relu((p)))); }", positive: false, run: m_t_relu_named_dims::run },
    Entry { name: "T_relu_term", src: "struct T_relu_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(relu((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_relu_term::run },
    Entry { name: "T_relu_repeated", src: "struct T_relu_repeated { param p: [N, C]; param q: [N, C]; let a = relu((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_relu_repeated::run },
    Entry { name: "T_relu_fixed_dim", src: "struct T_relu_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(relu((p))); }", positive: false, run: m_t_relu_fixed_dim::run },
    Entry { name: "T_softplus_param_sum", src: "struct T_softplus_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(softplus((p))); }", positive: false, run: m_t_softplus_param_sum::run },
    Entry { name: "T_softplus_param_mean", src: "struct T_softplus_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(softplus((p))); }", positive: false, run: m_t_softplus_param_mean::run },
    Entry { name: "T_softplus_product", src: "struct T_softplus_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(softplus((x @ v))); }", positive: false, run: m_t_softplus_product::run },
    Entry { name: "T_softplus_broadcast", src: "struct T_softplus_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(softplus((p * r + q))); }", positive: false, run: m_t_softplus_broadcast::run },
    Entry { name: "T_softplus_broadcast_out", src: "struct T_softplus_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(softplus((p)) * w); }", positive: false, run: m_t_softplus_broadcast_out::run },
    Entry { name: "T_softplus_output", src: "struct T_softplus_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = softplus((p)); loss = sum(o * o); }", positive: false, run: m_t_softplus_output::run },
    Entry { name: "T_softplus_named_dims", src: "struct T_softplus_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](softplus((p)) * softplus((p)))); }", positive: false, run: m_t_softplus_named_dims::run },
    Entry { name: "T_softplus_term", src: "struct T_softplus_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(softplus((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_softplus_term::run },
    Entry { name: "T_softplus_repeated", src: "struct T_softplus_repeated { param p: [N, C]; param q: [N, C]; let a = softplus((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_softplus_repeated::run },
    Entry { name: "T_softplus_fixed_dim", src: "struct T_softplus_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(softplus((p))); }", positive: false, run: m_t_softplus_fixed_dim::run },
    Entry { name: "T_sin_param_sum", src: "struct T_sin_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(sin((p))); }", positive: false, run: m_t_sin_param_sum::run },
    Entry { name: "T_sin_param_mean", src: "struct T_sin_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(sin((p))); }", positive: false, run: m_t_sin_param_mean::run },
    Entry { name: "T_sin_product", src: "struct T_sin_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(sin((x @ v))); }", positive: false, run: m_t_sin_product::run },
    Entry { name: "T_sin_broadcast", src: "struct T_sin_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(sin((p * r + q))); }", positive: false, run: m_t_sin_broadcast::run },
    Entry { name: "T_sin_broadcast_out", src: "struct T_sin_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(sin((p)) * w); }", positive: false, run: m_t_sin_broadcast_out::run },
    Entry { name: "T_sin_output", src: "struct T_sin_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = sin((p)); loss = sum(o * o); }", positive: false, run: m_t_sin_output::run },
    Entry { name: "T_sin_named_dims", src: "struct T_sin_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](sin((p)) * sin((p)))); }", positive: false, run: m_t_sin_named_dims::run },
    Entry { name: "T_sin_term", src: "struct T_sin_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(sin((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_sin_term::run },
    Entry { name: "T_sin_repeated", src: "struct T_sin_repeated { param p: [N, C]; param q: [N, C]; let a = sin((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_sin_repeated::run },
    Entry { name: "T_sin_fixed_dim", src: "struct T_sin_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(sin((p))); }", positive: false, run: m_t_sin_fixed_dim::run },
    Entry { name: "T_cos_param_sum", src: "struct T_cos_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(cos((p))); }", positive: false, run: m_t_cos_param_sum::run },
    Entry { name: "T_cos_param_mean", src: "struct T_cos_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(cos((p))); }", positive: false, run: m_t_cos_param_mean::run },
    Entry { name: "T_cos_product", src: "struct T_cos_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(cos((x @ v))); }", positive: false, run: m_t_cos_product::run },
    Entry { name: "T_cos_broadcast", src: "struct T_cos_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(cos((p * r + q))); }", positive: false, run: m_t_cos_broadcast::run },
    Entry { name: "T_cos_broadcast_out", src: "struct T_cos_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(cos((p)) * w); }", positive: false, run: m_t_cos_broadcast_out::run },
    Entry { name: "T_cos_output", src: "struct T_cos_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = cos((p)); loss = sum(o * o); }", positive: false, run: m_t_cos_output::run },
    Entry { name: "T_cos_named_dims", src: "struct T_cos_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](cos((p)) * cos((p)))); }", positive: false, run: m_t_cos_named_dims::run },
    Entry { name: "T_cos_term", src: "struct T_cos_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(cos((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_cos_term::run },
    Entry { name: "T_cos_repeated", src: "struct T_cos_repeated { param p: [N, C]; param q: [N, C]; let a = cos((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_cos_repeated::run },
    Entry { name: "T_cos_fixed_dim", src: "struct T_cos_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(cos((p))); }", positive: false, run: m_t_cos_fixed_dim::run },
    Entry { name: "T_square_param_sum", src: "struct T_square_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(square((p))); }", positive: false, run: m_t_square_param_sum::run },
    Entry { name: "T_square_param_mean", src: "struct T_square_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(square((p))); }", positive: false, run: m_t_square_param_mean::run },
    Entry { name: "T_square_product", src: "struct T_square_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(square((x @ v))); }", positive: false, run: m_t_square_product::run },
    Entry { name: "T_square_broadcast", src: "struct T_square_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(square((p * r + q))); }", positive: false, run: m_t_square_broadcast::run },
    Entry { name: "T_square_broadcast_out", src: "struct T_square_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(square((p)) * w); }", positive: false, run: m_t_square_broadcast_out::run },
    Entry { name: "T_square_output", src: "struct T_square_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = square((p)); loss = sum(o * o); }", positive: false, run: m_t_square_output::run },
    Entry { name: "T_square_named_dims", src: "struct T_square_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](square((p)) * square((p)))); }", positive: false, run: m_t_square_named_dims::run },
    Entry { name: "T_square_term", src: "struct T_square_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(square((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_square_term::run },
    Entry { name: "T_square_repeated", src: "struct T_square_repeated { param p: [N, C]; param q: [N, C]; let a = square((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_square_repeated::run },
    Entry { name: "T_square_fixed_dim", src: "struct T_square_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(square((p))); }", positive: false, run: m_t_square_fixed_dim::run },
    Entry { name: "T_log1p_param_sum", src: "struct T_log1p_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(log1p((p))); }", positive: true, run: m_t_log1p_param_sum::run },
    Entry { name: "T_log1p_param_mean", src: "struct T_log1p_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(log1p((p))); }", positive: true, run: m_t_log1p_param_mean::run },
    Entry { name: "T_log1p_product", src: "struct T_log1p_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(log1p((x @ v))); }", positive: true, run: m_t_log1p_product::run },
    Entry { name: "T_log1p_broadcast", src: "struct T_log1p_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(log1p((p * r + q))); }", positive: true, run: m_t_log1p_broadcast::run },
    Entry { name: "T_log1p_broadcast_out", src: "struct T_log1p_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(log1p((p)) * w); }", positive: true, run: m_t_log1p_broadcast_out::run },
    Entry { name: "T_log1p_output", src: "struct T_log1p_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = log1p((p)); loss = sum(o * o); }", positive: true, run: m_t_log1p_output::run },
    Entry { name: "T_log1p_named_dims", src: "struct T_log1p_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](log1p((p)) * log1p((p)))); }", positive: true, run: m_t_log1p_named_dims::run },
    Entry { name: "T_log1p_term", src: "struct T_log1p_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(log1p((p))) + sum(p * q) + mean(u) * 2; }", positive: true, run: m_t_log1p_term::run },
    Entry { name: "T_log1p_repeated", src: "struct T_log1p_repeated { param p: [N, C]; param q: [N, C]; let a = log1p((p)); loss = sum(a * a) + sum(a); }", positive: true, run: m_t_log1p_repeated::run },
    Entry { name: "T_log1p_fixed_dim", src: "struct T_log1p_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(log1p((p))); }", positive: true, run: m_t_log1p_fixed_dim::run },
    Entry { name: "T_expm1_param_sum", src: "struct T_expm1_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(expm1((p))); }", positive: false, run: m_t_expm1_param_sum::run },
    Entry { name: "T_expm1_param_mean", src: "struct T_expm1_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(expm1((p))); }", positive: false, run: m_t_expm1_param_mean::run },
    Entry { name: "T_expm1_product", src: "struct T_expm1_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(expm1((x @ v))); }", positive: false, run: m_t_expm1_product::run },
    Entry { name: "T_expm1_broadcast", src: "struct T_expm1_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(expm1((p * r + q))); }", positive: false, run: m_t_expm1_broadcast::run },
    Entry { name: "T_expm1_broadcast_out", src: "struct T_expm1_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(expm1((p)) * w); }", positive: false, run: m_t_expm1_broadcast_out::run },
    Entry { name: "T_expm1_output", src: "struct T_expm1_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = expm1((p)); loss = sum(o * o); }", positive: false, run: m_t_expm1_output::run },
    Entry { name: "T_expm1_named_dims", src: "struct T_expm1_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](expm1((p)) * expm1((p)))); }", positive: false, run: m_t_expm1_named_dims::run },
    Entry { name: "T_expm1_term", src: "struct T_expm1_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(expm1((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_expm1_term::run },
    Entry { name: "T_expm1_repeated", src: "struct T_expm1_repeated { param p: [N, C]; param q: [N, C]; let a = expm1((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_expm1_repeated::run },
    Entry { name: "T_expm1_fixed_dim", src: "struct T_expm1_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(expm1((p))); }", positive: false, run: m_t_expm1_fixed_dim::run },
    Entry { name: "T_erf_param_sum", src: "struct T_erf_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(erf((p))); }", positive: false, run: m_t_erf_param_sum::run },
    Entry { name: "T_erf_param_mean", src: "struct T_erf_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(erf((p))); }", positive: false, run: m_t_erf_param_mean::run },
    Entry { name: "T_erf_product", src: "struct T_erf_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(erf((x @ v))); }", positive: false, run: m_t_erf_product::run },
    Entry { name: "T_erf_broadcast", src: "struct T_erf_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(erf((p * r + q))); }", positive: false, run: m_t_erf_broadcast::run },
    Entry { name: "T_erf_broadcast_out", src: "struct T_erf_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(erf((p)) * w); }", positive: false, run: m_t_erf_broadcast_out::run },
    Entry { name: "T_erf_output", src: "struct T_erf_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = erf((p)); loss = sum(o * o); }", positive: false, run: m_t_erf_output::run },
    Entry { name: "T_erf_named_dims", src: "struct T_erf_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](erf((p)) * erf((p)))); }", positive: false, run: m_t_erf_named_dims::run },
    Entry { name: "T_erf_term", src: "struct T_erf_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(erf((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_erf_term::run },
    Entry { name: "T_erf_repeated", src: "struct T_erf_repeated { param p: [N, C]; param q: [N, C]; let a = erf((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_erf_repeated::run },
    Entry { name: "T_erf_fixed_dim", src: "struct T_erf_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(erf((p))); }", positive: false, run: m_t_erf_fixed_dim::run },
    Entry { name: "T_neg_param_sum", src: "struct T_neg_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(-((p))); }", positive: false, run: m_t_neg_param_sum::run },
    Entry { name: "T_neg_param_mean", src: "struct T_neg_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(-((p))); }", positive: false, run: m_t_neg_param_mean::run },
    Entry { name: "T_neg_product", src: "struct T_neg_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(-((x @ v))); }", positive: false, run: m_t_neg_product::run },
    Entry { name: "T_neg_broadcast", src: "struct T_neg_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(-((p * r + q))); }", positive: false, run: m_t_neg_broadcast::run },
    Entry { name: "T_neg_broadcast_out", src: "struct T_neg_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(-((p)) * w); }", positive: false, run: m_t_neg_broadcast_out::run },
    Entry { name: "T_neg_output", src: "struct T_neg_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = -((p)); loss = sum(o * o); }", positive: false, run: m_t_neg_output::run },
    Entry { name: "T_neg_named_dims", src: "struct T_neg_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](-((p)) * -((p)))); }", positive: false, run: m_t_neg_named_dims::run },
    Entry { name: "T_neg_term", src: "struct T_neg_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(-((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_neg_term::run },
    Entry { name: "T_neg_repeated", src: "struct T_neg_repeated { param p: [N, C]; param q: [N, C]; let a = -((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_neg_repeated::run },
    Entry { name: "T_neg_fixed_dim", src: "struct T_neg_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(-((p))); }", positive: false, run: m_t_neg_fixed_dim::run },
    Entry { name: "T_add_param_sum", src: "struct T_add_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p) + q)); }", positive: false, run: m_t_add_param_sum::run },
    Entry { name: "T_add_param_mean", src: "struct T_add_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p) + q)); }", positive: false, run: m_t_add_param_mean::run },
    Entry { name: "T_add_product", src: "struct T_add_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v) + q)); }", positive: false, run: m_t_add_product::run },
    Entry { name: "T_add_broadcast", src: "struct T_add_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q) + t)); }", positive: false, run: m_t_add_broadcast::run },
    Entry { name: "T_add_broadcast_out", src: "struct T_add_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p) + q) * w); }", positive: false, run: m_t_add_broadcast_out::run },
    Entry { name: "T_add_output", src: "struct T_add_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p) + q); loss = sum(o * o); }", positive: false, run: m_t_add_output::run },
    Entry { name: "T_add_named_dims", src: "struct T_add_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p) + q) * ((p) + q))); }", positive: false, run: m_t_add_named_dims::run },
    Entry { name: "T_add_term", src: "struct T_add_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p) + q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_add_term::run },
    Entry { name: "T_add_repeated", src: "struct T_add_repeated { param p: [N, C]; param q: [N, C]; let a = ((p) + q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_add_repeated::run },
    Entry { name: "T_add_fixed_dim", src: "struct T_add_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p) + q)); }", positive: false, run: m_t_add_fixed_dim::run },
    Entry { name: "T_sub_param_sum", src: "struct T_sub_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p) - q)); }", positive: false, run: m_t_sub_param_sum::run },
    Entry { name: "T_sub_param_mean", src: "struct T_sub_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p) - q)); }", positive: false, run: m_t_sub_param_mean::run },
    Entry { name: "T_sub_product", src: "struct T_sub_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v) - q)); }", positive: false, run: m_t_sub_product::run },
    Entry { name: "T_sub_broadcast", src: "struct T_sub_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q) - t)); }", positive: false, run: m_t_sub_broadcast::run },
    Entry { name: "T_sub_broadcast_out", src: "struct T_sub_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p) - q) * w); }", positive: false, run: m_t_sub_broadcast_out::run },
    Entry { name: "T_sub_output", src: "struct T_sub_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p) - q); loss = sum(o * o); }", positive: false, run: m_t_sub_output::run },
    Entry { name: "T_sub_named_dims", src: "struct T_sub_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p) - q) * ((p) - q))); }", positive: false, run: m_t_sub_named_dims::run },
    Entry { name: "T_sub_term", src: "struct T_sub_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p) - q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_sub_term::run },
    Entry { name: "T_sub_repeated", src: "struct T_sub_repeated { param p: [N, C]; param q: [N, C]; let a = ((p) - q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_sub_repeated::run },
    Entry { name: "T_sub_fixed_dim", src: "struct T_sub_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p) - q)); }", positive: false, run: m_t_sub_fixed_dim::run },
    Entry { name: "T_mul_param_sum", src: "struct T_mul_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p) * q)); }", positive: false, run: m_t_mul_param_sum::run },
    Entry { name: "T_mul_param_mean", src: "struct T_mul_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p) * q)); }", positive: false, run: m_t_mul_param_mean::run },
    Entry { name: "T_mul_product", src: "struct T_mul_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v) * q)); }", positive: false, run: m_t_mul_product::run },
    Entry { name: "T_mul_broadcast", src: "struct T_mul_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q) * t)); }", positive: false, run: m_t_mul_broadcast::run },
    Entry { name: "T_mul_broadcast_out", src: "struct T_mul_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p) * q) * w); }", positive: false, run: m_t_mul_broadcast_out::run },
    Entry { name: "T_mul_output", src: "struct T_mul_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p) * q); loss = sum(o * o); }", positive: false, run: m_t_mul_output::run },
    Entry { name: "T_mul_named_dims", src: "struct T_mul_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p) * q) * ((p) * q))); }", positive: false, run: m_t_mul_named_dims::run },
    Entry { name: "T_mul_term", src: "struct T_mul_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_mul_term::run },
    Entry { name: "T_mul_repeated", src: "struct T_mul_repeated { param p: [N, C]; param q: [N, C]; let a = ((p) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_mul_repeated::run },
    Entry { name: "T_mul_fixed_dim", src: "struct T_mul_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p) * q)); }", positive: false, run: m_t_mul_fixed_dim::run },
    Entry { name: "T_div_param_sum", src: "struct T_div_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p) / q)); }", positive: true, run: m_t_div_param_sum::run },
    Entry { name: "T_div_param_mean", src: "struct T_div_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p) / q)); }", positive: true, run: m_t_div_param_mean::run },
    Entry { name: "T_div_product", src: "struct T_div_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v) / q)); }", positive: true, run: m_t_div_product::run },
    Entry { name: "T_div_broadcast", src: "struct T_div_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q) / t)); }", positive: true, run: m_t_div_broadcast::run },
    Entry { name: "T_div_broadcast_out", src: "struct T_div_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p) / q) * w); }", positive: true, run: m_t_div_broadcast_out::run },
    Entry { name: "T_div_output", src: "struct T_div_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p) / q); loss = sum(o * o); }", positive: true, run: m_t_div_output::run },
    Entry { name: "T_div_named_dims", src: "struct T_div_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p) / q) * ((p) / q))); }", positive: true, run: m_t_div_named_dims::run },
    Entry { name: "T_div_term", src: "struct T_div_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p) / q)) + sum(p * q) + mean(u) * 2; }", positive: true, run: m_t_div_term::run },
    Entry { name: "T_div_repeated", src: "struct T_div_repeated { param p: [N, C]; param q: [N, C]; let a = ((p) / q); loss = sum(a * a) + sum(a); }", positive: true, run: m_t_div_repeated::run },
    Entry { name: "T_div_fixed_dim", src: "struct T_div_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p) / q)); }", positive: true, run: m_t_div_fixed_dim::run },
    Entry { name: "T_pow2_param_sum", src: "struct T_pow2_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p))^2); }", positive: false, run: m_t_pow2_param_sum::run },
    Entry { name: "T_pow2_param_mean", src: "struct T_pow2_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p))^2); }", positive: false, run: m_t_pow2_param_mean::run },
    Entry { name: "T_pow2_product", src: "struct T_pow2_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v))^2); }", positive: false, run: m_t_pow2_product::run },
    Entry { name: "T_pow2_broadcast", src: "struct T_pow2_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q))^2); }", positive: false, run: m_t_pow2_broadcast::run },
    Entry { name: "T_pow2_broadcast_out", src: "struct T_pow2_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p))^2 * w); }", positive: false, run: m_t_pow2_broadcast_out::run },
    Entry { name: "T_pow2_output", src: "struct T_pow2_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p))^2; loss = sum(o * o); }", positive: false, run: m_t_pow2_output::run },
    Entry { name: "T_pow2_named_dims", src: "struct T_pow2_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p))^2 * ((p))^2)); }", positive: false, run: m_t_pow2_named_dims::run },
    Entry { name: "T_pow2_term", src: "struct T_pow2_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p))^2) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_pow2_term::run },
    Entry { name: "T_pow2_repeated", src: "struct T_pow2_repeated { param p: [N, C]; param q: [N, C]; let a = ((p))^2; loss = sum(a * a) + sum(a); }", positive: false, run: m_t_pow2_repeated::run },
    Entry { name: "T_pow2_fixed_dim", src: "struct T_pow2_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p))^2); }", positive: false, run: m_t_pow2_fixed_dim::run },
    Entry { name: "T_pow3_param_sum", src: "struct T_pow3_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p))^3); }", positive: false, run: m_t_pow3_param_sum::run },
    Entry { name: "T_pow3_param_mean", src: "struct T_pow3_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p))^3); }", positive: false, run: m_t_pow3_param_mean::run },
    Entry { name: "T_pow3_product", src: "struct T_pow3_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v))^3); }", positive: false, run: m_t_pow3_product::run },
    Entry { name: "T_pow3_broadcast", src: "struct T_pow3_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q))^3); }", positive: false, run: m_t_pow3_broadcast::run },
    Entry { name: "T_pow3_broadcast_out", src: "struct T_pow3_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p))^3 * w); }", positive: false, run: m_t_pow3_broadcast_out::run },
    Entry { name: "T_pow3_output", src: "struct T_pow3_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p))^3; loss = sum(o * o); }", positive: false, run: m_t_pow3_output::run },
    Entry { name: "T_pow3_named_dims", src: "struct T_pow3_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p))^3 * ((p))^3)); }", positive: false, run: m_t_pow3_named_dims::run },
    Entry { name: "T_pow3_term", src: "struct T_pow3_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p))^3) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_pow3_term::run },
    Entry { name: "T_pow3_repeated", src: "struct T_pow3_repeated { param p: [N, C]; param q: [N, C]; let a = ((p))^3; loss = sum(a * a) + sum(a); }", positive: false, run: m_t_pow3_repeated::run },
    Entry { name: "T_pow3_fixed_dim", src: "struct T_pow3_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p))^3); }", positive: false, run: m_t_pow3_fixed_dim::run },
    Entry { name: "T_pow_half_param_sum", src: "struct T_pow_half_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(((p))^0.5); }", positive: true, run: m_t_pow_half_param_sum::run },
    Entry { name: "T_pow_half_param_mean", src: "struct T_pow_half_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(((p))^0.5); }", positive: true, run: m_t_pow_half_param_mean::run },
    Entry { name: "T_pow_half_product", src: "struct T_pow_half_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(((x @ v))^0.5); }", positive: true, run: m_t_pow_half_product::run },
    Entry { name: "T_pow_half_broadcast", src: "struct T_pow_half_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(((p * r + q))^0.5); }", positive: true, run: m_t_pow_half_broadcast::run },
    Entry { name: "T_pow_half_broadcast_out", src: "struct T_pow_half_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(((p))^0.5 * w); }", positive: true, run: m_t_pow_half_broadcast_out::run },
    Entry { name: "T_pow_half_output", src: "struct T_pow_half_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = ((p))^0.5; loss = sum(o * o); }", positive: true, run: m_t_pow_half_output::run },
    Entry { name: "T_pow_half_named_dims", src: "struct T_pow_half_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](((p))^0.5 * ((p))^0.5)); }", positive: true, run: m_t_pow_half_named_dims::run },
    Entry { name: "T_pow_half_term", src: "struct T_pow_half_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(((p))^0.5) + sum(p * q) + mean(u) * 2; }", positive: true, run: m_t_pow_half_term::run },
    Entry { name: "T_pow_half_repeated", src: "struct T_pow_half_repeated { param p: [N, C]; param q: [N, C]; let a = ((p))^0.5; loss = sum(a * a) + sum(a); }", positive: true, run: m_t_pow_half_repeated::run },
    Entry { name: "T_pow_half_fixed_dim", src: "struct T_pow_half_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(((p))^0.5); }", positive: true, run: m_t_pow_half_fixed_dim::run },
    Entry { name: "T_max2_param_sum", src: "struct T_max2_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(max((p), q)); }", positive: false, run: m_t_max2_param_sum::run },
    Entry { name: "T_max2_param_mean", src: "struct T_max2_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(max((p), q)); }", positive: false, run: m_t_max2_param_mean::run },
    Entry { name: "T_max2_product", src: "struct T_max2_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(max((x @ v), q)); }", positive: false, run: m_t_max2_product::run },
    Entry { name: "T_max2_broadcast", src: "struct T_max2_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(max((p * r + q), t)); }", positive: false, run: m_t_max2_broadcast::run },
    Entry { name: "T_max2_broadcast_out", src: "struct T_max2_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(max((p), q) * w); }", positive: false, run: m_t_max2_broadcast_out::run },
    Entry { name: "T_max2_output", src: "struct T_max2_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = max((p), q); loss = sum(o * o); }", positive: false, run: m_t_max2_output::run },
    Entry { name: "T_max2_named_dims", src: "struct T_max2_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](max((p), q) * max((p), q))); }", positive: false, run: m_t_max2_named_dims::run },
    Entry { name: "T_max2_term", src: "struct T_max2_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(max((p), q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_max2_term::run },
    Entry { name: "T_max2_repeated", src: "struct T_max2_repeated { param p: [N, C]; param q: [N, C]; let a = max((p), q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_max2_repeated::run },
    Entry { name: "T_max2_fixed_dim", src: "struct T_max2_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(max((p), q)); }", positive: false, run: m_t_max2_fixed_dim::run },
    Entry { name: "T_min2_param_sum", src: "struct T_min2_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(min((p), q)); }", positive: false, run: m_t_min2_param_sum::run },
    Entry { name: "T_min2_param_mean", src: "struct T_min2_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(min((p), q)); }", positive: false, run: m_t_min2_param_mean::run },
    Entry { name: "T_min2_product", src: "struct T_min2_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(min((x @ v), q)); }", positive: false, run: m_t_min2_product::run },
    Entry { name: "T_min2_broadcast", src: "struct T_min2_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(min((p * r + q), t)); }", positive: false, run: m_t_min2_broadcast::run },
    Entry { name: "T_min2_broadcast_out", src: "struct T_min2_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(min((p), q) * w); }", positive: false, run: m_t_min2_broadcast_out::run },
    Entry { name: "T_min2_output", src: "struct T_min2_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = min((p), q); loss = sum(o * o); }", positive: false, run: m_t_min2_output::run },
    Entry { name: "T_min2_named_dims", src: "struct T_min2_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](min((p), q) * min((p), q))); }", positive: false, run: m_t_min2_named_dims::run },
    Entry { name: "T_min2_term", src: "struct T_min2_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(min((p), q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_min2_term::run },
    Entry { name: "T_min2_repeated", src: "struct T_min2_repeated { param p: [N, C]; param q: [N, C]; let a = min((p), q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_min2_repeated::run },
    Entry { name: "T_min2_fixed_dim", src: "struct T_min2_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(min((p), q)); }", positive: false, run: m_t_min2_fixed_dim::run },
    Entry { name: "T_where_param_sum", src: "struct T_where_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(where((p) > q, (p) * q, q)); }", positive: false, run: m_t_where_param_sum::run },
    Entry { name: "T_where_param_mean", src: "struct T_where_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(where((p) > q, (p) * q, q)); }", positive: false, run: m_t_where_param_mean::run },
    Entry { name: "T_where_product", src: "struct T_where_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(where((x @ v) > q, (x @ v) * q, q)); }", positive: false, run: m_t_where_product::run },
    Entry { name: "T_where_broadcast", src: "struct T_where_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(where((p * r + q) > t, (p * r + q) * t, t)); }", positive: false, run: m_t_where_broadcast::run },
    Entry { name: "T_where_broadcast_out", src: "struct T_where_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(where((p) > q, (p) * q, q) * w); }", positive: false, run: m_t_where_broadcast_out::run },
    Entry { name: "T_where_output", src: "struct T_where_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = where((p) > q, (p) * q, q); loss = sum(o * o); }", positive: false, run: m_t_where_output::run },
    Entry { name: "T_where_named_dims", src: "struct T_where_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](where((p) > q, (p) * q, q) * where((p) > q, (p) * q, q))); }", positive: false, run: m_t_where_named_dims::run },
    Entry { name: "T_where_term", src: "struct T_where_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(where((p) > q, (p) * q, q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_where_term::run },
    Entry { name: "T_where_repeated", src: "struct T_where_repeated { param p: [N, C]; param q: [N, C]; let a = where((p) > q, (p) * q, q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_where_repeated::run },
    Entry { name: "T_where_fixed_dim", src: "struct T_where_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(where((p) > q, (p) * q, q)); }", positive: false, run: m_t_where_fixed_dim::run },
    Entry { name: "T_transpose_param_sum", src: "struct T_transpose_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((((p)).T * (q).T).T); }", positive: false, run: m_t_transpose_param_sum::run },
    Entry { name: "T_transpose_param_mean", src: "struct T_transpose_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((((p)).T * (q).T).T); }", positive: false, run: m_t_transpose_param_mean::run },
    Entry { name: "T_transpose_product", src: "struct T_transpose_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((((x @ v)).T * (q).T).T); }", positive: false, run: m_t_transpose_product::run },
    Entry { name: "T_transpose_broadcast", src: "struct T_transpose_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((((p * r + q)).T * (t).T).T); }", positive: false, run: m_t_transpose_broadcast::run },
    Entry { name: "T_transpose_broadcast_out", src: "struct T_transpose_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((((p)).T * (q).T).T * w); }", positive: false, run: m_t_transpose_broadcast_out::run },
    Entry { name: "T_transpose_output", src: "struct T_transpose_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (((p)).T * (q).T).T; loss = sum(o * o); }", positive: false, run: m_t_transpose_output::run },
    Entry { name: "T_transpose_named_dims", src: "struct T_transpose_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((((p)).T * (q).T).T * (((p)).T * (q).T).T)); }", positive: false, run: m_t_transpose_named_dims::run },
    Entry { name: "T_transpose_term", src: "struct T_transpose_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((((p)).T * (q).T).T) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_transpose_term::run },
    Entry { name: "T_transpose_repeated", src: "struct T_transpose_repeated { param p: [N, C]; param q: [N, C]; let a = (((p)).T * (q).T).T; loss = sum(a * a) + sum(a); }", positive: false, run: m_t_transpose_repeated::run },
    Entry { name: "T_transpose_fixed_dim", src: "struct T_transpose_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((((p)).T * (q).T).T); }", positive: false, run: m_t_transpose_fixed_dim::run },
    Entry { name: "T_sum_c_param_sum", src: "struct T_sum_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((sum[C]((p)) * q)); }", positive: false, run: m_t_sum_c_param_sum::run },
    Entry { name: "T_sum_c_param_mean", src: "struct T_sum_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((sum[C]((p)) * q)); }", positive: false, run: m_t_sum_c_param_mean::run },
    Entry { name: "T_sum_c_product", src: "struct T_sum_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((sum[C]((x @ v)) * q)); }", positive: false, run: m_t_sum_c_product::run },
    Entry { name: "T_sum_c_broadcast", src: "struct T_sum_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((sum[C]((p * r + q)) * t)); }", positive: false, run: m_t_sum_c_broadcast::run },
    Entry { name: "T_sum_c_broadcast_out", src: "struct T_sum_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((sum[C]((p)) * q) * w); }", positive: false, run: m_t_sum_c_broadcast_out::run },
    Entry { name: "T_sum_c_output", src: "struct T_sum_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (sum[C]((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_sum_c_output::run },
    Entry { name: "T_sum_c_named_dims", src: "struct T_sum_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((sum[C]((p)) * q) * (sum[C]((p)) * q))); }", positive: false, run: m_t_sum_c_named_dims::run },
    Entry { name: "T_sum_c_term", src: "struct T_sum_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((sum[C]((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_sum_c_term::run },
    Entry { name: "T_sum_c_repeated", src: "struct T_sum_c_repeated { param p: [N, C]; param q: [N, C]; let a = (sum[C]((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_sum_c_repeated::run },
    Entry { name: "T_sum_c_fixed_dim", src: "struct T_sum_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((sum[C]((p)) * q)); }", positive: false, run: m_t_sum_c_fixed_dim::run },
    Entry { name: "T_mean_n_param_sum", src: "struct T_mean_n_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((mean[N]((p)) * q)); }", positive: false, run: m_t_mean_n_param_sum::run },
    Entry { name: "T_mean_n_param_mean", src: "struct T_mean_n_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((mean[N]((p)) * q)); }", positive: false, run: m_t_mean_n_param_mean::run },
    Entry { name: "T_mean_n_product", src: "struct T_mean_n_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((mean[N]((x @ v)) * q)); }", positive: false, run: m_t_mean_n_product::run },
    Entry { name: "T_mean_n_broadcast", src: "struct T_mean_n_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((mean[N]((p * r + q)) * t)); }", positive: false, run: m_t_mean_n_broadcast::run },
    Entry { name: "T_mean_n_broadcast_out", src: "struct T_mean_n_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((mean[N]((p)) * q) * w); }", positive: false, run: m_t_mean_n_broadcast_out::run },
    Entry { name: "T_mean_n_output", src: "struct T_mean_n_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (mean[N]((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_mean_n_output::run },
    Entry { name: "T_mean_n_named_dims", src: "struct T_mean_n_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((mean[N]((p)) * q) * (mean[N]((p)) * q))); }", positive: false, run: m_t_mean_n_named_dims::run },
    Entry { name: "T_mean_n_term", src: "struct T_mean_n_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((mean[N]((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_mean_n_term::run },
    Entry { name: "T_mean_n_repeated", src: "struct T_mean_n_repeated { param p: [N, C]; param q: [N, C]; let a = (mean[N]((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_mean_n_repeated::run },
    Entry { name: "T_mean_n_fixed_dim", src: "struct T_mean_n_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((mean[N]((p)) * q)); }", positive: false, run: m_t_mean_n_fixed_dim::run },
    Entry { name: "T_max_c_param_sum", src: "struct T_max_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((max[C]((p)) * q)); }", positive: false, run: m_t_max_c_param_sum::run },
    Entry { name: "T_max_c_param_mean", src: "struct T_max_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((max[C]((p)) * q)); }", positive: false, run: m_t_max_c_param_mean::run },
    Entry { name: "T_max_c_product", src: "struct T_max_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((max[C]((x @ v)) * q)); }", positive: false, run: m_t_max_c_product::run },
    Entry { name: "T_max_c_broadcast", src: "struct T_max_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((max[C]((p * r + q)) * t)); }", positive: false, run: m_t_max_c_broadcast::run },
    Entry { name: "T_max_c_broadcast_out", src: "struct T_max_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((max[C]((p)) * q) * w); }", positive: false, run: m_t_max_c_broadcast_out::run },
    Entry { name: "T_max_c_output", src: "struct T_max_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (max[C]((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_max_c_output::run },
    Entry { name: "T_max_c_named_dims", src: "struct T_max_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((max[C]((p)) * q) * (max[C]((p)) * q))); }", positive: false, run: m_t_max_c_named_dims::run },
    Entry { name: "T_max_c_term", src: "struct T_max_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((max[C]((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_max_c_term::run },
    Entry { name: "T_max_c_repeated", src: "struct T_max_c_repeated { param p: [N, C]; param q: [N, C]; let a = (max[C]((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_max_c_repeated::run },
    Entry { name: "T_max_c_fixed_dim", src: "struct T_max_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((max[C]((p)) * q)); }", positive: false, run: m_t_max_c_fixed_dim::run },
    Entry { name: "T_min_n_param_sum", src: "struct T_min_n_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((min[N]((p)) * q)); }", positive: false, run: m_t_min_n_param_sum::run },
    Entry { name: "T_min_n_param_mean", src: "struct T_min_n_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((min[N]((p)) * q)); }", positive: false, run: m_t_min_n_param_mean::run },
    Entry { name: "T_min_n_product", src: "struct T_min_n_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((min[N]((x @ v)) * q)); }", positive: false, run: m_t_min_n_product::run },
    Entry { name: "T_min_n_broadcast", src: "struct T_min_n_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((min[N]((p * r + q)) * t)); }", positive: false, run: m_t_min_n_broadcast::run },
    Entry { name: "T_min_n_broadcast_out", src: "struct T_min_n_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((min[N]((p)) * q) * w); }", positive: false, run: m_t_min_n_broadcast_out::run },
    Entry { name: "T_min_n_output", src: "struct T_min_n_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (min[N]((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_min_n_output::run },
    Entry { name: "T_min_n_named_dims", src: "struct T_min_n_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((min[N]((p)) * q) * (min[N]((p)) * q))); }", positive: false, run: m_t_min_n_named_dims::run },
    Entry { name: "T_min_n_term", src: "struct T_min_n_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((min[N]((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_min_n_term::run },
    Entry { name: "T_min_n_repeated", src: "struct T_min_n_repeated { param p: [N, C]; param q: [N, C]; let a = (min[N]((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_min_n_repeated::run },
    Entry { name: "T_min_n_fixed_dim", src: "struct T_min_n_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((min[N]((p)) * q)); }", positive: false, run: m_t_min_n_fixed_dim::run },
    Entry { name: "T_logsumexp_c_param_sum", src: "struct T_logsumexp_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((logsumexp[C]((p)) * q)); }", positive: false, run: m_t_logsumexp_c_param_sum::run },
    Entry { name: "T_logsumexp_c_param_mean", src: "struct T_logsumexp_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((logsumexp[C]((p)) * q)); }", positive: false, run: m_t_logsumexp_c_param_mean::run },
    Entry { name: "T_logsumexp_c_product", src: "struct T_logsumexp_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((logsumexp[C]((x @ v)) * q)); }", positive: false, run: m_t_logsumexp_c_product::run },
    Entry { name: "T_logsumexp_c_broadcast", src: "struct T_logsumexp_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((logsumexp[C]((p * r + q)) * t)); }", positive: false, run: m_t_logsumexp_c_broadcast::run },
    Entry { name: "T_logsumexp_c_broadcast_out", src: "struct T_logsumexp_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((logsumexp[C]((p)) * q) * w); }", positive: false, run: m_t_logsumexp_c_broadcast_out::run },
    Entry { name: "T_logsumexp_c_output", src: "struct T_logsumexp_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (logsumexp[C]((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_logsumexp_c_output::run },
    Entry { name: "T_logsumexp_c_named_dims", src: "struct T_logsumexp_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((logsumexp[C]((p)) * q) * (logsumexp[C]((p)) * q))); }", positive: false, run: m_t_logsumexp_c_named_dims::run },
    Entry { name: "T_logsumexp_c_term", src: "struct T_logsumexp_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((logsumexp[C]((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_logsumexp_c_term::run },
    Entry { name: "T_logsumexp_c_repeated", src: "struct T_logsumexp_c_repeated { param p: [N, C]; param q: [N, C]; let a = (logsumexp[C]((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_logsumexp_c_repeated::run },
    Entry { name: "T_logsumexp_c_fixed_dim", src: "struct T_logsumexp_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((logsumexp[C]((p)) * q)); }", positive: false, run: m_t_logsumexp_c_fixed_dim::run },
    Entry { name: "T_logsumexp_all_param_sum", src: "struct T_logsumexp_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((logsumexp((p)) * q)); }", positive: false, run: m_t_logsumexp_all_param_sum::run },
    Entry { name: "T_logsumexp_all_param_mean", src: "struct T_logsumexp_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((logsumexp((p)) * q)); }", positive: false, run: m_t_logsumexp_all_param_mean::run },
    Entry { name: "T_logsumexp_all_product", src: "struct T_logsumexp_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((logsumexp((x @ v)) * q)); }", positive: false, run: m_t_logsumexp_all_product::run },
    Entry { name: "T_logsumexp_all_broadcast", src: "struct T_logsumexp_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((logsumexp((p * r + q)) * t)); }", positive: false, run: m_t_logsumexp_all_broadcast::run },
    Entry { name: "T_logsumexp_all_broadcast_out", src: "struct T_logsumexp_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((logsumexp((p)) * q) * w); }", positive: false, run: m_t_logsumexp_all_broadcast_out::run },
    Entry { name: "T_logsumexp_all_output", src: "struct T_logsumexp_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (logsumexp((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_logsumexp_all_output::run },
    Entry { name: "T_logsumexp_all_named_dims", src: "struct T_logsumexp_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((logsumexp((p)) * q) * (logsumexp((p)) * q))); }", positive: false, run: m_t_logsumexp_all_named_dims::run },
    Entry { name: "T_logsumexp_all_term", src: "struct T_logsumexp_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((logsumexp((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_logsumexp_all_term::run },
    Entry { name: "T_logsumexp_all_repeated", src: "struct T_logsumexp_all_repeated { param p: [N, C]; param q: [N, C]; let a = (logsumexp((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_logsumexp_all_repeated::run },
    Entry { name: "T_logsumexp_all_fixed_dim", src: "struct T_logsumexp_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((logsumexp((p)) * q)); }", positive: false, run: m_t_logsumexp_all_fixed_dim::run },
    Entry { name: "T_sum_all_param_sum", src: "struct T_sum_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((sum((p)) * q)); }", positive: false, run: m_t_sum_all_param_sum::run },
    Entry { name: "T_sum_all_param_mean", src: "struct T_sum_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((sum((p)) * q)); }", positive: false, run: m_t_sum_all_param_mean::run },
    Entry { name: "T_sum_all_product", src: "struct T_sum_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((sum((x @ v)) * q)); }", positive: false, run: m_t_sum_all_product::run },
    Entry { name: "T_sum_all_broadcast", src: "struct T_sum_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((sum((p * r + q)) * t)); }", positive: false, run: m_t_sum_all_broadcast::run },
    Entry { name: "T_sum_all_broadcast_out", src: "struct T_sum_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((sum((p)) * q) * w); }", positive: false, run: m_t_sum_all_broadcast_out::run },
    Entry { name: "T_sum_all_output", src: "struct T_sum_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (sum((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_sum_all_output::run },
    Entry { name: "T_sum_all_named_dims", src: "struct T_sum_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((sum((p)) * q) * (sum((p)) * q))); }", positive: false, run: m_t_sum_all_named_dims::run },
    Entry { name: "T_sum_all_term", src: "struct T_sum_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((sum((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_sum_all_term::run },
    Entry { name: "T_sum_all_repeated", src: "struct T_sum_all_repeated { param p: [N, C]; param q: [N, C]; let a = (sum((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_sum_all_repeated::run },
    Entry { name: "T_sum_all_fixed_dim", src: "struct T_sum_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((sum((p)) * q)); }", positive: false, run: m_t_sum_all_fixed_dim::run },
    Entry { name: "T_mean_all_param_sum", src: "struct T_mean_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((mean((p)) * q)); }", positive: false, run: m_t_mean_all_param_sum::run },
    Entry { name: "T_mean_all_param_mean", src: "struct T_mean_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((mean((p)) * q)); }", positive: false, run: m_t_mean_all_param_mean::run },
    Entry { name: "T_mean_all_product", src: "struct T_mean_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((mean((x @ v)) * q)); }", positive: false, run: m_t_mean_all_product::run },
    Entry { name: "T_mean_all_broadcast", src: "struct T_mean_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((mean((p * r + q)) * t)); }", positive: false, run: m_t_mean_all_broadcast::run },
    Entry { name: "T_mean_all_broadcast_out", src: "struct T_mean_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((mean((p)) * q) * w); }", positive: false, run: m_t_mean_all_broadcast_out::run },
    Entry { name: "T_mean_all_output", src: "struct T_mean_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (mean((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_mean_all_output::run },
    Entry { name: "T_mean_all_named_dims", src: "struct T_mean_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((mean((p)) * q) * (mean((p)) * q))); }", positive: false, run: m_t_mean_all_named_dims::run },
    Entry { name: "T_mean_all_term", src: "struct T_mean_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((mean((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_mean_all_term::run },
    Entry { name: "T_mean_all_repeated", src: "struct T_mean_all_repeated { param p: [N, C]; param q: [N, C]; let a = (mean((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_mean_all_repeated::run },
    Entry { name: "T_mean_all_fixed_dim", src: "struct T_mean_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((mean((p)) * q)); }", positive: false, run: m_t_mean_all_fixed_dim::run },
    Entry { name: "T_max_all_param_sum", src: "struct T_max_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((max((p)) * q)); }", positive: false, run: m_t_max_all_param_sum::run },
    Entry { name: "T_max_all_param_mean", src: "struct T_max_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((max((p)) * q)); }", positive: false, run: m_t_max_all_param_mean::run },
    Entry { name: "T_max_all_product", src: "struct T_max_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((max((x @ v)) * q)); }", positive: false, run: m_t_max_all_product::run },
    Entry { name: "T_max_all_broadcast", src: "struct T_max_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((max((p * r + q)) * t)); }", positive: false, run: m_t_max_all_broadcast::run },
    Entry { name: "T_max_all_broadcast_out", src: "struct T_max_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((max((p)) * q) * w); }", positive: false, run: m_t_max_all_broadcast_out::run },
    Entry { name: "T_max_all_output", src: "struct T_max_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (max((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_max_all_output::run },
    Entry { name: "T_max_all_named_dims", src: "struct T_max_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((max((p)) * q) * (max((p)) * q))); }", positive: false, run: m_t_max_all_named_dims::run },
    Entry { name: "T_max_all_term", src: "struct T_max_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((max((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_max_all_term::run },
    Entry { name: "T_max_all_repeated", src: "struct T_max_all_repeated { param p: [N, C]; param q: [N, C]; let a = (max((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_max_all_repeated::run },
    Entry { name: "T_max_all_fixed_dim", src: "struct T_max_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((max((p)) * q)); }", positive: false, run: m_t_max_all_fixed_dim::run },
    Entry { name: "T_min_all_param_sum", src: "struct T_min_all_param_sum { param p: [N, C]; param q: [N, C]; loss = sum((min((p)) * q)); }", positive: false, run: m_t_min_all_param_sum::run },
    Entry { name: "T_min_all_param_mean", src: "struct T_min_all_param_mean { param p: [N, C]; param q: [N, C]; loss = mean((min((p)) * q)); }", positive: false, run: m_t_min_all_param_mean::run },
    Entry { name: "T_min_all_product", src: "struct T_min_all_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum((min((x @ v)) * q)); }", positive: false, run: m_t_min_all_product::run },
    Entry { name: "T_min_all_broadcast", src: "struct T_min_all_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum((min((p * r + q)) * t)); }", positive: false, run: m_t_min_all_broadcast::run },
    Entry { name: "T_min_all_broadcast_out", src: "struct T_min_all_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum((min((p)) * q) * w); }", positive: false, run: m_t_min_all_broadcast_out::run },
    Entry { name: "T_min_all_output", src: "struct T_min_all_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = (min((p)) * q); loss = sum(o * o); }", positive: false, run: m_t_min_all_output::run },
    Entry { name: "T_min_all_named_dims", src: "struct T_min_all_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C]((min((p)) * q) * (min((p)) * q))); }", positive: false, run: m_t_min_all_named_dims::run },
    Entry { name: "T_min_all_term", src: "struct T_min_all_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum((min((p)) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_min_all_term::run },
    Entry { name: "T_min_all_repeated", src: "struct T_min_all_repeated { param p: [N, C]; param q: [N, C]; let a = (min((p)) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_min_all_repeated::run },
    Entry { name: "T_min_all_fixed_dim", src: "struct T_min_all_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum((min((p)) * q)); }", positive: false, run: m_t_min_all_fixed_dim::run },
    Entry { name: "T_softmax_c_param_sum", src: "struct T_softmax_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(softmax[C]((p))); }", positive: false, run: m_t_softmax_c_param_sum::run },
    Entry { name: "T_softmax_c_param_mean", src: "struct T_softmax_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(softmax[C]((p))); }", positive: false, run: m_t_softmax_c_param_mean::run },
    Entry { name: "T_softmax_c_product", src: "struct T_softmax_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(softmax[C]((x @ v))); }", positive: false, run: m_t_softmax_c_product::run },
    Entry { name: "T_softmax_c_broadcast", src: "struct T_softmax_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(softmax[C]((p * r + q))); }", positive: false, run: m_t_softmax_c_broadcast::run },
    Entry { name: "T_softmax_c_broadcast_out", src: "struct T_softmax_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(softmax[C]((p)) * w); }", positive: false, run: m_t_softmax_c_broadcast_out::run },
    Entry { name: "T_softmax_c_output", src: "struct T_softmax_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = softmax[C]((p)); loss = sum(o * o); }", positive: false, run: m_t_softmax_c_output::run },
    Entry { name: "T_softmax_c_named_dims", src: "struct T_softmax_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](softmax[C]((p)) * softmax[C]((p)))); }", positive: false, run: m_t_softmax_c_named_dims::run },
    Entry { name: "T_softmax_c_term", src: "struct T_softmax_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(softmax[C]((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_softmax_c_term::run },
    Entry { name: "T_softmax_c_repeated", src: "struct T_softmax_c_repeated { param p: [N, C]; param q: [N, C]; let a = softmax[C]((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_softmax_c_repeated::run },
    Entry { name: "T_softmax_c_fixed_dim", src: "struct T_softmax_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(softmax[C]((p))); }", positive: false, run: m_t_softmax_c_fixed_dim::run },
    Entry { name: "T_softmax_n_param_sum", src: "struct T_softmax_n_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(softmax[N]((p))); }", positive: false, run: m_t_softmax_n_param_sum::run },
    Entry { name: "T_softmax_n_param_mean", src: "struct T_softmax_n_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(softmax[N]((p))); }", positive: false, run: m_t_softmax_n_param_mean::run },
    Entry { name: "T_softmax_n_product", src: "struct T_softmax_n_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(softmax[N]((x @ v))); }", positive: false, run: m_t_softmax_n_product::run },
    Entry { name: "T_softmax_n_broadcast", src: "struct T_softmax_n_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(softmax[N]((p * r + q))); }", positive: false, run: m_t_softmax_n_broadcast::run },
    Entry { name: "T_softmax_n_broadcast_out", src: "struct T_softmax_n_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(softmax[N]((p)) * w); }", positive: false, run: m_t_softmax_n_broadcast_out::run },
    Entry { name: "T_softmax_n_output", src: "struct T_softmax_n_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = softmax[N]((p)); loss = sum(o * o); }", positive: false, run: m_t_softmax_n_output::run },
    Entry { name: "T_softmax_n_named_dims", src: "struct T_softmax_n_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](softmax[N]((p)) * softmax[N]((p)))); }", positive: false, run: m_t_softmax_n_named_dims::run },
    Entry { name: "T_softmax_n_term", src: "struct T_softmax_n_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(softmax[N]((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_softmax_n_term::run },
    Entry { name: "T_softmax_n_repeated", src: "struct T_softmax_n_repeated { param p: [N, C]; param q: [N, C]; let a = softmax[N]((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_softmax_n_repeated::run },
    Entry { name: "T_softmax_n_fixed_dim", src: "struct T_softmax_n_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(softmax[N]((p))); }", positive: false, run: m_t_softmax_n_fixed_dim::run },
    Entry { name: "T_log_softmax_c_param_sum", src: "struct T_log_softmax_c_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(log_softmax[C]((p))); }", positive: false, run: m_t_log_softmax_c_param_sum::run },
    Entry { name: "T_log_softmax_c_param_mean", src: "struct T_log_softmax_c_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(log_softmax[C]((p))); }", positive: false, run: m_t_log_softmax_c_param_mean::run },
    Entry { name: "T_log_softmax_c_product", src: "struct T_log_softmax_c_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(log_softmax[C]((x @ v))); }", positive: false, run: m_t_log_softmax_c_product::run },
    Entry { name: "T_log_softmax_c_broadcast", src: "struct T_log_softmax_c_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(log_softmax[C]((p * r + q))); }", positive: false, run: m_t_log_softmax_c_broadcast::run },
    Entry { name: "T_log_softmax_c_broadcast_out", src: "struct T_log_softmax_c_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(log_softmax[C]((p)) * w); }", positive: false, run: m_t_log_softmax_c_broadcast_out::run },
    Entry { name: "T_log_softmax_c_output", src: "struct T_log_softmax_c_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = log_softmax[C]((p)); loss = sum(o * o); }", positive: false, run: m_t_log_softmax_c_output::run },
    Entry { name: "T_log_softmax_c_named_dims", src: "struct T_log_softmax_c_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](log_softmax[C]((p)) * log_softmax[C]((p)))); }", positive: false, run: m_t_log_softmax_c_named_dims::run },
    Entry { name: "T_log_softmax_c_term", src: "struct T_log_softmax_c_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(log_softmax[C]((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_log_softmax_c_term::run },
    Entry { name: "T_log_softmax_c_repeated", src: "struct T_log_softmax_c_repeated { param p: [N, C]; param q: [N, C]; let a = log_softmax[C]((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_log_softmax_c_repeated::run },
    Entry { name: "T_log_softmax_c_fixed_dim", src: "struct T_log_softmax_c_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(log_softmax[C]((p))); }", positive: false, run: m_t_log_softmax_c_fixed_dim::run },
    Entry { name: "T_log_softmax_n_param_sum", src: "struct T_log_softmax_n_param_sum { param p: [N, C]; param q: [N, C]; loss = sum(log_softmax[N]((p))); }", positive: false, run: m_t_log_softmax_n_param_sum::run },
    Entry { name: "T_log_softmax_n_param_mean", src: "struct T_log_softmax_n_param_mean { param p: [N, C]; param q: [N, C]; loss = mean(log_softmax[N]((p))); }", positive: false, run: m_t_log_softmax_n_param_mean::run },
    Entry { name: "T_log_softmax_n_product", src: "struct T_log_softmax_n_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; loss = sum(log_softmax[N]((x @ v))); }", positive: false, run: m_t_log_softmax_n_product::run },
    Entry { name: "T_log_softmax_n_broadcast", src: "struct T_log_softmax_n_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; loss = sum(log_softmax[N]((p * r + q))); }", positive: false, run: m_t_log_softmax_n_broadcast::run },
    Entry { name: "T_log_softmax_n_broadcast_out", src: "struct T_log_softmax_n_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; loss = sum(log_softmax[N]((p)) * w); }", positive: false, run: m_t_log_softmax_n_broadcast_out::run },
    Entry { name: "T_log_softmax_n_output", src: "struct T_log_softmax_n_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; output o = log_softmax[N]((p)); loss = sum(o * o); }", positive: false, run: m_t_log_softmax_n_output::run },
    Entry { name: "T_log_softmax_n_named_dims", src: "struct T_log_softmax_n_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; loss = sum(w * sum[C](log_softmax[N]((p)) * log_softmax[N]((p)))); }", positive: false, run: m_t_log_softmax_n_named_dims::run },
    Entry { name: "T_log_softmax_n_term", src: "struct T_log_softmax_n_term { param p: [N, C]; param q: [N, C]; param u: [H]; loss = sum(log_softmax[N]((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_log_softmax_n_term::run },
    Entry { name: "T_log_softmax_n_repeated", src: "struct T_log_softmax_n_repeated { param p: [N, C]; param q: [N, C]; let a = log_softmax[N]((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_log_softmax_n_repeated::run },
    Entry { name: "T_log_softmax_n_fixed_dim", src: "struct T_log_softmax_n_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; loss = s * sum(log_softmax[N]((p))); }", positive: false, run: m_t_log_softmax_n_fixed_dim::run },
    Entry { name: "T_cross_entropy_param_sum", src: "struct T_cross_entropy_param_sum { param p: [N, C]; param q: [N, C]; input y: [N] in 0..C; loss = sum((cross_entropy((p), y) * q)); }", positive: false, run: m_t_cross_entropy_param_sum::run },
    Entry { name: "T_cross_entropy_param_mean", src: "struct T_cross_entropy_param_mean { param p: [N, C]; param q: [N, C]; input y: [N] in 0..C; loss = mean((cross_entropy((p), y) * q)); }", positive: false, run: m_t_cross_entropy_param_mean::run },
    Entry { name: "T_cross_entropy_product", src: "struct T_cross_entropy_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; input y: [N] in 0..C; loss = sum((cross_entropy((x @ v), y) * q)); }", positive: false, run: m_t_cross_entropy_product::run },
    Entry { name: "T_cross_entropy_broadcast", src: "struct T_cross_entropy_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; input y: [N] in 0..C; loss = sum((cross_entropy((p * r + q), y) * t)); }", positive: false, run: m_t_cross_entropy_broadcast::run },
    Entry { name: "T_cross_entropy_broadcast_out", src: "struct T_cross_entropy_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; input y: [N] in 0..C; loss = sum((cross_entropy((p), y) * q) * w); }", positive: false, run: m_t_cross_entropy_broadcast_out::run },
    Entry { name: "T_cross_entropy_output", src: "struct T_cross_entropy_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; input y: [N] in 0..C; output o = (cross_entropy((p), y) * q); loss = sum(o * o); }", positive: false, run: m_t_cross_entropy_output::run },
    Entry { name: "T_cross_entropy_named_dims", src: "struct T_cross_entropy_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; input y: [N] in 0..C; loss = sum(w * sum[C]((cross_entropy((p), y) * q) * (cross_entropy((p), y) * q))); }", positive: false, run: m_t_cross_entropy_named_dims::run },
    Entry { name: "T_cross_entropy_term", src: "struct T_cross_entropy_term { param p: [N, C]; param q: [N, C]; param u: [H]; input y: [N] in 0..C; loss = sum((cross_entropy((p), y) * q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_cross_entropy_term::run },
    Entry { name: "T_cross_entropy_repeated", src: "struct T_cross_entropy_repeated { param p: [N, C]; param q: [N, C]; input y: [N] in 0..C; let a = (cross_entropy((p), y) * q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_cross_entropy_repeated::run },
    Entry { name: "T_cross_entropy_fixed_dim", src: "struct T_cross_entropy_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; input y: [N] in 0..C; loss = s * sum((cross_entropy((p), y) * q)); }", positive: false, run: m_t_cross_entropy_fixed_dim::run },
    Entry { name: "T_matmul_param_sum", src: "struct T_matmul_param_sum { param p: [N, C]; param q: [N, C]; param m: [C, C]; loss = sum(((p) @ m + q)); }", positive: false, run: m_t_matmul_param_sum::run },
    Entry { name: "T_matmul_param_mean", src: "struct T_matmul_param_mean { param p: [N, C]; param q: [N, C]; param m: [C, C]; loss = mean(((p) @ m + q)); }", positive: false, run: m_t_matmul_param_mean::run },
    Entry { name: "T_matmul_product", src: "struct T_matmul_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; param m: [C, C]; loss = sum(((x @ v) @ m + q)); }", positive: false, run: m_t_matmul_product::run },
    Entry { name: "T_matmul_broadcast", src: "struct T_matmul_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; param m: [C, C]; loss = sum(((p * r + q) @ m + t)); }", positive: false, run: m_t_matmul_broadcast::run },
    Entry { name: "T_matmul_broadcast_out", src: "struct T_matmul_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; param m: [C, C]; loss = sum(((p) @ m + q) * w); }", positive: false, run: m_t_matmul_broadcast_out::run },
    Entry { name: "T_matmul_output", src: "struct T_matmul_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; param m: [C, C]; output o = ((p) @ m + q); loss = sum(o * o); }", positive: false, run: m_t_matmul_output::run },
    Entry { name: "T_matmul_named_dims", src: "struct T_matmul_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; param m: [C, C]; loss = sum(w * sum[C](((p) @ m + q) * ((p) @ m + q))); }", positive: false, run: m_t_matmul_named_dims::run },
    Entry { name: "T_matmul_term", src: "struct T_matmul_term { param p: [N, C]; param q: [N, C]; param u: [H]; param m: [C, C]; loss = sum(((p) @ m + q)) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_matmul_term::run },
    Entry { name: "T_matmul_repeated", src: "struct T_matmul_repeated { param p: [N, C]; param q: [N, C]; param m: [C, C]; let a = ((p) @ m + q); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_matmul_repeated::run },
    Entry { name: "T_matmul_fixed_dim", src: "struct T_matmul_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; param m: [C, C]; loss = s * sum(((p) @ m + q)); }", positive: false, run: m_t_matmul_fixed_dim::run },
    Entry { name: "T_swish_param_sum", src: "struct T_swish_param_sum { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((p))); }", positive: false, run: m_t_swish_param_sum::run },
    Entry { name: "T_swish_param_mean", src: "struct T_swish_param_mean { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(swish((p))); }", positive: false, run: m_t_swish_param_mean::run },
    Entry { name: "T_swish_product", src: "struct T_swish_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((x @ v))); }", positive: false, run: m_t_swish_product::run },
    Entry { name: "T_swish_broadcast", src: "struct T_swish_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((p * r + q))); }", positive: false, run: m_t_swish_broadcast::run },
    Entry { name: "T_swish_broadcast_out", src: "struct T_swish_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((p)) * w); }", positive: false, run: m_t_swish_broadcast_out::run },
    Entry { name: "T_swish_output", src: "struct T_swish_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o = swish((p)); loss = sum(o * o); }", positive: false, run: m_t_swish_output::run },
    Entry { name: "T_swish_named_dims", src: "struct T_swish_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(w * sum[C](swish((p)) * swish((p)))); }", positive: false, run: m_t_swish_named_dims::run },
    Entry { name: "T_swish_term", src: "struct T_swish_term { param p: [N, C]; param q: [N, C]; param u: [H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(swish((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_swish_term::run },
    Entry { name: "T_swish_repeated", src: "struct T_swish_repeated { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let a = swish((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_swish_repeated::run },
    Entry { name: "T_swish_fixed_dim", src: "struct T_swish_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = s * sum(swish((p))); }", positive: false, run: m_t_swish_fixed_dim::run },
    Entry { name: "T_cube_custom_param_sum", src: "struct T_cube_custom_param_sum { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((p))); }", positive: false, run: m_t_cube_custom_param_sum::run },
    Entry { name: "T_cube_custom_param_mean", src: "struct T_cube_custom_param_mean { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(cube((p))); }", positive: false, run: m_t_cube_custom_param_mean::run },
    Entry { name: "T_cube_custom_product", src: "struct T_cube_custom_product { param x: [N, K]; param v: [K, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((x @ v))); }", positive: false, run: m_t_cube_custom_product::run },
    Entry { name: "T_cube_custom_broadcast", src: "struct T_cube_custom_broadcast { param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((p * r + q))); }", positive: false, run: m_t_cube_custom_broadcast::run },
    Entry { name: "T_cube_custom_broadcast_out", src: "struct T_cube_custom_broadcast_out { param p: [N, C]; param q: [N, C]; input w: [N, C, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((p)) * w); }", positive: false, run: m_t_cube_custom_broadcast_out::run },
    Entry { name: "T_cube_custom_output", src: "struct T_cube_custom_output { param p: [N, C]; param q: [N, C]; input w: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o = cube((p)); loss = sum(o * o); }", positive: false, run: m_t_cube_custom_output::run },
    Entry { name: "T_cube_custom_named_dims", src: "struct T_cube_custom_named_dims { param p: [N, C]; param q: [N, C]; param w: [N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(w * sum[C](cube((p)) * cube((p)))); }", positive: false, run: m_t_cube_custom_named_dims::run },
    Entry { name: "T_cube_custom_term", src: "struct T_cube_custom_term { param p: [N, C]; param q: [N, C]; param u: [H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(cube((p))) + sum(p * q) + mean(u) * 2; }", positive: false, run: m_t_cube_custom_term::run },
    Entry { name: "T_cube_custom_repeated", src: "struct T_cube_custom_repeated { param p: [N, C]; param q: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let a = cube((p)); loss = sum(a * a) + sum(a); }", positive: false, run: m_t_cube_custom_repeated::run },
    Entry { name: "T_cube_custom_fixed_dim", src: "struct T_cube_custom_fixed_dim { dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = s * sum(cube((p))); }", positive: false, run: m_t_cube_custom_fixed_dim::run },
    Entry { name: "RP_exp", src: "struct RP_exp { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(exp(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_exp::run },
    Entry { name: "RP_log", src: "struct RP_log { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(log(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: true, run: m_rp_log::run },
    Entry { name: "RP_sqrt", src: "struct RP_sqrt { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(sqrt(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: true, run: m_rp_sqrt::run },
    Entry { name: "RP_abs", src: "struct RP_abs { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(abs(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_abs::run },
    Entry { name: "RP_tanh", src: "struct RP_tanh { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(tanh(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_tanh::run },
    Entry { name: "RP_sigmoid", src: "struct RP_sigmoid { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(sigmoid(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_sigmoid::run },
    Entry { name: "RP_relu", src: "struct RP_relu { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(relu(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_relu::run },
    Entry { name: "RP_softplus", src: "struct RP_softplus { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(softplus(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_softplus::run },
    Entry { name: "RP_sin", src: "struct RP_sin { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(sin(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_sin::run },
    Entry { name: "RP_cos", src: "struct RP_cos { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(cos(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_cos::run },
    Entry { name: "RP_square", src: "struct RP_square { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(square(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_square::run },
    Entry { name: "RP_log1p", src: "struct RP_log1p { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(log1p(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: true, run: m_rp_log1p::run },
    Entry { name: "RP_expm1", src: "struct RP_expm1 { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(expm1(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_expm1::run },
    Entry { name: "RP_erf", src: "struct RP_erf { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(erf(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_erf::run },
    Entry { name: "RP_pow3", src: "struct RP_pow3 { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean((x @ w + b)^3 * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_pow3::run },
    Entry { name: "RP_max", src: "struct RP_max { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(max(x @ w + b, y) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_max::run },
    Entry { name: "RP_where", src: "struct RP_where { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(where(x @ w + b > y, x @ w + b * y, y) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_where::run },
    Entry { name: "RP_swish", src: "struct RP_swish { fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(swish(x @ w + b) * y) + 0.5 * sum(w^2); }", positive: false, run: m_rp_swish::run },
    Entry { name: "RP_logistic", src: "struct RP_logistic { param w: [N]; param b: []; input x: [N, N]; input y: [N]; loss = mean(softplus(-(2 * y - 1) * (x @ w + b))) + 1e-3 * sum(w^2); }", positive: false, run: m_rp_logistic::run },
    Entry { name: "RP_least_squares", src: "struct RP_least_squares { param w: [N]; input x: [N, N]; input y: [N]; loss = mean((x @ w - y)^2); }", positive: false, run: m_rp_least_squares::run },
    Entry { name: "RP_two_products", src: "struct RP_two_products { param w: [N]; param u: [N]; input x: [N, N]; loss = sum(tanh(x @ w) * sigmoid(x @ u)); }", positive: false, run: m_rp_two_products::run },
    Entry { name: "RP_x_param", src: "struct RP_x_param { param w: [N]; param x: [N, N]; input y: [N]; loss = sum(softplus(x @ w) * y); }", positive: false, run: m_rp_x_param::run },
    Entry { name: "RP_rectangular", src: "struct RP_rectangular { param w: [C]; input x: [N, C]; input y: [N]; loss = sum(sin(x @ w) * y); }", positive: false, run: m_rp_rectangular::run },
    Entry { name: "RP_fixed_dim", src: "struct RP_fixed_dim { dim K = 5; param w: [K]; input x: [N, K]; loss = mean(softplus(x @ w)); }", positive: false, run: m_rp_fixed_dim::run },
    Entry { name: "RP_read_twice", src: "struct RP_read_twice { param w: [N]; input x: [N, N]; input y: [N]; loss = mean((x @ w - y)^2) + sum(softmax[N](x @ w) * y); }", positive: false, run: m_rp_read_twice::run },
    Entry { name: "RP_columns", src: "struct RP_columns { param w: [N]; input x: [N, C]; input y: [C]; loss = mean((x.T @ w - y)^2); }", positive: false, run: m_rp_columns::run },
    Entry { name: "RP_output", src: "struct RP_output { param w: [N]; input x: [N, N]; input y: [N]; output p = x @ w; loss = mean(softplus(p) * y); }", positive: false, run: m_rp_output::run },
    Entry { name: "S0", src: "struct S0 { dim D = 3; input x1: [C, D]; param p3: [C, N]; param p5: [D]; let h2 = x1; let h4 = mean((p3).T); loss = max((relu(0.5) - (3 - 2)), exp(sum[D](p5))); }", positive: false, run: m_s0::run },
    Entry { name: "S1", src: "struct S1 { param p1: [N]; param p2: []; input x3: [N, C]; param p4: [C, N]; param p5: [C, N]; param p6: [N, C]; param p7: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(p1) + (exp(square(p2)) / p2) + mean(where(tanh(softmax[C](x3)) <= (p4).T, (where(p5 < p5, p4, p5)).T, ((p6)^3 + swish(p7)))); }", positive: false, run: m_s1::run },
    Entry { name: "S2", src: "struct S2 { param p1: []; param p2: [N]; param p3: [N]; loss = p1 + mean(sigmoid((abs(p2) - where(p2 > p3, p2, p3)))); }", positive: true, run: m_s2::run },
    Entry { name: "S3", src: "struct S3 { dim D = 3; input x2: [C, N]; input x3: [N, C]; input x4: [D, C, N]; param p6: [D, C]; param p7: [C]; param p8: [C]; input x9: [C, N, D]; param p10: [C, N]; param p11: [C, D]; hyper s = 0.5; hyper q = 3; let h1 = s; let h5 = ((x2 * x3) + max[D](x4)); loss = mean(log(p6)) + sum((((p7 / p8) @ max(x9, p10)) @ logsumexp[C](p11))) + s; }", positive: true, run: m_s3::run },
    Entry { name: "S4", src: "struct S4 { param p1: [K]; input x2: [K, N]; param p3: []; input x5: [H, N, K]; param p6: [K, C]; param p8: [K, H, N]; param p9: []; let h4 = (p1 @ (x2 / p3)); output o7 = (logsumexp[N](x5) @ tanh(p6)); loss = mean(max[H](p8)) + max(sqrt(max(p3, p9)), p9); }", positive: true, run: m_s4::run },
    Entry { name: "S5", src: "struct S5 { dim D = 3; input x1: [D, C]; param p2: [D, C]; input x4: [C, N]; param p6: [C, N]; input x7: [H]; param p8: [H, N, C]; input x9: []; param p10: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o3 = softplus((x1 + p2)); let h5 = min(x4, s); loss = mean((cube((p6)^q) + (x7 @ swish(p8)))) + softplus(max(x9, mean[C](p10))) + sum(log1p(x7)); }", positive: true, run: m_s5::run },
    Entry { name: "S6", src: "struct S6 { param p2: [C, N]; input x3: [N]; param p4: []; param p5: []; param p6: [C]; let h1 = 1.5; loss = h1 + sum((((p2 * x3) * relu(p4)) + p5)) + mean(p6); }", positive: true, run: m_s6::run },
    Entry { name: "S7", src: "struct S7 { input x1: [K]; param p3: []; param p4: [H]; param p6: [C]; param p7: [C, H]; input x8: [K, N]; param p9: [N]; hyper s = 0.5; hyper q = 3; output o2 = sin(mean(x1)); output o5 = where((s * s) >= (o2 * p3), logsumexp[H](p4), erf(p3)); loss = sum(p6) + sum(p7) + sum(sum[N](((x8 + x8) + p9))); }", positive: false, run: m_s7::run },
    Entry { name: "S8", src: "struct S8 { param p1: [C, H]; param p2: [C, H, N]; param p3: [N, H]; param p4: [H, C, N]; param p5: [H, N]; input x6: [C]; loss = sum((p1 @ where(min[C](p2) <= (p3).T, mean[C](p4), p5))) + sum(x6); }", positive: false, run: m_s8::run },
    Entry { name: "S9", src: "struct S9 { input x1: [N, C]; param p2: [N]; param p3: [C]; hyper s = 0.5; hyper q = 3; loss = mean(x1) + sum[N](p2) + (((s)^2 / min[C](p3)) * s); }", positive: false, run: m_s9::run },
    Entry { name: "S10", src: "struct S10 { param p1: [C, N]; loss = mean(relu(p1)); }", positive: false, run: m_s10::run },
    Entry { name: "S11", src: "struct S11 { param p1: []; param p3: [N]; let h2 = p1; loss = mean(p3); }", positive: true, run: m_s11::run },
    Entry { name: "S12", src: "struct S12 { param p1: [H, C]; param p2: [C, N]; loss = mean((p1 @ ((p2).T).T)); }", positive: false, run: m_s12::run },
    Entry { name: "S13", src: "struct S13 { param p1: []; param p3: [C]; let h2 = p1; loss = sum(p3); }", positive: false, run: m_s13::run },
    Entry { name: "S14", src: "struct S14 { input x1: []; param p2: []; input x3: []; param p4: []; input x6: [C, N]; input x7: []; param p8: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h5 = where(swish(x1) > p2, where(x1 >= x1, p2, p2), (x3 / p4)); loss = s + mean(x6) + max(expm1(log1p(x7)), ((p8)^3)^2); }", positive: true, run: m_s14::run },
    Entry { name: "S15", src: "struct S15 { param p1: [K]; param p2: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(p1) + min(p2, swish(where(p2 < s, 0.5, p2))); }", positive: false, run: m_s15::run },
    Entry { name: "S16", src: "struct S16 { dim D = 3; input x2: [D]; param p4: [N]; input x5: [C, D]; output o1 = exp(3); output o3 = max[D](x2); loss = mean(p4) + mean(sqrt(x5)); }", positive: true, run: m_s16::run },
    Entry { name: "S17", src: "struct S17 { dim D = 3; param p1: [C, N]; param p3: [N]; input x5: []; param p6: []; output o2 = p1; let h4 = abs(exp(p3)); loss = log1p(exp((x5 / 2))) + p6 + x5; }", positive: true, run: m_s17::run },
    Entry { name: "S18", src: "struct S18 { dim D = 3; input x1: [C]; param p4: [D, K]; param p5: [D, K]; param p6: [D, H]; param p7: [H]; input x8: [C]; param p9: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = x1; let h3 = h2; loss = mean(((max(p4, p5) + (p5)^q)).T) + mean(where(p6 > (softmax[D](p6) / (p6 / p6)), min(min(p6, p6), min(p7, p7)), swish(max(p6, p6)))) + ((where(h3 < x8, p9, h3) @ erf(p9)))^2; }", positive: true, run: m_s18::run },
    Entry { name: "S19", src: "struct S19 { param p2: [C, N, H]; param p3: [H]; param p5: [K]; param p6: [K, N]; param p7: []; input x8: []; param p9: [N]; hyper s = 0.5; hyper q = 3; output o1 = 0.5; let h4 = log((p2 @ p3)); loss = mean(((erf(p5) / p5) @ sigmoid(log_softmax[K](p6)))) + where(p7 >= p7, max((o1 + x8), (x8)^q), ((p9 @ p9))^3); }", positive: true, run: m_s19::run },
    Entry { name: "S21", src: "struct S21 { param p1: [C, N]; input x2: [N, C]; input x3: [C]; input x4: [N]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(p1) + sum((softmax[C](x2))^q) + sum(min(sqrt(softmax[C](x3)), (cube(x4) @ (p1).T))); }", positive: true, run: m_s21::run },
    Entry { name: "S22", src: "struct S22 { input x1: [C, H]; param p2: [H, C]; param p3: [C, H]; param p4: [C, H]; param p5: [C, H]; input x6: [C]; param p7: [H]; loss = mean(where((x1 + (p2 / p3)) <= p4, p5, min((x1 + x6), p7))); }", positive: true, run: m_s22::run },
    Entry { name: "S23", src: "struct S23 { dim D = 3; input x1: [N, C]; input x3: [H]; param p5: [D, N]; output o2 = expm1(min[N](x1)); let h4 = x3; loss = mean((p5)^2) + mean(o2); }", positive: true, run: m_s23::run },
    Entry { name: "S24", src: "struct S24 { param p1: []; input x2: [H, N]; param p3: [N, C]; input x4: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = p1 + mean((log_softmax[H](softmax[N](x2)))^q) + mean(cube((p3 @ log_softmax[C](x4)))); }", positive: true, run: m_s24::run },
    Entry { name: "S25", src: "struct S25 { dim D = 3; param p1: [D]; input x2: [D, H, N]; param p3: [H]; input x4: []; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum((cube((p1 @ x2))).T) + sum(log_softmax[H](p3)) + x4; }", positive: true, run: m_s25::run },
    Entry { name: "S26", src: "struct S26 { input x2: [C]; param p4: [C, H]; input x5: []; param p6: [H]; input x7: [C]; input x8: [H, C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h1 = 0.25; let h3 = ((x2 + x2))^q; loss = mean(max(softmax[C](p4), where(s > x5, max[H](p6), 1.5))) + sum(h3) + sum((x7 - cube((p6 @ x8)))); }", positive: true, run: m_s26::run },
    Entry { name: "S27", src: "struct S27 { dim D = 3; input x1: [D, N]; input x2: []; param p3: [N, D]; param p4: [H, C, N]; loss = mean((((x1).T * x2) + log1p(p3))) + sum(logsumexp[C](p4)); }", positive: true, run: m_s27::run },
    Entry { name: "S29", src: "struct S29 { param p1: [C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum((cube((p1)^2))^3); }", positive: false, run: m_s29::run },
    Entry { name: "S31", src: "struct S31 { input x1: [C, H]; param p2: [C, H]; input x3: [C, H]; input x4: [N]; hyper s = 0.5; hyper q = 3; loss = mean((min((x1).T, max(p2, x3)) + 1.5)) + sum((x4)^q); }", positive: true, run: m_s31::run },
    Entry { name: "S32", src: "struct S32 { param p1: [C, N]; param p2: []; loss = mean(softplus(p1)) + p2 + mean(logsumexp[N](p1)); }", positive: false, run: m_s32::run },
    Entry { name: "S33", src: "struct S33 { dim D = 3; input x1: [N, D]; param p3: [K, H]; param p5: []; input x6: [H, C]; param p7: [C, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = x1; output o4 = cube(p3); loss = abs(p5) + sum((x6 + p7)); }", positive: false, run: m_s33::run },
    Entry { name: "S34", src: "struct S34 { dim D = 3; input x1: [N]; param p2: [K]; param p3: [K]; param p4: [K]; loss = ((max(x1))^2 - (softmax[K](p2) @ where(p2 >= p3, p4, p2))); }", positive: false, run: m_s34::run },
    Entry { name: "S35", src: "struct S35 { param p1: [C, N]; param p2: [C, N]; param p4: [N, C]; param p5: []; input y: [N] in 0..C; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = logsumexp((p1 - p2)); loss = (h3)^q + mean(swish(cross_entropy((p4 + p5), y))); }", positive: true, run: m_s35::run },
    Entry { name: "S36", src: "struct S36 { input x1: [N]; param p3: [C, N]; param p4: [C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = tanh(x1); loss = sum(square(cos(p3))) + mean(cube(relu(sqrt(p4)))); }", positive: true, run: m_s36::run },
    Entry { name: "S37", src: "struct S37 { dim D = 3; param p1: [D, H]; param p2: [K]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(cos(softmax[D](cube(p1)))) + (((p2)^3)^q @ (p2)^q); }", positive: true, run: m_s37::run },
    Entry { name: "S38", src: "struct S38 { param p1: [N, C]; input x2: [H, K]; param p4: []; param p5: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = (p1 + mean(x2)); loss = (where(p4 > cube(0.25), (p5)^q, relu(p5)) * 2); }", positive: true, run: m_s38::run },
    Entry { name: "S39", src: "struct S39 { input x1: []; input x3: [C, N]; input x4: [C]; param p5: [N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = ((x1 + x1))^3; loss = h2 + mean((((x3 * x4)).T / cube(p5))); }", positive: false, run: m_s39::run },
    Entry { name: "S40", src: "struct S40 { dim D = 3; input x1: [H]; param p2: [H, D]; input x3: [H, D]; param p5: []; input x6: [K, N]; param p7: [C, D, N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h4 = ((x1 + x1) @ min(p2, x3)); loss = (cube(max(p5, p5)))^3 + mean(relu(min((x6)^3, (x6)^2))) + mean(mean[C](p7)); }", positive: false, run: m_s40::run },
    Entry { name: "S41", src: "struct S41 { input x1: [C]; param p3: [C, N]; input x4: [N, C]; param p6: [N, C]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = x1; output o5 = where((p3).T > sqrt(x4), (p3).T, cube(x4)); loss = mean((cos(swish(p6))).T); }", positive: true, run: m_s41::run },
    Entry { name: "S42", src: "struct S42 { input x1: []; input x2: []; param p3: [N]; param p5: [C, N]; input x6: [C, N]; param p8: [C, N, H]; param p9: [H]; param p10: [C]; hyper s = 0.5; hyper q = 3; output o4 = min((x1 * x2), max[N](p3)); output o7 = (where(p5 > x6, x6, x6) + (s)^q); loss = sum((max[N](sigmoid(p8)) @ where(sqrt(p9) < softplus(p9), p9, softmax[H](p9)))) + mean(p10); }", positive: true, run: m_s42::run },
    Entry { name: "S43", src: "struct S43 { input x1: [C, H]; param p2: [C, N]; param p3: []; input x4: [C]; param p5: [C]; param p6: [C]; input x7: [C]; param p8: [C]; input x9: [N]; param p10: [H]; input x11: [H]; param p12: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(sqrt(max(where(x1 >= x1, x1, x1), (0.25)^2))) + mean(min(min[N](max(p2, p3)), (where(x4 > p5, p6, p5) + where(x7 < p6, p8, p6)))) + where(((p3)^3 - mean[N](x9)) > (cube(p10) @ x11), s, expm1(p12)); }", positive: true, run: m_s43::run },
    Entry { name: "S45", src: "struct S45 { input x1: [C]; input x3: [N, H]; param p5: [C, N, H]; input x6: [H]; param p7: [C, N, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = cube((x1 @ x1)); output o4 = softmax[H](max(x3, x3)); loss = sum(x1) + mean((((p5 @ x6)).T * tanh(min[H](p7)))); }", positive: false, run: m_s45::run },
    Entry { name: "S46", src: "struct S46 { param p1: []; input x3: [N, C]; input x4: [N, C]; input x5: [N, C]; param p6: [N]; param p8: [C, N]; input x9: [H]; param p10: [H, N]; param p11: []; param p12: []; param p13: []; param p14: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = min(p1, cube(p1)); let h7 = where(x3 < (x3)^q, (x3 - x4), (x5 + p6)); loss = mean((expm1(where(p8 <= p8, p8, p8))).T) + where(log1p(sum[H](x9)) < where(logsumexp(p10) >= square(p11), swish(p12), where(0.25 <= p13, h2, h2)), min(0.5, (p14)^q), h2); }", positive: true, run: m_s46::run },
    Entry { name: "S47", src: "struct S47 { param p1: [C, N]; param p2: [N, K]; param p3: [C, K]; param p4: [C, N, K]; param p5: [K, C]; param p6: [H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(where((swish(p1) @ sigmoid(p2)) < p3, cube(p3), max[N](p4))) + mean(swish(p5)) + mean(p6); }", positive: false, run: m_s47::run },
    Entry { name: "S48", src: "struct S48 { param p1: [N]; loss = sum(p1); }", positive: false, run: m_s48::run },
    Entry { name: "S49", src: "struct S49 { param p1: [N]; param p3: [H]; output o2 = p1; loss = sum(square(square((p3 * p3)))); }", positive: true, run: m_s49::run },
    Entry { name: "S50", src: "struct S50 { input x1: [N, C]; input x3: [N]; input x4: []; param p5: []; param p7: [C, N]; param p8: [C, N]; param p9: [C, N]; param p10: [C, N]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = abs(x1); let h6 = min(max[N](x3), where(x4 <= s, x4, p5)); loss = sum(where(p7 <= ((p8 - p9) / x1), p7, swish((p10 / p7)))); }", positive: false, run: m_s50::run },
    Entry { name: "S52", src: "struct S52 { dim D = 3; input x1: [C]; param p2: [C, K, D]; param p4: [D]; param p5: [K, D]; let h3 = cos((x1 @ p2)); loss = mean(p4) + mean(p5); }", positive: false, run: m_s52::run },
    Entry { name: "S53", src: "struct S53 { input x1: [N, C]; param p3: [N]; param p5: [N, C]; input x6: [C]; input x7: [C]; input x8: [C]; hyper s = 0.5; hyper q = 3; let h2 = x1; output o4 = (p3 * p3); loss = mean(max(where(p5 > h2, min(h2, p5), (h2)^3), softmax[C](x6))) + mean(log_softmax[N](p3)) + mean(where(x6 <= min((x6 + 1.5), x7), ((o4)^q @ max(p5, x1)), square((x8 - x6)))); }", positive: true, run: m_s53::run },
    Entry { name: "S55", src: "struct S55 { param p1: []; loss = p1; }", positive: false, run: m_s55::run },
    Entry { name: "S56", src: "struct S56 { param p1: [C]; input x3: [K, H]; param p5: [K]; let h2 = p1; output o4 = cos(max(x3)); loss = sum(softmax[K](exp(-(p5)))); }", positive: false, run: m_s56::run },
    Entry { name: "S57", src: "struct S57 { param p2: [C, N]; param p4: [H, C]; output o1 = sin(log1p(0.5)); output o3 = p2; loss = sum(p4); }", positive: true, run: m_s57::run },
    Entry { name: "S58", src: "struct S58 { param p1: [C]; param p3: [N]; input x4: [C, N]; let h2 = p1; loss = sum[N](p3) + sum(max(softmax[C](x4), expm1(cos(p3)))); }", positive: false, run: m_s58::run },
    Entry { name: "S59", src: "struct S59 { input x1: [N, C]; input x2: [N, C]; input x4: [N, H]; param p5: []; param p6: []; param p7: [C, H]; input x8: [H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = where(swish(x1) >= x1, cube(x1), (x2)^2); loss = mean(softmax[N](x4)) + max(where(p5 < p6, max(p7), (p6)^2), (sum(x8) + min(p5, 3))); }", positive: false, run: m_s59::run },
    Entry { name: "S60", src: "struct S60 { dim D = 3; input x1: [N, D]; param p3: [D, C]; param p4: [N]; input x5: [N, C, D]; param p7: [N, C]; hyper s = 0.5; hyper q = 3; output o2 = max(max(x1, x1), x1); output o6 = ((p3)^3 / (p4 @ x5)); loss = mean(sigmoid(sum[N]((p7)^q))); }", positive: true, run: m_s60::run },
    Entry { name: "S61", src: "struct S61 { dim D = 3; param p1: [H]; input x2: [H, C]; input x4: []; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = (log_softmax[H](p1) @ swish(x2)); loss = x4 + mean(swish(p1)) + mean(p1); }", positive: false, run: m_s61::run },
    Entry { name: "S63", src: "struct S63 { input x1: [C, N]; param p3: [N]; input x5: [N, C]; param p6: [C, N]; input x7: [C, N]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = (min(x1, x1))^q; output o4 = p3; loss = (max(x5) / mean(max(o4, o4))) + mean(square(where(log_softmax[C](x1) > p6, cube(x7), swish(p6)))); }", positive: true, run: m_s63::run },
    Entry { name: "S64", src: "struct S64 { dim D = 3; param p1: [C]; input x2: [N, C, D]; param p3: [D]; param p4: []; hyper s = 0.5; hyper q = 3; loss = sum(p1) + sum((p1)^q) + sum(sum[N](((x2 * x2) @ max(p3, p4)))); }", positive: true, run: m_s64::run },
    Entry { name: "S65", src: "struct S65 { param p1: [C, N]; param p3: [N, C]; input x4: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = log_softmax[C](swish(p1)); loss = mean(logsumexp[C](swish((o2)^q))) + sum(p1) + mean(softmax[C]((max[N](p3) * log1p(x4)))); }", positive: true, run: m_s65::run },
    Entry { name: "S67", src: "struct S67 { param p1: [C, H]; input x2: [N, C, H]; input x3: [C, H]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(max(where(expm1(p1) > sum[N](x2), swish(x3), exp(x3)), relu(p1))) + 1.5; }", positive: false, run: m_s67::run },
    Entry { name: "S69", src: "struct S69 { param p1: [N, H]; input x3: []; param p4: []; param p6: [C]; hyper s = 0.5; hyper q = 3; output o2 = log((p1)^q); let h5 = ((x3 + p4))^2; loss = sum(p6); }", positive: true, run: m_s69::run },
    Entry { name: "S70", src: "struct S70 { param p1: [C, N]; param p2: [C]; input x3: [C, H]; param p4: [C, N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(p1) + sum(cube(softmax[H]((p2 @ x3)))) + mean(p4); }", positive: false, run: m_s70::run },
    Entry { name: "S71", src: "struct S71 { param p1: []; loss = p1 + 3; }", positive: false, run: m_s71::run },
    Entry { name: "S72", src: "struct S72 { dim D = 3; param p1: []; param p3: [H, N]; param p4: [N]; input x5: [N, H]; input x6: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = p1; loss = mean(min(((p3 * p4)).T, cube(log1p(x5)))) + sum(x6) + where(h2 >= softplus(h2), s, s); }", positive: true, run: m_s72::run },
    Entry { name: "S73", src: "struct S73 { input x1: [K]; input x2: []; param p4: [C, N]; param p5: [H, C]; param p6: [C]; param p7: [H, C, N]; param p8: [C, N]; param p9: [C, N]; input x10: [K, H]; param p11: [H, K]; param p12: [N, C]; input y: [N] in 0..C; output o3 = softplus(max(x1, x2)); loss = sum(where(tanh((p4)^2) <= ((p5 @ p6) @ p7), log1p(log(p8)), softmax[C](sin(p9)))) + sum(((min[K](x10) @ p11) * max[N](cross_entropy(p12, y)))); }", positive: true, run: m_s73::run },
    Entry { name: "S74", src: "struct S74 { param p1: [N, H]; input x2: [H, N]; input x4: []; param p5: [K]; input x6: [K, H]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o3 = (tanh(p1) * x2); loss = -(((s + x4) / where(s <= 3, 3, s))) + ((erf(p5) + min[H](x6)) @ swish(log_softmax[K](p5))); }", positive: true, run: m_s74::run },
    Entry { name: "S75", src: "struct S75 { param p1: [C]; param p3: [C, N]; param p4: [C]; input x5: [N, C]; input y: [N] in 0..C; output o2 = p1; loss = sum((p3 / softmax[C]((p4 / p4)))) + sum(max(logsumexp[C](x5), logsumexp(cross_entropy(x5, y)))); }", positive: false, run: m_s75::run },
    Entry { name: "S76", src: "struct S76 { input x1: [N, C]; param p3: [C]; param p4: [C]; param p5: [C, N]; param p7: [C]; param p8: [C]; input y: [N] in 0..C; output o2 = cross_entropy((x1)^3, y); output o6 = where(p3 < (p3 * p4), (p3 / p4), min[N](p5)); loss = mean((p5)^2) + sum(p4) + sum(log_softmax[C](cos(max(p7, p8)))); }", positive: true, run: m_s76::run },
    Entry { name: "S77", src: "struct S77 { dim D = 3; param p1: []; param p2: []; input x4: [C]; param p6: [N]; param p7: [N]; param p8: [D]; input x9: [D, N]; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h3 = (where(p1 > 2, 2, p1) - min(p1, p2)); let h5 = ((h3 - h3) - mean(x4)); loss = p1 + (log(p6) @ p7) + (square(exp(p7)) @ (square(p8) @ cube(x9))); }", positive: true, run: m_s77::run },
    Entry { name: "S78", src: "struct S78 { dim D = 3; param p1: [C]; param p2: [C]; input x4: [D]; input x5: [D]; input x6: []; param p7: []; param p8: [D]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o3 = where(p1 < max(p2, p2), max(p1, s), max(p1, p2)); loss = where(max(1.5, (x4 @ x5)) > where(sin(x6) < x6, min(x6, x6), swish(p7)), ((0.5 / p7) / (0.5 - s)), ((p7)^2 - x6)) + (max(cube(p8)))^q; }", positive: true, run: m_s78::run },
    Entry { name: "S79", src: "struct S79 { param p1: [N]; input x2: [C, H]; param p3: []; param p4: [N, C]; input y: [N] in 0..C; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean(tanh(square(softmax[N](p1)))) + mean(where(x2 >= x2, cube(cube(x2)), x2)) + (swish(max(p1, p3)) @ cross_entropy(softmax[C](p4), y)); }", positive: true, run: m_s79::run },
    Entry { name: "S81", src: "struct S81 { input x1: []; param p3: [H]; let h2 = x1; loss = sum(exp(p3)); }", positive: false, run: m_s81::run },
    Entry { name: "S82", src: "struct S82 { param p1: [K, C]; param p2: []; input x3: []; input x4: [H]; param p5: [H, K, C]; loss = mean(max(p1, (p2 + x3))) + sum((x4 @ p5)); }", positive: false, run: m_s82::run },
    Entry { name: "S83", src: "struct S83 { dim D = 3; param p1: [D]; param p2: []; param p3: []; param p5: [N]; param p7: [C, D]; param p8: [C]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o4 = ((p1 - s) - max(p2, p3)); output o6 = cube(cube(p5)); loss = sum(softplus((p7).T)) + p2 + sum((p8 / max(p3, (2 + p3)))); }", positive: false, run: m_s83::run },
    Entry { name: "S84", src: "struct S84 { dim D = 3; input x1: []; input x2: [D]; param p3: [C]; param p4: [D, N]; loss = where(x1 <= cos(1.5), sigmoid((x2 @ x2)), log(abs(x1))) + sum(p3) + sum((min(p4, softmax[D](p4)))^3); }", positive: true, run: m_s84::run },
    Entry { name: "S85", src: "struct S85 { param p1: [N, C]; loss = sum(p1); }", positive: false, run: m_s85::run },
    Entry { name: "S86", src: "struct S86 { dim D = 3; input x1: [C, D, H]; param p2: [D]; param p3: [H]; input x4: [D, C]; param p5: [C, K]; input x6: [C, K]; input x7: [C, D]; param p8: [D, K]; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = mean((max(cube(x1), p2) @ sqrt(cube(p3)))) + min[C](swish(sum[D](x4))) + sum((where(log(p5) >= p5, cos(x6), (x7 @ p8)))^q); }", positive: true, run: m_s86::run },
    Entry { name: "S87", src: "struct S87 { dim D = 3; input x1: []; input x3: [H, D]; param p4: [D]; param p5: [D]; input x7: [H, N]; param p8: [H]; param p9: [H]; input x10: []; hyper s = 0.5; hyper q = 3; let h2 = x1; let h6 = (max[H](x3) @ where(p4 <= p5, p4, p5)); loss = (x1 + logsumexp(max(x7, x7))) + (((p8 @ p9) * (0.5)^q) / x10) + sum(p4); }", positive: true, run: m_s87::run },
    Entry { name: "S90", src: "struct S90 { param p1: []; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; output o2 = swish(cube(p1)); loss = p1; }", positive: false, run: m_s90::run },
    Entry { name: "S91", src: "struct S91 { param p1: [K, H]; input x2: [H]; loss = mean(p1) + sum(log1p(x2)); }", positive: true, run: m_s91::run },
    Entry { name: "S92", src: "struct S92 { param p1: [N, H]; input x2: []; loss = sum(-(tanh((p1 + p1)))) + x2; }", positive: false, run: m_s92::run },
    Entry { name: "S93", src: "struct S93 { param p1: [N]; param p2: []; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = sum(sigmoid(swish(softmax[N](p1)))) + p2 + p2; }", positive: true, run: m_s93::run },
    Entry { name: "S94", src: "struct S94 { param p1: [H, C]; param p2: [C]; param p4: [C, H, N]; param p6: [C, N]; input x7: [N, H]; input x8: [C, H]; output o3 = (log1p(p1) * (p2)^3); let h5 = softmax[H](logsumexp[C](p4)); loss = sum(mean[C](((p6 @ x7) / (x8)^2))); }", positive: true, run: m_s94::run },
    Entry { name: "S95", src: "struct S95 { dim D = 3; param p1: [C, D]; input x2: [C]; loss = mean(p1) + square((x2 @ tanh(x2))); }", positive: true, run: m_s95::run },
    Entry { name: "S99", src: "struct S99 { input x1: [H]; param p3: [C, K, H]; param p4: [H]; input x5: [K, C]; input x6: []; hyper s = 0.5; hyper q = 3; fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; let h2 = swish(tanh(x1)); loss = mean(sqrt(relu((p3 @ p4)))) + mean(sqrt(min((x5)^q, min(x6, x6)))); }", positive: true, run: m_s99::run },
    Entry { name: "G81", src: "struct G81 { param b: []; param h: []; hyper u = 0.5; loss = sin(logsumexp(h.T)); }", positive: false, run: m_g81::run },
    Entry { name: "G660", src: "struct G660 { param w: []; input x: [C, N, D]; param z: []; loss = w; }", positive: false, run: m_g660::run },
    Entry { name: "G665", src: "struct G665 { dim H = 1;param x: []; param u: [N, H, H]; param y: [D, N]; loss = (sigmoid(0) * softplus(mean((u / 1.5)))); }", positive: false, run: m_g665::run },
    Entry { name: "G809", src: "struct G809 { param y: [D, C]; loss = mean(y); }", positive: false, run: m_g809::run },
    Entry { name: "G842", src: "struct G842 { param x: []; dim D = 1;input v: [C]; dim H = 1;dim C = 3;loss = cos(x.T); }", positive: false, run: m_g842::run },
    Entry { name: "G944", src: "struct G944 { param u: [N, N, H]; param z: [N, N]; dim C = 4;param h: []; loss = mean((sum(u) / 3)); }", positive: false, run: m_g944::run },
    Entry { name: "G1002", src: "struct G1002 { dim D = 4;param v: [D, D]; param z: []; param w: [N]; dim H = 4;param y: []; loss = exp(z.T); }", positive: false, run: m_g1002::run },
    Entry { name: "G1101", src: "struct G1101 { dim H = 3;param h: [N, D]; param x: [D, C, N]; loss = sum(h.T); }", positive: false, run: m_g1101::run },
    Entry { name: "G1122", src: "struct G1122 { input w: []; dim D = 4;param z: [N, N]; param b: []; param x: []; loss = x.T; }", positive: false, run: m_g1122::run },
    Entry { name: "G1134", src: "struct G1134 { param v: []; input u: [C, C, N]; param b: []; dim N = 2;loss = tanh(sum(b)); }", positive: false, run: m_g1134::run },
    Entry { name: "G1383", src: "struct G1383 { param y: [H, D]; dim D = 3;dim C = 1;param v: []; loss = v.T; }", positive: false, run: m_g1383::run },
    Entry { name: "G1444", src: "struct G1444 { dim C = 4;param y: [D]; loss = abs(logsumexp(y)); }", positive: false, run: m_g1444::run },
    Entry { name: "G1451", src: "struct G1451 { param b: [N]; param v: [N]; dim N = 4;param w: []; hyper u = 0.5; loss = w; }", positive: false, run: m_g1451::run },
    Entry { name: "G1563", src: "struct G1563 { param v: [C, D]; param y: [N, N, D]; dim N = 3;param w: [D, D]; loss = softplus(sum(logsumexp((y.T + 1.5)))); }", positive: false, run: m_g1563::run },
    Entry { name: "G1761", src: "struct G1761 { input y: []; param x: []; let h = 0.5; hyper u = 0.5; loss = x; }", positive: false, run: m_g1761::run },
    Entry { name: "G1928", src: "struct G1928 { param z: [H, H, C]; param u: [D, H]; param v: [D, N, H]; param b: [C]; let w = u.T; loss = mean(b); }", positive: false, run: m_g1928::run },
];
