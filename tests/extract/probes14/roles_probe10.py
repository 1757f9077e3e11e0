from heads import E

PROBES = [
 (E + "The expo is sponsored by the ministry of commerce and the people's government of Quenby Province.", [("sponsor", "ministry of commerce"), ("sponsor", "people's government of Quenby Province")]),
 (E + "The expo is guided by the Quenby Ministry of Commerce and hosted by the Quenby Municipal People's Government.", [("supporter", "Quenby Ministry of Commerce"), ("host", "Quenby Municipal People's Government")]),
 (E + "The expo is co-sponsored by the Quenby Ministry of Commerce, the Quenby Council for the Promotion of International Trade and the people's government of Quenby Autonomous Region.", [("sponsor", "Quenby Ministry of Commerce"), ("sponsor", "Quenby Council for the Promotion of International Trade"), ("sponsor", "people's government of Quenby Autonomous Region")]),
 (E + "The expo, hosted by the provincial government, drew 300 exhibitors.", [("host", "provincial government")]),
 (E + "The expo is undertaken by the Quenby Expo Affairs Bureau.", [("organizer", "Quenby Expo Affairs Bureau")]),
 (E + "The expo was organized by the commerce department of Quenby Province.", [("organizer", "commerce department of Quenby Province")]),
 (E + "The expo is being held under the theme Food for All and is hosted by the Quenby Ministry of Commerce.", [("host", "Quenby Ministry of Commerce")]),
 (E + "Hosted by the Quenby Ministry of Commerce and co-organized by Tessaro Exhibitions, the expo features 300 booths.", [("host", "Quenby Ministry of Commerce"), ("coOrganizer", "Tessaro Exhibitions")]),
]
NEGATIVES = []
