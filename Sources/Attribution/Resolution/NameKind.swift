import Foundation

/// Guesses what kind of thing an unknown name is from its words.
enum NameKind {
    private static let organizationWords: Set<String> = [
        "kementerian", "kemenlu", "kemlu", "kemenkes", "badan", "dinas", "pemerintah", "pemprov", "pemkot", "pemkab",
        "polda", "polres", "polri", "polisi", "bank", "otoritas", "komisi", "lembaga", "universitas", "institut",
        "pt", "partai", "dewan", "majelis", "mahkamah", "pengadilan", "kejaksaan", "direktorat", "ditjen", "kantor",
        "organisasi", "asosiasi", "perhimpunan", "ikatan", "yayasan", "balai", "pusat", "persatuan", "federasi",
        "ministry", "department", "university", "institute", "council", "committee", "commission", "federation",
        "association", "party", "government", "police", "court", "office", "inc", "corp", "ltd", "co", "company",
        "group", "tbk", "kpk", "bps", "bpjs", "ojk", "pbb", "who", "imf", "un", "fifa", "pssi", "tim", "team",
        "club", "watch", "alliance", "forum", "center", "centre", "foundation", "service", "authority", "board",
        "agency", "union", "network", "kepolisian", "sekretariat", "setneg", "bpbd", "basarnas", "kadin", "mui",
        "kominfo", "diskominfo", "bapenda", "bappenas", "bappeda", "bnpb", "dinkes", "pemda", "setda", "humas",
        "kemenkes", "kemendikbud", "kemenag", "kemenkeu", "bmkg", "bpom", "pbsi", "kemenpora", "dishub", "disdik",
    ]
    private static let documentWords: Set<String> = [
        "undang", "undang-undang", "uu", "peraturan", "perpres", "permen", "keputusan", "surat", "laporan", "report",
        "nota", "buku", "dokumen", "survei", "survey", "studi", "study", "riset", "data", "rilis", "deklarasi",
        "statement", "memo", "pernyataan",
    ]
    private static let titleWords: Set<String> = [
        "presiden", "menteri", "gubernur", "bupati", "wali", "ketua", "wakil", "direktur", "kepala", "juru",
        "sekretaris", "kapolri", "kapolda", "kapolres", "jenderal", "president", "minister", "governor", "chief",
        "director", "spokesman", "spokeswoman", "dr", "prof", "mr", "mrs", "ms", "sir", "lord", "senator",
    ]

    /// The word lists as byte tables, for lookups without a String per word.
    private static let organizationTable = KeyTable(words: organizationWords)
    private static let documentTable = KeyTable(words: documentWords)
    private static let titleTable = KeyTable(words: titleWords)

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

    /// Countries and regions: a place said to say something is the story's subject, not a source.
    private static let places: Set<String> = [
        "indonesia", "singapore", "singapura", "india", "pakistan", "israel", "malaysia", "china", "tiongkok",
        "jepang", "japan", "amerika serikat", "united states", "as", "us", "inggris", "britain", "prancis", "france",
        "jerman", "germany", "rusia", "russia", "iran", "australia", "korea selatan", "south korea", "thailand",
        "filipina", "philippines", "vietnam", "jawa barat", "jawa tengah", "jawa timur", "punjab", "eropa", "europe",
        "kuwait", "arab saudi", "saudi arabia", "mesir", "egypt", "turki", "turkey", "korea utara", "north korea",
        "ukraina", "ukraine", "italia", "italy", "spanyol", "spain", "belanda", "kanada", "canada", "brasil", "brazil",
        "qatar", "irak", "iraq", "suriah", "syria", "afghanistan", "myanmar", "kamboja", "taiwan", "hong kong",
        "washington", "jakarta", "beijing", "moskow", "moscow", "london", "paris", "tokyo",
    ]

    /// Whether a lower-cased name is a country, region or capital.
    static func isPlace(_ lower: String) -> Bool {
        // `Pennsylvania dan Virginia`: a list of places is a place too.
        if places.contains(lower) { return true }
        guard lower.utf8.contains(0x20), lower.holds(" dan ") || lower.holds(" and ") else { return false }
        let parts = lower.components(separatedBy: " dan ").flatMap { $0.components(separatedBy: " and ") }
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

    /// Whether the name carries a web address (`boldsky.com`, `elshinta.com`).
    static func isWebAddress(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard !lower.hasSuffix(".go.id"), !lower.hasSuffix(".gov") else { return false }
        guard lower.utf8.contains(UInt8(ascii: ".")) else { return false }
        let host = lower.split(separator: "/", maxSplits: 1).first.map(String.init) ?? lower
        for suffix in [".com", ".co.id", ".id", ".net", ".org", ".co.uk", ".co", ".tv", ".news", ".asia", ".io"]
        where host.hasSuffix(suffix) {
            return true
        }
        return false
    }
}
