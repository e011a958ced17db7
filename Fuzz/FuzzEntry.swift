/// libFuzzer's entry point, compiled into the `Attribution` module by `Fuzz/build.sh` (so that it
/// reaches the internal stages). The first byte picks the entry point, the rest is its input:
/// JSON Lines records, the normalizer, the tracer on arbitrary bytes, a `stats --format json`
/// file for `merge`, or a saved web page. A broken invariant stops the run with a message, as a crash would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let body = Array(input.dropFirst())
    // Eight ways, so that the digits `0` to `4` pick the five entry points (`0` is 48); the other
    // three give the records, the tracer and pages more of the run.
    switch input[0] % 8 {
    case 0, 5: FuzzChecks.records(body, chunk: Int(input[0] / 8) + 1)
    case 1: FuzzChecks.normalizer(body)
    case 2, 6: FuzzChecks.tracer(body)
    case 3: FuzzChecks.statsJSON(body)
    default: FuzzChecks.page(body)
    }
    return 0
}
