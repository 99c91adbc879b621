import FolioNumerics
import FolioRuntime
import Foundation

/// `Tensor` in notes, with the Swift names and labels of FolioNumerics.
extension Bindings {
    func installTensor() {
        let T = tensor
        let ints = ScriptType.array(.int)
        let doubles = ScriptType.array(.double)
        func t(_ value: Value) throws -> Tensor { try tensorOf(value) }
        func v(_ tensor: Tensor) -> Value { tensorValue(tensor) }

        // Initializers and factories.
        initializer(T, [Param(nil, doubles)]) { v(Tensor(try doublesOf($0[0]))) }
        initializer(T, [Param(nil, .array(doubles))]) { args in
            guard case .array(let rows) = args[0] else { return .void }
            return v(try Tensor(try rows.map(doublesOf)))
        }
        initializer(T, [Param(nil, .double)]) { v(Tensor(try doubleOf($0[0]))) }
        initializer(T, [Param(nil, .array(T))]) { args in
            guard case .array(let parts) = args[0] else { return .void }
            return v(try Tensor(nested: try parts.map(tensorOf)))
        }
        initializer(T, [Param("shape", ints), Param("scalars", doubles)]) {
            v(try Tensor(shape: try intsOf($0[0]), scalars: try doublesOf($0[1])))
        }
        staticMethod(T, "zeros", [Param("shape", ints)], T) { v(try Tensor.zeros(shape: try intsOf($0[0]))) }
        staticMethod(T, "ones", [Param("shape", ints)], T) { v(try Tensor.ones(shape: try intsOf($0[0]))) }
        staticMethod(T, "full", [Param("shape", ints), Param("value", .double)], T) {
            v(try Tensor.full(shape: try intsOf($0[0]), value: try doubleOf($0[1])))
        }
        staticMethod(T, "eye", [Param(nil, .int), Param("columns", .optional(.int), .null)], T) {
            v(try Tensor.eye(try intOf($0[0]), columns: optional($0[1]).map(intOf)))
        }
        staticMethod(T, "arange", [Param(nil, .double)], T) { v(try Tensor.arange(0, try doubleOf($0[0]), step: 1)) }
        staticMethod(T, "arange", [Param(nil, .double), Param(nil, .double), Param("step", .double, .double(1))], T) {
            v(try Tensor.arange(try doubleOf($0[0]), try doubleOf($0[1]), step: try doubleOf($0[2])))
        }
        staticMethod(T, "linspace", [Param(nil, .double), Param(nil, .double), Param("count", .int)], T) {
            v(try Tensor.linspace(try doubleOf($0[0]), try doubleOf($0[1]), count: try intOf($0[2])))
        }
        staticMethod(T, "concatenated", [Param(nil, .array(T)), Param("axis", .int, .int(0))], T) { args in
            guard case .array(let parts) = args[0] else { return .void }
            return v(try Tensor.concatenated(try parts.map(tensorOf), axis: try intOf(args[1])))
        }
        staticMethod(T, "stacked", [Param(nil, .array(T)), Param("axis", .int, .int(0))], T) { args in
            guard case .array(let parts) = args[0] else { return .void }
            return v(try Tensor.stacked(try parts.map(tensorOf), axis: try intOf(args[1])))
        }
        staticProperty(T, "nan", v(Tensor.nan))
        staticProperty(T, "infinity", v(Tensor.infinity))
        staticMethod(T, "broadcastShape", [Param(nil, ints), Param(nil, ints)], ints) {
            .array(try Tensor.broadcastShape(try intsOf($0[0]), try intsOf($0[1])).map { .int($0) })
        }

        // Random samplers: without `key:` they draw from the block's key (AmbientRandom).
        let key = type("RandomKey")
        func keyOf(_ value: Value) throws -> RandomKey? { try optional(value).map { try unbox($0, RandomKey.self) } }
        initializer(key, [Param("seed", .int)]) {
            native(RandomKey(seed: UInt64(truncatingIfNeeded: try intOf($0[0]))))
        }
        method(key, "foldIn", [Param(nil, .int)], key) {
            native(try unbox($0[0], RandomKey.self).foldIn(UInt32(truncatingIfNeeded: try intOf($0[1]))))
        }
        method(key, "split", [Param("into", .int, .int(2))], .array(key)) {
            .array(try unbox($0[0], RandomKey.self).split(into: try intOf($0[1])).map { native($0) })
        }
        let keyParam = Param("key", .optional(key), .null)
        staticMethod(
            T, "uniform",
            [
                Param("shape", ints),
                Param(
                    "in", .range(.double, closed: false),
                    .range(RangeBox(lower: .double(0), upper: .double(1), closed: false))), keyParam,
            ], T
        ) {
            let shape = try intsOf($0[0])
            let range = try halfOpenRangeOf($0[1])
            return v(try Tensor.uniform(shape: shape, in: range, key: try keyOf($0[2]) ?? AmbientRandom.nextKey()))
        }
        staticMethod(
            T, "normal",
            [
                Param("shape", ints), Param("mean", .double, .double(0)),
                Param("standardDeviation", .double, .double(1)), keyParam,
            ], T
        ) {
            v(
                try Tensor.normal(
                    shape: try intsOf($0[0]), mean: try doubleOf($0[1]), standardDeviation: try doubleOf($0[2]),
                    key: try keyOf($0[3]) ?? AmbientRandom.nextKey()))
        }
        staticMethod(T, "gumbel", [Param("shape", ints), keyParam], T) {
            v(try Tensor.gumbel(shape: try intsOf($0[0]), key: try keyOf($0[1]) ?? AmbientRandom.nextKey()))
        }
        staticMethod(T, "bernoulli", [Param("shape", ints), Param("probability", .double, .double(0.5)), keyParam], T) {
            v(
                try Tensor.bernoulli(
                    shape: try intsOf($0[0]), probability: try doubleOf($0[1]),
                    key: try keyOf($0[2]) ?? AmbientRandom.nextKey()))
        }
        staticMethod(T, "exponential", [Param("shape", ints), Param("rate", .double, .double(1)), keyParam], T) {
            v(
                try Tensor.exponential(
                    shape: try intsOf($0[0]), rate: try doubleOf($0[1]),
                    key: try keyOf($0[2]) ?? AmbientRandom.nextKey()))
        }
        function("categorical", [Param("logits", T), Param("count", .int), keyParam], T) {
            v(
                try categorical(
                    logits: try t($0[0]), count: try intOf($0[1]), key: try keyOf($0[2]) ?? AmbientRandom.nextKey()))
        }

        // Properties.
        property(T, "shape", ints) { .array(try t($0).shape.map { .int($0) }) }
        property(T, "count", .int) { .int(try t($0).count) }
        property(T, "rank", .int) { .int(try t($0).rank) }
        property(T, "isEmpty", .bool) { .bool(try t($0).isEmpty) }
        property(T, "scalars", doubles) { .array(try t($0).scalars.map { .double($0) }) }
        property(T, "scalar", .double) {
            let x = try t($0)
            guard x.count == 1 else {
                throw BindingError("'scalar' needs a one-element tensor, got shape \(x.shape)", id: .numericsError)
            }
            return .double(x.scalars[0])
        }
        property(T, "description", .string) { .string(try t($0).description) }

        // Reductions: `t.sum()` is a 0-d tensor; `axis:` and `keepDims:` as in FolioNumerics.
        let reductions: [(String, (Tensor) throws -> Tensor, (Tensor, Int, Bool) throws -> Tensor)] = [
            ("sum", { $0.sum() }, { try $0.sum(axis: $1, keepDims: $2) }),
            ("mean", { $0.mean() }, { try $0.mean(axis: $1, keepDims: $2) }),
            ("max", { try $0.max() }, { try $0.max(axis: $1, keepDims: $2) }),
            ("min", { try $0.min() }, { try $0.min(axis: $1, keepDims: $2) }),
            ("argmax", { try $0.argmax() }, { try $0.argmax(axis: $1, keepDims: $2) }),
            ("argmin", { try $0.argmin() }, { try $0.argmin(axis: $1, keepDims: $2) }),
            ("logSumExp", { $0.logSumExp() }, { try $0.logSumExp(axis: $1, keepDims: $2) }),
            ("prod", { $0.prod() }, { try $0.prod(axis: $1, keepDims: $2) }),
            ("all", { $0.all() }, { try $0.all(axis: $1, keepDims: $2) }),
            ("any", { $0.any() }, { try $0.any(axis: $1, keepDims: $2) }),
            ("standardError", { $0.standardError() }, { try $0.standardError(axis: $1, keepDims: $2) }),
        ]
        for (name, whole, along) in reductions {
            method(T, name, [], T) { v(try whole(try t($0[0]))) }
            method(T, name, [Param("axis", .int), Param("keepDims", .bool, .bool(false))], T) {
                v(try along(try t($0[0]), try intOf($0[1]), try boolOf($0[2])))
            }
        }
        method(T, "variance", [Param("ddof", .int, .int(0))], T) { v(try t($0[0]).variance(ddof: try intOf($0[1]))) }
        method(
            T, "variance", [Param("axis", .int), Param("ddof", .int, .int(0)), Param("keepDims", .bool, .bool(false))],
            T
        ) {
            v(try t($0[0]).variance(axis: try intOf($0[1]), ddof: try intOf($0[2]), keepDims: try boolOf($0[3])))
        }
        method(T, "standardDeviation", [Param("ddof", .int, .int(0))], T) {
            v(try t($0[0]).standardDeviation(ddof: try intOf($0[1])))
        }
        method(
            T, "standardDeviation",
            [Param("axis", .int), Param("ddof", .int, .int(0)), Param("keepDims", .bool, .bool(false))], T
        ) {
            v(
                try t($0[0]).standardDeviation(
                    axis: try intOf($0[1]), ddof: try intOf($0[2]), keepDims: try boolOf($0[3])))
        }
        method(T, "cumsum", [], T) { v(try t($0[0]).cumsum()) }
        method(T, "cumsum", [Param("axis", .int)], T) { v(try t($0[0]).cumsum(axis: try intOf($0[1]))) }
        method(T, "diff", [Param("axis", .int, .int(-1))], T) { v(try t($0[0]).diff(axis: try intOf($0[1]))) }

        // Views.
        method(T, "reshaped", [Param(nil, ints)], T) { v(try t($0[0]).reshaped(try intsOf($0[1]))) }
        method(T, "flattened", [], T) { v(try t($0[0]).flattened()) }
        method(T, "transposed", [], T) { v(try t($0[0]).transposed()) }
        method(T, "transposed", [Param(nil, ints)], T) { v(try t($0[0]).transposed(try intsOf($0[1]))) }
        method(T, "squeezed", [], T) { v(try t($0[0]).squeezed()) }
        method(T, "squeezed", [Param("axis", .int)], T) { v(try t($0[0]).squeezed(axis: try intOf($0[1]))) }
        method(T, "expandedDimensions", [Param("axis", .int)], T) {
            v(try t($0[0]).expandedDimensions(axis: try intOf($0[1])))
        }
        method(T, "broadcast", [Param("to", ints)], T) { v(try t($0[0]).broadcast(to: try intsOf($0[1]))) }
        method(T, "elements", [Param("where", T)], T) { v(try t($0[0]).elements(where: try t($0[1]))) }
        method(T, "scalar", [Param("at", .int)], .double) { .double(try t($0[0]).scalar(at: try intOf($0[1]))) }
        method(T, "scalar", [Param("at", .int), Param(nil, .int)], .double) {
            .double(try t($0[0]).scalar(at: try intOf($0[1]), try intOf($0[2])))
        }
        method(T, "scalar", [Param("at", .int), Param(nil, .int), Param(nil, .int)], .double) {
            .double(try t($0[0]).scalar(at: try intOf($0[1]), try intOf($0[2]), try intOf($0[3])))
        }
        method(
            T, "isApproximatelyEqual",
            [
                Param("to", T), Param("relativeTolerance", .optional(.double), .null),
                Param("absoluteTolerance", .optional(.double), .null),
            ], .bool
        ) {
            let (relative, absolute) = try tolerances($0[2], $0[3])
            return .bool(try approximatelyEqual(try t($0[0]), try t($0[1]), relative: relative, absolute: absolute))
        }
        method(
            T, "isApproximatelyEqual",
            [Param("to", T), Param("absoluteTolerance", .double), Param("relativeTolerance", .double, .double(0))],
            .bool
        ) {
            .bool(
                try approximatelyEqual(
                    try t($0[0]), try t($0[1]), relative: try doubleOf($0[3]), absolute: try doubleOf($0[2])))
        }
        method(
            .double, "isApproximatelyEqual",
            [
                Param("to", .double), Param("relativeTolerance", .optional(.double), .null),
                Param("absoluteTolerance", .optional(.double), .null),
            ], .bool
        ) {
            let (relative, absolute) = try tolerances($0[2], $0[3])
            return .bool(
                approximatelyEqual(try doubleOf($0[0]), try doubleOf($0[1]), relative: relative, absolute: absolute))
        }
        method(
            .double, "isApproximatelyEqual",
            [
                Param("to", .double), Param("absoluteTolerance", .double),
                Param("relativeTolerance", .double, .double(0)),
            ], .bool
        ) {
            .bool(
                approximatelyEqual(
                    try doubleOf($0[0]), try doubleOf($0[1]), relative: try doubleOf($0[3]),
                    absolute: try doubleOf($0[2])))
        }

        // Elementwise functions: the Double overloads are the interpreter's own (scalar fast path).
        let elementwise: [(String, (Tensor) -> Tensor)] = [
            ("exp", { exp($0) }), ("log", { log($0) }), ("log1p", { log1p($0) }), ("expm1", { expm1($0) }),
            ("sqrt", { sqrt($0) }), ("abs", { abs($0) }), ("tanh", { tanh($0) }), ("erf", { erf($0) }),
            ("sigmoid", { sigmoid($0) }), ("relu", { relu($0) }), ("gelu", { gelu($0) }), ("silu", { silu($0) }),
            ("erfc", { erfc($0) }), ("erfinv", { erfinv($0) }), ("lgamma", { lgamma($0) }),
            ("digamma", { digamma($0) }),
            ("normalCDF", { normalCDF($0) }), ("normalQuantile", { normalQuantile($0) }),
            ("isNaN", { isNaN($0) }), ("isFinite", { isFinite($0) }),
            ("sin", { sin($0) }), ("cos", { cos($0) }), ("tan", { tan($0) }), ("asin", { asin($0) }),
            ("acos", { acos($0) }),
            ("atan", { atan($0) }), ("sinh", { sinh($0) }), ("cosh", { cosh($0) }),
        ]
        for (name, f) in elementwise {
            if Builtins.unaryNames.contains(name) { builtinScalar(name, [.double], .double) }
            function(name, [Param(nil, T)], T) { v(f(try t($0[0]))) }
        }
        builtinScalar("abs", [.int], .int)
        let scalarSpecial: [(String, (Double) -> Double)] = [
            ("erfinv", { erfinv($0) }), ("digamma", { digamma($0) }), ("normalCDF", { normalCDF($0) }),
            ("normalQuantile", { normalQuantile($0) }),
        ]
        for (name, f) in scalarSpecial {
            function(name, [Param(nil, .double)], .double) { .double(f(try doubleOf($0[0]))) }
        }
        builtinScalar("pow", [.double, .double], .double)
        function("pow", [Param(nil, T), Param(nil, .double)], T) { v(pow(try t($0[0]), try doubleOf($0[1]))) }
        function("pow", [Param(nil, .double), Param(nil, T)], T) { v(pow(try doubleOf($0[0]), try t($0[1]))) }
        function("pow", [Param(nil, T), Param(nil, T)], T) { v(try pow(try t($0[0]), try t($0[1]))) }
        builtinScalar("atan2", [.double, .double], .double)
        function("atan2", [Param(nil, T), Param(nil, .double)], T) { v(atan2(try t($0[0]), try doubleOf($0[1]))) }
        function("atan2", [Param(nil, .double), Param(nil, T)], T) { v(atan2(try doubleOf($0[0]), try t($0[1]))) }
        function("atan2", [Param(nil, T), Param(nil, T)], T) { v(try atan2(try t($0[0]), try t($0[1]))) }
        function("clamp", [Param(nil, T), Param("min", .double), Param("max", .double)], T) {
            v(clamp(try t($0[0]), min: try doubleOf($0[1]), max: try doubleOf($0[2])))
        }
        function("where", [Param(nil, T), Param(nil, T), Param(nil, T)], T) {
            v(try `where`(try t($0[0]), try t($0[1]), try t($0[2])))
        }

        // Softmax, linear algebra, sorting, counting.
        function("softmax", [Param(nil, T)], T) { v(softmax(try t($0[0]))) }
        function("softmax", [Param(nil, T), Param("axis", .int)], T) {
            v(try softmax(try t($0[0]), axis: try intOf($0[1])))
        }
        function("logSoftmax", [Param(nil, T)], T) { v(logSoftmax(try t($0[0]))) }
        function("logSoftmax", [Param(nil, T), Param("axis", .int)], T) {
            v(try logSoftmax(try t($0[0]), axis: try intOf($0[1])))
        }
        function("crossEntropy", [Param("logits", T), Param("labels", T)], T) {
            v(try crossEntropy(logits: try t($0[0]), labels: try t($0[1])))
        }
        function("matmul", [Param(nil, T), Param(nil, T)], T) { v(try matmul(try t($0[0]), try t($0[1]))) }
        function("sort", [Param(nil, T)], T) { v(sort(try t($0[0]))) }
        function("sort", [Param(nil, T), Param("axis", .int)], T) { v(try sort(try t($0[0]), axis: try intOf($0[1]))) }
        function("argsort", [Param(nil, T)], T) { v(argsort(try t($0[0]))) }
        function("argsort", [Param(nil, T), Param("axis", .int)], T) {
            v(try argsort(try t($0[0]), axis: try intOf($0[1])))
        }
        let pair = ScriptType.tuple([T, T], labels: ["values", "indices"])
        function("topK", [Param(nil, T), Param("k", .int)], pair) {
            let r = try topK(try t($0[0]), k: try intOf($0[1]))
            return .tuple([v(r.values), v(r.indices)], labels: ["values", "indices"])
        }
        function("bincount", [Param(nil, T), Param("length", .int, .int(0)), Param("weights", .optional(T), .null)], T)
        {
            v(try bincount(try t($0[0]), length: try intOf($0[1]), weights: try optional($0[2]).map(tensorOf)))
        }
        function(
            "histogram",
            [
                Param(nil, T), Param("bins", .int, .int(10)),
                Param("range", .optional(.range(.double, closed: true)), .null),
            ], .tuple([T, T], labels: ["counts", "edges"])
        ) {
            let r = try histogram(try t($0[0]), bins: try intOf($0[1]), range: try optional($0[2]).map(closedRangeOf))
            return .tuple([v(r.counts), v(r.edges)], labels: ["counts", "edges"])
        }
        function("quantile", [Param(nil, T), Param("q", .double)], T) {
            v(try quantile(try t($0[0]), q: try doubleOf($0[1])))
        }
        function("quantile", [Param(nil, T), Param("q", T)], T) { v(try quantile(try t($0[0]), q: try t($0[1]))) }
        function(
            "quantile",
            [Param(nil, T), Param("q", .double), Param("axis", .int), Param("keepDims", .bool, .bool(false))], T
        ) {
            v(try quantile(try t($0[0]), q: try doubleOf($0[1]), axis: try intOf($0[2]), keepDims: try boolOf($0[3])))
        }
    }
}

/// `relativeTolerance:`/`absoluteTolerance:` as swift-numerics reads them: relative √ulp when
/// neither is given, 0 when only the absolute one is.
func tolerances(_ relative: Value, _ absolute: Value) throws -> (Double, Double) {
    approximationTolerances(
        relative: try optional(relative).map(doubleOf), absolute: try optional(absolute).map(doubleOf))
}
