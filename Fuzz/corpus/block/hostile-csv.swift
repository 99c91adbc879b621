let t = Tensor(csvFile: "data/x.csv")
