// The smallest useful call: the benchmark's per-call overhead probe.
function add(a, b) {
  return a + b
}
