//! Builds the guest component (`guest/`, for `wasm32-wasip2`) and tells the
//! library where it is (`ISOLATED_RUNTIME_GUEST_WASM`), so `cargo build`
//! alone yields a complete runtime.
//!
//! Set `ISOLATED_RUNTIME_GUEST_WASM` to a prebuilt component to skip that
//! build. The guest has its own target directory (`target/guest`), so this
//! nested cargo never waits on the outer build's lock.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=ISOLATED_RUNTIME_GUEST_WASM");
    if let Ok(prebuilt) = std::env::var("ISOLATED_RUNTIME_GUEST_WASM") {
        println!("cargo:rustc-env=ISOLATED_RUNTIME_GUEST_WASM={prebuilt}");
        return;
    }
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let workspace = manifest_dir
        .parent()
        .expect("runtime/ is inside the workspace")
        .to_path_buf();
    for watched in [
        "guest/src",
        "guest/Cargo.toml",
        "wit",
        "Cargo.lock",
        ".cargo/config.toml",
    ] {
        println!("cargo:rerun-if-changed={}", workspace.join(watched).display());
    }
    let target_dir = workspace.join("target").join("guest");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&workspace)
        .args([
            "build",
            "--locked",
            "-p",
            "isolated-runtime-guest",
            "--target",
            "wasm32-wasip2",
            "--profile",
            "guest",
        ])
        .arg("--target-dir")
        .arg(&target_dir);
    // Don't leak the outer build's settings (host rustflags, coverage, ...)
    // into the wasm build.
    for (key, _) in std::env::vars() {
        if key.starts_with("CARGO_ENCODED_RUSTFLAGS")
            || key == "RUSTFLAGS"
            || key == "CARGO_TARGET_DIR"
            || key == "CARGO_BUILD_TARGET"
            || key.starts_with("CARGO_PROFILE_")
            || key == "CARGO_MAKEFLAGS"
            || key == "RUSTC_WORKSPACE_WRAPPER"
        {
            cmd.env_remove(key);
        }
    }
    let status = cmd.status().expect("cannot run cargo to build the guest");
    if !status.success() {
        panic!(
            "building the guest failed ({status}). Run `make setup` once to install the wasm \
             target and the C toolchain it needs."
        );
    }
    let wasm = target_dir
        .join("wasm32-wasip2")
        .join("guest")
        .join("isolated_runtime_guest.wasm");
    assert!(wasm.exists(), "the guest build produced no {}", wasm.display());
    println!("cargo:rustc-env=ISOLATED_RUNTIME_GUEST_WASM={}", wasm.display());
}
