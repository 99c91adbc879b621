// The Swift Programming Language, Error Handling: Specifying the Error Type (typed throws).
enum StatisticsError: Error {
    case noRatings
    case invalidRating(Int)
}
func summarize(_ ratings: [Int]) throws(StatisticsError) {
    guard !ratings.isEmpty else { throw .noRatings }

    var counts = [1: 0, 2: 0, 3: 0]
    for rating in ratings {
        guard rating > 0 && rating <= 3 else { throw .invalidRating(rating) }
        counts[rating]! += 1
    }

    print("*", counts[1]!, "-- **", counts[2]!, "-- ***", counts[3]!)
}

let ratings: [Int] = []
do throws(StatisticsError) {
    try summarize(ratings)
} catch {
    switch error {
    case .noRatings:
        print("No ratings available")
    case .invalidRating(let rating):
        print("Invalid rating: \(rating)")
    }
}
do {
    try summarize([1, 2, 3, 3, 2, 3])
    try summarize([1, 4, 2])
} catch {
    print(error)
}
func nonThrowingFunction() throws(Never) {
    print("never throws")
}
nonThrowingFunction()
