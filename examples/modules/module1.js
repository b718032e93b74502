// From the reference README: sets a global inside the sandbox and returns it.
// `a` is declared, not exported: the runtime finds top-level functions too.
function a() {
  global.a = 1
  return global.a
}
