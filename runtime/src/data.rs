//! Data sets, splits, mini-batches and metrics for the examples.

use crate::error::Error;
use flate2::read::GzDecoder;
use ndarray::{Array1, Array2, ArrayView1, ArrayView2, Axis};
use rand::seq::SliceRandom;
use rand::Rng;
use std::io::Read;
use std::path::Path;

/// Features and integer labels, one row per example.
#[derive(Debug, Clone)]
pub struct Labeled {
    /// `[examples, features]`.
    pub x: Array2<f32>,
    /// `[examples]`, each in `0..classes`.
    pub y: Array1<usize>,
    /// The number of classes.
    pub classes: usize,
}

impl Labeled {
    /// The number of examples.
    pub fn len(&self) -> usize {
        self.y.len()
    }

    /// True when there are no examples.
    pub fn is_empty(&self) -> bool {
        self.y.is_empty()
    }

    /// The examples at `idx`, in that order.
    pub fn select(&self, idx: &[usize]) -> Labeled {
        Labeled {
            x: self.x.select(Axis(0), idx),
            y: self.y.select(Axis(0), idx),
            classes: self.classes,
        }
    }

    /// A shuffled split: the first part holds `1 - test_fraction` of the examples.
    pub fn split(&self, test_fraction: f64, rng: &mut impl Rng) -> (Labeled, Labeled) {
        let mut idx: Vec<usize> = (0..self.len()).collect();
        idx.shuffle(rng);
        let n_test = ((self.len() as f64) * test_fraction).round() as usize;
        let (test, train) = idx.split_at(n_test.min(self.len()));
        (self.select(train), self.select(test))
    }

    /// Mini-batches of at most `size` examples, in a fresh random order.
    pub fn batches(&self, size: usize, rng: &mut impl Rng) -> Vec<Labeled> {
        let mut idx: Vec<usize> = (0..self.len()).collect();
        idx.shuffle(rng);
        idx.chunks(size.max(1)).map(|c| self.select(c)).collect()
    }
}

fn read_maybe_gz(path: &Path) -> Result<Vec<u8>, Error> {
    let raw = std::fs::read(path).map_err(|e| Error::Data(format!("{}: {e}", path.display())))?;
    if raw.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .map_err(|e| Error::Data(format!("{}: bad gzip: {e}", path.display())))?;
        Ok(out)
    } else {
        Ok(raw)
    }
}

/// A text as character tokens: the distinct characters (sorted) and each character's index.
#[derive(Clone, Debug)]
pub struct Chars {
    pub vocab: Vec<char>,
    pub tokens: Vec<usize>,
}

impl Chars {
    /// The token of `c`, if it is in the vocabulary.
    pub fn token(&self, c: char) -> Option<usize> {
        self.vocab.binary_search(&c).ok()
    }
}

/// Reads a UTF-8 text (`.gz` or plain) as character tokens.
pub fn load_chars(path: impl AsRef<Path>) -> Result<Chars, Error> {
    let path = path.as_ref();
    let text = String::from_utf8(read_maybe_gz(path)?)
        .map_err(|_| Error::Data(format!("{}: not UTF-8", path.display())))?;
    let mut vocab: Vec<char> = text.chars().collect();
    vocab.sort_unstable();
    vocab.dedup();
    let tokens = text
        .chars()
        .map(|c| vocab.binary_search(&c).unwrap_or(0))
        .collect();
    Ok(Chars { vocab, tokens })
}

/// `streams` equal contiguous parts of `tokens`, cut into windows of `steps` tokens: window `k`
/// of every stream makes batch `k`, as `[steps, streams]` inputs and the next tokens as
/// targets, so that a recurrent state carried from batch `k` to `k + 1` continues each
/// stream (truncated back-propagation through time).
pub fn stream_batches(
    tokens: &[usize],
    streams: usize,
    steps: usize,
) -> Vec<(ndarray::Array2<usize>, ndarray::Array2<usize>)> {
    let per = tokens.len().saturating_sub(1) / streams.max(1);
    let windows = per / steps.max(1);
    (0..windows)
        .map(|k| {
            let at = |s: usize, i: usize| i * per + k * steps + s;
            (
                ndarray::Array2::from_shape_fn((steps, streams), |(s, i)| tokens[at(s, i)]),
                ndarray::Array2::from_shape_fn((steps, streams), |(s, i)| tokens[at(s, i) + 1]),
            )
        })
        .collect()
}

