// An ArraySlice keeps its base's indices. Found by the Swift Algorithm Club's recursive binary
// search (BeyondTheBook.md, #01).
let values = [10, 20, 30, 40, 50]
let tail = values[2...]
print(tail.startIndex, tail.endIndex, tail[3], tail.firstIndex(of: 40) ?? -1)
print(Array(tail), tail.count)
