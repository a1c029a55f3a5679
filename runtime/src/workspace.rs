//! The scratch memory of generated methods: buffers kept between calls, each starting on a
//! cache line.

use crate::packed::{line_start, LINE_FLOATS};
use std::fmt;

/// Scratch buffers that generated code keeps between calls, so that repeated calls with
/// same-sized inputs allocate nothing. Of `f32` for the model's methods, of `f64` for the loss
/// that `gradcheck` differentiates.
#[derive(Clone)]
pub struct Workspace<T = f32> {
    bufs: Vec<Buf<T>>,
}

impl<T> Default for Workspace<T> {
    fn default() -> Self {
        Workspace { bufs: Vec::new() }
    }
}

impl<T> fmt::Debug for Workspace<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let floats: usize = self.bufs.iter().map(|b| b.v.capacity()).sum();
        write!(f, "Workspace({} buffers, {floats} floats)", self.bufs.len())
    }
}

impl<T: Copy + Default> Workspace<T> {
    /// Buffer `slot`, `len` long (contents unspecified). Allocates only when it must grow.
    pub fn take(&mut self, slot: usize, len: usize) -> Buf<T> {
        if self.bufs.len() <= slot {
            self.bufs.resize_with(slot + 1, Buf::default);
        }
        let mut b = std::mem::take(&mut self.bufs[slot]);
        // Room to start on a line wherever the allocator put the floats.
        b.v.resize(len + LINE_FLOATS - 1, T::default());
        b.start = line_start(b.v.as_ptr());
        b.len = len;
        b
    }

    /// Gives buffer `slot` back for the next call.
    pub fn put(&mut self, slot: usize, b: Buf<T>) {
        if let Some(s) = self.bufs.get_mut(slot) {
            *s = b;
        }
    }
}

/// A buffer of a [`Workspace`]: its floats start on a 64-byte cache line, as the packed
/// product's panels do. The allocator aligns floats only to 16 bytes, so where a buffer began
/// in its line changed from one process to the next, and with it the time of the steps that
/// write and read it 16 floats at a time (`W3-mlp/model-and-floor-interleaved` in
/// `benches/workloads.rs` shows the spread).
#[derive(Clone)]
pub struct Buf<T = f32> {
    v: Vec<T>,
    start: usize,
    len: usize,
}

impl<T> Default for Buf<T> {
    fn default() -> Self {
        Buf {
            v: Vec::new(),
            start: 0,
            len: 0,
        }
    }
}

impl<T> std::ops::Deref for Buf<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.v[self.start..self.start + self.len]
    }
}

impl<T> std::ops::DerefMut for Buf<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.v[self.start..self.start + self.len]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspace_reuses_its_buffers() {
        let mut ws = Workspace::<f32>::default();
        let v = ws.take(2, 100);
        let p = v.as_ptr();
        ws.put(2, v);
        let v = ws.take(2, 50);
        assert_eq!((v.as_ptr(), v.len()), (p, 50));
    }

    #[test]
    fn workspace_buffers_start_on_a_cache_line_and_keep_their_values() {
        let mut ws = Workspace::<f32>::default();
        // Small and odd sizes, so that the allocator's own alignment varies between them.
        let sizes = [1, 3, 10, 17, 100, 1000, 4099, 32768];
        for (slot, &n) in sizes.iter().enumerate() {
            let mut b = ws.take(slot, n);
            assert_eq!(b.as_ptr() as usize % 64, 0, "{n} floats");
            assert_eq!(b.len(), n);
            for (i, x) in b.iter_mut().enumerate() {
                *x = (slot * 7 + i) as f32;
            }
            ws.put(slot, b);
            // Also the case between the takes: an allocation of a few bytes moves the next.
            drop(vec![0u8; 4 + slot * 4]);
        }
        for (slot, &n) in sizes.iter().enumerate() {
            let b = ws.take(slot, n);
            assert_eq!(b.as_ptr() as usize % 64, 0);
            assert!(b
                .iter()
                .enumerate()
                .all(|(i, &x)| x == (slot * 7 + i) as f32));
            ws.put(slot, b);
        }
    }
}
