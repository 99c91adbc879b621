import Testing

@testable import FolioNumerics

/// The Random123 known-answer tests for threefry2x32_20 (kat_vectors).
@Suite struct ThreefryTests {
    @Test(
        arguments: [
            ((UInt32(0), UInt32(0)), (UInt32(0), UInt32(0)), (UInt32(0x6b20_0159), UInt32(0x99ba_4efe))),
            ((0xffff_ffff, 0xffff_ffff), (0xffff_ffff, 0xffff_ffff), (0x1cb9_96fc, 0xbb00_2be7)),
            ((0x1319_8a2e, 0x0370_7344), (0x243f_6a88, 0x85a3_08d3), (0xc492_3a9c, 0x483d_f7a0)),
        ] as [((UInt32, UInt32), (UInt32, UInt32), (UInt32, UInt32))])
    func knownAnswers(key: (UInt32, UInt32), counter: (UInt32, UInt32), expected: (UInt32, UInt32)) {
        let out = Threefry.hash(key: key, counter: counter)
        #expect(out.0 == expected.0 && out.1 == expected.1)
    }
}
