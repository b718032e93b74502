//! Fuzzes what a function returns: the input is decoded (`arbitrary`) into a
//! tree describing a JavaScript value, rendered as an expression EXPR, and
//! the module `module.exports.f = () => (EXPR);` is called. The result must
//! be a value or a typed error, never an internal one.
//!
//! The tree covers what JSON encoding trips on: lone surrogates, NaN, -0,
//! huge numbers and strings, getters and Proxy traps that throw, cycles,
//! `toJSON`, Symbols, BigInt, `undefined`, functions, Dates, Maps, typed
//! arrays, promises and thenables, thrown values, deep nesting, and
//! tampered globals (`JSON.stringify`, `Object.prototype.then`, ...).
#![no_main]

use arbitrary::Arbitrary;
use isolated_runtime::{RunRequest, RuntimeOptions};
use isolated_runtime_fuzz::{limits, Harness};
use libfuzzer_sys::fuzz_target;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// At most this many nodes are rendered; the rest become `null`.
const NODE_BUDGET: usize = 200;

#[derive(Arbitrary, Debug)]
enum Val {
    Undefined,
    Null,
    Bool(bool),
    Int(i32),
    Num(f64),
    Special(SpecialNum),
    Str(JsStr),
    /// `STR.repeat(N)`: strings up to QuickJS's maximum length.
    Repeat(JsStr, u32),
    BigInt(i64),
    /// `2n ** Nn`
    HugeBigInt(u16),
    Symbol(Option<JsStr>),
    SymbolFor(JsStr),
    WellKnownSymbol(WellKnown),
    Array(Vec<Val>),
    /// An array of length N (up to 2^32 - 1) with a few elements set.
    Sparse(u32, Vec<(u32, Val)>),
    Object(Vec<Prop>),
    NullProto(Vec<Prop>),
    /// An object with a Symbol-keyed property and a normal one.
    SymbolKeyed(Box<Val>),
    Proxy(Box<Val>, Trap),
    RevokedProxy,
    /// `o = {v: X}; o.self = o`
    Cycle(Box<Val>),
    /// `a = [X]; a.push(a)`
    ArrayCycle(Box<Val>),
    /// A cycle through a Map value and a getter.
    IndirectCycle,
    /// The same object twice (a DAG, not a cycle).
    Shared(Box<Val>),
    /// `{ toJSON() { return X; } }`
    ToJson(Box<Val>),
    /// `{ toJSON: X }` (not necessarily a function)
    ToJsonValue(Box<Val>),
    Function(FnKind),
    Date(f64),
    InvalidDate,
    Map(Vec<(Val, Val)>),
    Set(Vec<Val>),
    Weak(WeakKind),
    TypedArray(TaKind, Vec<u8>),
    /// A typed array of N elements (up to 2^32 - 1).
    BigTypedArray(TaKind, u32),
    ArrayBuffer(u16),
    RegExp(JsStr),
    Error(ErrKind, JsStr),
    /// An Error whose `message`/`name`/`stack` is a getter that throws X.
    BadError(ErrField, Box<Val>),
    Boxed(Box<Val>),
    Global(GlobalRef),
    Promise(Box<Val>),
    Rejected(Box<Val>),
    /// `{ then(r) { r(X); } }`
    Thenable(Box<Val>),
    /// `{ get then() { throw X; } }`
    ThrowingThen(Box<Val>),
    /// A promise that never settles.
    Pending,
    /// `(() => { throw X; })()`
    Throw(Box<Val>),
    /// X wrapped in N (up to 65535) arrays, built at run time.
    Deep(u16, Box<Val>),
    /// X after tampering with the realm.
    Tamper(Tamper, Box<Val>),
    /// X, after writing to the console.
    Log(Box<Val>),
    Iterator(Box<Val>),
}

#[derive(Arbitrary, Debug)]
struct Prop {
    key: Key,
    /// `[K]: v` (own property even for `__proto__`) or `K: v`.
    computed: bool,
    kind: PropKind,
    value: Val,
}

