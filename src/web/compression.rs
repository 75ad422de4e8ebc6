//! Builds and opens share links in the browser. The payload rides in the fragment, so it never
//! reaches a server; its zlib stream is made and read by the browser's own
//! `CompressionStream` / `DecompressionStream`, so the app carries no deflate code.

use js_sys::{Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStream, ReadableStreamDefaultReader, WritableStream};

use crate::app::route::{Route, View};
use crate::codec::share::{self, ShareError, ShareOptions, MAX_INFLATED_BYTES};
use crate::domain::workspace::Map;

#[wasm_bindgen]
extern "C" {
    /// A `CompressionStream` or `DecompressionStream`: both are transform streams.
    type ZlibStream;
    // `catch`: a browser without them throws, and that must not end the app.
    #[wasm_bindgen(catch, constructor, js_class = "CompressionStream")]
    fn compressor(format: &str) -> Result<ZlibStream, JsValue>;
    #[wasm_bindgen(catch, constructor, js_class = "DecompressionStream")]
    fn decompressor(format: &str) -> Result<ZlibStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &ZlibStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &ZlibStream) -> WritableStream;
}

/// zlib (RFC 1950): deflate with an adler32 check, the format of every share link.
const ZLIB: &str = "deflate";

/// The full link for a share payload, on whatever host and sub-path the app runs.
pub fn link_for(payload: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let fragment = Route {
        view: View::List,
        share: Some(payload.to_string()),
    }
    .to_fragment();
    format!("{base}{fragment}")
}

/// The fragment payload for `map`; `None` only if the browser cannot compress.
pub async fn encode(map: &Map, opts: ShareOptions) -> Option<String> {
    let binary = share::pack(map, opts);
    let zlib = through(ZlibStream::compressor(ZLIB).ok()?, &binary, usize::MAX)
        .await
        .ok()?;
    Some(share::payload(&zlib))
}

/// The map in a payload made by [`encode`] (or by any earlier build: the format is the same).
pub async fn decode(payload: &str) -> Result<Map, ShareError> {
    let zlib = share::unwrap_payload(payload)?;
    let stream = ZlibStream::decompressor(ZLIB).map_err(|_| ShareError::Unsupported)?;
    let binary =
        through(stream, &zlib, MAX_INFLATED_BYTES)
            .await
            .map_err(|failure| match failure {
                Failure::TooLarge => ShareError::TooLarge,
                Failure::EndedEarly => ShareError::Truncated,
                Failure::Refused => ShareError::Damaged,
            })?;
    share::unpack(&binary)
}

enum Failure {
    /// More output than allowed.
    TooLarge,
    /// The input was read without fault but ended before the stream did: a link cut short.
    EndedEarly,
    /// The stream refused the input: altered data or a wrong checksum.
    Refused,
}

/// Pushes `input` through `stream` and collects at most `limit` bytes of its output.
async fn through(stream: ZlibStream, input: &[u8], limit: usize) -> Result<Vec<u8>, Failure> {
    let writer = stream
        .writable()
        .get_writer()
        .map_err(|_| Failure::Refused)?;
    let reader: ReadableStreamDefaultReader = stream.readable().get_reader().unchecked_into();
    // Written without waiting: the stream only moves on while its output is read.
    let written: Promise = writer.write_with_chunk(&Uint8Array::from(input));
    let closed: Promise = writer.close();
    let mut out = Vec::new();
    let mut too_large = false;
    while let Ok(chunk) = JsFuture::from(reader.read()).await {
        if Reflect::get(&chunk, &"done".into()).is_ok_and(|d| d.is_truthy()) {
            break;
        }
        let Ok(bytes) = Reflect::get(&chunk, &"value".into()) else {
            continue;
        };
        let bytes = Uint8Array::new(&bytes);
        let start = out.len();
        if start + bytes.length() as usize > limit {
            too_large = true;
            let _ = JsFuture::from(reader.cancel()).await;
            break;
        }
        out.resize(start + bytes.length() as usize, 0);
        bytes.copy_to(&mut out[start..]);
    }
    // Both settle once the stream ends or fails (waiting on them also keeps a failure from
    // surfacing as an unhandled rejection). Damaged input fails the write itself; input that
    // is sound but cut short is only found out when the stream is closed.
    let written = JsFuture::from(written).await;
    let closed = JsFuture::from(closed).await;
    match (too_large, written, closed) {
        (true, _, _) => Err(Failure::TooLarge),
        (false, Ok(_), Ok(_)) => Ok(out),
        (false, Ok(_), Err(_)) => Err(Failure::EndedEarly),
        (false, Err(_), _) => Err(Failure::Refused),
    }
}
