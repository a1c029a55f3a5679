//! Pure shape rules over dims.

use crate::ir::{Axis, DimId};

/// Broadcasting by name: the result has `a`'s dims followed by the dims of `b` that `a` lacks.
/// Identical lists align position by position. Returns the result and where each axis of `b`
/// lands (`a` lands on the prefix). A name that both share and either repeats is ambiguous:
/// `Err(dim)`.
pub fn broadcast(a: &[DimId], b: &[DimId]) -> Result<(Vec<DimId>, Vec<Axis>), DimId> {
    if a == b {
        return Ok((a.to_vec(), Axis::all(a.len()).collect()));
    }
    let count = |s: &[DimId], d: DimId| s.iter().filter(|&&x| x == d).count();
    for &d in b {
        let (na, nb) = (count(a, d), count(b, d));
        if na > 0 && (na > 1 || nb > 1) {
            return Err(d);
        }
    }
    let mut out = a.to_vec();
    let mut map = Vec::with_capacity(b.len());
    for &d in b {
        match a.iter().position(|&x| x == d) {
            Some(p) => map.push(Axis(p)),
            None => {
                out.push(d);
                map.push(Axis(out.len() - 1));
            }
        }
    }
    Ok((out, map))
}

/// The positions of the named dims in `shape`, each of which must occur exactly once:
/// `Err((dim, occurrences))` otherwise.
pub fn axes_of(shape: &[DimId], dims: &[DimId]) -> Result<Vec<Axis>, (DimId, usize)> {
    let mut axes = Vec::with_capacity(dims.len());
    for &d in dims {
        let pos: Vec<usize> = (0..shape.len()).filter(|&i| shape[i] == d).collect();
        if pos.len() != 1 {
            return Err((d, pos.len()));
        }
        if !axes.contains(&Axis(pos[0])) {
            axes.push(Axis(pos[0]));
        }
    }
    axes.sort_unstable();
    Ok(axes)
}

/// Index labels for `a @ b`: `a`'s last axis contracts with `b`'s first. Returns the labels of
/// `a`, `b` and the result.
pub fn matmul_labels(ra: usize, rb: usize) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    let k = (ra + rb) as u8;
    let a: Vec<u8> = (0..ra as u8 - 1).chain([k]).collect();
    let b: Vec<u8> = [k]
        .into_iter()
        .chain(ra as u8 - 1..(ra + rb) as u8 - 2)
        .collect();
    let out: Vec<u8> = (0..(ra + rb) as u8 - 2).collect();
    (a, b, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const N: DimId = DimId(0);
    const H: DimId = DimId(1);
    const D: DimId = DimId(2);

    #[test]
    fn broadcast_by_name() {
        // [N, H] + [H] is [N, H]
        let axes = |xs: &[usize]| xs.iter().map(|&x| Axis(x)).collect::<Vec<_>>();
        assert_eq!(broadcast(&[N, H], &[H]), Ok((vec![N, H], axes(&[1]))));
        // [N] * [N, H] is [N, H]
        assert_eq!(broadcast(&[N], &[N, H]), Ok((vec![N, H], axes(&[0, 1]))));
        // [D, D] + [D, D] aligns by position
        assert_eq!(broadcast(&[D, D], &[D, D]), Ok((vec![D, D], axes(&[0, 1]))));
        // [D, D] + [N] is [D, D, N]
        assert_eq!(broadcast(&[D, D], &[N]), Ok((vec![D, D, N], axes(&[2]))));
        // [D, D] + [D] is ambiguous
        assert_eq!(broadcast(&[D, D], &[D]), Err(D));
        // [H, N] + [N, H] transposes by name
        assert_eq!(broadcast(&[H, N], &[N, H]), Ok((vec![H, N], axes(&[1, 0]))));
    }

    #[test]
    fn reduction_axes() {
        assert_eq!(axes_of(&[N, H, D], &[D, N]), Ok(vec![Axis(0), Axis(2)]));
        assert_eq!(axes_of(&[N, N], &[N]), Err((N, 2)));
        assert_eq!(axes_of(&[N], &[H]), Err((H, 0)));
    }

    #[test]
    fn matmul_index_labels() {
        // [B, N, D] @ [D, H]: a = (0, 1, k), b = (k, 2), out = (0, 1, 2)
        assert_eq!(
            matmul_labels(3, 2),
            (vec![0, 1, 5], vec![5, 2], vec![0, 1, 2])
        );
        // [D] @ [D] is a scalar
        assert_eq!(matmul_labels(1, 1), (vec![2], vec![2], vec![]));
    }
}
