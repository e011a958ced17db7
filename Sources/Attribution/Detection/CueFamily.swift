/// What a cue phrase says about the name next to it.
enum CueFamily: String, Sendable, CaseIterable {
    /// `dilansir dari X`, `mengutip X`, `via X`: the article relays X's report.
    case relay
    /// `menurut laporan X`, `according to X`, `citing X`: the article cites X.
    case citation
    /// `X melaporkan`, `X reported`: the name stands before the cue.
    case report
    /// `demikian laporan X`: a closing line that credits the whole report to X.
    case closing
    /// `kepada X`, `told X`, `dalam wawancara dengan X`: a statement made to X.
    case interview
    /// `pantauan X`, `saat dihubungi X`, `dikonfirmasi X`: X's own reporters at work.
    case reporting
    /// `X has reached out`, `X mencoba mengonfirmasi`: X's own reporters at work, X named before.
    case reportingBefore
    /// `X adalah portal berita`: the publisher describing itself.
    case selfDescription
    /// `Subscribe to X`, `Click here to follow X`: the publisher's own masthead and furniture.
    case masthead
    /// `editor`, `correspondent`, `wartawan`: a journalist's role, with the outlet before it
    /// (`NME editor X`, `The Times' music critic X`) or after `of`/`for` (`Royal Editor of the
    /// Daily Mirror`, `a writer for The Atlantic`): the outlet's journalism is a source.
    case affiliation
    /// `poll`, `survey`, `average`, `tally`: the outlets right before sponsor the figures
    /// (`a CBS News poll`, `NBC/WSJ poll`, `the AP's tally`).
    case sponsor
    /// `berdasarkan data X`: market or survey data credited to X.
    case data
    /// `sumber: X`, `Berita ini telah tayang di X`: the article reproduces X's copy.
    case footer
    /// `Foto: X/Name`, `Gambar header: X`: a picture credit.
    case photo
    /// `kata X`, `ujar X`, `said X`: the words of the person or body that follows.
    case speech
    /// `X mengatakan`, `X said`: the words of the person or body that precedes.
    case speechAfter
    /// `siaran pers`, `keterangan tertulis`: a document whose words are reported.
    case document
    /// `surat kabar`, `kantor berita`, `the ... newspaper`: says the next name is an outlet.
    case descriptor
    /// `laporan`, `data`, `situs`: words that may stand between a cue and its name.
    case filler
    /// `dari`, `dengan`: joins glued words in scraped text; a hit only when glued.
    case connector
    /// `Baca juga`, `Advertisement`, `Simak juga`: page furniture up to the end of the line.
    case furnitureLine
    /// `Berita Lainnya`, `Yuk Ngaji`: page furniture to the end of the page.
    case furnitureBlock

    /// The family's bit in a ``CueFamilies`` set.
    var bit: UInt32 {
        switch self {
        case .relay: 1 << 0
        case .citation: 1 << 1
        case .report: 1 << 2
        case .closing: 1 << 3
        case .interview: 1 << 4
        case .reporting: 1 << 5
        case .selfDescription: 1 << 6
        case .data: 1 << 7
        case .footer: 1 << 8
        case .photo: 1 << 9
        case .speech: 1 << 10
        case .speechAfter: 1 << 11
        case .document: 1 << 12
        case .descriptor: 1 << 13
        case .filler: 1 << 14
        case .connector: 1 << 15
        case .furnitureLine: 1 << 16
        case .furnitureBlock: 1 << 17
        case .reportingBefore: 1 << 18
        case .masthead: 1 << 19
        case .affiliation: 1 << 20
        case .sponsor: 1 << 21
        }
    }
}

/// A set of cue families as a bit mask: checked on every hit, so it must not allocate.
struct CueFamilies: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    init(_ families: CueFamily...) {
        rawValue = families.reduce(0) { $0 | $1.bit }
    }

    static let all = CueFamilies(rawValue: .max)
    static let furniture = CueFamilies(.furnitureLine, .furnitureBlock)
    static let between = CueFamilies(.descriptor, .filler)
    static let descriptor = CueFamilies(.descriptor)
    static let data = CueFamilies(.data)
}
