//! Entry point: panic hook and mount; nothing else.

fn main() {
    console_error_panic_hook::set_once();
    orbita::mount();
}
