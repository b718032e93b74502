// A CPU-bound loop: the probe for the cost of fuel metering and epoch checks.
function spin(n) {
  let s = 0
  for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003
  return s
}
