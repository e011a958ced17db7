/// Decides which outlet published the article, and which agency copy it reproduces, from the
/// layout evidence and self-references, in the order GUIDELINES-style readers weigh them.
///
/// 1. The input record's `outlet` or `url`.
/// 2. A dateline of an outlet that is not a news agency (`REPUBLIKA.CO.ID, BERLIN --`).
/// 3. A self-reference: the outlet's own reporters at work (`Pantauan detikcom`, `kepada detikcom`
///    in its own language), a self-description (`DailySocial.id adalah portal berita`), its own
///    address in brackets, or its name in page furniture.
/// 4. An agency dateline or title tag (`Jakarta (ANTARA) -`, `(AP)`), then an agency sign-off.
///
/// An agency dateline or sign-off under another publisher is that publisher's syndication source.
struct PublisherRule: Sendable {
    let gazetteer: Gazetteer

    /// Languages whose outlets mark their own reporting by a statement made to them.
    static let ownInterviewLanguages = WordLists.standard.set(.ownInterviewLanguage)

    struct Decision {
        var publisher: Subject?
        var evidence: [Evidence]
        var place: String?
        /// Agency datelines and sign-offs that make syndication, with their evidence.
        var syndication: [Evidence]
    }

    /// Decides; `language` is asked for only when a self-reference needs it.
    ///
    /// The kinds of evidence are read straight from `evidence` in its order, not gathered into
    /// arrays first: an article seldom has more than a few of each, and the arrays cost more
    /// than the passes.
    func decide(_ evidence: [Evidence], language: () -> String) -> Decision {
        var chosen: [Evidence] = []
        if let first = evidence.first(where: { $0.signal == .record }) {
            chosen = evidence.filter { $0.signal == .record && $0.subject == first.subject }
        } else if let first = evidence.first(where: { $0.signal == .dateline && !isAgency($0.subject) }) {
            chosen = [first]
        } else if let selfRef = selfReference(evidence, language: language, interviews: false) {
            chosen = evidence.filter { $0.subject == selfRef && isSelfSignal($0) }
        } else if let first = evidence.first(where: isAgencyDateline) {
            chosen = evidence.filter { isAgencyDateline($0) && $0.subject == first.subject }
        } else if let selfRef = selfReference(evidence, language: language, interviews: true) {
            chosen = evidence.filter { $0.subject == selfRef && isSelfSignal($0) }
        } else if let first = evidence.first(where: { $0.signal == .signOff }) {
            chosen = [first]
        } else if let first = evidence.first(where: { $0.flags.contains(.maker) && $0.subject.isMedia }) {
            // `Copyright 2016 The Associated Press` and no other maker shown.
            chosen = [first]
        }
        guard let publisher = chosen.first?.subject else {
            return Decision(publisher: nil, evidence: [], place: nil, syndication: [])
        }
        var mentions = chosen
        for item in evidence where Self.isDateline(item) && item.subject == publisher && !chosen.contains(item) {
            mentions.append(item)
        }
        for item in evidence where item.signal == .signOff && item.subject == publisher { mentions.append(item) }
        var syndication: [Evidence] = []
        for item in evidence where isAgencyDateline(item) && item.subject != publisher && item.signal != .titleTag {
            syndication.append(item)
        }
        for item in evidence where item.signal == .signOff && item.subject != publisher { syndication.append(item) }
        let place = evidence.first { Self.isDateline($0) && $0.subject == publisher }?.place
        return Decision(publisher: publisher, evidence: mentions, place: place, syndication: syndication)
    }

    /// A dateline or a title tag.
    private static func isDateline(_ item: Evidence) -> Bool {
        item.signal == .dateline || item.signal == .titleTag
    }

    /// An agency's dateline, or any title tag.
    private func isAgencyDateline(_ item: Evidence) -> Bool {
        Self.isDateline(item) && (isAgency(item.subject) || item.signal == .titleTag)
    }

