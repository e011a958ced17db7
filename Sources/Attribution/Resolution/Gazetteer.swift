/// The outlets the tracer knows, read from the reviewed table in ``outletTable``.
public struct Gazetteer: Sendable {
    /// Every outlet, in table order; an outlet's index is its identity.
    public let outlets: [Outlet]
    /// The surface forms to match, each with its outlet and case rule.
    let aliases: [(form: String, outlet: Int, rule: AliasCase, prefixFamily: Bool)]
    private let byKey: [String: Int]
    private let table: KeyTable

    /// The built-in gazetteer.
    public static let standard = Gazetteer(table: outletTable)

    /// Reads a table of `name | kind | country | language | aliases | domains` lines.
    init(table: String) {
        var outlets: [Outlet] = []
        var aliases: [(String, Int, AliasCase, Bool)] = []
        var byKey: [String: Int] = [:]
        for rawLine in table.split(separator: "\n") {
            let line = rawLine.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard columns.count == 6 else { preconditionFailure("gazetteer line needs 6 columns: \(line)") }
            let index = outlets.count
            let kindName = columns[1]
            let kind = OutletKind(rawValue: kindName) ?? (kindName == "stock" ? .organization : .unknown)
            var forms: [String] = []
            for raw in columns[4].split(separator: ";").map({ $0.trimmingSpaces }) where !raw.isEmpty {
                var form = Substring(raw)
                var rule = AliasCase.any
                if form.hasPrefix("=") {
                    rule = .exact
                    form = form.dropFirst()
                } else if form.hasPrefix("^") {
                    rule = .capitalized
                    form = form.dropFirst()
                }
                let family = form.hasSuffix("*")
                if family { form = form.dropLast() }
                forms.append(String(form))
                aliases.append((String(form), index, rule, family))
            }
            let domains = columns[5].split(separator: ";").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            for domain in domains { aliases.append((domain, index, .any, false)) }
            let outlet = Outlet(
                name: columns[0], kind: kind, country: columns[2], language: columns[3], aliases: forms,
                domains: domains, isStockImagery: kindName == "stock")
            outlets.append(outlet)
            var keys = [outlet.name] + forms + domains
            if outlet.name.hasPrefix("The ") { keys.append(String(outlet.name.dropFirst(4))) }
            for key in keys where byKey[Self.key(key)] == nil {
                byKey[Self.key(key)] = index
            }
        }
        self.outlets = outlets
        self.aliases = aliases.map { (form: $0.0, outlet: $0.1, rule: $0.2, prefixFamily: $0.3) }
        self.byKey = byKey
        self.table = KeyTable(byKey)
    }

    /// The outlet a name or alias denotes exactly (case, spaces and punctuation aside).
    public func outlet(named name: some StringProtocol) -> Int? {
        if let found = name.utf8.withContiguousStorageIfAvailable({ outlet(named: $0) }) { return found }
        return Array(name.utf8).withUnsafeBufferPointer { outlet(named: $0) }
    }

    /// The outlet the UTF-8 bytes of a name denote exactly; the key is built on the stack.
    func outlet(named name: UnsafeBufferPointer<UInt8>) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, name.count)) { key in
            let count = Self.key(name, into: key)
            return table.value(for: UnsafeBufferPointer(rebasing: key[..<count]))
        }
    }

    /// The index of the outlet whose canonical name is `name`.
    func index(ofCanonical name: String) -> Int? {
        outlets.firstIndex { $0.name == name }
    }

    /// All keys, for tolerant matching.
    var keys: [String: Int] { byKey }

    /// A comparison key: lower-case ASCII letters and digits only.
    static func key(_ s: some StringProtocol) -> String {
        let utf8 = s.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { out in key(utf8, into: out) }
    }

    /// Writes the comparison key of the bytes `utf8` into `out` (room for as many); returns its length.
    static func key(_ utf8: some Sequence<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"),
                UInt8(ascii: "&"):
                out[count] = byte
                count += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                out[count] = byte + 32
                count += 1
            default: break
            }
        }
        return count
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return "" }
        let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D })!
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
