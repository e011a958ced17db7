import Foundation

/// Guesses what kind of thing an unknown name is from its words.
enum NameKind {

    /// The word lists of `words.tsv` as byte tables, for lookups without a String per word.
    private static let organizationTable = WordLists.standard.table(.organization)
    private static let documentTable = WordLists.standard.table(.document)
    private static let titleTable = WordLists.standard.table(.title)
    private static let titleWords = WordLists.standard.set(.title)

    /// The kind a name suggests: organisation, document or person.
    static func of(_ name: String) -> OutletKind {
        var count = 0
        var document = false
        var organization = false
        var title = false
        var onlyLength = 0
        forEachLowerWord(name, separators: [0x20, UInt8(ascii: "."), UInt8(ascii: ",")]) { word in
            if count == 0, documentTable.contains(word) {
                document = true
                return false
            }
            count += 1
            if organizationTable.contains(word) { organization = true }
            if titleTable.contains(word) { title = true }
            // The first word's length in characters, as a String counts them: it matters alone.
            if count == 1 {
                onlyLength = word.allSatisfy { $0 < 0x80 } ? word.count : String(decoding: word, as: UTF8.self).count
            }
            return true
        }
        if document { return .document }
        if organization && !title { return .organization }
        if count == 1, onlyLength <= 5, !name.utf8.contains(where: { $0 &- UInt8(ascii: "a") < 26 }),
            name.uppercased() == name
        {
            return .organization
        }
        return .person
    }

    /// Countries, regions and capitals: a place said to say something is the story's subject, not a source.
    private static let places = WordLists.standard.set(.place)
    /// ` dan `, ` and `: the words between the items of a list, with their spaces.
    private static let listJoiners = WordLists.standard.words(.listJoiner).map { " \($0) " }

    /// Whether a lower-cased name is a country, region or capital.
    static func isPlace(_ lower: String) -> Bool {
        // `Pennsylvania dan Virginia`: a list of places is a place too.
        if places.contains(lower) { return true }
        guard lower.utf8.contains(0x20), listJoiners.contains(where: { lower.holds($0) }) else { return false }
        var parts = [lower]
        for joiner in listJoiners { parts = parts.flatMap { $0.components(separatedBy: joiner) } }
        return parts.count > 1 && parts.allSatisfy { places.contains($0) }
    }

    /// Whether a lower-cased name is a title alone (`presiden`, `chief technology officer`).
    static func isBareTitle(_ lower: String) -> Bool {
        !lower.utf8.contains(0x20) && titleWords.contains(lower)
    }

    /// Whether the name reads as an institution rather than a possible outlet.
    static func looksInstitutional(_ name: String) -> Bool {
        var found = false
        forEachLowerWord(name, separators: [0x20]) { word in
            found = organizationTable.contains(word) || titleTable.contains(word) || documentTable.contains(word)
            return !found
        }
        return found
    }

    /// Calls `body` with each word of `name` between `separators`, ASCII letters folded to
    /// lower case, in a buffer on the stack, while it returns true.
    private static func forEachLowerWord(
        _ name: String, separators: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) {
        let isSeparator = { (byte: UInt8) in separators.contains(byte) }
        var name = name
        name.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer in
                var i = 0
                while i < bytes.count {
                    while i < bytes.count, isSeparator(bytes[i]) { i += 1 }
                    var length = 0
                    while i < bytes.count, !isSeparator(bytes[i]) {
                        buffer[length] = PhraseTrie.fold(bytes[i])
                        length += 1
                        i += 1
                    }
                    if length > 0, !body(UnsafeBufferPointer(rebasing: buffer[..<length])) { return }
                }
            }
        }
    }

    private static let webSuffixes = WordLists.standard.words(.webSuffix)
    private static let governmentSuffixes = WordLists.standard.words(.governmentSuffix)

    /// Whether the name carries a web address (`boldsky.com`, `elshinta.com`).
    static func isWebAddress(_ name: String) -> Bool {
        // Most names hold no dot: they are answered before any string is made.
        guard name.utf8.contains(UInt8(ascii: ".")) else { return false }
        let lower = name.lowercased()
        guard !governmentSuffixes.contains(where: { lower.hasSuffix($0) }) else { return false }
        let host = lower.split(separator: "/", maxSplits: 1).first.map(String.init) ?? lower
        return webSuffixes.contains { host.hasSuffix($0) }
    }
}