#[derive(Arbitrary, Debug)]
enum PropKind {
    Plain,
    Getter,
    ThrowingGetter,
    NonEnumerable,
    /// A getter returning a fresh object with the same getter, forever.
    EndlessGetter,
}

#[derive(Arbitrary, Debug)]
enum Key {
    Proto,
    Constructor,
    ToJson,
    Then,
    Length,
    Prototype,
    Empty,
    Zero,
    NegOne,
    MaxIndex,
    Exotic(JsStr),
}

#[derive(Arbitrary, Debug)]
enum SpecialNum {
    NaN,
    Inf,
    NegInf,
    NegZero,
    Max,
    Min,
    Tiny,
    E308,
    MaxSafe,
    BeyondSafe,
}

#[derive(Arbitrary, Debug)]
struct JsStr(Vec<StrPiece>);

#[derive(Arbitrary, Debug)]
enum StrPiece {
    Text(String),
    /// A lone high surrogate, `\uD800`..`\uDBFF`.
    LoneHigh(u16),
    /// A lone low surrogate, `\uDC00`..`\uDFFF`.
    LoneLow(u16),
    Unit(u16),
    Nul,
    LineSep,
    Emoji,
}

#[derive(Arbitrary, Debug)]
enum WellKnown {
    Iterator,
    AsyncIterator,
    ToPrimitive,
    ToStringTag,
    HasInstance,
}

#[derive(Arbitrary, Debug)]
enum Trap {
    Get,
    Has,
    OwnKeys,
    GetOwnPropertyDescriptor,
    GetPrototypeOf,
    /// `ownKeys` returns keys the target does not have.
    PhantomKeys,
    /// `ownKeys` returns duplicates (a TypeError).
    DuplicateKeys,
    /// `get` returns the proxy itself: an endless structure.
    GetSelf,
    /// `get` returns a fresh proxy each time.
    GetFresh,
    /// Traps that just forward.
    Transparent,
}

#[derive(Arbitrary, Debug)]
enum FnKind {
    Arrow,
    Named,
    Class,
    Async,
    Generator,
    Bound,
    Native,
    WithProps,
}

#[derive(Arbitrary, Debug)]
enum WeakKind {
    WeakMap,
    WeakSet,
    WeakRef,
}

#[derive(Arbitrary, Debug)]
enum TaKind {
    U8,
    U8Clamped,
    I16,
    U32,
    F32,
    F64,
    BigI64,
    DataView,
}

#[derive(Arbitrary, Debug)]
enum ErrKind {
    Error,
    TypeError,
    RangeError,
    SyntaxError,
    Aggregate,
    WithCause,
}

#[derive(Arbitrary, Debug)]
enum ErrField {
    Message,
    Name,
    Stack,
    Cause,
}

#[derive(Arbitrary, Debug)]
enum GlobalRef {
    GlobalThis,
    Module,
    Exports,
    Require,
    Context,
    Console,
    Math,
    Json,
    Reflect,
    Arguments,
    This,
}

#[derive(Arbitrary, Debug)]
enum Tamper {
    JsonStringifyThrows,
    JsonStringifyReturnsNumber,
    JsonStringifyReturnsUndefined,
    JsonStringifyReturnsGarbage,
    JsonStringifyReturnsLoneSurrogate,
    DeleteJson,
    JsonParseThrows,
    ObjectToJsonThrows,
    ArrayToJsonThrows,
    ObjectThenGetterThrows,
    ObjectThen,
    PromiseThenThrows,
    PromiseReplaced,
    PromiseResolveThrows,
    ErrorNameGetterThrows,
    ErrorMessageGetterThrows,
    ErrorStackGetterThrows,
    ErrorToStringThrows,
    StringToStringThrows,
    ArrayIsArrayThrows,
    ObjectKeysThrows,
    ReflectOwnKeysEmpty,
    FunctionCallThrows,
    BigIntToJson,
    SymbolToJson,
    FreezeEverything,
    ConsoleReplaced,
    MicrotaskFlood,
    ModuleExportsReplaced,
    GlobalThisProxy,
}

