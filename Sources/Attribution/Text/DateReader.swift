/// Reads a publication time from a record's date field or the head of an article's text.
///
/// Gives ISO 8601: with the offset when a zone is written (`WIB` +07:00, `WITA` +08:00, `WIT`
/// +09:00, `GMT`/`UTC`), a date and time without offset when none is, a bare date when only a date is.
/// Only years from 1970 to 2100 count, so that other numbers are not taken for dates.
///
/// Every article is read, so the reading works on the first 200 bytes in place: tokens are
/// offsets in a buffer on the stack, names are compared as bytes, and only the answer is a String.
enum DateReader {
    /// Month names, folded to lower case, and their numbers (the `month` list of `words.tsv`).
    static let months: [(name: [UInt8], month: Int)] = WordLists.standard.pairs(.month).map {
        (Array($0.word.utf8), Int($0.value) ?? 0)
    }
    /// Time zone names, folded to lower case, and their offsets (the `zone` list).
    static let zones: [(name: [UInt8], offset: String)] = WordLists.standard.pairs(.zone).map {
        (Array($0.word.utf8), $0.value)
    }

    /// The time a date string or a text head gives, as ISO 8601, or nil.
    static func read(_ raw: some Collection<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 200) { buffer in
            let count = buffer.initialize(from: raw.prefix(200)).1
            return read(head: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    private static func read(head: UnsafeBufferPointer<UInt8>) -> String? {
        guard hasYear(head) else { return nil }
        if let iso = isoTimestamp(head) { return iso }
        // At most one token every two bytes.
        return withUnsafeTemporaryAllocation(of: Token.self, capacity: head.count / 2 + 1) { buffer in
            var count = 0
            var i = 0
            while i < head.count {
                while i < head.count, isSeparator(head[i]) { i += 1 }
                let start = i
                while i < head.count, !isSeparator(head[i]) { i += 1 }
                if i > start {
                    buffer[count] = Token(head, start..<i)
                    count += 1
                }
            }
            let tokens = Tokens(head: head, t: UnsafeBufferPointer(rebasing: buffer[..<count]))
            for i in 0..<count {
                if let found = tokens.parse(at: i) { return found }
            }
            return nil
        }
    }

    /// A word of the date text: where it stands, and its number if it is all digits (at most six).
    struct Token {
        var range: Range<Int>
        var number: Int?

        init(_ head: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            self.range = range
            number = range.count <= 6 ? Self.number(head, range) : nil
        }

        /// The value of the digits `head[range]`, or nil if one is not a digit.
        static func number(_ head: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
            var value = 0
            for k in range {
                let digit = head[k] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }

        var count: Int { range.count }
    }

    /// The tokens of a head, and the patterns read from them.
    private struct Tokens {
        let head: UnsafeBufferPointer<UInt8>
        let t: UnsafeBufferPointer<Token>

        /// Whether token `token`, folded to lower case, is `name`.
        func token(_ token: Token, is name: [UInt8]) -> Bool {
            guard token.count == name.count else { return false }
            for k in 0..<name.count where PhraseTrie.fold(head[token.range.lowerBound + k]) != name[k] { return false }
            return true
        }

        func year(_ token: Token) -> Int? {
            guard token.count == 4, let y = token.number, (1970...2100).contains(y) else { return nil }
            return y
        }

        func month(_ token: Token) -> Int? {
            guard token.number == nil, (3...9).contains(token.count) else { return nil }
            return DateReader.months.first { self.token(token, is: $0.name) }?.month
        }

        func parse(at i: Int) -> String? {
            guard i + 2 < t.count else { return nil }
            // YYYY MM DD [hh mm [ss]] (ISO-like)
            if let y = year(t[i]), let m = t[i + 1].number, let d = t[i + 2].number, (1...12).contains(m),
                (1...31).contains(d)
            {
                return compose(y, m, d, time: i + 3)
            }
            // The other two end in a year: tested first, as it is the rarest part.
            guard let y = year(t[i + 2]) else { return nil }
            // DD Month YYYY or DD-MON-YYYY
            if let d = t[i].number, (1...31).contains(d), let m = month(t[i + 1]) {
                return compose(y, m, d, time: i + 3)
            }
            // MM DD YYYY (US records)
            if t[i].count <= 2, let m = t[i].number, (1...12).contains(m), let d = t[i + 1].number,
                (1...31).contains(d)
            {
                return compose(y, m, d, time: i + 3)
            }
            return nil
        }

        func compose(_ y: Int, _ m: Int, _ d: Int, time j: Int) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(32)
            DateReader.digits(y, 4, into: &out)
            out.append(UInt8(ascii: "-"))
            DateReader.digits(m, 2, into: &out)
            out.append(UInt8(ascii: "-"))
            DateReader.digits(d, 2, into: &out)
            guard j + 1 < t.count, t[j].count <= 2, t[j + 1].count == 2, let hh = t[j].number,
                let mm = t[j + 1].number, (0...23).contains(hh), (0...59).contains(mm)
            else { return String(decoding: out, as: UTF8.self) }
            var k = j + 2
            var ss = 0
            if k < t.count, t[k].count >= 2, let s = Token.number(head, t[k].range.prefix(2)), (0...59).contains(s) {
                ss = s
                k += 1
            }
            out.append(UInt8(ascii: "T"))
            DateReader.digits(hh, 2, into: &out)
            out.append(UInt8(ascii: ":"))
            DateReader.digits(mm, 2, into: &out)
            out.append(UInt8(ascii: ":"))
            DateReader.digits(ss, 2, into: &out)
            if k < t.count, t[k].number == nil, let zone = DateReader.zones.first(where: { token(t[k], is: $0.name) }) {
                out.append(contentsOf: zone.offset.utf8)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x0A, 0x09, UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ":"),
            UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default: false
        }
    }

    /// `2020-04-09T10:11:12+07:00`, `...Z`, `2020-04-09 10:11`: an ISO timestamp at the start,
    /// kept with its offset.
    private static func isoTimestamp(_ head: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        while start < head.count, head[start] == 0x20 { start += 1 }
        let b = UnsafeBufferPointer(rebasing: head[start...])
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= b.count && range.allSatisfy { b[$0] &- UInt8(ascii: "0") < 10 }
        }
        func at(_ i: Int, _ c: UInt8) -> Bool { i < b.count && b[i] == c }
        guard digits(0..<4), at(4, UInt8(ascii: "-")), digits(5..<7), at(7, UInt8(ascii: "-")), digits(8..<10),
            at(10, UInt8(ascii: "T")) || at(10, 0x20), digits(11..<13), at(13, UInt8(ascii: ":")), digits(14..<16),
            let year = Token.number(b, 0..<4), (1970...2100).contains(year)
        else { return nil }
        func text(_ range: Range<Int>) -> String { String(decoding: b[range], as: UTF8.self) }
        var end = 16
        var seconds = ":00"
        if at(16, UInt8(ascii: ":")), digits(17..<19) {
            seconds = ":" + text(17..<19)
            end = 19
            while end < b.count, b[end] == UInt8(ascii: ".") || b[end] &- UInt8(ascii: "0") < 10 { end += 1 }
        }
        var offset = ""
        if at(end, UInt8(ascii: "Z")) {
            offset = "+00:00"
        } else if at(end, UInt8(ascii: "+")) || at(end, UInt8(ascii: "-")), digits((end + 1)..<(end + 3)) {
            let minutes = at(end + 3, UInt8(ascii: ":")) ? (end + 4)..<(end + 6) : (end + 3)..<(end + 5)
            if digits(minutes) { offset = text(end..<(end + 3)) + ":" + text(minutes) }
        }
        return text(0..<10) + "T" + text(11..<16) + seconds + offset
    }

    /// Whether four digits in a row stand in the bytes (a year), checked before any tokenizing.
    private static func hasYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for byte in bytes {
            run = byte &- UInt8(ascii: "0") < 10 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// Appends the decimal digits of `value` (not negative), zero-padded to `width`.
    fileprivate static func digits(_ value: Int, _ width: Int, into out: inout [UInt8]) {
        var divisor = 1
        var count = 1
        while value / divisor >= 10 {
            divisor *= 10
            count += 1
        }
        for _ in count..<max(width, count) { out.append(UInt8(ascii: "0")) }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
