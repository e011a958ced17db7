/// The built-in knowledge tables, embedded into the binary from `Sources/Attribution/Tables`
/// (SwiftPM's `.embedInCode`), so that the executable carries them wherever it goes.
enum StandardTables {
    /// Where the tables live in the repository, for messages that name a row.
    static let folder = "Sources/Attribution/Tables/"

    /// The outlet tables, read in this order.
    static let outlets: [(path: String, text: String)] = [
        (folder + "outlets.tsv", String(decoding: PackageResources.outlets_tsv, as: UTF8.self))
    ]

    /// The cue phrase table.
    static let cues = (path: folder + "cues.tsv", text: String(decoding: PackageResources.cues_tsv, as: UTF8.self))

    /// The word lists.
    static let words = (path: folder + "words.tsv", text: String(decoding: PackageResources.words_tsv, as: UTF8.self))

    /// Every embedded file, by name, so that a test can tell a table file that is never read.
    static let fileNames = ["outlets.tsv", "cues.tsv", "words.tsv"]

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
