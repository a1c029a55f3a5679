//! The trait every `model!` struct implements.

use ndarray::{ArrayViewD, ArrayViewMutD};

/// A model with named parameters and a matching gradient type.
///
/// `model!` implements it; optimizers and other generic tools use it to walk the parameters
/// by name, in declaration order.
pub trait Model {
    /// The gradient type: one array per parameter, same shapes.
    type Grad;
    /// Calls `f` with the name and a view of every parameter, in declaration order.
    fn visit(&self, f: &mut dyn FnMut(&'static str, ArrayViewD<'_, f32>));
    /// Calls `f` with the name and a mutable view of every parameter, in declaration order.
    fn visit_mut(&mut self, f: &mut dyn FnMut(&'static str, ArrayViewMutD<'_, f32>));
    /// Calls `f` with every parameter (mutable) beside its gradient, in declaration order.
    #[allow(clippy::type_complexity)]
    fn visit_with_grad(
        &mut self,
        grad: &Self::Grad,
        f: &mut dyn FnMut(&'static str, ArrayViewMutD<'_, f32>, ArrayViewD<'_, f32>),
    );

    /// The number of scalars in all parameters.
    fn num_params(&self) -> usize {
        let mut n = 0;
        self.visit(&mut |_, p| n += p.len());
        n
    }
}
