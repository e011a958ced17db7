import Testing

@testable import Attribution

/// A name read twice in one article, as an outlet and as a speaker, or as a body and as a person,
/// is one source; a surname that is also an outlet's name stays the person's.
@Suite struct NameUnifierTests {
    @Test func aCompanyReadAsPersonAndBodyIsOneBody() {
        // `kata Toyota` read as a person, `Toyota said` as a body: one source, the body.
        var evidence = [
            Self.evidence(.named("Toyota", .person)), Self.evidence(.named("Budi", .person)),
            Self.evidence(.named("TOYOTA", .organization)),
        ]
        var nested: [(from: Subject, to: Subject)] = []
        NameUnifier.unify(&evidence, nested: &nested, gazetteer: Fixture.gazetteer)
        #expect(
            evidence.map(\.subject) == [
                .named("Toyota", .organization), .named("Budi", .person), .named("Toyota", .organization),
            ])
    }

    @Test func aSpeakerNamedAsACreditedOutletIsThatOutlet() throws {
        let antara = try #require(Fixture.gazetteer.outlet(named: "Antara", mediaContext: true))
        var evidence = [Self.evidence(.outlet(antara), .cue(.relay)), Self.evidence(.named("Antara", .person))]
        var nested: [(from: Subject, to: Subject)] = []
        NameUnifier.unify(&evidence, nested: &nested, gazetteer: Fixture.gazetteer)
        #expect(evidence.map(\.subject) == [.outlet(antara), .outlet(antara)])
    }

    static func evidence(_ subject: Subject, _ signal: Signal = .cue(.speech)) -> Evidence {
        Evidence(subject: subject, signal: signal, range: 0..<1, cueLabel: "said", confidence: 0.9)
    }

    @Test func aSurnameThatNamesAnOutletStaysThePersons() throws {
        let guardian = try #require(Fixture.gazetteer.outlet(named: "The Guardian"))
        var evidence = [
            Self.evidence(.outlet(guardian), .cue(.citation)), Self.evidence(.named("Don Guardian", .person)),
            Self.evidence(.named("Guardian", .person)),
        ]
        var nested: [(from: Subject, to: Subject)] = []
        let before = evidence
        NameUnifier.unify(&evidence, nested: &nested, gazetteer: Fixture.gazetteer)
        #expect(evidence == before)
        // Without the full name, the speaker `Guardian` is the outlet the article credits.
        var alone = [Self.evidence(.outlet(guardian), .cue(.citation)), Self.evidence(.named("Guardian", .person))]
        NameUnifier.unify(&alone, nested: &nested, gazetteer: Fixture.gazetteer)
        #expect(alone.map(\.subject) == [.outlet(guardian), .outlet(guardian)])
    }

    @Test func nestedLinksFollowTheUnifiedName() {
        var evidence = [
            Self.evidence(.named("Rm", .online), .cue(.relay)), Self.evidence(.named("RM", .person)),
        ]
        var nested: [(from: Subject, to: Subject)] = [(.named("RM", .person), .named("Rm", .online))]
        NameUnifier.unify(&evidence, nested: &nested, gazetteer: Fixture.gazetteer)
        #expect(Set(evidence.map(\.subject)) == [.named("Rm", .online)])
        #expect(nested.first?.from == .named("Rm", .online))
    }

    @Test func unifyingChangesNothingWithoutASharedName() {
        var evidence = [
            Evidence(
                subject: .named("Budi", .person), signal: .cue(.speech), range: 0..<4, cueLabel: "kata", confidence: 0.9
            ),
            Evidence(
                subject: .named("Ani", .person), signal: .cue(.speech), range: 5..<8, cueLabel: "kata", confidence: 0.9),
        ]
        var nested: [(from: Subject, to: Subject)] = []
        let before = evidence
        NameUnifier.unify(&evidence, nested: &nested, gazetteer: Fixture.gazetteer)
        #expect(evidence == before)
    }
}
