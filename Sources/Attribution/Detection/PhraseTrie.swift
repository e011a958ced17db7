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
    /// For an alias, whether it is weak: an ordinary word that names the outlet only next to a
    /// cue or a descriptor.
    var weak = false

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
    let dense: [UInt32]
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
        // Each phrase's bytes are read through one contiguous buffer: iterating a String's UTF-8
        // view byte by byte costs a check a byte, and a tracer's build reads some 300,000.
        for (phrase, _) in phrases {
            var phrase = phrase
            phrase.withUTF8 { bytes in
                for byte in bytes {
                    let folded = Self.fold(byte)
                    if classOf[Int(folded)] == 0 {
                        count += 1
                        precondition(count < 255, "alphabet too large")
                        classOf[Int(folded)] = UInt8(count)
                    }
                }
            }
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { classOf[Int(upper)] = classOf[Int(upper + 32)] }
        let stride = count + 1
        // Insert the phrases in order of their class sequences (stably, so that the entries of
        // one node keep the table's order): each phrase then shares a prefix with the one before
        // it and only adds nodes after it, and a node's children arrive in class order, kept as
        // first-child and next-sibling links without any search.
        // Every phrase's classes in one flat buffer; a phrase's first eight packed into a number
        // order most pairs without a look at the buffer.
        var flat: [UInt8] = []
        var bounds: [Range<Int>] = []
        var heads: [UInt64] = []
        bounds.reserveCapacity(phrases.count)
        heads.reserveCapacity(phrases.count)
        for (phrase, _) in phrases {
            let start = flat.count
            var head: UInt64 = 0
            var phrase = phrase
            phrase.withUTF8 { bytes in
                for k in bytes.indices {
                    let cls = classOf[Int(bytes[k])]
                    flat.append(cls)
                    if k < 8 { head |= UInt64(cls) << UInt64(56 - 8 * k) }
                }
            }
            bounds.append(start..<flat.count)
            heads.append(head)
        }
        let sorted = flat.withUnsafeBufferPointer { flat in
            phrases.indices.sorted { a, b in
                if heads[a] != heads[b] { return heads[a] < heads[b] }
                let x = flat[bounds[a]]
                let y = flat[bounds[b]]
                if x.elementsEqual(y) { return a < b }
                return x.lexicographicallyPrecedes(y)
            }
        }
        var firstChild: [Int32] = [0]
        var lastChild: [Int32] = [0]
        var nextSibling: [Int32] = [0]
        var nodeClass: [UInt8] = [0]
        var terminal: [Int32] = [-1]
        var entries: [[TrieEntry]] = []
        var path: [Int32] = [0]
        var previous: ArraySlice<UInt8> = []
        for index in sorted {
            let sequence = flat[bounds[index]]
            var shared = 0
            while shared < sequence.count, shared < previous.count,
                sequence[sequence.startIndex + shared] == previous[previous.startIndex + shared]
            {
                shared += 1
            }
            path.removeLast(path.count - 1 - shared)
            for cls in sequence.dropFirst(shared) {
                let parent = Int(path[path.count - 1])
                let node = Int32(terminal.count)
                firstChild.append(0)
                lastChild.append(0)
                nextSibling.append(0)
                nodeClass.append(cls)
                terminal.append(-1)
                if firstChild[parent] == 0 {
                    firstChild[parent] = node
                } else {
                    nextSibling[Int(lastChild[parent])] = node
                }
                lastChild[parent] = node
                path.append(node)
            }
            previous = sequence
            let node = Int(path[path.count - 1])
            if terminal[node] < 0 {
                terminal[node] = Int32(entries.count)
                entries.append([])
            }
            let entry = phrases[index].1
            if !entries[Int(terminal[node])].contains(entry) { entries[Int(terminal[node])].append(entry) }
        }
        // Number the nodes breadth first, so that the shallow nodes every walk starts with sit
        // together in memory.
        var order = [0]
        var newID = [Int32](repeating: -1, count: terminal.count)
        newID[0] = 0
        var head = 0
        while head < order.count {
            var child = Int(firstChild[order[head]])
            head += 1
            while child != 0 {
                newID[child] = Int32(order.count)
                order.append(child)
                child = Int(nextSibling[child])
            }
        }
        precondition(order.count < 1 << 24, "the phrase table outgrew the 24-bit trie")
        precondition(stride <= 128, "the alphabet outgrew 7-bit classes")
        var nodes = [UInt64](repeating: 0, count: order.count)
        var dense: [UInt32] = []
        var packedTerminal = [Int32](repeating: -1, count: terminal.count)
        for (newNode, oldNode) in order.enumerated() {
            packedTerminal[newNode] = terminal[oldNode]
            var word: UInt64 = terminal[oldNode] >= 0 ? Self.terminalFlag : 0
            var childCount = 0
            var child = Int(firstChild[oldNode])
            while child != 0 {
                childCount += 1
                child = Int(nextSibling[child])
            }
            child = Int(firstChild[oldNode])
            if childCount > Self.inlineChildren {
                word |= Self.denseFlag | UInt64(dense.count / stride)
                let row = dense.count
                dense.append(contentsOf: repeatElement(0, count: stride))
                while child != 0 {
                    dense[row + Int(nodeClass[child])] = UInt32(newID[child])
                    child = Int(nextSibling[child])
                }
            } else if childCount > 0 {
                let first = Int(newID[child])
                word |= UInt64(first) | UInt64(childCount) << 24
                var k = 0
                while child != 0 {
                    precondition(Int(newID[child]) == first + k, "breadth-first children are consecutive")
                    word |= UInt64(nodeClass[child]) << UInt64(27 + 7 * k)
                    child = Int(nextSibling[child])
                    k += 1
                }
            }
            nodes[newNode] = word
        }
        precondition(dense.count / stride < 1 << 24, "too many dense rows")
        self.classOf = classOf
        self.stride = stride
        self.nodes = nodes
        self.dense = dense
        self.terminal = packedTerminal
        self.entries = entries
    }

    /// The child of `node` by alphabet class `cls`, or 0 when there is none (the root is no
    /// one's child). A node word holds: bit 63, dense (bits 0-23 name its row); bit 62, ends a
    /// phrase; else bits 0-23 the first child, bits 24-26 the number of children, and from bit
    /// 27 the children's classes, seven bits each (up to bit 61).
    @inline(__always) static func child(
        of node: UInt64, _ cls: Int, dense: UnsafeBufferPointer<UInt32>, stride: Int
    ) -> Int {
        if node & denseFlag != 0 { return Int(dense[Int(node & 0xFF_FFFF) &* stride &+ cls]) }
        let count = Int((node >> 24) & 7)
        var k = 0
        while k < count {
            if Int((node >> UInt64(27 + 7 * k)) & 127) == cls { return Int(node & 0xFF_FFFF) &+ k }
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
