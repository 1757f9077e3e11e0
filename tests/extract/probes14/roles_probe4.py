from heads import F

M = "The 2026 Tennant Medical Congress opened in Madhavi Nagar on May 12. "
PROBES = [
 (M + "The congress is organised by the Dr. K.R. Varan Medical University.", [("organizer", "Dr. K.R. Varan Medical University")]),
 (M + "The congress is organised by St. Aldric's College.", [("organizer", "St. Aldric's College")]),
 (M + "The congress is organised by the U.S. Tennant Chamber of Commerce.", [("organizer", "U.S. Tennant Chamber of Commerce")]),
 (M + "The congress is organised by Quell Events Inc.", [("organizer", "Quell Events Inc.")]),
 (M + "The congress is organised by A.B. Varan Events Ltd.", [("organizer", "A.B. Varan Events Ltd.")]),
 (M + "The congress is organised by Bell & Hart Events.", [("organizer", "Bell & Hart Events")]),
 (M + "The congress is organised by the Ministry of Mines and Energy.", [("organizer", "Ministry of Mines and Energy")]),
 (M + "The congress is organised by the Varan State Conservatory named after K. Varan.", [("organizer", "Varan State Conservatory named after K. Varan")]),
 (M + "The congress is organised by the Department of Health, Government of Varan.", [("organizer", "Department of Health, Government of Varan")]),
 (M + "The congress is organised by the Varan Medical Association (VMA), Tennant branch.", [("organizer", "Varan Medical Association")]),
 (M + "The congress is organised by Tennant Medical College and Hospital.", [("organizer", "Tennant Medical College and Hospital")]),
 (M + "The congress is being organised by the Tennant Government Medical College and Hospital in association with the Varan Medical Association.", [("organizer", "Tennant Government Medical College and Hospital"), ("partner", "Varan Medical Association")]),
 (M + "The Tamara Varan Medical Foundation is organising the congress.", [("organizer", "Tamara Varan Medical Foundation")]),
 (M + "The congress is organised by the Department of Surgery of Tennant Medical College.", [("organizer", "Department of Surgery of Tennant Medical College")]),
 (M + "The congress was inaugurated by the Health Minister and organised by the Tennant Medical College.", [("organizer", "Tennant Medical College")]),
 (F + "The fair is organized by Halvard Messe GmbH & Co. KG.", [("organizer", "Halvard Messe GmbH & Co. KG")]),
 (F + "The fair is organized by Messe Halvard.", [("organizer", "Messe Halvard")]),
 (F + "The fair is organized by the Ostervik Fair Company (OFC) and the Ostervik Exporters' Association (OEA).", [("organizer", "Ostervik Fair Company"), ("organizer", "Ostervik Exporters' Association")]),
 (F + "The fair is organized by the Export Promotion Bureau (EPB) under the Ministry of Commerce.", [("organizer", "Export Promotion Bureau")]),
 (F + "The fair is jointly organised by the Export Promotion Bureau and the Ministry of Commerce.", [("organizer", "Export Promotion Bureau"), ("organizer", "Ministry of Commerce")]),
 (F + "The Ministry of Commerce and the Export Promotion Bureau are jointly organising the fair.", [("organizer", "Ministry of Commerce"), ("organizer", "Export Promotion Bureau")]),
 (F + "The fair is hosted by the Ostervik Radio and Television Broadcasting Association.", [("host", "Ostervik Radio and Television Broadcasting Association")]),
]
NEGATIVES = []
