import Foundation

/// Lists the input files under a folder, recursively: hidden entries skipped, folders behind
/// symbolic links entered once (a link back up the tree is no loop), and every folder that
/// cannot be listed reported with the system's reason.
struct FolderWalk {
    /// The files found, relative to the folder walked.
    private(set) var found: [String] = []
    /// A folder that could not be listed, each.
    private(set) var errors: [InputError] = []
    /// The device and inode of each folder entered.
    private var entered: Set<[UInt64]> = []

    mutating func visit(_ folder: String, relative: String) {
        var info = stat()
        guard stat(folder, &info) == 0, entered.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            errors.append(InputError(path: folder, line: 0, reason: .unreadable(Self.reason(folder))))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let full = (folder as NSString).appendingPathComponent(name)
            let path = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                visit(full, relative: path)
            } else if InputPaths.extensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append(path)
            }
        }
    }

    /// Why a folder cannot be listed, as the system says it (`Permission denied`).
    private static func reason(_ folder: String) -> String {
        guard let handle = opendir(folder) else { return String(cString: strerror(errno)) }
        closedir(handle)
        return "cannot list the folder"
    }
}
