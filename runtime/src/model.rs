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

    /// Calls `f` with the name and a mutable view of every gradient in `grad`, in declaration
    /// order (to clip, scale or sum gradients in place).
    fn visit_grad_mut(
        &self,
        grad: &mut Self::Grad,
        f: &mut dyn FnMut(&'static str, ArrayViewMutD<'_, f32>),
    );

    /// The number of scalars in all parameters.
    fn num_params(&self) -> usize {
        let mut n = 0;
        self.visit(&mut |_, p| n += p.len());
        n
    }
}

/// The summary `model!` structs print through `Display`: each param with its dims as declared,
/// its sizes and its number of values, then the total.
///
/// ```text
/// Mlp: 3 params, 2,410 values
///   w1  [D, H]  64 x 32  2,048
///   b1  [H]     32          32
///   w2  [H, C]  32 x 10    320
/// ```
pub fn write_summary<M: Model + ?Sized>(
    model: &M,
    name: &str,
    dims: &[&str],
    f: &mut std::fmt::Formatter<'_>,
) -> std::fmt::Result {
    let mut rows: Vec<[String; 4]> = Vec::new();
    let mut total = 0;
    let mut i = 0;
    model.visit(&mut |p, a| {
        let sizes: Vec<String> = a.shape().iter().map(|s| s.to_string()).collect();
        let sizes = if sizes.is_empty() {
            "scalar".to_string()
        } else {
            sizes.join(" x ")
        };
        let dims = dims.get(i).copied().unwrap_or("");
        rows.push([p.to_string(), dims.to_string(), sizes, thousands(a.len())]);
        total += a.len();
        i += 1;
    });
    let plural = if rows.len() == 1 { "" } else { "s" };
    write!(
        f,
        "{name}: {} param{plural}, {} values",
        rows.len(),
        thousands(total)
    )?;
    let width = |c: usize| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0);
    let (w0, w1, w2, w3) = (width(0), width(1), width(2), width(3));
    for [p, d, s, n] in &rows {
        write!(f, "\n  {p:<w0$}  {d:<w1$}  {s:<w2$}  {n:>w3$}")?;
    }
    Ok(())
}

/// `1234567` as `1,234,567`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
