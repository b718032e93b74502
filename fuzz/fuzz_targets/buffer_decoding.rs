//! Fuzzes the `buffer` and `string_decoder` built-ins with arbitrary bytes,
//! text and encodings: decoding bytes in every encoding (whole, and in
//! chunks through a `StringDecoder`), encoding text back, `write` at
//! offsets, `indexOf`, `fill`, `compare`, and the numeric readers at any
//! offset. The module is fixed (and snapshotted); only its JSON arguments
//! vary. Every call must give a value or a typed error (a RangeError caught
//! inside is fine), never an internal error, and the host must keep serving.
#![no_main]

use arbitrary::Arbitrary;
use isolated_runtime::{RunRequest, RuntimeOptions};
use isolated_runtime_fuzz::{limits, Harness};
use libfuzzer_sys::fuzz_target;
use serde_json::json;
use std::sync::OnceLock;

const MODULE: &str = r#"'use strict';
const { StringDecoder } = require('string_decoder');
const attempt = (f) => { try { return f(); } catch (e) { return [e.name, e.code, String(e.message).slice(0, 200)]; } };
exports.f = (op, data, text, encoding, numbers) => {
  const bytes = Buffer.from(data, 'hex');
  const n = (i) => numbers[i % Math.max(1, numbers.length)] | 0;
  switch (op % 9) {
    case 0: return attempt(() => bytes.toString(encoding));
    case 1: return attempt(() => Buffer.from(text, encoding).toString('hex'));
    case 2: return attempt(() => {
      const d = new StringDecoder(encoding);
      let out = '';
      let at = 0;
      for (let i = 0; at < bytes.length && i < 64; i++) { const len = 1 + (n(i) & 7); out += d.write(bytes.subarray(at, at + len)); at += len; }
      return out + d.end();
    });
    case 3: return attempt(() => { const b = Buffer.alloc(Math.abs(n(0)) % 4096); return [b.write(text, n(1), n(2), encoding), b.toString('base64')]; });
    case 4: return attempt(() => [bytes.indexOf(text, n(0), encoding), bytes.lastIndexOf(bytes.subarray(n(1), n(2)), n(3)), bytes.includes(n(4))]);
    case 5: return attempt(() => Buffer.alloc(Math.abs(n(0)) % 4096).fill(text, n(1), n(2), encoding).toString('hex'));
    case 6: return attempt(() => [Buffer.compare(bytes, Buffer.from(text)), bytes.compare(bytes, n(0), n(1), n(2), n(3)), bytes.equals(Buffer.from(text))]);
    case 7: return attempt(() => {
      const out = [];
      for (const m of ['readUInt8', 'readInt16LE', 'readUInt32BE', 'readFloatLE', 'readDoubleBE', 'readBigInt64LE', 'readIntLE', 'readUIntBE']) {
        out.push(attempt(() => String(m.endsWith('IntLE') || m.endsWith('IntBE') ? bytes[m](n(0), (Math.abs(n(1)) % 6) + 1) : bytes[m](n(0)))));
      }
      return out;
    });
    default: return attempt(() => [Buffer.byteLength(text, encoding), Buffer.isEncoding(encoding), bytes.toJSON().data.length, bytes.swap16 && attempt(() => Buffer.from(bytes).swap16().length)]);
  }
};
"#;

const ENCODINGS: [&str; 14] = [
    "utf8", "utf-8", "utf16le", "ucs2", "latin1", "binary", "ascii", "base64", "base64url", "hex", "UTF8", "", "bogus",
    "utf-16le",
];

#[derive(Arbitrary, Debug)]
struct Input {
    op: u8,
    data: Vec<u8>,
    text: String,
    encoding: u8,
    numbers: Vec<i32>,
}

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        let h = Harness::new("buffer_decoding", &[("buffer.js", MODULE)], RuntimeOptions::default());
        h.warm_snapshot("buffer.js", "f", vec![json!(8), json!(""), json!(""), json!("utf8"), json!([])]);
        h
    })
}

fuzz_target!(|input: Input| {
    let h = harness();
    let data: String = input.data.iter().map(|b| format!("{b:02x}")).collect();
    let encoding = ENCODINGS[input.encoding as usize % ENCODINGS.len()];
    let args = vec![json!(input.op), json!(data), json!(input.text), json!(encoding), json!(input.numbers)];
    let request = RunRequest::new(&h.fixture.root, "buffer.js", "f")
        .args(args)
        .limits(limits(2000, 200_000_000, 64));
    let result = h.run(request);
    h.check(&input, &result, true);
});
