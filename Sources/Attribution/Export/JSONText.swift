import Foundation

/// Builds JSON text by hand so that key order and number formatting never change between runs.
struct JSONText {
    private(set) var output = ""

    init() {}

    /// A JSON string literal for `value`, escaping quotes, backslashes and control characters.
    static func quoted(_ value: String) -> String {
        let body = value.escapingScalars { scalar -> String? in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case "\u{2028}": return "\\u2028"
            case "\u{2029}": return "\\u2029"
            default:
                guard scalar.value < 0x20 || scalar.value == 0x7F else { return nil }
                let hex = String(scalar.value, radix: 16)
                return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return "\"" + body + "\""
    }

    /// A number the way Python's json prints it: integers plain, fractions shortest.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) + ".0" }
        return String(value)
    }

    /// An object from already-encoded members, in the order given.
    static func object(_ members: [(String, String)], pretty: Bool = false, indent: Int = 0) -> String {
        if members.isEmpty { return "{}" }
        if !pretty { return "{" + members.map { quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}" }
        let pad = String(repeating: "  ", count: indent + 1)
        let body = members.map { pad + quoted($0.0) + ": " + $0.1 }.joined(separator: ",\n")
        return "{\n" + body + "\n" + String(repeating: "  ", count: indent) + "}"
    }

    /// An array from already-encoded elements.
    static func array(_ elements: [String], pretty: Bool = false, indent: Int = 0) -> String {
        if elements.isEmpty { return "[]" }
        if !pretty { return "[" + elements.joined(separator: ", ") + "]" }
        let pad = String(repeating: "  ", count: indent + 1)
        return "[\n" + elements.map { pad + $0 }.joined(separator: ",\n") + "\n"
            + String(repeating: "  ", count: indent) + "]"
    }
}
