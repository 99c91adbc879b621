let c = Chart(title: "</script>") { LineMark(x: [1.0, 2.0], y: [Double.nan, 1.0]) }
c