    /// The one outlet the text shows doing its own reporting, if exactly one does.
    /// With `interviews`, a statement made to an Indonesian outlet in an Indonesian article
    /// (`kata X kepada detikcom`) counts too: that is how Indonesian outlets mark their own
    /// reporting, whereas `told Fox News` in English names another outlet.
    private func selfReference(_ evidence: [Evidence], language guess: () -> String, interviews: Bool) -> Subject? {
        var strong: [Subject] = []
        var known: String? = nil
        func language() -> String {
            if let known { return known }
            known = guess()
            return known!
        }
        // The media outlets the evidence names, read once: `onlyOutlet` is asked of every
        // interview, and a text may hold thousands.
        var media: MediaNamed? = nil
        func onlyOutlet(_ subject: Subject) -> Bool {
            if media == nil { media = MediaNamed(evidence) }
            return media!.onlyOutlet(subject)
        }
        // The outlets some evidence credits as sources, likewise read once; a weak credit (`a
        // BBC story`, `per BBC`) does not rule out the outlet's own reporting.
        var credited: Set<Subject>? = nil
        func isCited(_ subject: Subject) -> Bool {
            if credited == nil {
                credited = Set(evidence.lazy.filter { Self.isCredit($0) && !$0.flags.contains(.weak) }.map(\.subject))
            }
            return credited!.contains(subject)
        }
        for item in evidence {
            switch item.signal {
            case .cue(.reporting):
                if isOwnLanguageOutlet(item.subject, language()) { strong.append(item.subject) }
            case .cue(.selfDescription), .selfAddress, .signature:
                strong.append(item.subject)
            case .cue(.relay) where item.flags.contains(.own) && isOwnLanguageOutlet(item.subject, language()):
                // `dikutip detikFinance` (quoted by, not from): the outlet's own reporting.
                strong.append(item.subject)
            case .cue(.interview) where interviews:
                let own = isOwnLanguageOutlet(item.subject, language())
                // Indonesian outlets mark their own reporting so (`kata X kepada detikcom`); in
                // English (`he told BBC News`) only when no other outlet is named but as a source
                // (`according to the Financial Times`), and the outlet is not cited as a source
                // too (`..., the Financial Times reported`).
                if own,
                    Self.ownInterviewLanguages.contains(language())
                        || (onlyOutlet(item.subject) && !isCited(item.subject))
                {
                    strong.append(item.subject)
                }
            default: break
            }
        }
        // Distinct subjects not relayed elsewhere, in the order first named. Each subject is
        // looked at once, the relayed ones found in one pass.
        var candidates: [Subject] = []
        if !strong.isEmpty {
            let relayed = Set(
                evidence.lazy.filter { $0.signal == .cue(.relay) && !$0.flags.contains(.own) }.map(\.subject))
            var looked: Set<Subject> = []
            for subject in strong where looked.insert(subject).inserted && !relayed.contains(subject) {
                candidates.append(subject)
            }
        }
        if candidates.count == 1 { return candidates[0] }
        // `JawaPos.com mencoba mengonfirmasi ... (jpg/fajar)`: the desk that signs the page
        // publishes it, over another outlet whose reporters wrote the copy.
        let signed = candidates.filter { subject in
            evidence.contains { $0.signal == .signature && $0.subject == subject }
        }
        if signed.count == 1 { return signed[0] }
        if candidates.isEmpty {
            var furniture: [Subject] = []
            for item in evidence where item.signal == .furniture && !furniture.contains(item.subject) {
                if case .outlet(let index) = item.subject, gazetteer.outlets[index].kind != .agency {
                    furniture.append(item.subject)
                }
            }
            if furniture.count == 1 { return furniture[0] }
        }
        return nil
    }

    /// Whether `item` credits its outlet as a source of the content (`X reported`, `according
    /// to X`, `X's poll`): no outlet cites itself so. Its own journalists (`BBC correspondent X
    /// said`) are no such credit.
    private static func isCredit(_ item: Evidence) -> Bool {
        guard case .cue(let family) = item.signal else { return false }
        switch family {
        case .citation, .report, .closing, .sponsor, .data: return true
        case .relay: return !item.flags.contains(.own)
        default: return false
        }
    }

    private func isSelfSignal(_ item: Evidence) -> Bool {
        switch item.signal {
        case .cue(.reporting), .cue(.selfDescription), .cue(.interview), .selfAddress, .furniture, .signature: true
        case .cue(.relay): item.flags.contains(.own)
        default: false
        }
    }

    /// The media outlets some evidence names other than as sources: none, one, or several.
    private struct MediaNamed {
        var first: Subject? = nil
        var several = false

        init(_ evidence: [Evidence]) {
            for item in evidence where item.subject.isMedia && !PublisherRule.isCredit(item) {
                if first == nil {
                    first = item.subject
                } else if item.subject != first {
                    several = true
                    break
                }
            }
        }

        /// Whether `subject` is the only media outlet any evidence names other than as a source.
        func onlyOutlet(_ subject: Subject) -> Bool {
            !several && (first == nil || first == subject)
        }
    }

    /// A non-agency outlet writing in the article's language: one whose reporters could have done the work.
    private func isOwnLanguageOutlet(_ subject: Subject, _ language: String) -> Bool {
        switch subject {
        case .outlet(let index):
            gazetteer.outlets[index].language == language && gazetteer.outlets[index].kind != .agency
        case .named(_, let kind):
            // An outlet no table knows is taken to write in the article's language.
            kind.isMedia && kind != .agency
        }
    }

    func isAgency(_ subject: Subject) -> Bool {
        if case .outlet(let index) = subject { gazetteer.outlets[index].kind == .agency } else { false }
    }
}
