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

    /// The kind a name suggests: organisation, document or person.
    static func of(_ name: String) -> OutletKind {
        let words = Self.lowerWords(name) { $0 == 0x20 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
        if let first = words.first, documentWords.contains(first) { return .document }
        if words.contains(where: { organizationWords.contains($0) })
            && !words.contains(where: { titleWords.contains($0) })
        {
            return .organization
        }
        if words.count == 1, let only = words.first, only.count <= 5,
            !name.utf8.contains(where: { $0 &- UInt8(ascii: "a") < 26 }), name.uppercased() == name
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
        guard lower.utf8.contains(0x20) else { return false }
        let parts = lower.components(separatedBy: " dan ").flatMap { $0.components(separatedBy: " and ") }
        return parts.count > 1 && parts.allSatisfy { places.contains($0) }
    }

    /// Whether a lower-cased name is a title alone (`presiden`, `chief technology officer`).
    static func isBareTitle(_ lower: String) -> Bool {
        !lower.utf8.contains(0x20) && titleWords.contains(lower)
    }

    /// Whether the name reads as an institution rather than a possible outlet.
    static func looksInstitutional(_ name: String) -> Bool {
        let words = Self.lowerWords(name) { $0 == 0x20 }
        return words.contains {
            organizationWords.contains($0) || titleWords.contains($0) || documentWords.contains($0)
        }
    }

    /// The words of `name` between separator bytes, ASCII letters folded to lower case.
    private static func lowerWords(_ name: String, separatedBy isSeparator: (UInt8) -> Bool) -> [String] {
        name.utf8.split(whereSeparator: isSeparator).map { String(decoding: $0.map(PhraseTrie.fold), as: UTF8.self) }
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
