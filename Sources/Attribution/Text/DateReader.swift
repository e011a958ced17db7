/// Reads a publication time from a record's date field or the head of an article's text.
///
/// Gives ISO 8601: with the offset when a zone is written (`WIB` +07:00, `WITA` +08:00, `WIT`
/// +09:00, `GMT`/`UTC`), a date and time without offset when none is, a bare date when only a date is.
/// Only years from 1970 to 2100 count, so that other numbers are not taken for dates.
enum DateReader {
    private static let months: [String: Int] = [
        "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mar": 3, "maret": 3,
        "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7,
        "july": 7, "agu": 8, "agt": 8, "ags": 8, "agustus": 8, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "okt": 10, "oktober": 10, "oct": 10, "october": 10, "nov": 11, "nopember": 11,
        "november": 11, "des": 12, "desember": 12, "dec": 12, "december": 12,
    ]
    private static let zones: [String: String] = [
        "wib": "+07:00", "wita": "+08:00", "wit": "+09:00", "gmt": "+00:00", "utc": "+00:00",
    ]

    /// The time a date string or a text head gives, as ISO 8601, or nil.
    static func read(_ raw: some Collection<UInt8>) -> String? {
        let head = Array(raw.prefix(200))
        guard hasYear(head) else { return nil }
        if let iso = isoTimestamp(head) { return iso }
        let t = head.split(whereSeparator: { isSeparator($0) }).map(Token.init)
        for i in t.indices {
            if let found = parse(t, at: i) { return found }
        }
        return nil
    }

    /// A word of the date text: its number, if it is all digits, and its length.
    struct Token {
        var bytes: ArraySlice<UInt8>
        var number: Int?

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            var value = 0
            var digits = true
            for byte in bytes.prefix(6) {
                guard byte &- UInt8(ascii: "0") < 10 else {
                    digits = false
                    break
                }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            number = digits && bytes.count <= 6 ? value : nil
        }

        var count: Int { bytes.count }
        var lower: String { String(decoding: bytes.map(PhraseTrie.fold), as: UTF8.self) }
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
    private static func isoTimestamp(_ b: [UInt8]) -> String? {
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= b.count && range.allSatisfy { b[$0] &- UInt8(ascii: "0") < 10 }
        }
        var start = 0
        while start < b.count, b[start] == 0x20 { start += 1 }
        let s = Array(b[start...])
        func at(_ i: Int, _ c: Character) -> Bool { i < s.count && s[i] == c.asciiValue! }
        let b = s
        guard digits(0..<4), at(4, "-"), digits(5..<7), at(7, "-"), digits(8..<10), at(10, "T") || at(10, " "),
            digits(11..<13), at(13, ":"), digits(14..<16)
        else { return nil }
        guard let year = Int(String(decoding: b[0..<4], as: UTF8.self)), (1970...2100).contains(year) else {
            return nil
        }
        var end = 16
        var seconds = ":00"
        if at(16, ":"), digits(17..<19) {
            seconds = ":" + String(decoding: b[17..<19], as: UTF8.self)
            end = 19
            while end < b.count, b[end] == UInt8(ascii: ".") || b[end] &- UInt8(ascii: "0") < 10 { end += 1 }
        }
        var offset = ""
        if at(end, "Z") {
            offset = "+00:00"
        } else if at(end, "+") || at(end, "-"), digits((end + 1)..<(end + 3)) {
            let minutes = at(end + 3, ":") ? (end + 4)..<(end + 6) : (end + 3)..<(end + 5)
            if digits(minutes) {
                offset =
                    String(decoding: b[end..<(end + 3)], as: UTF8.self) + ":"
                    + String(decoding: b[minutes], as: UTF8.self)
            }
        }
        let date = String(decoding: b[0..<10], as: UTF8.self)
        return date + "T" + String(decoding: b[11..<16], as: UTF8.self) + seconds + offset
    }

    /// Whether four digits in a row stand in the bytes (a year), checked before any tokenizing.
    private static func hasYear(_ bytes: [UInt8]) -> Bool {
        var run = 0
        for byte in bytes {
            run = byte &- UInt8(ascii: "0") < 10 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    private static func year(_ token: Token) -> Int? {
        guard token.count == 4, let y = token.number, (1970...2100).contains(y) else { return nil }
        return y
    }

    private static func month(_ token: Token) -> Int? {
        guard token.number == nil, (3...9).contains(token.count) else { return nil }
        return months[token.lower]
    }

    private static func parse(_ t: [Token], at i: Int) -> String? {
        guard i + 2 < t.count else { return nil }
        // YYYY MM DD [hh mm [ss]] (ISO-like)
        if let y = year(t[i]), let m = t[i + 1].number, let d = t[i + 2].number, (1...12).contains(m),
            (1...31).contains(d)
        {
            return compose(y, m, d, t, time: i + 3)
        }
        // DD Month YYYY or DD-MON-YYYY
        if let d = t[i].number, (1...31).contains(d), let m = month(t[i + 1]), let y = year(t[i + 2]) {
            return compose(y, m, d, t, time: i + 3)
        }
        // MM DD YYYY (US records)
        if t[i].count <= 2, let m = t[i].number, (1...12).contains(m), let d = t[i + 1].number, (1...31).contains(d),
            let y = year(t[i + 2])
        {
            return compose(y, m, d, t, time: i + 3)
        }
        return nil
    }

    private static func compose(_ y: Int, _ m: Int, _ d: Int, _ t: [Token], time j: Int) -> String {
        // Built as bytes: string interpolation cost more than the rest of the reading.
        var out: [UInt8] = []
        out.reserveCapacity(32)
        digits(y, 4, into: &out)
        out.append(UInt8(ascii: "-"))
        digits(m, 2, into: &out)
        out.append(UInt8(ascii: "-"))
        digits(d, 2, into: &out)
        guard j + 1 < t.count, t[j].count <= 2, t[j + 1].count == 2, let hh = t[j].number, let mm = t[j + 1].number,
            (0...23).contains(hh), (0...59).contains(mm)
        else { return String(decoding: out, as: UTF8.self) }
        var k = j + 2
        var ss = 0
        if k < t.count, t[k].count >= 2, let s = Token(t[k].bytes.prefix(2)).number, (0...59).contains(s) {
            ss = s
            k += 1
        }
        out.append(UInt8(ascii: "T"))
        digits(hh, 2, into: &out)
        out.append(UInt8(ascii: ":"))
        digits(mm, 2, into: &out)
        out.append(UInt8(ascii: ":"))
        digits(ss, 2, into: &out)
        if k < t.count, t[k].number == nil, let zone = zones[t[k].lower] { out.append(contentsOf: zone.utf8) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the decimal digits of `value` (not negative), zero-padded to `width`.
    private static func digits(_ value: Int, _ width: Int, into out: inout [UInt8]) {
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
