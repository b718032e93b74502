//! Fuzzes `util.format` and `util.inspect` (which `console.log`, `assert`
//! and error messages use) with arbitrary format strings, values and
//! options. The input describes each value as a small tree (numbers,
//! strings with lone surrogates, BigInt, Symbols, nested objects and arrays,
//! Maps, Sets, typed arrays, Dates, errors, functions, class instances,
//! cycles, getters and Proxies whose traps throw, objects with a throwing
//! `inspect.custom`), which a fixed module builds and formats. Every call
//! must give a value or a typed error, never an internal error.
#![no_main]

use arbitrary::Arbitrary;
use isolated_runtime::{RunRequest, RuntimeOptions};
use isolated_runtime_fuzz::{limits, Harness};
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};
use std::sync::OnceLock;

const MODULE: &str = r#"'use strict';
const util = require('util');
function build(d, depth) {
  if (!Array.isArray(d) || depth > 12) return d;
  const [tag, a, b] = d;
  switch (tag) {
    case 'arr': return (Array.isArray(a) ? a : []).map((x) => build(x, depth + 1));
    case 'obj': { const o = {}; for (const [k, v] of Array.isArray(a) ? a : []) o[k] = build(v, depth + 1); return o; }
    case 'nullproto': { const o = Object.create(null); o[String(a)] = build(b, depth + 1); return o; }
    case 'map': return new Map([[build(a, depth + 1), build(b, depth + 1)]]);
    case 'set': return new Set([build(a, depth + 1)]);
    case 'big': return BigInt.asIntN(64, BigInt(Math.trunc(Number(a)) || 0));
    case 'sym': return Symbol(String(a));
    case 'date': return new Date(Number(a));
    case 'err': { const e = new (b ? TypeError : Error)(String(a)); e.code = b; return e; }
    case 'fn': { const f = function () {}; Object.defineProperty(f, 'name', { value: String(a) }); return f; }
    case 'class': { const C = class {}; Object.defineProperty(C, 'name', { value: String(a) }); const o = new C(); o.v = build(b, depth + 1); return o; }
    case 'u8': return new Uint8Array(Array.isArray(a) ? a.slice(0, 300) : []);
    case 'cycle': { const o = { v: build(a, depth + 1) }; o.self = o; return o; }
    case 'getter': return Object.defineProperty({}, String(a), { get() { throw new Error('getter'); }, enumerable: true });
    case 'proxy': return new Proxy(build(a, depth + 1) || {}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('keys'); } });
    case 'custom': return { [util.inspect.custom]() { if (a) throw new Error('custom'); return build(b, depth + 1); } };
    case 'long': return String(a).repeat(Math.min(Math.abs(Number(b)) || 0, 5000));
    default: return d;
  }
}
exports.f = (format, values, options) => {
  const args = (Array.isArray(values) ? values : []).map((v) => build(v, 0));
  const out = [];
  for (const f of [() => util.format(format, ...args), () => util.formatWithOptions(options, format, ...args),
    () => args.map((v) => util.inspect(v, options)), () => util.inspect(args, { ...options, depth: Infinity })]) {
    try { out.push(f()); } catch (e) { out.push(['threw', e && e.name, String(e && e.message).slice(0, 200)]); }
  }
  return out;
};
"#;

#[derive(Arbitrary, Debug)]
enum Node {
    Num(f64),
    Int(i32),
    Str(String),
    /// A string holding lone surrogates (built from `\uD800`-style text).
    Surrogates(u16),
    Bool(bool),
    Null,
    Arr(Vec<Node>),
    Obj(Vec<(String, Node)>),
    NullProto(String, Box<Node>),
    Map(Box<Node>, Box<Node>),
    Set(Box<Node>),
    Big(i64),
    Sym(String),
    Date(f64),
    Err(String, Option<String>),
    Fn(String),
    Class(String, Box<Node>),
    U8(Vec<u8>),
    Cycle(Box<Node>),
    Getter(String),
    Proxy(Box<Node>),
    Custom(bool, Box<Node>),
    Long(String, u16),
}