impl Tamper {
    fn js(&self) -> &'static str {
        match self {
            Tamper::JsonStringifyThrows => "JSON.stringify = () => { throw new Error('tampered stringify'); };",
            Tamper::JsonStringifyReturnsNumber => "JSON.stringify = () => 42;",
            Tamper::JsonStringifyReturnsUndefined => "JSON.stringify = () => undefined;",
            Tamper::JsonStringifyReturnsGarbage => "JSON.stringify = () => '{\"a\":';",
            Tamper::JsonStringifyReturnsLoneSurrogate => "JSON.stringify = () => '\"\\uD800\"';",
            Tamper::DeleteJson => "delete globalThis.JSON;",
            Tamper::JsonParseThrows => "JSON.parse = () => { throw new Error('tampered parse'); };",
            Tamper::ObjectToJsonThrows => "Object.prototype.toJSON = function () { throw new Error('toJSON'); };",
            Tamper::ArrayToJsonThrows => "Array.prototype.toJSON = function () { throw new Error('toJSON'); };",
            Tamper::ObjectThenGetterThrows => {
                "Object.defineProperty(Object.prototype, 'then', { get() { throw new Error('then'); }, configurable: true });"
            }
            Tamper::ObjectThen => "Object.prototype.then = function (resolve) { resolve(1); };",
            Tamper::PromiseThenThrows => "Promise.prototype.then = function () { throw new Error('then'); };",
            Tamper::PromiseReplaced => "globalThis.Promise = function () { throw new Error('Promise'); };",
            Tamper::PromiseResolveThrows => "Promise.resolve = () => { throw new Error('resolve'); };",
            Tamper::ErrorNameGetterThrows => {
                "Object.defineProperty(Error.prototype, 'name', { get() { throw new Error('name'); }, configurable: true });"
            }
            Tamper::ErrorMessageGetterThrows => {
                "Object.defineProperty(Error.prototype, 'message', { get() { throw new Error('message'); }, configurable: true });"
            }
            Tamper::ErrorStackGetterThrows => {
                "Object.defineProperty(Error.prototype, 'stack', { get() { throw new Error('stack'); }, configurable: true });"
            }
            Tamper::ErrorToStringThrows => "Error.prototype.toString = () => { throw new Error('toString'); };",
            Tamper::StringToStringThrows => "String.prototype.toString = () => { throw new Error('toString'); };",
            Tamper::ArrayIsArrayThrows => "Array.isArray = () => { throw new Error('isArray'); };",
            Tamper::ObjectKeysThrows => "Object.keys = () => { throw new Error('keys'); };",
            Tamper::ReflectOwnKeysEmpty => "Reflect.ownKeys = () => [];",
            Tamper::FunctionCallThrows => {
                "Function.prototype.call = () => { throw new Error('call'); }; Function.prototype.apply = Function.prototype.call;"
            }
            Tamper::BigIntToJson => "BigInt.prototype.toJSON = function () { return this.toString(); };",
            Tamper::SymbolToJson => "Symbol.prototype.toJSON = function () { return String(this.description); };",
            Tamper::FreezeEverything => {
                "for (const o of [Object.prototype, Array.prototype, Function.prototype, Error.prototype, Promise.prototype, globalThis]) Object.freeze(o);"
            }
            Tamper::ConsoleReplaced => "globalThis.console = { log() { throw new Error('console'); } };",
            Tamper::MicrotaskFlood => "(function flood() { Promise.resolve().then(flood); })();",
            Tamper::ModuleExportsReplaced => "module.exports = null; exports.f = null;",
            Tamper::GlobalThisProxy => {
                "Object.setPrototypeOf(globalThis, new Proxy(Object.getPrototypeOf(globalThis) || {}, { get() { throw new Error('global'); }, has() { throw new Error('global'); } }));"
            }
        }
    }
}

struct Renderer {
    out: String,
    budget: usize,
}

