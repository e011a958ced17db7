/// Why a table's phrase or alias could never be found in normalized text.
///
/// The scanner matches phrases in text the ``Normalizer`` has rewritten (straight quotes and
/// dashes, single spaces, tokenized spacing undone), so a phrase the normalizer would rewrite
/// can never stand there as written.
enum PhraseShape {
    struct Reason {
        var message: String
        var fix: String
    }

    /// The reason `phrase` can never match, or nil when it can. Unless `caseSensitive`, it must
    /// be written in lower case.
    static func neverMatches(_ phrase: String, caseSensitive: Bool) -> Reason? {
        let bytes = Array(phrase.utf8)
        guard let first = bytes.first, let last = bytes.last else {
            return Reason(message: "it is empty", fix: "write the phrase")
        }
        guard CueScanner.isWordByte(first) || first == UInt8(ascii: "(") else {
            return Reason(message: "it does not start with a letter or digit", fix: "start it at a word")
        }
        if last == 0x20 {
            return Reason(message: "it ends in a space", fix: "trim it")
        }
        if !caseSensitive, bytes.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) {
            return Reason(message: "it has capital letters", fix: "write it in lower case; it matches in any case")
        }
        // Letters and digits with single spaces between them are what the normalizer leaves as
        // they are; only other phrases need to be normalized to be sure.
        if bytes.indices.allSatisfy({ i in
            CueScanner.isLetterOrDigit(bytes[i])
                || bytes[i] == 0x20 && CueScanner.isLetterOrDigit(bytes[i - 1])
                    && CueScanner.isLetterOrDigit(bytes[i + 1])
        }) {
            return nil
        }
        let normalized = Normalizer().normalize(bytes).bytes
        if normalized != bytes {
            let shown = String(decoding: normalized, as: UTF8.self)
            return Reason(message: "normalized text would read it '\(shown)'", fix: "write it as '\(shown)'")
        }
        return nil
    }
}
