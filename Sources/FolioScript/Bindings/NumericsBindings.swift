import FolioNumerics
import Foundation

/// Autodiff with note closures, statistics, quadrature, fits and low precision.
extension Bindings {
    func installNumerics() {
        let T = tensor
        func t(_ value: Value) throws -> Tensor { try tensorOf(value) }
        func v(_ tensor: Tensor) -> Value { tensorValue(tensor) }
        let f1 = ScriptType.function([T], T)
        let f2 = ScriptType.function([T, T], T)
        let f3 = ScriptType.function([T, T, T], T)
        let fs = ScriptType.function([.array(T)], T)
        let fd = ScriptType.function([.double], .double)
        func call1(_ f: Value) -> (Tensor) throws -> Tensor { { x in try tensorOf(invoke(f, [v(x)])) } }
        func call2(_ f: Value) -> (Tensor, Tensor) throws -> Tensor {
            { x, y in try tensorOf(invoke(f, [v(x), v(y)])) }
        }
        func call3(_ f: Value) -> (Tensor, Tensor, Tensor) throws -> Tensor {
            { x, y, z in try tensorOf(invoke(f, [v(x), v(y), v(z)])) }
        }
        func callD(_ f: Value) -> (Double) throws -> Double { { x in try doubleOf(invoke(f, [.double(x)])) } }
        func tensors(_ value: Value) throws -> [Tensor] {
            guard case .array(let items) = value else { return [] }
            return try items.map(tensorOf)
        }
        func vs(_ list: [Tensor]) -> Value { .array(list.map(v)) }

        // Autodiff.
        let vg = ScriptType.tuple([T, T], labels: ["value", "gradient"])
        function("gradient", [Param("at", T), Param("of", f1)], T) {
            v(try gradient(at: try t($0[0]), of: call1($0[1])))
        }
        function("gradient", [Param("at", .double), Param("of", f1)], .double) {
            .double(try gradient(at: try doubleOf($0[0]), of: call1($0[1])))
        }
        function("gradient", [Param("at", T), Param(nil, T), Param("of", f2)], .tuple([T, T], labels: [nil, nil])) {
            let g = try gradient(at: try t($0[0]), try t($0[1]), of: call2($0[2]))
            return .tuple([v(g.0), v(g.1)], labels: nil)
        }
        function(
            "gradient", [Param("at", .double), Param(nil, .double), Param("of", f2)],
            .tuple([.double, .double], labels: [nil, nil])
        ) {
            let g = try gradient(at: try doubleOf($0[0]), try doubleOf($0[1]), of: call2($0[2]))
            return .tuple([.double(g.0), .double(g.1)], labels: nil)
        }
        function(
            "gradient", [Param("at", T), Param(nil, T), Param(nil, T), Param("of", f3)],
            .tuple([T, T, T], labels: [nil, nil, nil])
        ) {
            let g = try gradient(at: try t($0[0]), try t($0[1]), try t($0[2]), of: call3($0[3]))
            return .tuple([v(g.0), v(g.1), v(g.2)], labels: nil)
        }
        function("gradient", [Param("at", .array(T)), Param("of", fs)], .array(T)) { args in
            let f = args[1]
            return vs(try gradient(at: try tensors(args[0])) { xs in try tensorOf(invoke(f, [vs(xs)])) })
        }
        function("valueWithGradient", [Param("at", T), Param("of", f1)], vg) {
            let r = try valueWithGradient(at: try t($0[0]), of: call1($0[1]))
            return .tuple([v(r.value), v(r.gradient)], labels: ["value", "gradient"])
        }
        function(
            "valueWithGradient", [Param("at", .double), Param("of", f1)],
            .tuple([.double, .double], labels: ["value", "gradient"])
        ) {
            let r = try valueWithGradient(at: try doubleOf($0[0]), of: call1($0[1]))
            return .tuple([.double(r.value), .double(r.gradient)], labels: ["value", "gradient"])
        }
        function(
            "valueWithGradient", [Param("at", T), Param(nil, T), Param("of", f2)],
            .tuple([T, .tuple([T, T], labels: [nil, nil])], labels: ["value", "gradient"])
        ) {
            let r = try valueWithGradient(at: try t($0[0]), try t($0[1]), of: call2($0[2]))
            return .tuple(
                [v(r.value), .tuple([v(r.gradient.0), v(r.gradient.1)], labels: nil)], labels: ["value", "gradient"])
        }
        function(
            "valueWithGradient", [Param("at", .array(T)), Param("of", fs)],
            .tuple([T, .array(T)], labels: ["value", "gradients"])
        ) { args in
            let f = args[1]
            let r = try valueWithGradient(at: try tensors(args[0])) { xs in try tensorOf(invoke(f, [vs(xs)])) }
            return .tuple([v(r.value), vs(r.gradients)], labels: ["value", "gradients"])
        }
        function("stopGradient", [Param(nil, T)], T) { v(stopGradient(try t($0[0]))) }
        function("straightThrough", [Param(nil, T), Param("gradientOf", T)], T) {
            v(try straightThrough(try t($0[0]), gradientOf: try t($0[1])))
        }
        function("checkpointed", [Param(nil, T), Param(nil, f1)], T) { v(try checkpointed(try t($0[0]), call1($0[1]))) }
        function("checkpointed", [Param(nil, .array(T)), Param(nil, fs)], T) { args in
            let f = args[1]
            return v(try checkpointed(try tensors(args[0])) { xs in try tensorOf(invoke(f, [vs(xs)])) })
        }
        function("checkpointed", [Param(nil, .function([], T))], T) { args in
            let f = args[0]
            return v(try checkpointed { try tensorOf(invoke(f, [])) })
        }
        function("countMultiplyAdds", [Param(nil, .function([], T))], .int) { args in
            let f = args[0]
            return .int(try countMultiplyAdds { try tensorOf(invoke(f, [])) })
        }
        let tape = type("GradientTape")
        let stats = type("TapeStatistics")
        initializer(tape, []) { _ in native(GradientTape()) }
        method(tape, "gradient", [Param("at", T), Param("of", f1)], T) {
            v(try unbox($0[0], GradientTape.self).gradient(at: try t($0[1]), of: call1($0[2])))
        }
        method(tape, "gradient", [Param("at", .array(T)), Param("of", fs)], .array(T)) { args in
            let f = args[2]
            return vs(
                try unbox(args[0], GradientTape.self).gradient(at: try tensors(args[1])) { xs in
                    try tensorOf(invoke(f, [vs(xs)]))
                })
        }
        method(tape, "valueWithGradient", [Param("at", T), Param("of", f1)], vg) {
            let r = try unbox($0[0], GradientTape.self).valueWithGradient(at: try t($0[1]), of: call1($0[2]))
            return .tuple([v(r.value), v(r.gradient)], labels: ["value", "gradient"])
        }
        property(tape, "statistics", stats) { native(try unbox($0, GradientTape.self).statistics) }
        property(stats, "peakRetainedBytes", .int) { .int(try unbox($0, TapeStatistics.self).peakRetainedBytes) }
        property(stats, "peakRetainedTensors", .int) { .int(try unbox($0, TapeStatistics.self).peakRetainedTensors) }
        property(stats, "recordedOperations", .int) { .int(try unbox($0, TapeStatistics.self).recordedOperations) }
        property(stats, "recomputedOperations", .int) { .int(try unbox($0, TapeStatistics.self).recomputedOperations) }

        // Statistics.
        function(
            "meanAndStandardError", [Param(nil, T)], .tuple([.double, .double], labels: ["mean", "standardError"])
        ) {
            let r = meanAndStandardError(try t($0[0]))
            return .tuple([.double(r.mean), .double(r.standardError)], labels: ["mean", "standardError"])
        }
        function("ksStatistic", [Param(nil, T), Param("cdf", fd)], .double) {
            .double(try ksStatistic(try t($0[0]), cdf: callD($0[1])))
        }
        function("ksStatistic", [Param(nil, T), Param(nil, T)], .double) {
            .double(ksStatistic(try t($0[0]), try t($0[1])))
        }
        function("ksPValue", [Param("statistic", .double), Param("count", .double)], .double) {
            .double(ksPValue(statistic: try doubleOf($0[0]), count: try doubleOf($0[1])))
        }

        // Fits and quadrature.
        function("leastSquares", [Param(nil, T), Param(nil, T)], T) { v(try leastSquares(try t($0[0]), try t($0[1]))) }
        let fit = type("PowerLawFit")
        function("powerLawFit", [Param("x", T), Param("y", T)], fit) {
            native(try powerLawFit(x: try t($0[0]), y: try t($0[1])))
        }
        property(fit, "coefficient", .double) { .double(try unbox($0, PowerLawFit.self).coefficient) }
        property(fit, "exponent", .double) { .double(try unbox($0, PowerLawFit.self).exponent) }
        property(fit, "rSquared", .double) { .double(try unbox($0, PowerLawFit.self).rSquared) }
        method(fit, "callAsFunction", [Param(nil, .double)], .double) {
            .double(try unbox($0[0], PowerLawFit.self)(try doubleOf($0[1])))
        }
        let integral = type("Integral")
        property(integral, "value", .double) { .double(try unbox($0, Integral.self).value) }
        property(integral, "errorEstimate", .double) { .double(try unbox($0, Integral.self).errorEstimate) }
        property(integral, "evaluations", .int) { .int(try unbox($0, Integral.self).evaluations) }
        property(integral, "converged", .bool) { .bool(try unbox($0, Integral.self).converged) }
        function(
            "integrate",
            [
                Param("from", .double), Param("to", .double), Param("absoluteTolerance", .double, .double(1e-12)),
                Param("relativeTolerance", .double, .double(1e-10)), Param("maxIntervals", .int, .int(2000)),
                Param(nil, fd),
            ], integral
        ) {
            native(
                try integrate(
                    from: try doubleOf($0[0]), to: try doubleOf($0[1]), absoluteTolerance: try doubleOf($0[2]),
                    relativeTolerance: try doubleOf($0[3]), maxIntervals: try intOf($0[4]), callD($0[5])))
        }
        function(
            "gaussLegendre",
            [Param("from", .double), Param("to", .double), Param("points", .int, .int(20)), Param(nil, fd)], integral
        ) {
            native(
                try gaussLegendre(
                    from: try doubleOf($0[0]), to: try doubleOf($0[1]), points: try intOf($0[2]), callD($0[3])))
        }
        function("gaussHermite", [Param("points", .int, .int(20)), Param(nil, fd)], integral) {
            native(try gaussHermite(points: try intOf($0[0]), callD($0[1])))
        }
        function(
            "normalExpectation",
            [
                Param("mean", .double, .double(0)), Param("standardDeviation", .double, .double(1)),
                Param("points", .int, .int(30)), Param(nil, fd),
            ], integral
        ) {
            native(
                try normalExpectation(
                    mean: try doubleOf($0[0]), standardDeviation: try doubleOf($0[1]), points: try intOf($0[2]),
                    callD($0[3])))
        }

        // Low precision.
        let format = type("FloatFormat")
        for (name, value) in [
            ("bfloat16", FloatFormat.bfloat16), ("float16", .float16), ("float8E4M3", .float8E4M3),
            ("float8E5M2", .float8E5M2),
        ] {
            staticProperty(format, name, native(value))
        }
        property(format, "name", .string) { .string(try unbox($0, FloatFormat.self).name) }
        property(format, "exponentBits", .int) { .int(try unbox($0, FloatFormat.self).exponentBits) }
        property(format, "mantissaBits", .int) { .int(try unbox($0, FloatFormat.self).mantissaBits) }
        property(format, "exponentBias", .int) { .int(try unbox($0, FloatFormat.self).exponentBias) }
        property(format, "bitWidth", .int) { .int(try unbox($0, FloatFormat.self).bitWidth) }
        property(format, "maxFinite", .double) { .double(try unbox($0, FloatFormat.self).maxFinite) }
        property(format, "smallestNormal", .double) { .double(try unbox($0, FloatFormat.self).smallestNormal) }
        property(format, "smallestSubnormal", .double) { .double(try unbox($0, FloatFormat.self).smallestSubnormal) }
        property(format, "epsilon", .double) { .double(try unbox($0, FloatFormat.self).epsilon) }
        property(format, "bitPatternCount", .int) { .int(try unbox($0, FloatFormat.self).bitPatternCount) }
        method(format, "value", [Param("bitPattern", .int)], .double) {
            .double(try unbox($0[0], FloatFormat.self).value(bitPattern: UInt64(truncatingIfNeeded: try intOf($0[1]))))
        }
        let overflow = type("Overflow")
        staticProperty(overflow, "saturate", native(FloatFormat.Overflow.saturate))
        staticProperty(overflow, "ieee", native(FloatFormat.Overflow.ieee))
        let overflowParam = Param("overflow", overflow, native(FloatFormat.Overflow.saturate))
        method(.double, "rounded", [Param("to", format), overflowParam], .double) {
            .double(
                try doubleOf($0[0]).rounded(
                    to: try unbox($0[1], FloatFormat.self), overflow: try unbox($0[2], FloatFormat.Overflow.self)))
        }
        method(T, "rounded", [Param("to", format), overflowParam], T) {
            v(
                try t($0[0]).rounded(
                    to: try unbox($0[1], FloatFormat.self), overflow: try unbox($0[2], FloatFormat.Overflow.self)))
        }
        let granularity = type("QuantizationGranularity")
        staticProperty(granularity, "perTensor", native(QuantizationGranularity.perTensor))
        staticMethod(granularity, "perTile", [Param("columns", .int, .int(128))], granularity) {
            native(QuantizationGranularity.perTile(columns: try intOf($0[0])))
        }
        staticMethod(
            granularity, "perBlock", [Param("rows", .int, .int(128)), Param("columns", .int, .int(128))], granularity
        ) {
            native(QuantizationGranularity.perBlock(rows: try intOf($0[0]), columns: try intOf($0[1])))
        }
        method(
            T, "quantized",
            [
                Param("to", format), Param("granularity", granularity, native(QuantizationGranularity.perTensor)),
                Param("powerOfTwoScales", .bool, .bool(false)),
            ], .tuple([T, T], labels: ["dequantized", "scales"])
        ) {
            let r = try t($0[0]).quantized(
                to: try unbox($0[1], FloatFormat.self), granularity: try unbox($0[2], QuantizationGranularity.self),
                powerOfTwoScales: try boolOf($0[3]))
            return .tuple([v(r.dequantized), v(r.scales)], labels: ["dequantized", "scales"])
        }
    }
}
