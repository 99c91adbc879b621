import SwiftSyntax

/// An extension of arrays without a `where Element == …` clause (`extension Array { … }`,
/// `extension Sequence where Element: Comparable { … }`), kept as syntax until an array type
/// uses it.
///
/// Notes have no generics at run time, so Folio does what a compiler's specializer does: the
/// first time one of its members is used on `[T]`, an extension whose requirements `T` meets
/// is lowered for `T` (its `Element` is `T`) into the note's extension of `[T]`, next to any
/// `extension Array where Element == T`. A type error in the body is reported then, at its
/// line in the extension (so an extension that no array uses is not checked, unlike Swift).
struct GenericArrayExtension {
    /// Identifies the extension among the note's (see `TypeInfo.instantiatedExtensions`).
    let id: Int
    let decl: ExtensionDeclSyntax
    /// Maps the extension's positions to lines of the note (it may be in an earlier block).
    let mapper: SourceMapper
    /// The protocols `Element` must conform to (`where Element: Comparable`).
    let requirements: [String]
    /// The names of its methods and properties.
    let memberNames: Set<String>
}

extension Lowerer {
    /// The protocols an array's `SubSequence` and `Indices` conform to.
    static let arraySubSequenceProtocols: Set<String> = [
        "Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection",
    ]

    /// The types and protocols an extension may extend as arrays.
    static let sequenceNames: Set<String> = [
        "Array", "Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection", "MutableCollection",
    ]

    /// Records `ext` when it is an extension of arrays with no `Element ==` clause; false for
    /// any other extension.
    func recordGenericArrayExtension(_ ext: ExtensionDeclSyntax) throws -> Bool {
        let name = ext.extendedType.trimmedDescription
        guard Self.sequenceNames.contains(name), globals.types[name] == nil else { return false }
        // Lowered for a note's collection (`applyGenericArrayExtensions`): an extension of it.
        if instantiation?.template == name { return false }
        var requirements: [String] = []
        for requirement in ext.genericWhereClause?.requirements ?? [] {
            switch requirement.requirement {
            case .sameTypeRequirement(let same) where same.leftType.trimmedDescription == "Element":
                return false  // `where Element == T`: an extension of `[T]` (see `arrayExtensionType`).
            case .conformanceRequirement(let conformance)
            where ["SubSequence", "Indices"].contains(conformance.leftType.trimmedDescription)
                && GenericParameters.protocols(conformance.rightType).allSatisfy(
                    Self.arraySubSequenceProtocols.contains):
                continue  // `SubSequence: Collection`: an array's slices always are.
            case .conformanceRequirement(let conformance) where conformance.leftType.trimmedDescription == "Element":
                let protocols = conformance.rightType.trimmedDescription.split(separator: "&").map {
                    $0.filter { !$0.isWhitespace }
                }
                for proto in protocols
                where !Self.knownElementProtocols.contains(proto) && globals.types[proto]?.kind != .protocolType {
                    throw error(
                        "extensions of '\(name)' where Element conforms to '\(proto)' are not supported in notes",
                        conformance.rightType, id: .unsupportedFeature)
                }
                requirements += protocols
            default:
                throw error(
                    "this requirement is not supported in notes (use `where Element == …` or `where Element: Protocol`)",
                    requirement, id: .unsupportedFeature)
            }
        }
        for member in ext.memberBlock.members {
            if let variable = member.decl.as(VariableDeclSyntax.self),
                variable.bindings.contains(where: { $0.accessorBlock == nil })
            {
                throw error("extensions must not contain stored properties", variable, id: .invalidDeclaration)
            }
            if let function = member.decl.as(FunctionDeclSyntax.self), let generic = function.genericParameterClause {
                throw error("generic functions are not supported in notes", generic, id: .unsupportedGenerics)
            }
        }
        var names: Set<String> = []
        for member in ext.memberBlock.members {
            if let function = member.decl.as(FunctionDeclSyntax.self) { names.insert(function.name.text) }
            if member.decl.is(SubscriptDeclSyntax.self) { names.insert("subscript") }
            for binding in member.decl.as(VariableDeclSyntax.self)?.bindings ?? [] {
                if let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text { names.insert(name) }
            }
        }
        globals.genericArrayExtensions.append(
            GenericArrayExtension(
                id: globals.genericArrayExtensions.count, decl: ext, mapper: mapper, requirements: requirements,
                memberNames: names))
        return true
    }

