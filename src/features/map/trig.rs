//! Sine, cosine and arctangent for the map's geometry. In the browser they are the page's own
//! `Math` functions, which spares the wasm a software copy of them (about 8 KiB); natively, in
//! tests, they are the standard library's. Both are correctly rounded to well below the tenth
//! of a unit the map draws at.

#[cfg(target_arch = "wasm32")]
pub fn sin(x: f64) -> f64 {
    js_sys::Math::sin(x)
}

#[cfg(target_arch = "wasm32")]
pub fn cos(x: f64) -> f64 {
    js_sys::Math::cos(x)
}

#[cfg(target_arch = "wasm32")]
pub fn atan2(y: f64, x: f64) -> f64 {
    js_sys::Math::atan2(y, x)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn sin(x: f64) -> f64 {
    x.sin()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn cos(x: f64) -> f64 {
    x.cos()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}