#[derive(Arbitrary, Debug)]
struct Input {
    format: String,
    values: Vec<Node>,
    depth: Option<u8>,
    compact: Option<u8>,
    break_length: Option<u16>,
    sorted: bool,
    show_hidden: bool,
    getters: bool,
    colors: bool,
    max_array_length: Option<u16>,
    max_string_length: Option<u16>,
}

/// The JSON description `build` (in MODULE) turns into a value, at most
/// `budget` nodes.
fn describe(node: &Node, budget: &mut usize) -> Value {
    if *budget == 0 {
        return Value::Null;
    }
    *budget -= 1;
    let mut d = |n: &Node| describe(n, budget);
    match node {
        Node::Num(x) => json!(x),
        Node::Int(i) => json!(i),
        Node::Str(s) => json!(s),
        Node::Surrogates(u) => json!(["long", format!("a{}", char::from_u32(0xD800 + (*u as u32 % 0x800)).map_or(String::new(), String::from)), 1]),
        Node::Bool(b) => json!(b),
        Node::Null => Value::Null,
        Node::Arr(items) => json!(["arr", items.iter().take(20).map(&mut d).collect::<Vec<_>>()]),
        Node::Obj(props) => json!(["obj", props.iter().take(20).map(|(k, v)| json!([k, d(v)])).collect::<Vec<_>>()]),
        Node::NullProto(k, v) => json!(["nullproto", k, d(v)]),
        Node::Map(k, v) => json!(["map", d(k), d(v)]),
        Node::Set(v) => json!(["set", d(v)]),
        Node::Big(i) => json!(["big", i]),
        Node::Sym(s) => json!(["sym", s]),
        Node::Date(t) => json!(["date", t]),
        Node::Err(m, code) => json!(["err", m, code]),
        Node::Fn(name) => json!(["fn", name]),
        Node::Class(name, v) => json!(["class", name, d(v)]),
        Node::U8(bytes) => json!(["u8", bytes]),
        Node::Cycle(v) => json!(["cycle", d(v)]),
        Node::Getter(k) => json!(["getter", k]),
        Node::Proxy(v) => json!(["proxy", d(v)]),
        Node::Custom(throws, v) => json!(["custom", throws, d(v)]),
        Node::Long(s, n) => json!(["long", s, n]),
    }
}

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        let h = Harness::new("util_format", &[("format.js", MODULE)], RuntimeOptions::default());
        h.warm_snapshot("format.js", "f", vec![json!("%s"), json!([]), json!({})]);
        h
    })
}

fuzz_target!(|input: Input| {
    let h = harness();
    let mut budget = 200;
    let values: Vec<Value> = input.values.iter().take(12).map(|n| describe(n, &mut budget)).collect();
    let mut options = serde_json::Map::new();
    if let Some(depth) = input.depth {
        options.insert("depth".into(), json!(depth % 8));
    }
    if let Some(compact) = input.compact {
        options.insert("compact".into(), if compact % 5 == 4 { json!(false) } else { json!(compact % 5) });
    }
    if let Some(width) = input.break_length {
        options.insert("breakLength".into(), json!(width % 200));
    }
    if let Some(n) = input.max_array_length {
        options.insert("maxArrayLength".into(), json!(n % 300));
    }
    if let Some(n) = input.max_string_length {
        options.insert("maxStringLength".into(), json!(n % 300));
    }
    options.insert("sorted".into(), json!(input.sorted));
    options.insert("showHidden".into(), json!(input.show_hidden));
    options.insert("getters".into(), json!(input.getters));
    options.insert("colors".into(), json!(input.colors));
    let args = vec![json!(input.format), json!(values), Value::Object(options)];
    let request = RunRequest::new(&h.fixture.root, "format.js", "f")
        .args(args)
        .limits(limits(3000, 500_000_000, 64));
    let result = h.run(request);
    h.check(&input, &result, true);
});