impl Renderer {
    fn str(&mut self, s: &JsStr) {
        self.out.push('"');
        for piece in &s.0 {
            match piece {
                StrPiece::Text(t) => {
                    for c in t.chars() {
                        match c {
                            ' ' | '!' | '#'..='[' | ']'..='~' => self.out.push(c),
                            _ => {
                                let _ = write!(self.out, "\\u{{{:x}}}", c as u32);
                            }
                        }
                    }
                }
                StrPiece::LoneHigh(u) => {
                    let _ = write!(self.out, "\\u{:04X}", 0xD800 + u % 0x400);
                }
                StrPiece::LoneLow(u) => {
                    let _ = write!(self.out, "\\u{:04X}", 0xDC00 + u % 0x400);
                }
                StrPiece::Unit(u) => {
                    let _ = write!(self.out, "\\u{u:04X}");
                }
                StrPiece::Nul => self.out.push_str("\\0"),
                StrPiece::LineSep => self.out.push_str("\\u2028\\u2029"),
                StrPiece::Emoji => self.out.push_str("\\uD83D\\uDE00"),
            }
        }
        self.out.push('"');
    }

    /// A key as a string literal, in brackets when `computed` (a string
    /// literal `"__proto__": v` sets the prototype; `["__proto__"]: v` does not).
    fn key(&mut self, k: &Key, computed: bool) {
        if computed {
            self.out.push('[');
        }
        let name = match k {
            Key::Proto => "__proto__",
            Key::Constructor => "constructor",
            Key::ToJson => "toJSON",
            Key::Then => "then",
            Key::Length => "length",
            Key::Prototype => "prototype",
            Key::Empty => "",
            Key::Zero => "0",
            Key::NegOne => "-1",
            Key::MaxIndex => "4294967295",
            Key::Exotic(s) => {
                self.str(s);
                ""
            }
        };
        if !matches!(k, Key::Exotic(_)) {
            let _ = write!(self.out, "{name:?}");
        }
        if computed {
            self.out.push(']');
        }
    }

    fn num(&mut self, x: f64) {
        if x.is_nan() {
            self.out.push_str("NaN");
        } else if x.is_infinite() {
            self.out
                .push_str(if x > 0.0 { "Infinity" } else { "(-Infinity)" });
        } else if x == 0.0 && x.is_sign_negative() {
            self.out.push_str("(-0)");
        } else {
            let _ = write!(self.out, "({x:e})");
        }
    }

    /// An object literal; non-enumerable properties are defined on it
    /// afterwards by a wrapper function.
    fn props(&mut self, props: &[Prop]) {
        let late: Vec<&Prop> = props
            .iter()
            .filter(|p| matches!(p.kind, PropKind::NonEnumerable))
            .collect();
        if !late.is_empty() {
            self.out.push_str("((o) => { ");
            for p in &late {
                self.out.push_str("Object.defineProperty(o, ");
                self.key(&p.key, false);
                self.out.push_str(", { value: ");
                self.val(&p.value);
                self.out.push_str(", enumerable: false, configurable: true }); ");
            }
            self.out.push_str("return o; })(");
        }
        self.out.push('{');
        for p in props {
            match p.kind {
                PropKind::Plain => {
                    self.key(&p.key, p.computed);
                    self.out.push_str(": ");
                    self.val(&p.value);
                }
                PropKind::Getter => {
                    self.out.push_str("get ");
                    self.key(&p.key, p.computed);
                    self.out.push_str("() { return ");
                    self.val(&p.value);
                    self.out.push_str("; }");
                }
                PropKind::ThrowingGetter => {
                    self.out.push_str("get ");
                    self.key(&p.key, p.computed);
                    self.out.push_str("() { throw ");
                    self.val(&p.value);
                    self.out.push_str("; }");
                }
                PropKind::EndlessGetter => {
                    self.out.push_str("get ");
                    self.key(&p.key, p.computed);
                    self.out.push_str(
                        "() { return Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this)); }",
                    );
                }
                PropKind::NonEnumerable => continue,
            }
            self.out.push_str(", ");
        }
        self.out.push('}');
        if !late.is_empty() {
            self.out.push(')');
        }
    }

