//! The primitives of the `crypto` built-in and of `crypto.subtle`, in Rust
//! (RustCrypto crates): digests, HMAC, PBKDF2, scrypt and AES-GCM. The
//! JavaScript side (`src/node/crypto.js`, `src/node/internal/webcrypto.js`)
//! validates arguments and encodes results; these functions only compute.

use aes_gcm::aead::consts::{U12, U13, U14, U15, U16};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::aes::{Aes128, Aes192, Aes256};
use aes_gcm::AesGcm;
use hmac::{Hmac, Mac};
use javy::quickjs::{ArrayBuffer, Ctx, Exception, Result, TypedArray};
use sha2::Digest;

/// The bytes of a `Uint8Array` argument.
fn bytes<'a>(array: &'a TypedArray<'_, u8>) -> &'a [u8] {
    array.as_bytes().unwrap_or(&[])
}

fn unknown_digest<T>(cx: &Ctx<'_>, alg: &str) -> Result<T> {
    Err(Exception::throw_message(
        cx,
        &format!("Digest method not supported: {alg}"),
    ))
}

/// Run `$body` with `$D` bound to the digest type named by `$alg`.
macro_rules! with_digest {
    ($cx:expr, $alg:expr, $D:ident => $body:expr) => {
        match $alg.as_str() {
            "md5" => {
                type $D = md5::Md5;
                $body
            }
            "sha1" => {
                type $D = sha1::Sha1;
                $body
            }
            "sha224" => {
                type $D = sha2::Sha224;
                $body
            }
            "sha256" => {
                type $D = sha2::Sha256;
                $body
            }
            "sha384" => {
                type $D = sha2::Sha384;
                $body
            }
            "sha512" => {
                type $D = sha2::Sha512;
                $body
            }
            other => unknown_digest($cx, other),
        }
    };
}

/// `internal.hash(alg, data)`: the digest of `data`.
pub fn hash<'js>(cx: Ctx<'js>, alg: String, data: TypedArray<'js, u8>) -> Result<ArrayBuffer<'js>> {
    with_digest!(&cx, alg, D => ArrayBuffer::new(cx.clone(), D::digest(bytes(&data)).to_vec()))
}

/// `internal.hmac(alg, key, data)`: HMAC of `data` under `key`.
pub fn hmac<'js>(
    cx: Ctx<'js>,
    alg: String,
    key: TypedArray<'js, u8>,
    data: TypedArray<'js, u8>,
) -> Result<ArrayBuffer<'js>> {
    with_digest!(&cx, alg, D => {
        let mut mac = <Hmac<D> as Mac>::new_from_slice(bytes(&key))
            .map_err(|_| Exception::throw_message(&cx, "invalid HMAC key"))?;
        mac.update(bytes(&data));
        ArrayBuffer::new(cx.clone(), mac.finalize().into_bytes().to_vec())
    })
}

/// `internal.pbkdf2(alg, password, salt, iterations, keylen)`.
pub fn pbkdf2<'js>(
    cx: Ctx<'js>,
    alg: String,
    password: TypedArray<'js, u8>,
    salt: TypedArray<'js, u8>,
    iterations: u32,
    keylen: u32,
) -> Result<ArrayBuffer<'js>> {
    let mut out = vec![0u8; keylen as usize];
    with_digest!(&cx, alg, D => {
        pbkdf2::pbkdf2_hmac::<D>(bytes(&password), bytes(&salt), iterations, &mut out);
        ArrayBuffer::new(cx.clone(), out)
    })
}

/// `internal.scrypt(password, salt, N, r, p, keylen)`; `N` a power of two.
pub fn scrypt<'js>(
    cx: Ctx<'js>,
    password: TypedArray<'js, u8>,
    salt: TypedArray<'js, u8>,
    n: f64,
    r: u32,
    p: u32,
    keylen: u32,
) -> Result<ArrayBuffer<'js>> {
    let log_n = if n >= 2.0 && n.log2().fract() == 0.0 {
        n.log2() as u8
    } else {
        0
    };
    let params = scrypt::Params::new(log_n, r, p, keylen.clamp(10, 64) as usize)
        .map_err(|e| Exception::throw_range(&cx, &format!("Invalid scrypt params: {e}")))?;
    let mut out = vec![0u8; keylen as usize];
    scrypt::scrypt(bytes(&password), bytes(&salt), &params, &mut out)
        .map_err(|e| Exception::throw_range(&cx, &format!("Invalid scrypt params: {e}")))?;
    ArrayBuffer::new(cx, out)
}

/// `internal.aesGcm(encrypt, key, iv, data, aad, tagLength)`: encrypt to
/// ciphertext || tag, or decrypt (data = ciphertext || tag) to plaintext;
/// throws on a bad tag. Keys of 16, 24 or 32 bytes, 12-byte IVs, tags of
/// 12 to 16 bytes.
pub fn aes_gcm<'js>(
    cx: Ctx<'js>,
    encrypt: bool,
    key: TypedArray<'js, u8>,
    iv: TypedArray<'js, u8>,
    data: TypedArray<'js, u8>,
    aad: TypedArray<'js, u8>,
    tag_length: u32,
) -> Result<ArrayBuffer<'js>> {
    let (key, iv) = (bytes(&key), bytes(&iv));
    if iv.len() != 12 {
        return Err(Exception::throw_message(
            &cx,
            "AES-GCM in the sandbox takes 12-byte IVs",
        ));
    }
    let payload = Payload {
        msg: bytes(&data),
        aad: bytes(&aad),
    };
    macro_rules! run {
        ($aes:ty, $tag:ty) => {{
            let cipher = AesGcm::<$aes, U12, $tag>::new_from_slice(key)
                .map_err(|_| Exception::throw_message(&cx, "Invalid key length"))?;
            let nonce = aes_gcm::Nonce::<U12>::from_slice(iv);
            if encrypt {
                cipher.encrypt(nonce, payload)
            } else {
                cipher.decrypt(nonce, payload)
            }
        }};
    }
    macro_rules! by_tag {
        ($aes:ty) => {
            match tag_length {
                12 => run!($aes, U12),
                13 => run!($aes, U13),
                14 => run!($aes, U14),
                15 => run!($aes, U15),
                16 => run!($aes, U16),
                _ => {
                    return Err(Exception::throw_message(
                        &cx,
                        "AES-GCM tags are 12 to 16 bytes in the sandbox",
                    ))
                }
            }
        };
    }
    let out = match key.len() {
        16 => by_tag!(Aes128),
        24 => by_tag!(Aes192),
        32 => by_tag!(Aes256),
        _ => return Err(Exception::throw_message(&cx, "Invalid key length")),
    };
    match out {
        Ok(bytes) => ArrayBuffer::new(cx, bytes),
        Err(_) => Err(Exception::throw_message(
            &cx,
            "Unsupported state or unable to authenticate data",
        )),
    }
}
