/// A speech verb joined to an earlier verb of the same subject: `Prime Minister Ariel Sharon
/// acknowledged the plan was dead and said`, `Heineken raised its dividend but warned`,
/// `Jokowi meninjau lokasi dan mengatakan`. The speaker heads the sentence.
extension SpeakerReader {
    /// The subject at the head of the sentence when the verb follows a coordinator (`and`,
    /// `but`, `dan`): a name, read as a name after a verb is (`Chicago Cubs manager Dusty Baker`
    /// gives the manager), or a pronoun; nil when the sentence's head is out of reach, or what
    /// follows the name there is no verb (a title, a body's noun, a joiner).
    func coordinatedSubject(_ t: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        guard t.count > 2, t.count < Self.tokenLimit, let first = t.first, first.kind == .word, !first.capitalised,
            Self.word(bytes, first.range, in: Self.verbCoordinators), startsSentence(t[t.count - 1].range, bytes)
        else { return nil }
        var head = t.count - 1
        guard t[head].kind == .word else { return nil }
        if Self.word(bytes, t[head].range, in: Self.personPronouns) { return .pronoun(t[head].range, person: true) }
        if Self.word(bytes, t[head].range, in: Self.bodyPronouns) { return .pronoun(t[head].range, person: false) }
        // `The Game described ... and said`: past the article, a name.
        if Self.word(bytes, t[head].range, in: Self.determiners), head > 1, t[head - 1].capitalised { head -= 1 }
        guard t[head].capitalised, case .name(let range) = name(at: t[head].range.lowerBound, bytes),
            !namesNoBody(range, bytes), !Self.word(bytes, range, in: Self.leadingNoise)
        else { return nil }
        // One capitalised word opening a sentence may be any word (`Sebagai informasi`, `Despite`,
        // `Hodgson converted and added`): a name of two words or more only.
        guard range != t[head].range else { return nil }
        // The word after the name is the clause's verb, nearer the coordinator.
        guard let verb = t.lastIndex(where: { $0.range.lowerBound >= range.upperBound }), verb > 0,
            t[verb].kind == .word, !t[verb].capitalised, !Self.word(bytes, t[verb].range, in: Self.joiners),
            !Self.word(bytes, t[verb].range, in: Self.verbCoordinators)
        else { return nil }
        // `Internet monitoring firm WebSideStory has charted`: a title or a body's noun among the
        // next lower-case words makes the name a modifier of someone else.
        var j = verb
        while j > 0, verb - j < 3, t[j].kind == .word, !t[j].capitalised {
            if Self.word(bytes, t[j].range, in: Self.titles) || Self.word(bytes, t[j].range, in: Self.bodyNouns) {
                return nil
            }
            j -= 1
        }
        return .name(range)
    }

    /// Whether the word at `range` opens its sentence: only white space stands between it and
    /// the text's start, a full stop, a quotation mark, a colon, a dash, or a line break that
    /// ends a line the way a sentence or a heading does (not `Santa⏎Fe` in wrapped copy). Unlike
    /// ``startsClause(_:_:)`` for antecedents, a dateline's dash opens a sentence here, a wrapped
    /// line's break does not, and an opening phrase's comma (`Sementara itu, Budi`) is no head.
    private func startsSentence(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var q = range.lowerBound
        while q > 0, bytes[q - 1] == 0x20 { q -= 1 }
        guard q > 0 else { return true }
        switch bytes[q - 1] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\""),
            UInt8(ascii: "-"):
            return true
        case 0x0A:
            var line = q - 1
            while line > 0, bytes[line - 1] != 0x0A { line -= 1 }
            guard q - 1 > line else { return true }
            let last = bytes[q - 2]
            return q - 1 - line < Normalizer.wrappedLineLength
                || !(CueScanner.isLetterOrDigit(last) || last == UInt8(ascii: ","))
        default: return false
        }
    }
}
