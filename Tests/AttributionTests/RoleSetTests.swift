import Testing

@testable import Attribution

@Suite struct RoleSetTests {
    /// Roles come out in ``Role`` order, whatever order they went in, each once.
    @Test func holdsRolesInRoleOrder() {
        var set = RoleSet()
        #expect(set.isEmpty && set.sorted.isEmpty)
        for role in [Role.photo, .quote, .syndication, .photo] { set.insert(role) }
        #expect(set.sorted == [.syndication, .quote, .photo])
        #expect(set.contains(.quote) && !set.contains(.relay))
        #expect(set == RoleSet([.quote, .photo, .syndication]))
        #expect(set.isDisjoint(with: RoleSet([.relay, .citation])))
        #expect(!set.isDisjoint(with: RoleSet([.relay, .photo])))
        #expect(Role.allCases.allSatisfy { RoleSet([$0]).sorted == [$0] })
    }
}
