import Testing

@testable import Attribution

@Suite struct DateReaderTests {
    @Test(arguments: [
        ("Kamis 09 Apr 2020 00:22 WIB", "2020-04-09T00:22:00+07:00"),
        ("Senin, 9 Agustus 2021 14:05:07 WIB", "2021-08-09T14:05:07+07:00"),
        ("2020-04-09", "2020-04-09"),
        ("2020-04-09 10:11", "2020-04-09T10:11:00"),
        ("2020-04-09T10:11:12", "2020-04-09T10:11:12"),
        ("04/09/2020", "2020-04-09"),
        ("Jakarta, 17 Agustus 1999 - Harga naik", "1999-08-17"),
    ])
    func readsDatesAndTimes(raw: String, iso: String) {
        #expect(DateReader.read(raw.utf8) == iso)
    }

    /// Zone names that hold a `T` (`WITA`, `WIT`, `GMT`, `UTC`) are read whole.
    @Test(arguments: [
        ("Senin, 9 Agustus 2021 14:05 WITA", "2021-08-09T14:05:00+08:00"),
        ("Rabu, 3 Maret 2021 | 08:30 WIT", "2021-03-03T08:30:00+09:00"),
        ("12 December 2019 23:59:58 GMT", "2019-12-12T23:59:58+00:00"),
        ("12 December 2019 23:59 UTC", "2019-12-12T23:59:00+00:00"),
    ])
    func readsZonesWithAT(raw: String, iso: String) {
        #expect(DateReader.read(raw.utf8) == iso)
    }

    /// A record's numeric offset or `Z` is kept, also after leading spaces.
    @Test(arguments: [
        ("2020-04-09T10:11:12Z", "2020-04-09T10:11:12+00:00"),
        ("  2020-04-09T10:11:12.250Z", "2020-04-09T10:11:12+00:00"),
        (" 2020-04-09 10:11+0700", "2020-04-09T10:11:00+07:00"),
        ("2020-04-09T10:11:12+07:00", "2020-04-09T10:11:12+07:00"),
        ("2020-04-09T10:11:12-05:00", "2020-04-09T10:11:12-05:00"),
    ])
    func keepsANumericOffset(raw: String, iso: String) {
        #expect(DateReader.read(raw.utf8) == iso)
    }

    @Test(arguments: ["tanpa tanggal", "", "Harga naik 1.250 persen", "31 Februari 12345", "1850-01-01", "13/40/2020"])
    func noDateIsNil(raw: String) {
        #expect(DateReader.read(raw.utf8) == nil)
    }

    /// Only the first 200 bytes are read, from a String's bytes or an array alike.
    @Test func readsTheHeadOnly() {
        let late = String(repeating: "kata ", count: 40) + "9 Agustus 2021"
        #expect(DateReader.read(late.utf8) == nil)
        let early = "9 Agustus 2021 " + String(repeating: "kata ", count: 100)
        #expect(DateReader.read(Array(early.utf8)) == "2021-08-09")
    }
}
