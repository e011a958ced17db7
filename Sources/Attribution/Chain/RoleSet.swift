/// A set of ``Role``s as bits: an article's sources each hold a few roles, and a `Set<Role>`
/// per source cost a hashed allocation for what one byte holds.
struct RoleSet: Sendable, Equatable {
    private var bits: UInt8 = 0

    init() {}

    init(_ roles: [Role]) {
        for role in roles { insert(role) }
    }

    private static func bit(_ role: Role) -> UInt8 {
        switch role {
        case .syndication: 1
        case .relay: 2
        case .citation: 4
        case .quote: 8
        case .photo: 16
        }
    }

    mutating func insert(_ role: Role) { bits |= Self.bit(role) }

    func contains(_ role: Role) -> Bool { bits & Self.bit(role) != 0 }

    func isDisjoint(with other: RoleSet) -> Bool { bits & other.bits == 0 }

    var isEmpty: Bool { bits == 0 }

    /// The roles, in ``Role`` order.
    var sorted: [Role] { Role.allCases.filter(contains) }
}
