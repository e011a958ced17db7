import Foundation
import Testing

@testable import Attribution

/// A fixture whose spans are marked inline with `⟦` and `⟧` instead of counted by hand.
struct Marked {
    /// The text with the markers removed.
    let text: String
    /// The marked spans, as UTF-8 byte ranges of `text`.
    let byteRanges: [Range<Int>]
    /// The marked spans, as Unicode scalar ranges of `text`.
    let scalarRanges: [Range<Int>]
    /// The marked spans' text.
    let spans: [String]

    init(_ marked: String) {
        var text = ""
        var bytes: [Range<Int>] = []
        var scalars: [Range<Int>] = []
        var spans: [String] = []
        var openByte = 0
        var openScalar = 0
        var scalarCount = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦":
                openByte = text.utf8.count
                openScalar = scalarCount
            case "⟧":
                bytes.append(openByte..<text.utf8.count)
                scalars.append(openScalar..<scalarCount)
                let utf8 = Array(text.utf8)[openByte..<text.utf8.count]
                spans.append(String(decoding: utf8, as: UTF8.self))
            default:
                text.unicodeScalars.append(scalar)
                scalarCount += 1
            }
        }
        self.text = text
        byteRanges = bytes
        scalarRanges = scalars
        self.spans = spans
    }
}

/// One hit of the scanner, as text a test can compare.
struct ScannedHit: Equatable, CustomStringConvertible {
    var text: String
    var cues: [String]
    var outlet: String?
    var glued: Bool

    var description: String { "\(text)[\(cues.joined(separator: ","))\(outlet.map { "=" + $0 } ?? "")]" }
}

enum Fixture {
    static let tracer = Tracer()
    static let lexicon = CueLexicon.standard
    static let gazetteer = Gazetteer.standard
    static let scanner = CueScanner(lexicon: lexicon, gazetteer: gazetteer)

    /// The text normalized.
    static func normalize(_ text: String) -> NormalizedText {
        Normalizer().normalize(Array(text.utf8))
    }

    /// Every hit of the scanner over `text`, normalized first.
    static func scan(_ text: String) -> [ScannedHit] {
        let normalized = normalize(text)
        return scanner.hits(in: normalized).map { hit in
            ScannedHit(
                text: normalized.string(hit.start..<hit.end), cues: hit.cues(lexicon).map(\.phrase),
                outlet: hit.outlet(gazetteer).map { gazetteer.outlets[$0].name }, glued: hit.glued)
        }
    }

    /// The trace of a short article.
    static func trace(_ text: String, title: String? = nil, id: String = "t") -> Trace {
        tracer.trace(Article(id: id, text: text, title: title))
    }

    /// The package's root folder, found from this file's path.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()
}

extension Trace {
    /// Source names with each of their roles, e.g. `Antara:syndication`.
    var sourceRoles: Set<String> {
        Set(sources.flatMap { source in source.roles.map { "\(source.name):\($0.rawValue)" } })
    }

    /// Media source names, sorted.
    var mediaNames: [String] { sources.filter { $0.kind.isMedia }.map(\.name).sorted() }

    /// Sources that the article syndicates, sorted.
    var syndicated: [String] { sources.filter { $0.roles.contains(.syndication) }.map(\.name).sorted() }

    /// Edges as `from -> to (relation)`, sorted.
    var edgeList: [String] { edges.map { "\($0.from) -> \($0.to) (\($0.relation.rawValue))" }.sorted() }
}
