//! The binary layer under share, invite and reply links: LEB128 unsigned varints and
//! length-prefixed strings, written by [`Writer`] and read back by a bounds-checked
//! [`Reader`], and the base64url text that carries them in a URL.

use super::share::ShareError;

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5), the URL-safe text of a link.
pub(crate) fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(BASE64URL[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Reads [`base64url`] text, tolerant of padding someone added and of non-zero trailing
/// bits, so a cut link reports [`ShareError::Truncated`] from the zlib layer (which checks
/// everything anyway) rather than from a base64 technicality. A character outside the
/// alphabet is damage; a length no base64 text can have is a cut.
pub(crate) fn from_base64url(text: &str) -> Result<Vec<u8>, ShareError> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return Err(ShareError::Truncated);
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut bits, mut held) = (0u32, 0u32);
    for c in text.bytes() {
        let value = BASE64URL
            .iter()
            .position(|a| *a == c)
            .ok_or(ShareError::Damaged)?;
        bits = bits << 6 | value as u32;
        held += 6;
        if held >= 8 {
            held -= 8;
            out.push((bits >> held) as u8);
            bits &= (1 << held) - 1;
        }
    }
    Ok(out)
}

pub(crate) fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

pub(crate) fn unzigzag(n: u64) -> i64 {
    ((n >> 1) as i64) ^ -((n & 1) as i64)
}

#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn uint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.buf.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.buf.push(n as u8);
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
}

/// Bounds-checked reader: running out of bytes is [`ShareError::Truncated`], anything that
/// cannot have been written by [`Writer`] is [`ShareError::Damaged`].
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { rest: bytes }
    }

    pub(crate) fn remaining(&self) -> usize {
        self.rest.len()
    }

    pub(crate) fn byte(&mut self) -> Result<u8, ShareError> {
        let (&first, rest) = self.rest.split_first().ok_or(ShareError::Truncated)?;
        self.rest = rest;
        Ok(first)
    }

    pub(crate) fn uint(&mut self) -> Result<u64, ShareError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7f);
            // The tenth byte may only carry the single top bit of a u64.
            if shift == 63 && bits > 1 {
                return Err(ShareError::Damaged);
            }
            n |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(ShareError::Damaged)
    }

    pub(crate) fn u32(&mut self) -> Result<u32, ShareError> {
        u32::try_from(self.uint()?).map_err(|_| ShareError::Damaged)
    }

    /// A count of items that take at least `min_bytes` each, checked against what is left.
    pub(crate) fn count(&mut self, min_bytes: usize) -> Result<usize, ShareError> {
        let n = self.uint()?;
        match usize::try_from(n) {
            Ok(n) if n.saturating_mul(min_bytes) <= self.remaining() => Ok(n),
            _ => Err(ShareError::Truncated),
        }
    }

    pub(crate) fn str(&mut self) -> Result<String, ShareError> {
        let len = self.count(1)?;
        let (bytes, rest) = self
            .rest
            .split_at_checked(len)
            .ok_or(ShareError::Truncated)?;
        self.rest = rest;
        String::from_utf8(bytes.to_vec()).map_err(|_| ShareError::Damaged)
    }

    pub(crate) fn strs(&mut self, n: usize) -> Result<Vec<String>, ShareError> {
        (0..n).map(|_| self.str()).collect()
    }
}
