/// One outlet as a table row gives it: the outlet, its aliases with their match rules, and
/// where the row stands, so that a conflict names both rows.
struct OutletRow: Sendable {
    /// One surface form and how it must match.
    struct Alias: Sendable {
        var form: String
        var rule: AliasCase
        /// A trailing `*`: the form followed by one or more letters (`detik*`).
        var prefixFamily: Bool
        /// A leading `?`: an ordinary word or name (`Record`, `Time`) that names the outlet only
        /// next to a cue or a descriptor, never alone.
        var weak = false
        /// Derived from another form of the row (`Wales Online` from `WalesOnline`), whose key
        /// it shares: it claims no key of its own.
        var derived = false
    }

    let outlet: Outlet
    let aliases: [Alias]
    let path: String
    let line: Int
    /// 0 for a built-in row; each table a user adds is one layer more. A row overrides the
    /// rows of lower layers that share its name or a key.
    let layer: Int
    /// The comparison keys the row claims: its name, its aliases and its domains, and, derived
    /// from them, its name without a leading `The` (`Washington Post`), which yields to any
    /// outlet that claims it outright (`The Week`'s `Week` to the station `WEEK`). A key is weak
    /// when a weak alias gives it (`?^Metro`, and so the name `Metro` too): it names the outlet
    /// only where the text speaks of media.
    let keys: [(key: String, form: String, derived: Bool, weak: Bool)]

    init(outlet: Outlet, aliases: [Alias], path: String, line: Int, layer: Int) {
        self.outlet = outlet
        self.aliases = aliases
        self.path = path
        self.line = line
        self.layer = layer
        // A key found in any case names the outlet anywhere only when it is no ordinary word
        // (a weak alias), no acronym that must match exactly (`=KRIS`, not "Kris"), no name of
        // three letters or fewer that no plain alias vouches for (`DR`, not "Dr"), and no title
        // of one media head word (`The Herald`: many outlets' name).
        var keys: [(key: String, form: String, derived: Bool, weak: Bool)] = []
        keys.reserveCapacity(aliases.count + outlet.domains.count + 2)
        keys.append((Gazetteer.key(outlet.name), outlet.name, false, false))
        for alias in aliases where !alias.derived {
            keys.append((Gazetteer.key(alias.form), alias.form, false, alias.weak || alias.rule == .exact))
        }
        for domain in outlet.domains { keys.append((Gazetteer.key(domain), domain, false, false)) }
        if outlet.name.hasPrefix("The ") {
            // `The City` is no `City` outside a media context.
            let bare = String(outlet.name.dropFirst(4))
            keys.append((Gazetteer.key(bare), bare, true, !bare.utf8.contains(0x20)))
        }
        // A key shared with a weak or exact alias is weak whoever claims it (the name `Metro`
        // of `?^Metro`); a short key only a plain alias makes strong.
        for i in keys.indices {
            let key = keys[i].key
            if !keys[i].weak, keys.contains(where: { $0.key == key && $0.weak }) { keys[i].weak = true }
            if !keys[i].weak, key.utf8.count <= 3,
                !aliases.indices.contains(where: {
                    !aliases[$0].derived && !aliases[$0].weak && aliases[$0].rule == .any && keys[$0 + 1].key == key
                })
            {
                keys[i].weak = true
            }
            if !keys[i].weak, Self.isGenericTitle(keys[i].form) { keys[i].weak = true }
        }
        self.keys = keys
    }

    /// Media head words (the `media-word` list of `words.tsv`).
    private static let mediaWords = WordLists.standard.set(.mediaWord)

    /// Whether a name is one media head word, articles aside (`The Herald`, `Metro`): a title
    /// that many outlets have.
    static func isGenericTitle(_ name: String) -> Bool {
        // `The ` and twelve bytes at most: longer names are answered before any string is made.
        guard name.utf8.count <= 16 else { return false }
        var word = Substring(name)
        if word.utf8.count > 4, word.utf8.prefix(4).elementsEqual("the ".utf8, by: { $0 | 0x20 == $1 }) {
            word = word.dropFirst(4)
        }
        // One word, and no longer than the longest head word.
        guard word.utf8.count <= 12, !word.utf8.contains(0x20) else { return false }
        return mediaWords.contains(word.lowercased())
    }

    /// `file:line`.
    var location: String { "\(path):\(line)" }
}
