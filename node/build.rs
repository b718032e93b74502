//! Node-API link settings for the addon (what napi-rs projects use).
fn main() {
    napi_build::setup();
}
