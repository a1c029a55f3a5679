//! Kernels over the rows of a matrix that do not fuse into loops: maxima, minima and
//! `logsumexp` of each row, and the mask of each row's first extremum.

/// Row-wise reductions of a `rows x cols` row-major matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowReduce {
    /// Maximum.
    Max,
    /// Minimum.
    Min,
    /// `log(sum(exp(x)))`, shifted by the row maximum ([`crate::softmax::logsumexp_rows`]).
    LogSumExp,
}

/// Reduces each row of `x` (`rows x cols`, row-major) into `out[row]`.
pub fn reduce_rows(x: &[f32], rows: usize, cols: usize, kind: RowReduce, out: &mut [f32]) {
    for (r, o) in out.iter_mut().enumerate().take(rows) {
        let row = &x[r * cols..(r + 1) * cols];
        *o = match kind {
            RowReduce::Max => row.iter().copied().fold(f32::NEG_INFINITY, f32::max),
            RowReduce::Min => row.iter().copied().fold(f32::INFINITY, f32::min),
            RowReduce::LogSumExp => return crate::softmax::logsumexp_rows(x, rows, cols, out),
        };
    }
}

/// 1 at the first maximal (`max`) or minimal element of each row, 0 elsewhere.
pub fn argmask_rows(x: &[f32], rows: usize, cols: usize, max: bool, out: &mut [f32]) {
    for r in 0..rows {
        let row = &x[r * cols..(r + 1) * cols];
        let o = &mut out[r * cols..(r + 1) * cols];
        o.fill(0.0);
        let mut best = 0;
        for (i, &v) in row.iter().enumerate() {
            if (max && v > row[best]) || (!max && v < row[best]) {
                best = i;
            }
        }
        if cols > 0 {
            o[best] = 1.0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logsumexp_rows_agree_with_f64() {
        // Short rows (16 at a time and one at a time), long rows (lanes and a tail), and rows
        // of -inf, +inf and NaN.
        for (rows, cols) in [
            (4, 0),
            (1, 1),
            (16, 10),
            (37, 10),
            (33, 31),
            (5, 32),
            (3, 45),
            (2, 700),
        ] {
            let mut x: Vec<f32> = (0..rows * cols)
                .map(|i| {
                    ((i * 7919 % 1000) as f32 / 50.0 - 10.0) * if i % 3 == 0 { 4.0 } else { 1.0 }
                })
                .collect();
            if rows > 2 && cols > 0 {
                x[cols..2 * cols].fill(f32::NEG_INFINITY);
                x[2 * cols + cols / 2] = f32::INFINITY;
            }
            if rows > 3 && cols > 0 {
                x[3 * cols] = f32::NAN;
            }
            let mut out = vec![0.0; rows];
            reduce_rows(&x, rows, cols, RowReduce::LogSumExp, &mut out);
            for r in 0..rows {
                let row = &x[r * cols..(r + 1) * cols];
                let m = row
                    .iter()
                    .map(|&v| v as f64)
                    .fold(f64::NEG_INFINITY, f64::max);
                let want = if row.iter().any(|v| v.is_nan()) {
                    f64::NAN
                } else if m.is_infinite() {
                    m
                } else {
                    m + row.iter().map(|&v| (v as f64 - m).exp()).sum::<f64>().ln()
                };
                let got = out[r] as f64;
                let ok = if want.is_nan() {
                    got.is_nan()
                } else if want.is_infinite() {
                    got == want
                } else {
                    (got - want).abs() <= 4.0 * f32::EPSILON as f64 * want.abs().max(1.0)
                };
                assert!(ok, "{rows}x{cols}, row {r}: {got} against {want}");
            }
        }
    }

    #[test]
    fn row_kernels() {
        let x = [1.0, 3.0, 2.0, -1.0, -5.0, -1.0];
        let mut out = [0.0; 2];
        reduce_rows(&x, 2, 3, RowReduce::Max, &mut out);
        assert_eq!(out, [3.0, -1.0]);
        reduce_rows(&x, 2, 3, RowReduce::LogSumExp, &mut out);
        assert!((out[0] - (1f32.exp() + 3f32.exp() + 2f32.exp()).ln()).abs() < 1e-6);
        let mut mask = [9.0; 6];
        argmask_rows(&x, 2, 3, true, &mut mask);
        assert_eq!(mask, [0.0, 1.0, 0.0, 1.0, 0.0, 0.0]);
    }
}
