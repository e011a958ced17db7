import Foundation

/// Expands the paths a user names into the files to read: folders recursively, in sorted order.
public enum InputPaths {
    /// File name endings read inside folders.
    public static let extensions: Set<String> = ["txt", "text", "jsonl", "ndjson", "json", "html", "htm", "xhtml"]

    /// The files under `paths`, folders expanded (hidden entries skipped), with an error for each
    /// path that does not exist and each folder, at any depth, that cannot be listed (no
    /// permission): such a folder is reported as `unreadable`, as a file is, never read as
    /// empty. `-` is kept as is, for standard input.
    public static func expand(_ paths: [String]) -> (files: [String], errors: [InputError]) {
        var files: [String] = []
        var errors: [InputError] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append(InputError(path: path, line: 0, reason: .unreadable("no such file or folder")))
                continue
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            var walk = FolderWalk()
            walk.visit(path, relative: "")
            files.append(contentsOf: walk.found.sorted().map { (path as NSString).appendingPathComponent($0) })
            errors.append(contentsOf: walk.errors)
        }
        return (files, errors)
    }

    /// The format a path's ending names, or nil when the content must tell.
    static func format(of path: String) -> InputFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "jsonl", "ndjson", "json": .jsonLines
        case "txt", "text": .text
        case "html", "htm", "xhtml": .html
        default: nil
        }
    }

    /// The format of a file whose ending does not tell, by its first byte that is not blank
    /// (after a byte order mark): `{` is JSON Lines, `<` an HTML page, anything else text.
    static func sniff(_ first: UInt8) -> InputFormat {
        switch first {
        case UInt8(ascii: "{"): .jsonLines
        case UInt8(ascii: "<"): .html
        default: .text
        }
    }

    /// The id of a plain-text article or a page: its file name without folder and extension.
    static func articleID(_ path: String) -> String {
        path == "-" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}

/// How an input file holds its articles.
public enum InputFormat: String, Sendable, Hashable {
    /// One JSON object a line, each an article (`text`, or `html` for a page).
    case jsonLines
    /// The whole file is one article's text.
    case text
    /// The whole file is one saved HTML page.
    case html
}
