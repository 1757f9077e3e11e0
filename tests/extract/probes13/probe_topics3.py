P = [
("The fair, covering robotics, drones and 3D printing, opens today.", {"robotics","drones","3D printing"}),
("The expo, featuring solar panels and heat pumps, runs until Sunday.", {"solar panels","heat pumps"}),
("The fair, showcasing organic wine and olive oil, closes on Friday.", {"organic wine","olive oil"}),
("The summit, focusing on debt relief and climate finance, ends tomorrow.", {"debt relief","climate finance"}),
("The show, highlighting vintage cars and motorcycles, attracts collectors.", {"vintage cars","motorcycles"}),
("The conference, exploring quantum sensing and photonics, begins on Monday.", {"quantum sensing","photonics"}),
("The forum, addressing water scarcity and drought, was opened by the minister.", {"water scarcity","drought"}),
("The exhibition, covering ceramics and glass, is free to visit.", {"ceramics","glass"}),
]
N = [
"The fair, covering 20,000 square metres, opens today.",
"The expo, featuring 300 exhibitors, runs until Sunday.",
"The fair, featuring companies from Italy and Spain, closes on Friday.",
"The summit, focusing on Kenya and Ghana, ends tomorrow.",
"The event highlighted the need to cut emissions.",
"The show, featuring John Smith and Maria Lopez, attracts fans.",
]