    fn val(&mut self, v: &Val) {
        if self.budget == 0 {
            self.out.push_str("null");
            return;
        }
        self.budget -= 1;
        let o = |r: &mut Renderer, s: &str| r.out.push_str(s);
        match v {
            Val::Undefined => o(self, "undefined"),
            Val::Null => o(self, "null"),
            Val::Bool(b) => o(self, if *b { "true" } else { "false" }),
            Val::Int(i) => {
                let _ = write!(self.out, "({i})");
            }
            Val::Num(x) => self.num(*x),
            Val::Special(s) => o(
                self,
                match s {
                    SpecialNum::NaN => "NaN",
                    SpecialNum::Inf => "Infinity",
                    SpecialNum::NegInf => "(-Infinity)",
                    SpecialNum::NegZero => "(-0)",
                    SpecialNum::Max => "Number.MAX_VALUE",
                    SpecialNum::Min => "Number.MIN_VALUE",
                    SpecialNum::Tiny => "5e-324",
                    SpecialNum::E308 => "1e308",
                    SpecialNum::MaxSafe => "Number.MAX_SAFE_INTEGER",
                    SpecialNum::BeyondSafe => "18446744073709551616",
                },
            ),
            Val::Str(s) => self.str(s),
            Val::Repeat(s, n) => {
                self.str(s);
                let _ = write!(self.out, ".repeat({n})");
            }
            Val::BigInt(i) => {
                let _ = write!(self.out, "({i}n)");
            }
            Val::HugeBigInt(n) => {
                let _ = write!(self.out, "(2n ** {n}n)");
            }
            Val::Symbol(d) => {
                o(self, "Symbol(");
                if let Some(d) = d {
                    self.str(d);
                }
                o(self, ")");
            }
            Val::SymbolFor(d) => {
                o(self, "Symbol.for(");
                self.str(d);
                o(self, ")");
            }
            Val::WellKnownSymbol(w) => o(
                self,
                match w {
                    WellKnown::Iterator => "Symbol.iterator",
                    WellKnown::AsyncIterator => "Symbol.asyncIterator",
                    WellKnown::ToPrimitive => "Symbol.toPrimitive",
                    WellKnown::ToStringTag => "Symbol.toStringTag",
                    WellKnown::HasInstance => "Symbol.hasInstance",
                },
            ),
            Val::Array(items) => {
                o(self, "[");
                for item in items {
                    self.val(item);
                    o(self, ", ");
                }
                o(self, "]");
            }
            Val::Sparse(len, items) => {
                let _ = write!(self.out, "((a) => {{ a.length = {len}; ");
                for (i, item) in items {
                    let _ = write!(self.out, "a[{}] = ", i % len.saturating_add(1).max(1));
                    self.val(item);
                    o(self, "; ");
                }
                o(self, "return a; })([])");
            }
            Val::Object(props) => {
                o(self, "(");
                self.props(props);
                o(self, ")");
            }
            Val::NullProto(props) => {
                o(self, "Object.assign(Object.create(null), ");
                self.props(props);
                o(self, ")");
            }
            Val::SymbolKeyed(x) => {
                o(self, "({ [Symbol('k')]: ");
                self.val(x);
                o(self, ", plain: 1 })");
            }
            Val::Proxy(target, trap) => {
                o(self, "new Proxy(Object(");
                self.val(target);
                o(
                    self,
                    match trap {
                        Trap::Get => "), { get() { throw new Error('get trap'); } })",
                        Trap::Has => "), { has() { throw new Error('has trap'); } })",
                        Trap::OwnKeys => "), { ownKeys() { throw new Error('ownKeys trap'); } })",
                        Trap::GetOwnPropertyDescriptor => {
                            "), { getOwnPropertyDescriptor() { throw new Error('gopd trap'); } })"
                        }
                        Trap::GetPrototypeOf => "), { getPrototypeOf() { throw new Error('getPrototypeOf trap'); } })",
                        Trap::PhantomKeys => {
                            "), { ownKeys() { return ['a', 'b', 'toJSON']; }, getOwnPropertyDescriptor() { return { value: 1, enumerable: true, configurable: true }; } })"
                        }
                        Trap::DuplicateKeys => "), { ownKeys() { return ['a', 'a']; } })",
                        Trap::GetSelf => "), { get(t, k, r) { return r; } })",
                        Trap::GetFresh => {
                            "), { get(t, k) { return k === 'toJSON' ? undefined : new Proxy({ x: 1 }, this); } })"
                        }
                        Trap::Transparent => "), {})",
                    },
                );
            }
            Val::RevokedProxy => o(self, "(() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()"),
            Val::Cycle(x) => {
                o(self, "((o) => { o.self = o; return o; })({ v: ");
                self.val(x);
                o(self, " })");
            }
            Val::ArrayCycle(x) => {
                o(self, "((a) => { a.push(a); return a; })([");
                self.val(x);
                o(self, "])");
            }
            Val::IndirectCycle => o(
                self,
                "(() => { const o = { m: new Map() }; o.m.set('k', o); Object.defineProperty(o, 'g', { get() { return o; }, enumerable: true }); return o; })()",
            ),
            Val::Shared(x) => {
                o(self, "((s) => [s, { s }, [s]])(");
                self.val(x);
                o(self, ")");
            }
            Val::ToJson(x) => {
                o(self, "({ toJSON() { return ");
                self.val(x);
                o(self, "; } })");
            }
            Val::ToJsonValue(x) => {
                o(self, "({ a: 1, toJSON: ");
                self.val(x);
                o(self, " })");
            }
            Val::Function(k) => o(
                self,
                match k {
                    FnKind::Arrow => "(() => 1)",
                    FnKind::Named => "(function named() {})",
                    FnKind::Class => "(class A { static x = 1; })",
                    FnKind::Async => "(async () => 1)",
                    FnKind::Generator => "(function* g() { yield 1; })",
                    FnKind::Bound => "(function () {}).bind(null)",
                    FnKind::Native => "Math.max",
                    FnKind::WithProps => "Object.assign(() => 1, { a: 1, toJSON() { return 'fn'; } })",
                },
            ),
            Val::Date(x) => {
                o(self, "new Date(");
                self.num(*x);
                o(self, ")");
            }
            Val::InvalidDate => o(self, "new Date(NaN)"),
            Val::Map(entries) => {
                o(self, "new Map([");
                for (k, v) in entries {
                    o(self, "[");
                    self.val(k);
                    o(self, ", ");
                    self.val(v);
                    o(self, "], ");
                }
                o(self, "])");
            }
            Val::Set(items) => {
                o(self, "new Set([");
                for item in items {
                    self.val(item);
                    o(self, ", ");
                }
                o(self, "])");
            }
            Val::Weak(k) => o(
                self,
                match k {
                    WeakKind::WeakMap => "new WeakMap([[{}, 1]])",
                    WeakKind::WeakSet => "new WeakSet([{}])",
                    WeakKind::WeakRef => "new WeakRef({ a: 1 })",
                },
            ),
            Val::TypedArray(k, bytes) => {
                let n = bytes.len() - bytes.len() % 8;
                let _ = write!(self.out, "new {}(new Uint8Array({:?}).buffer)", ta_name(k), &bytes[..n]);
            }
            Val::BigTypedArray(k, n) => {
                let _ = write!(self.out, "new {}(new ArrayBuffer({n}))", ta_name(k));
            }
            Val::ArrayBuffer(n) => {
                let _ = write!(self.out, "new ArrayBuffer({n})");
            }
            Val::RegExp(s) => {
                o(self, "new RegExp(");
                self.str(s);
                o(self, ")");
            }
            Val::Error(k, msg) => {
                o(
                    self,
                    match k {
                        ErrKind::Error => "new Error(",
                        ErrKind::TypeError => "new TypeError(",
                        ErrKind::RangeError => "new RangeError(",
                        ErrKind::SyntaxError => "new SyntaxError(",
                        ErrKind::Aggregate => "new AggregateError([new Error('inner')], ",
                        ErrKind::WithCause => "new Error('outer', { cause: ",
                    },
                );
                self.str(msg);
                o(self, if matches!(k, ErrKind::WithCause) { " })" } else { ")" });
            }
            Val::BadError(field, x) => {
                let field = match field {
                    ErrField::Message => "message",
                    ErrField::Name => "name",
                    ErrField::Stack => "stack",
                    ErrField::Cause => "cause",
                };
                let _ = write!(
                    self.out,
                    "((e, v) => Object.defineProperty(e, '{field}', {{ get() {{ throw v; }}, enumerable: true }}))(new Error('bad'), "
                );
                self.val(x);
                o(self, ")");
            }
            Val::Boxed(x) => {
                o(self, "Object(");
                self.val(x);
                o(self, ")");
            }
            Val::Global(g) => o(
                self,
                match g {
                    GlobalRef::GlobalThis => "globalThis",
                    GlobalRef::Module => "(typeof module === 'undefined' ? null : module)",
                    GlobalRef::Exports => "(typeof exports === 'undefined' ? null : exports)",
                    GlobalRef::Require => "(typeof require === 'undefined' ? null : require)",
                    GlobalRef::Context => "(typeof context === 'undefined' ? null : context)",
                    GlobalRef::Console => "console",
                    GlobalRef::Math => "Math",
                    GlobalRef::Json => "JSON",
                    GlobalRef::Reflect => "Reflect",
                    GlobalRef::Arguments => "(function () { return arguments; })(1, 'a', null)",
                    GlobalRef::This => "this",
                },
            ),
            Val::Promise(x) => {
                o(self, "Promise.resolve(");
                self.val(x);
                o(self, ")");
            }
            Val::Rejected(x) => {
                o(self, "Promise.reject(");
                self.val(x);
                o(self, ")");
            }
            Val::Thenable(x) => {
                o(self, "({ then(resolve) { resolve(");
                self.val(x);
                o(self, "); } })");
            }
            Val::ThrowingThen(x) => {
                o(self, "({ get then() { throw ");
                self.val(x);
                o(self, "; } })");
            }
            Val::Pending => o(self, "new Promise(() => {})"),
            Val::Throw(x) => {
                o(self, "(() => { throw ");
                self.val(x);
                o(self, "; })()");
            }
            Val::Deep(n, x) => {
                let _ = write!(self.out, "((v) => {{ for (let i = 0; i < {n}; i++) v = [v]; return v; }})(");
                self.val(x);
                o(self, ")");
            }
            Val::Tamper(t, x) => {
                let _ = write!(self.out, "(() => {{ {} return ", t.js());
                self.val(x);
                o(self, "; })()");
            }
            Val::Log(x) => {
                o(self, "((v) => { console.log(v); console.error(String(v)); return v; })(");
                self.val(x);
                o(self, ")");
            }
            Val::Iterator(x) => {
                o(self, "[");
                self.val(x);
                o(self, "][Symbol.iterator]()");
            }
        }
    }
}

fn ta_name(k: &TaKind) -> &'static str {
    match k {
        TaKind::U8 => "Uint8Array",
        TaKind::U8Clamped => "Uint8ClampedArray",
        TaKind::I16 => "Int16Array",
        TaKind::U32 => "Uint32Array",
        TaKind::F32 => "Float32Array",
        TaKind::F64 => "Float64Array",
        TaKind::BigI64 => "BigInt64Array",
        TaKind::DataView => "DataView",
    }
}

/// The module text for `v`.
fn module_for(v: &Val) -> String {
    let mut r = Renderer {
        out: String::new(),
        budget: NODE_BUDGET,
    };
    r.val(v);
    format!("module.exports.f = () => ({});\n", r.out)
}

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| Harness::new("return_values", &[("values.js", "")], RuntimeOptions::default()))
}

fuzz_target!(init: { harness(); }, |v: Val| {
    let h = harness();
    let source = module_for(&v);
    h.fixture.write_entry("values.js", &source);
    let result = h.run(
        RunRequest::new(&h.fixture.root, "values.js", "f")
            .limits(limits(250, 20_000_000, 32)),
    );
    h.check(&source, &result, false);
});
