P = [
("The fair features a dozen workshops.", {("workshop",12)}),
("The fair hosted two dozen panels on shipping.", {("panel",24)}),
("The summit offers a dozen masterclasses on finance.", {("masterclass",12)}),
("The expo hosted three dozen forums and a score of workshops.", {("forum",36),("workshop",20)}),
("Nearly two dozen side events are planned.", {("side event",24)}),
("The agenda lists a dozen plenary sessions.", {("plenary session",12)}),
("The festival staged a score of concerts.", {("concert",20)}),
("The programme featured half a dozen roundtables and dozens of seminars.", {("roundtable",6),("seminar",None)}),
("Hundreds of side events took place across the city.", {("side event",None)}),
]
N = [
"Two dozen exhibitors from Italy took part.",
"A dozen countries sent delegations.",
"Dozens of journalists covered the fair.",
"The fair drew hundreds of buyers.",
"The product won a score of 9 out of 10.",
]
