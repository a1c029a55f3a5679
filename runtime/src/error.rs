//! The one error type of rheano.

use std::fmt;

/// Everything that can go wrong at run time: a size that disagrees with another size of the
/// same dimension, a label outside its range, or unreadable data.
///
/// Messages name the dimension exactly as it is written in the model, both sizes, and where
/// each size came from.
///
/// ```
/// use rheano_runtime::Error;
/// let e = Error::DimMismatch {
///     dim: "D",
///     first: 3,
///     first_from: "`x` axis 1".into(),
///     second: 4,
///     second_from: "`w1` axis 0".into(),
/// };
/// assert_eq!(
///     e.to_string(),
///     "dimension `D` has size 3 from `x` axis 1 but size 4 from `w1` axis 0"
/// );
/// // `{:?}` (what `fn main() -> Result<(), Error>` prints) is the same sentence.
/// assert_eq!(format!("{e:?}"), e.to_string());
/// ```
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// Two arrays disagree on the size of one named dimension.
    DimMismatch {
        /// The dimension as written in the model.
        dim: &'static str,
        /// The size seen first.
        first: usize,
        /// Where the first size came from.
        first_from: String,
        /// The disagreeing size.
        second: usize,
        /// Where the disagreeing size came from.
        second_from: String,
    },
    /// An integer input holds a value outside `0..size`.
    LabelOutOfRange {
        /// The integer input, as written in the model.
        input: &'static str,
        /// The flat (row-major) position of the offending value.
        position: usize,
        /// The offending value.
        value: usize,
        /// The dimension that bounds the values.
        dim: &'static str,
        /// The size of that dimension.
        size: usize,
    },
    /// An integer input declared `in 0..=DIM` (lengths) holds a value above `DIM`'s size.
    LengthOutOfRange {
        /// The integer input, as written in the model.
        input: &'static str,
        /// The flat (row-major) position of the offending value.
        position: usize,
        /// The offending value.
        value: usize,
        /// The dimension that bounds the values.
        dim: &'static str,
        /// The size of that dimension.
        size: usize,
    },
    /// A target of `ctc` within its example's length is the blank (class 0).
    BlankTarget {
        /// The targets' input, as written in the model.
        input: &'static str,
        /// The example (the first index).
        example: usize,
        /// The position among the example's targets.
        position: usize,
        /// The lengths' input that makes that position one of the targets used.
        lengths: &'static str,
    },
    /// A convolution's kernel has an even number of taps along a dim: "same" padding centres
    /// the kernel on each position and needs an odd number.
    EvenKernel {
        /// The kernel's dimension, as written in the model.
        dim: &'static str,
        /// Its size.
        size: usize,
    },
    /// A dimension pooled in windows (`maxpool[F -> P, 3]`) whose size is not a multiple of the
    /// window's.
    PoolSize {
        /// The pooled dimension, as written in the model.
        dim: &'static str,
        /// Its size.
        size: usize,
        /// The window's size.
        window: usize,
    },
    /// A dimension that a `mean` divides by has size 0 (an empty batch, say), so the mean
    /// has no value.
    EmptyMean {
        /// The dimension as written in the model.
        dim: &'static str,
    },
    /// A slice `x[G = k]` at an index `k` that the dim's size does not reach.
    SliceOutOfRange {
        /// The dimension sliced, as written in the model.
        dim: &'static str,
        /// The index of the slice.
        index: usize,
        /// The dimension's size.
        size: usize,
    },
    /// A data or weights file could not be read or is malformed.
    Data(String),
    /// A result file (CSV, plot, summary) could not be written.
    Io(String),
    /// The ranks of a data-parallel run disagree (on their params, their gradient's size, the
    /// steps they take) or one of them could not do its part; every rank gets the error.
    Dist(String),
    /// A loss or gradient is NaN or infinite (`loss_and_grad_checked`).
    NotFinite {
        /// The first param, in declaration order, with a non-finite gradient entry; `None`
        /// when every gradient is finite and the loss is not.
        param: Option<&'static str>,
        /// The flat (row-major) position of the first bad entry.
        position: usize,
        /// That entry.
        value: f32,
        /// The loss of the same call.
        loss: f32,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::DimMismatch {
                dim,
                first,
                first_from,
                second,
                second_from,
            } => write!(
                f,
                "dimension `{dim}` has size {first} from {first_from} but size {second} from {second_from}"
            ),
            Error::LabelOutOfRange {
                input,
                position,
                value,
                dim,
                size,
            } => write!(
                f,
                "label {value} at position {position} of `{input}` is outside 0..{dim} (`{dim}` = {size})"
            ),
            Error::LengthOutOfRange {
                input,
                position,
                value,
                dim,
                size,
            } => write!(
                f,
                "length {value} at position {position} of `{input}` is outside 0..={dim} (`{dim}` = {size})"
            ),
            Error::BlankTarget {
                input,
                example,
                position,
                lengths,
            } => write!(
                f,
                "target {position} of example {example} in `{input}` is the blank (class 0), within \
                 the length `{lengths}` gives; `ctc` targets are classes from 1"
            ),
            Error::EvenKernel { dim, size } => write!(
                f,
                "a convolution's kernel has `{dim}` = {size} taps, an even number; \"same\" padding needs an odd one"
            ),
            Error::PoolSize { dim, size, window } => write!(
                f,
                "dimension `{dim}` has size {size}, not a multiple of the pooling window's {window}"
            ),
            Error::EmptyMean { dim } => write!(
                f,
                "dimension `{dim}` has size 0, and a `mean` over it divides by that size"
            ),
            Error::SliceOutOfRange { dim, index, size } => write!(
                f,
                "a slice at index {index} of dimension `{dim}` is out of range: `{dim}` = {size}"
            ),
            Error::Data(msg) => write!(f, "data error: {msg}"),
            Error::Io(msg) => write!(f, "cannot write {msg}"),
            Error::Dist(msg) => write!(f, "data-parallel run: {msg}"),
            Error::NotFinite {
                param: Some(p),
                position,
                value,
                loss,
            } => write!(
                f,
                "the gradient of `{p}` is not finite ({value} at position {position}); loss = {loss}"
            ),
            Error::NotFinite { loss, .. } => write!(f, "the loss is not finite ({loss})"),
        }
    }
}

