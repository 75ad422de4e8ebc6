//! QR codes of links, drawn as SVG by the `qrcode` crate.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The SVG markup of a QR code holding `text` (medium error correction, with its quiet zone),
/// or `None` when the text is too long for any QR code.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(240, 240)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .quiet_zone(true)
        .build();
    // Inline in HTML, the XML declaration would only be in the way.
    let start = image.find("<svg")?;
    Some(image[start..].to_string())
}
