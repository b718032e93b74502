// The memory benchmark's sleeper: the host keeps 1,000 calls of `sleep` asleep
// at once. Each naps in 300 ms timer sleeps until the host reports that every
// call has started, so none has ended while the host samples its RSS.
const bench = require('host:bench')

exports.sleep = async () => {
  let naps = 0
  do {
    await new Promise((r) => setTimeout(r, 300))
    naps++
  } while (!bench.allStarted())
  return naps
}
