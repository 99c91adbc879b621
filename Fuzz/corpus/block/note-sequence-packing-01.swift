//| label: tbl-layouts
//| caption: 2000 log-normal samples (median 600 tokens) laid out three ways. Slots are the tokens the model would process; with rmpad only the real tokens are processed whatever the layout.
let layouts = ["padded batches of 8", "next-fit, P = 16384", "first-fit-decreasing, P = 16384", "packed + rmpad"]
let slots = [paddedSlots, nf.count * capacity, ffd.count * capacity, totalTokens]
let fills = slots.map { Double(totalTokens) / Double($0) }
#expect(fills[3] == 1)
Table {
    Column("layout", layouts)
    Column("rows", [(lengths.count + batchSize - 1) / batchSize, nf.count, ffd.count, 1])
    Column("token slots", slots)
    Column("real tokens / slot", fills, format: .percent(1))
    Column("slots vs. rmpad", slots.map { Double($0) / Double(totalTokens) }, format: .fixed(2))
}