    /// Protocols of the standard library that a `where Element: P` clause may name.
    static let knownElementProtocols: Set<String> = [
        "Equatable", "Hashable", "Comparable", "Numeric", "AdditiveArithmetic", "SignedNumeric", "FloatingPoint",
        "BinaryFloatingPoint", "BinaryInteger", "FixedWidthInteger", "SignedInteger", "StringProtocol",
        "CustomStringConvertible",
    ]

    /// Whether `type` conforms to `proto` as Swift's standard library (or the note) declares.
    func conforms(_ type: ScriptType, to proto: String) -> Bool {
        if proto == "Any" { return true }
        if proto == "LosslessStringConvertible" {
            // `T(text)` for a `T: LosslessStringConvertible`: the scalars, strings and characters.
            switch type {
            case .int, .double, .float, .bool, .string, .character, .fixedInt: return true
            default: break
            }
        }
        if case .fixedInt(let kind) = type {
            return [
                "Equatable", "Hashable", "Comparable", "Numeric", "AdditiveArithmetic", "BinaryInteger",
                "FixedWidthInteger", "CustomStringConvertible",
            ].contains(proto)
                || (kind.isSigned ? ["SignedNumeric", "SignedInteger"] : ["UnsignedInteger"]).contains(proto)
        }
        if ["Sequence", "Collection"].contains(proto), type.sequenceElement != nil { return true }
        if case .array(let element) = type, arrayConforms(element: element, to: proto) { return true }
        if ["BidirectionalCollection", "RandomAccessCollection", "MutableCollection", "RangeReplaceableCollection"]
            .contains(proto), type.isArray
        {
            return true
        }
        // A value of a protocol's type (an opaque `some Shape` result) meets that protocol.
        if case .named(let info) = type, info.kind == .protocolType, info.name == proto || info.conforms(proto) {
            return true
        }
        switch (type, proto) {
        case (.int, "Equatable"), (.int, "Hashable"), (.int, "Comparable"), (.int, "Numeric"),
            (.int, "AdditiveArithmetic"),
            (.int, "SignedNumeric"), (.int, "BinaryInteger"), (.int, "FixedWidthInteger"), (.int, "SignedInteger"),
            (.int, "CustomStringConvertible"):
            return true
        case (.double, "Equatable"), (.double, "Hashable"), (.double, "Comparable"), (.double, "Numeric"),
            (.double, "AdditiveArithmetic"), (.double, "SignedNumeric"), (.double, "FloatingPoint"),
            (.double, "BinaryFloatingPoint"), (.double, "CustomStringConvertible"), (.float, "Equatable"),
            (.float, "Hashable"), (.float, "Comparable"), (.float, "Numeric"), (.float, "AdditiveArithmetic"),
            (.float, "SignedNumeric"), (.float, "FloatingPoint"), (.float, "BinaryFloatingPoint"),
            (.float, "CustomStringConvertible"):
            return true
        case (.string, "Equatable"), (.string, "Hashable"), (.string, "Comparable"), (.string, "StringProtocol"),
            (.string, "CustomStringConvertible"), (.character, "Equatable"), (.character, "Hashable"),
            (.character, "Comparable"), (.character, "CustomStringConvertible"), (.bool, "Equatable"),
            (.bool, "Hashable"),
            (.bool, "CustomStringConvertible"):
            return true
        case (.named(let info), _):
            if info.conformances.contains(proto) { return true }
            // Swift derives these for enums without associated values.
            return info.kind == .enumType && ["Equatable", "Hashable"].contains(proto)
                && info.cases.allSatisfy { $0.payload.isEmpty }
        default:
            return false
        }
    }

