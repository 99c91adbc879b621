import Foundation

// Charts and tables are values that travel: the interpreter hands them to the page renderer,
// and a compiled note writes them as JSON lines for `folio` to read back. The coded form is
// exact: numbers keep every bit (NaN and infinities, which JSON has no numbers for, are coded
// as the strings "nan", "inf" and "-inf"), and a chart's marks keep their types.

/// Numbers coded exactly, non-finite ones included.
struct ExactDoubles: Codable {
    var values: [Double]

    init(_ values: [Double]) {
        self.values = values
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var values: [Double] = []
        if let count = container.count { values.reserveCapacity(count) }
        while !container.isAtEnd {
            if let number = try? container.decode(Double.self) {
                values.append(number)
                continue
            }
            let text = try container.decode(String.self)
            switch text {
            case "nan": values.append(.nan)
            case "inf": values.append(.infinity)
            case "-inf": values.append(-.infinity)
            default:
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected a number, \"nan\", \"inf\" or \"-inf\", got \(text)")
            }
        }
        self.values = values
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for value in values {
            if value.isFinite {
                try container.encode(value)
            } else {
                try container.encode(value.isNaN ? "nan" : value > 0 ? "inf" : "-inf")
            }
        }
    }
}

extension PlotValues: Codable {
    private enum CodingKeys: String, CodingKey { case numbers, categories, constant }

    /// Decodes what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let numbers = try container.decodeIfPresent(ExactDoubles.self, forKey: .numbers) {
            self = .numbers(numbers.values)
        } else if let categories = try container.decodeIfPresent([String].self, forKey: .categories) {
            self = .categories(categories)
        } else {
            let constant = try container.decode(ExactDoubles.self, forKey: .constant).values
            guard constant.count == 1 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .constant, in: container, debugDescription: "a constant is one number")
            }
            self = .constant(constant[0])
        }
    }

    /// `{"numbers": […]}`, `{"categories": […]}` or `{"constant": [x]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .numbers(let values): try container.encode(ExactDoubles(values), forKey: .numbers)
        case .categories(let values): try container.encode(values, forKey: .categories)
        case .constant(let value): try container.encode(ExactDoubles([value]), forKey: .constant)
        }
    }
}

extension Column.Values: Codable {
    private enum CodingKeys: String, CodingKey { case doubles, integers, strings }

    /// Decodes what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let doubles = try container.decodeIfPresent(ExactDoubles.self, forKey: .doubles) {
            self = .doubles(doubles.values)
        } else if let integers = try container.decodeIfPresent([Int].self, forKey: .integers) {
            self = .integers(integers)
        } else {
            self = .strings(try container.decode([String].self, forKey: .strings))
        }
    }

    /// `{"doubles": […]}`, `{"integers": […]}` or `{"strings": […]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .doubles(let values): try container.encode(ExactDoubles(values), forKey: .doubles)
        case .integers(let values): try container.encode(values, forKey: .integers)
        case .strings(let values): try container.encode(values, forKey: .strings)
        }
    }
}

extension ChartMark {
    /// Whether `other` is a mark of the same type with the same data.
    func isEqual(to other: any ChartMark) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}

extension Chart: Equatable {
    /// Charts are equal when their marks (types and data, in order) and modifiers are.
    public static func == (a: Chart, b: Chart) -> Bool {
        a.marks.count == b.marks.count && zip(a.marks, b.marks).allSatisfy { $0.isEqual(to: $1) }
            && a.title == b.title && a.xAxisLabel == b.xAxisLabel && a.yAxisLabel == b.yAxisLabel
            && a.xScaleType == b.xScaleType && a.yScaleType == b.yScaleType && a.xDomain == b.xDomain
            && a.yDomain == b.yDomain && a.legendPosition == b.legendPosition && a.width == b.width
            && a.height == b.height
    }
}

extension Chart: Codable {
    private enum CodingKeys: String, CodingKey {
        case marks, title, xAxisLabel, yAxisLabel, xScaleType, yScaleType, xDomain, yDomain, legendPosition
        case width, height
    }

    /// A mark with its type's name, so that decoding knows which type to make.
    private struct TypedMark: Codable {
        var mark: any ChartMark

        private enum CodingKeys: String, CodingKey { case type, mark }

        init(_ mark: any ChartMark) {
            self.mark = mark
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let name = try container.decode(String.self, forKey: .type)
            guard let type = MarkCatalog.type(named: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .type, in: container, debugDescription: "no chart mark is called \(name)")
            }
            mark = try type.init(from: try container.superDecoder(forKey: .mark))
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(MarkCatalog.name(of: type(of: mark)), forKey: .type)
            try mark.encode(to: container.superEncoder(forKey: .mark))
        }
    }

    /// Decodes what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        marks = try container.decode([TypedMark].self, forKey: .marks).map(\.mark)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        xAxisLabel = try container.decodeIfPresent(String.self, forKey: .xAxisLabel)
        yAxisLabel = try container.decodeIfPresent(String.self, forKey: .yAxisLabel)
        xScaleType = try container.decode(ScaleType.self, forKey: .xScaleType)
        yScaleType = try container.decode(ScaleType.self, forKey: .yScaleType)
        xDomain = try container.decodeIfPresent(ClosedRange<Double>.self, forKey: .xDomain)
        yDomain = try container.decodeIfPresent(ClosedRange<Double>.self, forKey: .yDomain)
        legendPosition = try container.decode(LegendPosition.self, forKey: .legendPosition)
        width = try container.decode(Double.self, forKey: .width)
        height = try container.decode(Double.self, forKey: .height)
    }

    /// The marks (each with its type's name) and the modifiers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(marks.map(TypedMark.init), forKey: .marks)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(xAxisLabel, forKey: .xAxisLabel)
        try container.encodeIfPresent(yAxisLabel, forKey: .yAxisLabel)
        try container.encode(xScaleType, forKey: .xScaleType)
        try container.encode(yScaleType, forKey: .yScaleType)
        try container.encodeIfPresent(xDomain, forKey: .xDomain)
        try container.encodeIfPresent(yDomain, forKey: .yDomain)
        try container.encode(legendPosition, forKey: .legendPosition)
        try container.encode(width, forKey: .width)
        try container.encode(height, forKey: .height)
    }
}
