import Foundation

/// Turns an assembled chain into the public ``Trace``: canonical names, merged quoted names,
/// ranked sources and mentions mapped back to the text as given.
struct TraceAssembler {
    let builder: ChainBuilder
    let text: NormalizedText
    let withMentions: Bool

    func trace(
        id: String, assembly: ChainBuilder.Assembly, decision: PublisherRule.Decision, published: String?,
        warnings: [String], minConfidence: Double
    ) -> Trace {
        var assembly = assembly
        mergeQuotedNames(&assembly)
        var offsets: [Int: Int] = [:]
        if withMentions {
            var needed: [Int] = []
            for item in decision.evidence + assembly.drafts.flatMap(\.evidence) where !item.range.isEmpty {
                let r = text.sourceRange(item.range)
                needed.append(r.lowerBound)
                needed.append(r.upperBound)
            }
            offsets = scalarOffsets(needed)
        }
        var sources: [Source] = []
        var dropped: [String] = []
        for draft in assembly.drafts {
            let subject = draft.subject
            let confidence = min(Confidence.maximum, 1 - draft.missProbability).rounded(toPlaces: 2)
            let name = builder.name(subject)
            if confidence < minConfidence {
                dropped.append(name)
                continue
            }
            sources.append(
                Source(
                    name: name, kind: draft.kind, roles: draft.roles.sorted, confidence: confidence,
                    mentions: mentions(draft.evidence, offsets), cueFamilies: families(draft.evidence)))
        }
        sources.sort { ($0.confidence, $1.name) > ($1.confidence, $0.name) }
        var edges = builder.edges(assembly)
        if !dropped.isEmpty {
            let dropped = Set(dropped)
            edges = edges.filter { !dropped.contains($0.from) && !dropped.contains($0.to) }
        }
        for i in edges.indices { edges[i].confidence = edges[i].confidence.rounded(toPlaces: 2) }
        let publisher = decision.publisher.map { subject in
            Publisher(
                name: builder.name(subject), kind: builder.kind(subject), place: decision.place,
                mentions: mentions(decision.evidence, offsets))
        }
        return Trace(
            id: id, publisher: publisher, published: published, sources: sources, edges: edges, warnings: warnings)
    }

    /// The distinct families of the evidence, sorted by name.
    private func families(_ evidence: [Evidence]) -> [String] {
        var names: [String] = []
        for item in evidence {
            let name =
                switch item.signal {
                case .cue(let family): family.rawValue
                case .dateline: "dateline"
                case .titleTag: "titleTag"
                case .signOff: "signOff"
                case .furniture: "furniture"
                case .selfAddress: "selfAddress"
                case .signature: "signature"
                case .record: "record"
                }
            if !names.contains(name) { names.append(name) }
        }
        return names.sorted()
    }

    private func mentions(_ evidence: [Evidence], _ offsets: [Int: Int]) -> [Mention] {
        guard withMentions else { return [] }
        var seen: Set<Range<Int>> = []
        var out: [Mention] = []
        for item in evidence where !item.range.isEmpty && seen.insert(item.range).inserted {
            let r = text.sourceRange(item.range)
            out.append(
                Mention(
                    text: text.sourceString(item.range), cue: item.cueLabel, start: offsets[r.lowerBound] ?? 0,
                    end: offsets[r.upperBound] ?? 0))
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// Scalar offsets of many UTF-8 offsets in one sweep over the text.
    private func scalarOffsets(_ byteOffsets: [Int]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        let wanted = Set(byteOffsets).sorted()
        var scalars = 0
        var byte = 0
        for target in wanted {
            while byte < target && byte < text.source.count {
                if text.source[byte] & 0xC0 != 0x80 { scalars += 1 }
                byte += 1
            }
            result[target] = scalars
        }
        return result
    }

    /// `Kemenlu` and `Kementerian Luar Negeri Jerman` are one body: quoted names whose words one
    /// contains the other's are merged under the fullest (the first such name, in the order
    /// credited, that is not merged away itself). The names that may hold all of a name's words
    /// are looked for among those holding its rarest word, and merged drafts are dropped at the
    /// end: a text quoting thousands of names costs in proportion, not their square.
    private func mergeQuotedNames(_ assembly: inout ChainBuilder.Assembly) {
        let quoted = assembly.drafts.filter {
            if case .named = $0.subject, $0.roles == RoleSet([.quote]) { true } else { false }
        }.map(\.subject)
        guard quoted.count > 1 else { return }
        func words(_ s: Subject) -> Set<String> {
            Set(
                builder.name(s).utf8.split(whereSeparator: { !CueScanner.isWordByte($0) }).filter { $0.count >= 3 }
                    .map { String(decoding: $0.map(PhraseTrie.fold), as: UTF8.self) })
        }
        let wordsOf = quoted.map(words)
        // The quoted names holding each word, in order.
        var holding: [String: [Int]] = [:]
        for (index, w) in wordsOf.enumerated() {
            for word in w { holding[word, default: []].append(index) }
        }
        let positions = assembly.positions()
        var merged = Set<Int>()
        var dropped = Set<Int>()
        for (index, short) in quoted.enumerated() {
            let w = wordsOf[index]
            // Any of the words' lists holds every candidate; the shortest is the least to look at.
            guard let rarest = w.min(by: { holding[$0, default: []].count < holding[$1, default: []].count }),
                let longIndex = holding[rarest, default: []].first(where: {
                    $0 != index && !merged.contains($0) && wordsOf[$0].count > w.count && w.isSubset(of: wordsOf[$0])
                }),
                let shortAt = positions[short], let longAt = positions[quoted[longIndex]]
            else { continue }
            assembly.drafts[longAt].evidence += assembly.drafts[shortAt].evidence
            assembly.drafts[longAt].missProbability *= assembly.drafts[shortAt].missProbability
            merged.insert(index)
            dropped.insert(shortAt)
        }
        if !dropped.isEmpty {
            assembly.drafts = assembly.drafts.indices.filter { !dropped.contains($0) }.map { assembly.drafts[$0] }
        }
    }
}

extension Double {
    /// The value rounded half away from zero to `places` decimals.
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
