/// libFuzzer's entry point, compiled into the `Attribution` module by `Fuzz/build.sh` (so that it
/// reaches the internal stages). The first byte picks the entry point, the rest is its input:
/// JSON Lines records, the normalizer, the tracer on arbitrary bytes, or a `stats --format json`
/// file for `merge`. A broken invariant stops the run with a message, as a crash would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let body = Array(input.dropFirst())
    switch input[0] % 4 {
    case 0: FuzzChecks.records(body, chunk: Int(input[0] / 4) + 1)
    case 1: FuzzChecks.normalizer(body)
    case 2: FuzzChecks.tracer(body)
    default: FuzzChecks.statsJSON(body)
    }
    return 0
}
