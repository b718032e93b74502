// From the reference README: reads the global that module1.js set in an
// earlier call. Every call is a fresh sandbox, so it is undefined here.
function b() {
  return global.a
}
