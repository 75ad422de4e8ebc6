//! The text encoding of a file brought in. Spreadsheets on Windows still save "CSV" in the
//! system's code page (for Spanish and English, Western European: Windows-1252) unless told
//! to use UTF-8, and "Unicode text" as UTF-16 with a byte-order mark. Read as UTF-8, such a
//! file would show every accented letter as a replacement mark, so the encoding is worked out
//! from the bytes first.

/// An encoding a file can be read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Not UTF-8 and no byte-order mark: most likely a Western European code page.
    Windows1252,
}

impl Encoding {
    /// The encoding's label, as the browser's `TextDecoder` takes it.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
        }
    }

    /// Whether the encoding is a guess the person should check (the file does not say it).
    pub fn is_guess(self) -> bool {
        self == Encoding::Windows1252
    }
}

/// The encoding `bytes` are in: UTF-16 when they start with its byte-order mark, UTF-8 when
/// they are valid UTF-8 (a UTF-8 byte-order mark included), else Windows-1252, in which every
/// byte is some character.
pub fn encoding_of(bytes: &[u8]) -> Encoding {
    match bytes {
        [0xFF, 0xFE, ..] => Encoding::Utf16Le,
        [0xFE, 0xFF, ..] => Encoding::Utf16Be,
        _ if std::str::from_utf8(bytes).is_ok() => Encoding::Utf8,
        _ => Encoding::Windows1252,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_byte_order_mark_is_read_as_utf8() {
        assert_eq!(
            encoding_of("Nombre;Rol\r\nMuñoz;Jefa".as_bytes()),
            Encoding::Utf8
        );
        assert_eq!(encoding_of(b"\xEF\xBB\xBFMu\xC3\xB1oz"), Encoding::Utf8);
        assert_eq!(encoding_of(b"plain ascii"), Encoding::Utf8);
        assert_eq!(encoding_of(b""), Encoding::Utf8);
        assert!(!Encoding::Utf8.is_guess());
    }

    #[test]
    fn a_spreadsheet_saved_in_the_windows_code_page_is_read_as_western_european() {
        // "Muñoz;Cocinero" with ñ as the single byte 0xF1, and a euro sign as 0x80.
        assert_eq!(encoding_of(b"Mu\xF1oz;Cocinero\r\n"), Encoding::Windows1252);
        assert_eq!(encoding_of(b"Caja;100 \x80"), Encoding::Windows1252);
        assert!(Encoding::Windows1252.is_guess());
        assert_eq!(Encoding::Windows1252.label(), "windows-1252");
    }

    #[test]
    fn unicode_text_is_read_by_its_byte_order_mark() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Ñuño\tSocio".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(encoding_of(&le), Encoding::Utf16Le);
        let mut be = vec![0xFE, 0xFF];
        be.extend("Ñuño".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(encoding_of(&be), Encoding::Utf16Be);
        assert!(!Encoding::Utf16Le.is_guess() && !Encoding::Utf16Be.is_guess());
    }
}
