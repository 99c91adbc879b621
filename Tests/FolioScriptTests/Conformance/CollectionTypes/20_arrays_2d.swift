var grid = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 3)
for i in 0..<3 {
    for j in 0..<3 {
        grid[i][j] = i * 3 + j
    }
}
print(grid)
grid[1][1] *= 10
grid[2].append(99)
print(grid)
print(grid[2][3], grid[0].count, grid[2].count)