/// The readable message, as `Display` gives it, so that `fn main() -> Result<(), Error>`
/// and `unwrap` print a sentence; `{:#?}` gives the variant and its fields.
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        match self {
            Error::DimMismatch {
                dim,
                first,
                first_from,
                second,
                second_from,
            } => f
                .debug_struct("DimMismatch")
                .field("dim", dim)
                .field("first", first)
                .field("first_from", first_from)
                .field("second", second)
                .field("second_from", second_from)
                .finish(),
            Error::LabelOutOfRange {
                input,
                position,
                value,
                dim,
                size,
            } => f
                .debug_struct("LabelOutOfRange")
                .field("input", input)
                .field("position", position)
                .field("value", value)
                .field("dim", dim)
                .field("size", size)
                .finish(),
            Error::LengthOutOfRange {
                input,
                position,
                value,
                dim,
                size,
            } => f
                .debug_struct("LengthOutOfRange")
                .field("input", input)
                .field("position", position)
                .field("value", value)
                .field("dim", dim)
                .field("size", size)
                .finish(),
            Error::BlankTarget {
                input,
                example,
                position,
                lengths,
            } => f
                .debug_struct("BlankTarget")
                .field("input", input)
                .field("example", example)
                .field("position", position)
                .field("lengths", lengths)
                .finish(),
            Error::EvenKernel { dim, size } => f
                .debug_struct("EvenKernel")
                .field("dim", dim)
                .field("size", size)
                .finish(),
            Error::PoolSize { dim, size, window } => f
                .debug_struct("PoolSize")
                .field("dim", dim)
                .field("size", size)
                .field("window", window)
                .finish(),
            Error::EmptyMean { dim } => f.debug_struct("EmptyMean").field("dim", dim).finish(),
            Error::SliceOutOfRange { dim, index, size } => f
                .debug_struct("SliceOutOfRange")
                .field("dim", dim)
                .field("index", index)
                .field("size", size)
                .finish(),
            Error::Data(msg) => f.debug_tuple("Data").field(msg).finish(),
            Error::Io(msg) => f.debug_tuple("Io").field(msg).finish(),
            Error::Dist(msg) => f.debug_tuple("Dist").field(msg).finish(),
            Error::NotFinite {
                param,
                position,
                value,
                loss,
            } => f
                .debug_struct("NotFinite")
                .field("param", param)
                .field("position", position)
                .field("value", value)
                .field("loss", loss)
                .finish(),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Data(e.to_string())
    }
}
