"""Seventh batch of round-25 probe releases (our own wording): company releases about a show
(PR Newswire / Business Wire style): the company's own figures in its boilerplate, 'the
company' and its name, figures of the show beside them."""


def rel(title, published, body):
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body.strip()}\n'


RELEASES = [
    ("prn_boilerplate", rel("Veltrix to exhibit", "2026-02-03", """
MUNICH, Feb. 3, 2026 /PRNewswire/ -- Veltrix Sensor Systems, a global supplier of industrial sensors, will exhibit at the Automation Europe Fair 2026, which expects 45,000 visitors.
Veltrix will present 12 new products at booth B4-210.

About Veltrix Sensor Systems
Founded in 1998, Veltrix employs more than 3,200 people and serves 9,000 customers in 70 countries. The company generated revenue of EUR 640 million in 2025.
"""), [
        (45000, {"unit": "visitor", "about": "Automation Europe Fair"}),
        (12, {"unit": "product", "about": "Veltrix"}),
        (3200, {"unit": "person", "qualifier": "MoreThan", "about": "Veltrix"}),
        (9000, {"unit": "customer", "about": "Veltrix"}),
        (70, {"unit": "country", "about": "Veltrix"}),
        (640000000, {"unit": "EUR", "about": "Veltrix", "period": "2025"}),
    ]),

    ("bw_company", rel("Orbis wins award", "2026-09-15", """
AMSTERDAM--(BUSINESS WIRE)--Orbis Cloud Ltd today announced that its platform won the Best Data Product award at the Data Summit Europe 2026, attended by 6,000 professionals.
Orbis Cloud has grown its customer base by 40% year on year to 1,500 enterprises.
The summit featured 250 speakers.
"""), [
        (6000, {"unit": "professional", "about": "Data Summit Europe"}),
        (40, {"unit": "percent", "about": "Orbis Cloud", "change_of": 1500}),
        (1500, {"unit": "enterprise", "about": "Orbis Cloud"}),
        (250, {"unit": "speaker", "about": "Data Summit Europe"}),
    ]),
]
