//| label: tbl-librispeech
//| caption: LibriSpeech linear-probe accuracy (%) reported in Table 1 of the CPC paper.
let randomInit: [Double] = [27.6, 1.87]
let mfcc: [Double] = [39.7, 17.6]
let cpc: [Double] = [64.6, 97.4]
let supervised: [Double] = [74.6, 98.5]
Table {
    Column("task", ["phone classification (41 classes)", "speaker classification (251 classes)"])
    Column("random init", randomInit, format: .fixed(2))
    Column("MFCC features", mfcc, format: .fixed(1))
    Column("CPC", cpc, format: .fixed(1))
    Column("supervised", supervised, format: .fixed(1))
}