/// Reads the 8x8 digits (`digits.csv[.gz]`: 64 pixels in 0..=16 then the label per line).
/// Pixels are scaled to `[0, 1]`.
pub fn load_digits(path: impl AsRef<Path>) -> Result<Labeled, Error> {
    let path = path.as_ref();
    let text = String::from_utf8(read_maybe_gz(path)?)
        .map_err(|_| Error::Data(format!("{}: not UTF-8", path.display())))?;
    let mut xs = Vec::new();
    let mut ys = Vec::new();
    for (line_no, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let vals: Result<Vec<f32>, _> = line.split(',').map(|v| v.trim().parse::<f32>()).collect();
        let vals =
            vals.map_err(|e| Error::Data(format!("{}:{}: {e}", path.display(), line_no + 1)))?;
        if vals.len() != 65 {
            return Err(Error::Data(format!(
                "{}:{}: expected 65 values, found {}",
                path.display(),
                line_no + 1,
                vals.len()
            )));
        }
        let label = vals[64];
        if !(0.0..10.0).contains(&label) || label.fract() != 0.0 {
            return Err(Error::Data(format!(
                "{}:{}: label {label} is not in 0..10",
                path.display(),
                line_no + 1
            )));
        }
        xs.extend(vals[..64].iter().map(|v| v / 16.0));
        ys.push(label as usize);
    }
    let n = ys.len();
    Ok(Labeled {
        x: Array2::from_shape_vec((n, 64), xs).map_err(|e| Error::Data(e.to_string()))?,
        y: Array1::from(ys),
        classes: 10,
    })
}

/// Reads an IDX file (gzip or not) of unsigned bytes: returns its dimensions and bytes.
pub fn read_idx(path: impl AsRef<Path>) -> Result<(Vec<usize>, Vec<u8>), Error> {
    let path = path.as_ref();
    let raw = read_maybe_gz(path)?;
    let bad = |why: &str| Error::Data(format!("{}: {why}", path.display()));
    if raw.len() < 4 || raw[0] != 0 || raw[1] != 0 {
        return Err(bad("not an IDX file (bad magic)"));
    }
    if raw[2] != 0x08 {
        return Err(bad("only unsigned-byte IDX files are supported"));
    }
    let rank = raw[3] as usize;
    let header = 4 + 4 * rank;
    if raw.len() < header {
        return Err(bad("truncated header"));
    }
    let dims: Vec<usize> = (0..rank)
        .map(|i| {
            u32::from_be_bytes(raw[4 + 4 * i..8 + 4 * i].try_into().unwrap_or([0; 4])) as usize
        })
        .collect();
    let n: usize = dims.iter().product();
    if raw.len() - header != n {
        return Err(bad(&format!(
            "expected {n} data bytes for dimensions {dims:?}, found {}",
            raw.len() - header
        )));
    }
    Ok((dims, raw[header..].to_vec()))
}

/// Reads MNIST images and labels in IDX format; pixels scaled to `[0, 1]`, one row per image.
pub fn load_mnist(images: impl AsRef<Path>, labels: impl AsRef<Path>) -> Result<Labeled, Error> {
    let (idims, ibytes) = read_idx(images)?;
    let (ldims, lbytes) = read_idx(labels)?;
    if idims.len() != 3 || ldims.len() != 1 || idims[0] != ldims[0] {
        return Err(Error::Data(format!(
            "images {idims:?} and labels {ldims:?} do not match"
        )));
    }
    if let Some(&bad) = lbytes.iter().find(|&&l| l >= 10) {
        return Err(Error::Data(format!("label {bad} is not in 0..10")));
    }
    let n = idims[0];
    let x = Array2::from_shape_vec(
        (n, idims[1] * idims[2]),
        ibytes.iter().map(|&b| b as f32 / 255.0).collect(),
    )
    .map_err(|e| Error::Data(e.to_string()))?;
    Ok(Labeled {
        x,
        y: lbytes.iter().map(|&l| l as usize).collect(),
        classes: 10,
    })
}

/// The index of the largest entry of each row (the first one on ties).
pub fn argmax_rows(scores: ArrayView2<f32>) -> Array1<usize> {
    scores
        .rows()
        .into_iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .fold((0, f32::NEG_INFINITY), |(bi, bv), (i, &v)| {
                    if v > bv {
                        (i, v)
                    } else {
                        (bi, bv)
                    }
                })
                .0
        })
        .collect()
}

/// The fraction of rows whose largest score is at the label.
pub fn accuracy(scores: ArrayView2<f32>, labels: ArrayView1<usize>) -> f64 {
    let pred = argmax_rows(scores);
    let hits = pred.iter().zip(labels).filter(|(p, l)| p == l).count();
    hits as f64 / labels.len().max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn accuracy_counts_hits() {
        let s = array![[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]];
        assert!((accuracy(s.view(), array![1, 0, 0].view()) - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn idx_rejects_garbage() {
        let dir = std::env::temp_dir().join(format!("rheano-idx-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("bad.idx");
        std::fs::write(&p, [0u8, 0, 8, 1, 0, 0, 0, 5, 1, 2]).unwrap();
        let e = read_idx(&p).unwrap_err().to_string();
        assert!(e.contains("expected 5 data bytes"), "{e}");
        std::fs::write(&p, [1u8, 2, 3]).unwrap();
        assert!(read_idx(&p).is_err());
    }
}
