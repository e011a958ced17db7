/// The attributes of a start tag that the page reader looks at, as byte ranges of their raw
/// values (entities still in them); the others are skipped. The first of a name wins, as in
/// browsers.
struct TagAttributes {
    /// The attribute names read.
    enum Name: Int, CaseIterable {
        case id, className, role, itemprop, itemtype, property, name, content, rel, href, charset, httpEquiv, type,
            datetime, style, hidden, ariaHidden
    }

    // One stored range a name, not an array: a tag's attributes stay on the stack.
    private var id: Range<Int>? = nil
    private var className: Range<Int>? = nil
    private var role: Range<Int>? = nil
    private var itemprop: Range<Int>? = nil
    private var itemtype: Range<Int>? = nil
    private var property: Range<Int>? = nil
    private var name: Range<Int>? = nil
    private var content: Range<Int>? = nil
    private var rel: Range<Int>? = nil
    private var href: Range<Int>? = nil
    private var charset: Range<Int>? = nil
    private var httpEquiv: Range<Int>? = nil
    private var type: Range<Int>? = nil
    private var datetime: Range<Int>? = nil
    private var style: Range<Int>? = nil
    private var hidden: Range<Int>? = nil
    private var ariaHidden: Range<Int>? = nil

    subscript(_ key: Name) -> Range<Int>? {
        get {
            switch key {
            case .id: id
            case .className: className
            case .role: role
            case .itemprop: itemprop
            case .itemtype: itemtype
            case .property: property
            case .name: name
            case .content: content
            case .rel: rel
            case .href: href
            case .charset: charset
            case .httpEquiv: httpEquiv
            case .type: type
            case .datetime: datetime
            case .style: style
            case .hidden: hidden
            case .ariaHidden: ariaHidden
            }
        }
        set {
            switch key {
            case .id: id = newValue
            case .className: className = newValue
            case .role: role = newValue
            case .itemprop: itemprop = newValue
            case .itemtype: itemtype = newValue
            case .property: property = newValue
            case .name: name = newValue
            case .content: content = newValue
            case .rel: rel = newValue
            case .href: href = newValue
            case .charset: charset = newValue
            case .httpEquiv: httpEquiv = newValue
            case .type: type = newValue
            case .datetime: datetime = newValue
            case .style: style = newValue
            case .hidden: hidden = newValue
            case .ariaHidden: ariaHidden = newValue
            }
        }
    }

    /// Records attribute `name` with `value` if it is one of ``Name`` and not yet set.
    mutating func note(_ name: Range<Int>, value: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        guard let known = Self.known(UnsafeBufferPointer(rebasing: bytes[name])), self[known] == nil else { return }
        self[known] = value
    }

    /// The attribute a name (any case) stands for.
    private static func known(_ raw: UnsafeBufferPointer<UInt8>) -> Name? {
        guard (2...11).contains(raw.count) else { return nil }
        var packed: UInt64 = 0
        var high: UInt32 = 0
        for (k, byte) in raw.enumerated() {
            let lower = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            if k < 8 { packed |= UInt64(lower) << UInt64(8 * k) } else { high |= UInt32(lower) << UInt32(8 * (k - 8)) }
        }
        switch (packed, high) {
        case (0x6469, 0): return .id  // id
        case (0x73_7361_6C63, 0): return .className  // class
        case (0x656C_6F72, 0): return .role  // role
        case (0x706F_7270_6D65_7469, 0): return .itemprop  // itemprop
        case (0x6570_7974_6D65_7469, 0): return .itemtype  // itemtype
        case (0x7974_7265_706F_7270, 0): return .property  // property
        case (0x656D_616E, 0): return .name  // name
        case (0x74_6E65_746E_6F63, 0): return .content  // content
        case (0x6C_6572, 0): return .rel  // rel
        case (0x6665_7268, 0): return .href  // href
        case (0x74_6573_7261_6863, 0): return .charset  // charset
        case (0x7571_652D_7074_7468, 0x7669): return .httpEquiv  // http-equiv
        case (0x6570_7974, 0): return .type  // type
        case (0x656D_6974_6574_6164, 0): return .datetime  // datetime
        case (0x65_6C79_7473, 0): return .style  // style
        case (0x6E65_6464_6968, 0): return .hidden  // hidden
        case (0x6469_682D_6169_7261, 0x6E_6564): return .ariaHidden  // aria-hidden
        default: return nil
        }
    }
}
