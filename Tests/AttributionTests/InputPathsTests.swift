import Foundation
import Testing

@testable import Attribution

@Suite struct InputPathsTests {
    @Test func foldersExpandRecursivelySortedSkippingHiddenAndOtherFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "attribution-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for relative in [
            "b.txt", "a/z.jsonl", "a/c.NDJSON", "a/skip.md", ".hidden/x.txt", "a/.dot.txt", "d.json", "e.HTML",
            "a/f.htm",
        ] {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let expanded = InputPaths.expand([root.path, "-", root.appendingPathComponent("nope.txt").path])
        let names = expanded.files.map { $0.hasPrefix(root.path) ? String($0.dropFirst(root.path.count + 1)) : $0 }
        #expect(names == ["a/c.NDJSON", "a/f.htm", "a/z.jsonl", "b.txt", "d.json", "e.HTML", "-"])
        #expect(expanded.errors.map(\.key) == ["unreadable"])
        #expect(expanded.errors.first?.path.hasSuffix("nope.txt") == true)
    }

    @Test func linkedFoldersAreEnteredOnceAndALinkUpTheTreeIsNoLoop() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "attribution-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let shard = root.appendingPathComponent("shard")
        try FileManager.default.createDirectory(at: shard, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: shard.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: shard.appendingPathComponent("up").path, withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("link.txt").path, withDestinationPath: shard.path + "/a.txt")
        let expanded = InputPaths.expand([root.path])
        let names = expanded.files.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(names == ["link.txt", "shard/a.txt"])
        #expect(expanded.errors.isEmpty)
    }

    @Test(
        arguments: [
            ("a.jsonl", .jsonLines), ("a.NDJSON", .jsonLines), ("a.json", .jsonLines), ("a.txt", .text),
            ("a.text", .text), ("a.html", .html), ("a.HTM", .html), ("a.xhtml", .html), ("-", nil), ("a", nil),
        ] as [(String, InputFormat?)])
    func endingsNameTheFormat(path: String, format: InputFormat?) {
        #expect(InputPaths.format(of: path) == format)
    }

    @Test(arguments: [("-", "stdin"), ("dir/sub/artikel.txt", "artikel"), ("x.tar.gz", "x.tar"), ("plain", "plain")])
    func plainTextIDs(path: String, id: String) {
        #expect(InputPaths.articleID(path) == id)
    }
}
