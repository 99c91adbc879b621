let x = Int.max + 1
