/// The built-in knowledge tables, embedded into the binary from `Sources/Attribution/Tables`
/// (SwiftPM's `.embedInCode`), so that the executable carries them wherever it goes.
enum StandardTables {
    /// Where the tables live in the repository, for messages that name a row.
    static let folder = "Sources/Attribution/Tables/"

    /// The outlet tables, read in this order: the reviewed core, then the outlets gathered from
    /// public lists (each file names its sources and licences).
    static let outlets: [(path: String, text: String)] = [
        (folder + "outlets.tsv", PackageResources.outlets_tsv),
        (folder + "outlets-agencies.tsv", PackageResources.outlets_agencies_tsv),
        (folder + "outlets-asia.tsv", PackageResources.outlets_asia_tsv),
        (folder + "outlets-au-nz.tsv", PackageResources.outlets_au_nz_tsv),
        (folder + "outlets-canada.tsv", PackageResources.outlets_canada_tsv),
        (folder + "outlets-europe.tsv", PackageResources.outlets_europe_tsv),
        (folder + "outlets-fact-checkers.tsv", PackageResources.outlets_fact_checkers_tsv),
        (folder + "outlets-id-national.tsv", PackageResources.outlets_id_national_tsv),
        (folder + "outlets-id-regional.tsv", PackageResources.outlets_id_regional_tsv),
        (folder + "outlets-latam.tsv", PackageResources.outlets_latam_tsv),
        (folder + "outlets-mideast-africa.tsv", PackageResources.outlets_mideast_africa_tsv),
        (folder + "outlets-uk-ie.tsv", PackageResources.outlets_uk_ie_tsv),
        (folder + "outlets-us-aggregators-polls.tsv", PackageResources.outlets_us_aggregators_polls_tsv),
        (folder + "outlets-us-national-online.tsv", PackageResources.outlets_us_national_online_tsv),
        (folder + "outlets-us-networks.tsv", PackageResources.outlets_us_networks_tsv),
        (folder + "outlets-us-newspapers.tsv", PackageResources.outlets_us_newspapers_tsv),
        (folder + "outlets-us-partisan-opinion.tsv", PackageResources.outlets_us_partisan_opinion_tsv),
        (folder + "outlets-us-radio-stations.tsv", PackageResources.outlets_us_radio_stations_tsv),
        (folder + "outlets-us-tv-major.tsv", PackageResources.outlets_us_tv_major_tsv),
        (folder + "outlets-us-tv-stations.tsv", PackageResources.outlets_us_tv_stations_tsv),
    ].map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }

    /// The cue phrase table.
    static let cues = (path: folder + "cues.tsv", text: String(decoding: PackageResources.cues_tsv, as: UTF8.self))

    /// The speech verbs, read with the cue table into one lexicon.
    static let speechVerbs = (
        path: folder + "speech-verbs.tsv", text: String(decoding: PackageResources.speech_verbs_tsv, as: UTF8.self)
    )

    /// The word lists.
    static let words = (path: folder + "words.tsv", text: String(decoding: PackageResources.words_tsv, as: UTF8.self))

    /// What the HTML reader knows about news pages.
    static let page = (path: folder + "page.tsv", text: String(decoding: PackageResources.page_tsv, as: UTF8.self))

    /// HTML's named character references.
    static let entities = (
        path: folder + "entities.tsv", text: String(decoding: PackageResources.entities_tsv, as: UTF8.self)
    )

    /// Every embedded file, by name, so that a test can tell a table file that is never read.
    static var fileNames: [String] {
        outlets.map { String($0.path.dropFirst(folder.count)) } + [
            "cues.tsv", "speech-verbs.tsv", "words.tsv", "page.tsv", "entities.tsv",
        ]
    }

    /// Reads a built-in table; a built-in table that does not read is a defect the table checks
    /// catch, so it stops the program with its location.
    static func load<T>(_ read: () throws(TableError) -> T) -> T {
        do {
            return try read()
        } catch {
            preconditionFailure("built-in table: \(error)")
        }
    }
}
