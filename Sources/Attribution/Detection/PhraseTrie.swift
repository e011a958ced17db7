/// What a phrase of the trie stands for: a cue of the lexicon or an alias of the gazetteer.
struct TrieEntry: Sendable, Hashable {
    enum Target: Sendable, Hashable {
        case cue(Int)
        case alias(Int)
    }

    var target: Target
    var rule: AliasCase
    var prefixFamily: Bool
    var glues: Bool
    var lineStart: Bool
    /// A connector (`dari`): a hit only where scrapers glued it to the next word.
    var gluedOnly = false
    /// For a cue, its family's bit; 0 for an alias.
    var familyBit: UInt32 = 0
    /// For an alias, the outlet it names; -1 for a cue.
    var outlet: Int32 = -1

    var isAlias: Bool { if case .alias = target { true } else { false } }
}

/// A byte trie over every cue phrase and outlet alias, folded to lower case, so that one walk
/// from each word start finds all of them at once.
///
/// Transitions are a dense table of 16-bit cells over the small alphabet the phrases use, nodes
/// numbered breadth first so the shallow rows every walk starts with share cache lines; a cell's
/// top bit says the target ends a phrase, so a walk makes one load a byte. A byte outside the
/// alphabet ends the walk at once, so most word starts cost one or two lookups.
struct PhraseTrie: Sendable {
    /// Byte to alphabet class; 0 means no phrase uses the byte.
    let classOf: [UInt8]
    let stride: Int
    /// `next[node * stride + class]`: the target node, with ``terminalBit`` set when it ends a
    /// phrase; 0 means no transition (the root is never a target).
    let next: [UInt16]
    /// For each node, an index into `entries`, or -1.
    let terminal: [Int32]
    /// Marks a target node that ends a phrase.
    static let terminalBit: UInt16 = 0x8000
    /// The entries of each terminal node.
    let entries: [[TrieEntry]]

    init(phrases: [(String, TrieEntry)]) {
        var classOf = [UInt8](repeating: 0, count: 256)
        var count = 0
        for (phrase, _) in phrases {
            for byte in phrase.utf8 {
                let folded = Self.fold(byte)
                if classOf[Int(folded)] == 0 {
                    count += 1
                    precondition(count < 255, "alphabet too large")
                    classOf[Int(folded)] = UInt8(count)
                }
            }
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { classOf[Int(upper)] = classOf[Int(upper + 32)] }
        let stride = count + 1
        var next = [Int32](repeating: 0, count: stride)
        var terminal: [Int32] = [-1]
        var entries: [[TrieEntry]] = []
        for (phrase, entry) in phrases {
            var node = 0
            for byte in phrase.utf8 {
                let slot = node * stride + Int(classOf[Int(byte)])
                if next[slot] == 0 {
                    next[slot] = Int32(terminal.count)
                    terminal.append(-1)
                    next.append(contentsOf: repeatElement(0, count: stride))
                }
                node = Int(next[slot])
            }
            if terminal[node] < 0 {
                terminal[node] = Int32(entries.count)
                entries.append([])
            }
            if !entries[Int(terminal[node])].contains(entry) { entries[Int(terminal[node])].append(entry) }
        }
        // Number the nodes breadth first, so that the shallow nodes every walk starts with sit
        // together in memory.
        var order = [0]
        var newID = [Int32](repeating: -1, count: terminal.count)
        newID[0] = 0
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            for cls in 1..<stride where next[node * stride + cls] != 0 {
                let child = Int(next[node * stride + cls])
                if newID[child] < 0 {
                    newID[child] = Int32(order.count)
                    order.append(child)
                }
            }
        }
        precondition(order.count < Int(Self.terminalBit), "the phrase table outgrew the 15-bit trie")
        var packed = [UInt16](repeating: 0, count: next.count)
        var packedTerminal = [Int32](repeating: -1, count: terminal.count)
        for (newNode, oldNode) in order.enumerated() {
            packedTerminal[newNode] = terminal[oldNode]
            for cls in 1..<stride where next[oldNode * stride + cls] != 0 {
                let child = Int(next[oldNode * stride + cls])
                let flag = terminal[child] >= 0 ? Self.terminalBit : 0
                packed[newNode * stride + cls] = UInt16(newID[child]) | flag
            }
        }
        self.classOf = classOf
        self.stride = stride
        self.next = packed
        self.terminal = packedTerminal
        self.entries = entries
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
