for i in 1...5 {
    var line = ""
    for j in 1...5 {
        line += String(i * j)
        if j < 5 { line += "\t" }
    }
    print(line)
}
