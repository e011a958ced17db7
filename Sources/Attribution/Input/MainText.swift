/// The article's text out of a page's tree, without its furniture.
///
/// 1. Elements that never hold article text go, with all they hold: scripts, styles, forms,
///    media, `nav`, `aside`, the page's `header` and `footer`, hidden elements, ARIA regions of
///    navigation and the like.
/// 2. The region: the largest article (`<article>`, `itemprop="articleBody"`, an article type or
///    body class) when it holds at least ``regionShare`` of the page's text; else the main
///    region (`<main>`, `role="main"`) on the same terms; else the whole page.
/// 3. Elements whose class or id names page furniture (`related`, `share`, `komentar`) go,
///    unless they hold the region or half of its text.
/// 4. Blocks that are mostly link text go: lists of related articles, tags, menus. A block is
///    the text between two line breaks; it goes when at least ``linkShare`` of its letters are
///    in links and they number ``linkLetters`` or more, so a linked credit (`(Antara)`) stays.
struct MainText {
    /// The least share of the page's text an article or main region holds to be taken alone.
    static let regionShare = 0.3
    /// The share of a block's letters in links from which it is a list of links.
    static let linkShare = 0.7
    /// The least letters in links of a block dropped as a list of links.
    static let linkLetters = 20

    let tree: HTMLTree

    /// The article's text, in UTF-8.
    func text() -> [UInt8] {
        let elements = tree.elements
        let count = elements.count
        var hard = [Bool](repeating: false, count: count)
        for e in 0..<count {
            let parent = Int(elements[e].parent)
            hard[e] = elements[e].flags.contains(.neverText) || (parent >= 0 && hard[parent])
        }
        var total = [Int](repeating: 0, count: count)
        for case .text(let element, let range) in tree.items where !hard[Int(element)] {
            total[Int(element)] += visible(range)
        }
        for e in stride(from: count - 1, to: 0, by: -1) { total[Int(elements[e].parent)] += total[e] }
        let region = self.region(hard: hard, total: total)
        var holdsRegion = [Bool](repeating: false, count: count)
        var e = region
        while e >= 0 {
            holdsRegion[e] = true
            e = Int(elements[e].parent)
        }
        var kept = [Bool](repeating: false, count: count)
        for e in 0..<count {
            let parent = Int(elements[e].parent)
            let inRegion = e == region || (parent >= 0 && kept[parent])
            let furniture =
                elements[e].flags.contains(.boilerplate) && !holdsRegion[e] && total[e] * 2 < total[region]
            kept[e] = inRegion && !hard[e] && !furniture
        }
        return emit(kept)
    }

    /// The index of the region the text is taken from.
    private func region(hard: [Bool], total: [Int]) -> Int {
        let page = Double(total[0])
        for level in [HTMLTree.Flags.article, .main] {
            var best: Int? = nil
            for (e, element) in tree.elements.enumerated() where element.flags.contains(level) && !hard[e] {
                if best == nil || total[e] > total[best!] { best = e }
            }
            if let best, total[best] > 0, Double(total[best]) >= page * Self.regionShare { return best }
        }
        return 0
    }

    /// The kept runs, block by block, without the blocks of links.
    private func emit(_ kept: [Bool]) -> [UInt8] {
        var text = HTMLText()
        var block: [(element: Int, range: Range<Int>)] = []
        var letters = 0
        var linked = 0
        func finish() {
            if linked < Self.linkLetters || Double(linked) < Double(letters) * Self.linkShare {
                for (element, range) in block {
                    let flags = tree.elements[element].flags
                    text.append(tree.bytes, range, preformatted: flags.contains(.preformatted))
                }
            }
            block.removeAll(keepingCapacity: true)
            letters = 0
            linked = 0
        }
        for item in tree.items {
            switch item {
            case .gap(let gap):
                finish()
                text.gap(gap)
            case .text(let element, let range):
                let e = Int(element)
                guard kept[e] else { continue }
                block.append((e, range))
                let n = visible(range)
                letters += n
                if tree.elements[e].flags.contains(.link) { linked += n }
            }
        }
        finish()
        return text.utf8
    }

    /// The text of the first top-level heading that is not in page furniture (a logo in the
    /// page's header is often one).
    func headline() -> String? {
        let elements = tree.elements
        var hard = [Bool](repeating: false, count: elements.count)
        var inside = [Bool](repeating: false, count: elements.count)
        var first: Int? = nil
        for e in 0..<elements.count {
            let parent = Int(elements[e].parent)
            hard[e] = elements[e].flags.contains(.neverText) || (parent >= 0 && hard[parent])
            if first == nil, !hard[e], elements[e].flags.contains(.heading) { first = e }
            inside[e] = !hard[e] && (e == first || (parent >= 0 && inside[parent]))
        }
        guard first != nil else { return nil }
        var text = HTMLText()
        for case .text(let element, let range) in tree.items where inside[Int(element)] {
            text.append(tree.bytes, range)
        }
        return text.utf8.isEmpty ? nil : String(decoding: text.utf8, as: UTF8.self)
    }

    /// The bytes of `range` that are not white space: the measure of text.
    private func visible(_ range: Range<Int>) -> Int {
        var n = 0
        for i in range where tree.bytes[i] > 0x20 && tree.bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
