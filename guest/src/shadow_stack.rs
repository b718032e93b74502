// The guest's stack sizes, set here and nowhere else. This file holds
// constants only: build.rs `include!`s it to link the component with the
// shadow stack size, and the guest compiles it as `mod shadow_stack` for
// QuickJS's own limit. The host does not pass a stack limit.

/// The guest's C shadow stack, in bytes: the region of linear memory where
/// QuickJS (C) and Rust keep their address-taken locals, and the stack that
/// QuickJS's stack check measures. build.rs links the component with it
/// (`-zstack-size`).
pub const SHADOW_STACK_BYTES: usize = 4 * 1024 * 1024;

/// The part of the shadow stack kept below QuickJS's limit, for the frames
/// that run past QuickJS's check (natives, the JSON and regexp engines, host
/// calls, and the Rust code around them).
pub const SHADOW_STACK_MARGIN_BYTES: usize = 1024 * 1024;

/// QuickJS's own stack limit (3 MiB): deep recursion throws a catchable
/// `RangeError` there, well before the shadow stack itself runs out.
pub const QUICKJS_STACK_BYTES: usize = SHADOW_STACK_BYTES - SHADOW_STACK_MARGIN_BYTES;
