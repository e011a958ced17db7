/// Rewrites an article's text into ``NormalizedText`` in one pass over its UTF-8 bytes.
struct Normalizer: Sendable {
    private enum Pending {
        case none, space, newline
    }

    /// Normalizes valid UTF-8 `source` bytes.
    func normalize(_ source: [UInt8]) -> NormalizedText {
        var out: [UInt8] = []
        var origin: [Int32] = []
        out.reserveCapacity(source.count)
        origin.reserveCapacity(source.count)
        var pending = Pending.none
        var pendingAt: Int32 = 0
        var i = 0
        let n = source.count

        @inline(__always) func emit(_ byte: UInt8, _ at: Int) {
            switch pending {
            case .none: break
            case .newline:
                if !out.isEmpty {
                    out.append(0x0A)
                    origin.append(pendingAt)
                }
            case .space:
                let last = out.last ?? 0x0A
                let dropSpace =
                    last == 0x0A || last == UInt8(ascii: "(") || last == UInt8(ascii: "[")
                    || last == UInt8(ascii: "/") || Self.closesTight(byte)
                    || (byte == UInt8(ascii: "-") && last == UInt8(ascii: "-"))
                if !dropSpace {
                    out.append(0x20)
                    origin.append(pendingAt)
                }
            }
            pending = .none
            out.append(byte)
            origin.append(Int32(truncatingIfNeeded: at))
        }

        @inline(__always) func white(_ newline: Bool, _ at: Int) {
            if newline {
                if pending != .newline { pendingAt = Int32(truncatingIfNeeded: at) }
                pending = .newline
            } else if pending == .none {
                pending = .space
                pendingAt = Int32(truncatingIfNeeded: at)
            }
        }

        while i < n {
            let byte = source[i]
            if byte < 0x80 {
                switch byte {
                case 0x20, 0x09, 0x0B, 0x0C, 0x0D: white(false, i)
                case 0x0A: white(true, i)
                case UInt8(ascii: "\\") where i + 1 < n && source[i + 1] == UInt8(ascii: "n"):
                    // Corpora that escaped their line breaks as a literal backslash-n.
                    white(true, i)
                    i += 2
                    continue
                case 0..<0x20, 0x7F: white(false, i)
                default: emit(byte, i)
                }
                i += 1
                continue
            }
            let length = NormalizedText.scalarLength(leading: byte)
            guard i + length <= n else {
                emit(byte, i)
                i += 1
                continue
            }
            let scalar = Self.decode(source, at: i, length: length)
            switch scalar {
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: white(false, i)
            case 0x2028, 0x2029, 0x0085: white(true, i)
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD: break
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4: emit(UInt8(ascii: "'"), i)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: emit(UInt8(ascii: "\""), i)
            case 0x2010...0x2015, 0x2212: emit(UInt8(ascii: "-"), i)
            default:
                for k in 0..<length { emit(source[i + k], i) }
            }
            i += length
        }
        return NormalizedText(bytes: out, origin: origin, source: source)
    }

    /// Punctuation that tokenized corpora separate from the word before it.
    @inline(__always) static func closesTight(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"),
            UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "/"):
            true
        default: false
        }
    }

    @inline(__always) static func decode(_ s: [UInt8], at i: Int, length: Int) -> UInt32 {
        switch length {
        case 2: return UInt32(s[i] & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F)
        case 3: return UInt32(s[i] & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F)
        case 4:
            return UInt32(s[i] & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12 | UInt32(s[i + 2] & 0x3F) << 6
                | UInt32(s[i + 3] & 0x3F)
        default: return UInt32(s[i])
        }
    }
}
