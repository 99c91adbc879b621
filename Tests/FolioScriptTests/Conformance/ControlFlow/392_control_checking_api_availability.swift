// The Swift Programming Language, Control Flow: Checking API Availability.
if #available(iOS 10, macOS 10.12, *) {
    // Use iOS 10 APIs on iOS, and use macOS 10.12 APIs on macOS
    print("newer APIs")
} else {
    // Fall back to earlier iOS and macOS APIs
    print("earlier APIs")
}

@available(macOS 10.12, *)
struct ColorPreference {
    var bestColor = "blue"
}

func chooseBestColor() -> String {
    guard #available(macOS 10.12, *) else {
       return "gray"
    }
    let colors = ColorPreference()
    return colors.bestColor
}
print(chooseBestColor())

if #available(iOS 10, *) {
    print("available")
} else {
    // Fallback code
}

if #unavailable(iOS 10) {
    // Fallback code
    print("unavailable")
}
print("done")
