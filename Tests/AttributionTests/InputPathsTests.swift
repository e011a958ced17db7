import Foundation
import Testing

@testable import Attribution

@Suite struct InputPathsTests {
    @Test func foldersExpandRecursivelySortedSkippingHiddenAndOtherFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "attribution-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for relative in ["b.txt", "a/z.jsonl", "a/c.NDJSON", "a/skip.md", ".hidden/x.txt", "a/.dot.txt", "d.json"] {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let expanded = InputPaths.expand([root.path, "-", root.appendingPathComponent("nope.txt").path])
        let names = expanded.files.map { $0.hasPrefix(root.path) ? String($0.dropFirst(root.path.count + 1)) : $0 }
        #expect(names == ["a/c.NDJSON", "a/z.jsonl", "b.txt", "d.json", "-"])
        #expect(expanded.errors.map(\.key) == ["unreadable"])
        #expect(expanded.errors.first?.path.hasSuffix("nope.txt") == true)
    }

    @Test(
        arguments: [
            ("a.jsonl", true), ("a.NDJSON", true), ("a.json", true), ("a.txt", false), ("a.text", false), ("-", nil),
            ("a", nil),
        ] as [(String, Bool?)])
    func endingsNameTheFormat(path: String, isJSONLines: Bool?) {
        #expect(InputPaths.isJSONLines(path) == isJSONLines)
    }

    @Test(arguments: [("-", "stdin"), ("dir/sub/artikel.txt", "artikel"), ("x.tar.gz", "x.tar"), ("plain", "plain")])
    func plainTextIDs(path: String, id: String) {
        #expect(InputPaths.articleID(path) == id)
    }
}
