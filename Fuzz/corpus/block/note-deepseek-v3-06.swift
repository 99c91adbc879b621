//| label: tbl-group-size
//| caption: E4M3 quantization error against the group that shares a scale, with one outlier of 1e5 per row.
let groupSizes = [32, 64, 128, 256, 512, 1_024]
var groupNames = groupSizes.map { "1×\($0)" }
var groupErrors: [Double] = []
for g in groupSizes {
    groupErrors.append(try quantizationError(outlier: 1e5, granularity: .perTile(columns: g)))
}
groupNames.append("per tensor")
groupErrors.append(try quantizationError(outlier: 1e5, granularity: .perTensor))
Table {
    Column("scaling group", groupNames)
    Column("relative RMS error", groupErrors, format: .percent(2))
}