    /// Lowers, for the array type `type`, the generic array extensions that declare `member`,
    /// are not yet lowered for it and whose requirements its element meets, into the note's
    /// extension of `type`.
    func instantiateGenericArrayExtensions(for type: ScriptType, member: String) throws {
        guard case .array(let element) = type, !globals.genericArrayExtensions.isEmpty else { return }
        let name = type.description
        let previous = globals.extensions[name]
        let done = previous?.instantiatedExtensions ?? []
        let pending = globals.genericArrayExtensions.filter { extensionCase in
            extensionCase.memberNames.contains(member) && !done.contains(extensionCase.id)
                && extensionCase.requirements.allSatisfy { conforms(element, to: $0) }
        }
        guard !pending.isEmpty else { return }
        guard globals.instantiationDepth < 8 else {
            throw error(
                "extension of arrays used on '\(name)', nested too deeply (an extension method that wraps `self` in an array calls itself?)",
                pending[0].decl.extendedType, id: .specializationDepth)
        }
        // A fresh copy, as `declareTypes` makes: a block that fails leaves the old one.
        let info = TypeInfo(name: name, kind: .structType)
        info.extendedBuiltin = type
        if let previous { info.copyExtensionMembers(from: previous) }
        info.instantiatedExtensions = done.union(pending.map(\.id))
        globals.extensions[name] = info
        globals.instantiationDepth += 1
        defer { globals.instantiationDepth -= 1 }
        do {
            // Each extension is lowered by a lowerer of its own block (for its source lines),
            // members first and bodies after, so members can call each other.
            let lowerers = pending.map {
                Lowerer(globals: globals, context: context, mapper: $0.mapper, bindings: bindings)
            }
            for (lowerer, extensionCase) in zip(lowerers, pending) {
                lowerer.currentType = info
                defer { lowerer.currentType = nil }
                for member in extensionCase.decl.memberBlock.members {
                    _ = try lowerer.declareMember(member.decl, in: info)
                }
            }
            for lowerer in lowerers { try lowerer.lowerTypeMembers([]) }
        } catch {
            globals.extensions[name] = previous
            throw error
        }
    }

    /// Lowers into `info`, an `ArraySlice` or a note's own sequence, the generic array
    /// extensions it has not received yet that reach it (`extension Collection` a slice,
    /// `extension Sequence where Element: Numeric` both), with `Element` and `Index` its own;
    /// true when one was lowered. An `extension Array` reaches arrays only.
    @discardableResult
    func applyGenericArrayExtensions(to info: TypeInfo) -> Bool {
        guard !globals.genericArrayExtensions.isEmpty, info.kind == .structType || info.kind == .classType,
            let sequence = userSequence(.named(info))
        else { return false }
        let isSlice = info.genericOrigin == "ArraySlice"
        // A note's own collection declares only part of `Collection`'s API (`isEmpty`,
        // `index(_:offsetBy:)` and slicing are not derived for it), so it receives the
        // extensions of `Sequence` only; a slice has all of it.
        let reaches: (String) -> Bool = { extended in
            extended == "Sequence" || (isSlice && extended != "Array")
        }
        let index =
            info.computedProperty("startIndex")?.type ?? info.fieldIndex["startIndex"].map { info.fields[$0].type }
            ?? .int
        var applied = false
        for extensionCase in globals.genericArrayExtensions
        where !info.appliedProtocolExtensions.contains(extensionCase.decl.id)
            && reaches(extensionCase.decl.extendedType.trimmedDescription)
            && extensionCase.requirements.allSatisfy({ conforms(sequence.element, to: $0) })
        {
            let lowerer = Lowerer(globals: globals, context: context, mapper: extensionCase.mapper, bindings: bindings)
            lowerer.currentType = info
            lowerer.keepsExistingMembers = true
            lowerer.genericBindings["Element"] = sequence.element
            lowerer.genericBindings["Index"] = index
            info.appliedProtocolExtensions.insert(extensionCase.decl.id)
            lowerer.instantiation = GenericInstantiation(
                template: extensionCase.decl.extendedType.trimmedDescription, instance: info.name, arguments: [])
            // Lowered now, and taken back if its body does not lower for this type (it was
            // written for arrays): the type then keeps the array algorithms on its elements
            // (`userSequenceMethod`), as Swift's would run, only without the slice's indices.
            let saved = TypeInfo(name: info.name, kind: info.kind)
            saved.copyExtensionMembers(from: info)
            let savedStaticComputed = info.staticComputed
            do {
                _ = try lowerer.declareTypes([DeclSyntax(extensionCase.decl)])
                try lowerer.lowerTypeMembers([])
                applied = true
            } catch {
                info.copyExtensionMembers(from: saved)
                info.staticComputed = savedStaticComputed
            }
        }
        return applied
    }
}
