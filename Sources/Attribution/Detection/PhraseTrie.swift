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
/// Nodes are numbered breadth first, so the children of a node have consecutive numbers. Each
/// node is one 64-bit word: whether it ends a phrase, and either its first child and the
/// classes of up to five children inline, or (for the few nodes with more) a row of a dense
/// transition table. The whole trie stays small enough for the L2 cache, so a walk costs one
/// load a byte, mostly cache hits; a byte outside the alphabet ends the walk at once.
struct PhraseTrie: Sendable {
    /// Byte to alphabet class; 0 means no phrase uses the byte.
    let classOf: [UInt8]
    let stride: Int
    /// One word a node; see ``child(of:_:dense:stride:)`` for the layout.
    let nodes: [UInt64]
    /// Rows of `stride` child numbers (0: none) for the nodes with many children.
    let dense: [UInt16]
    /// For each node, an index into `entries`, or -1.
    let terminal: [Int32]
    /// The entries of each terminal node.
    let entries: [[TrieEntry]]

    private static let denseFlag: UInt64 = 1 << 63
    private static let terminalFlag: UInt64 = 1 << 62
    private static let inlineChildren = 5

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
        precondition(order.count < 1 << 15, "the phrase table outgrew the 15-bit trie")
        precondition(stride <= 64, "the alphabet outgrew 6-bit classes")
        var nodes = [UInt64](repeating: 0, count: order.count)
        var dense: [UInt16] = []
        var packedTerminal = [Int32](repeating: -1, count: terminal.count)
        for (newNode, oldNode) in order.enumerated() {
            packedTerminal[newNode] = terminal[oldNode]
            var word: UInt64 = terminal[oldNode] >= 0 ? Self.terminalFlag : 0
            let children = (1..<stride).compactMap { cls -> (cls: Int, node: Int)? in
                let child = next[oldNode * stride + cls]
                return child == 0 ? nil : (cls, Int(newID[Int(child)]))
            }
            if children.count > Self.inlineChildren {
                word |= Self.denseFlag | UInt64(dense.count / stride)
                var row = [UInt16](repeating: 0, count: stride)
                for child in children { row[child.cls] = UInt16(child.node) }
                dense += row
            } else if let first = children.first {
                word |= UInt64(first.node) | UInt64(children.count) << 16
                for (k, child) in children.enumerated() {
                    precondition(child.node == first.node + k, "breadth-first children are consecutive")
                    word |= UInt64(child.cls) << UInt64(24 + 6 * k)
                }
            }
            nodes[newNode] = word
        }
        precondition(dense.count / stride < 1 << 16, "too many dense rows")
        self.classOf = classOf
        self.stride = stride
        self.nodes = nodes
        self.dense = dense
        self.terminal = packedTerminal
        self.entries = entries
    }

    /// The child of `node` by alphabet class `cls`, or 0 when there is none (the root is no
    /// one's child). A node word holds: bit 63, dense (bits 0-15 name its row); bit 62, ends a
    /// phrase; else bits 0-14 the first child, bits 16-18 the number of children, and from bit
    /// 24 the children's classes, six bits each.
    @inline(__always) static func child(
        of node: UInt64, _ cls: Int, dense: UnsafeBufferPointer<UInt16>, stride: Int
    ) -> Int {
        if node & denseFlag != 0 { return Int(dense[Int(node & 0xFFFF) &* stride &+ cls]) }
        let count = Int((node >> 16) & 7)
        var k = 0
        while k < count {
            if Int((node >> UInt64(24 + 6 * k)) & 63) == cls { return Int(node & 0x7FFF) &+ k }
            k += 1
        }
        return 0
    }

    /// Whether a node word ends a phrase.
    @inline(__always) static func isTerminal(_ node: UInt64) -> Bool {
        node & terminalFlag != 0
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
