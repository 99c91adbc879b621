// The Swift Programming Language, The Basics: Error Handling, Assertions and Preconditions.
// (The sandwich functions are filled in so that the listing runs.)
func canThrowAnError() throws {
    // this function may or may not throw an error
}

do {
    try canThrowAnError()
    print("no error was thrown")
} catch {
    print("an error was thrown")
}

enum SandwichError: Error {
    case outOfCleanDishes
    case missingIngredients([String])
}

var dishesAreClean = true
var pantry = ["bread", "butter"]
var log: [String] = []

func makeASandwich() throws {
    if !dishesAreClean { throw SandwichError.outOfCleanDishes }
    let missing = ["bread", "cheese"].filter { !pantry.contains($0) }
    if !missing.isEmpty { throw SandwichError.missingIngredients(missing) }
    log.append("made a sandwich")
}
func eatASandwich() { log.append("ate it") }
func washDishes() { log.append("washed dishes"); dishesAreClean = true }
func buyGroceries(_ ingredients: [String]) {
    log.append("bought \(ingredients)")
    pantry += ingredients
}

func lunch() {
    do {
        try makeASandwich()
        eatASandwich()
    } catch SandwichError.outOfCleanDishes {
        washDishes()
    } catch SandwichError.missingIngredients(let ingredients) {
        buyGroceries(ingredients)
    } catch {
        log.append("other error")
    }
}
lunch()
lunch()
dishesAreClean = false
lunch()
lunch()
print(log)

let age = 3
assert(age >= 0, "A person's age can't be less than zero.")
assert(age >= 0)
if age > 10 {
    print("You can ride the roller-coaster or the ferris wheel.")
} else if age >= 0 {
    print("You can ride the ferris wheel.")
} else {
    assertionFailure("A person's age can't be less than zero.")
}
let index = 2
precondition(index > 0, "Index must be greater than zero.")
print("index", index)
