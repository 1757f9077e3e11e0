"""Probe 12: how releases in general describe a programme (convention 10), our own sentences,
each failing on main 15a9331: counted groups the parser breaks ('the expo's 12 sub-forums':
'forums' tagged an adjective; 'the fair hosted ...': 'fair' tagged an adjective), hyphenated
programme nouns ('side-events', 'break-out sessions'), singular items after 'including', parts
that follow another ('was followed by a high-level plenary'), a press conference held at the
event, the event's own opening, lists of programme nouns on any verb, bulleted
programme lists; a year that dates the group to another edition in a broken parse. Negatives
that must stay empty live beside each rule in kg/extract/rules/sessions.json."""

import pytest

from tests.extract.test_sessions_probe5 import assert_no_sessions, assert_sessions

POSITIVES = [
    ("The 2025 World Harbour Intelligence Expo opened in Tianjin on June 20. The four-day expo includes forums and competitions and highlights AI and robotics.",
     [('forum', None), ('competition', None)], False),
    ("The 2026 Harbourside Trade Fair opened in Valletta on June 3. The expo's four exhibition halls house more than 600 companies.",
     [('exhibition hall', 4)], False),
    ('The Northern Clean Energy Summit 2026 took place in Tromso from 9 to 11 March. Side events including a youth forum and a hackathon will run alongside the summit.',
     [('side event', None), ('youth forum', None), ('hackathon', None)], False),
    ('The Northern Clean Energy Summit 2026 took place in Tromso from 9 to 11 March. The opening ceremony was followed by a high-level plenary.',
     [('opening ceremony', None), ('high-level plenary', None)], False),
    ('The Northern Clean Energy Summit 2026 took place in Tromso from 9 to 11 March. The opening ceremony was followed by a ministerial roundtable on grid investment.',
     [('opening ceremony', None), ('ministerial roundtable', None)], False),
    ('The 2026 Harbourside Trade Fair opened in Valletta on June 3. A 48-hour hackathon will be held on the final weekend.',
     [('hackathon', None)], False),
    ('The 2026 Harbourside Trade Fair opened in Valletta on June 3. At a press conference held at the fair on Tuesday, the ministry announced a new export fund.',
     [('press conference', None)], False),
    ('The 2026 Harbourside Trade Fair opened in Valletta on June 3. During a press conference at the fair, the minister announced new incentives for exporters.',
     [('press conference', None)], False),
    ('The 14th Lakeland Food Festival will be held in Kendal from 5 to 8 August 2026. Live cooking shows will be staged every day.',
     [('live cooking show', None)], False),
    ("The China-Andes Commodities Expo 2026 opened in Lanzhou on 8 July. The Expo's 12 sub-forums focused on trade and investment.",
     [('sub-forum', 12)], False),
    ('The 2026 Harbourside Trade Fair opened in Valletta on June 3. The agenda is packed with panel discussions and fireside chats.',
     [('panel discussion', None), ('fireside chat', None)], False),
    ('The 2026 Harbourside Trade Fair opened in Valletta on June 3. The fair hosts pavilions from 20 countries.',
     [('pavilion', None)], False),
    ('The 2025 Harbourside Trade Fair opened in Valletta on June 3. The fair hosted an investment conference and a series of seminars.',
     [('investment conference', None), ('seminar', None)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. There was also a startup exhibition.',
     [('startup exhibition', None)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. The programme included a roundtable, a panel discussion and a networking lunch.',
     [('roundtable', None), ('panel discussion', None), ('networking lunch', None)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. Ministers took part in a roundtable on energy security.',
     [('roundtable', None)], False),
    ('The 2025 Harbourside Trade Fair opened in Valletta on June 3. Competitions, seminars and product launches are also planned.',
     [('competition', None), ('seminar', None), ('product launch', None)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. The number of sessions reached 50.',
     [('session', 50)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. The Summit will witness interactive sessions and global forums.',
     [('interactive session', None), ('global forum', None)], False),
    ('The 2025 Harbourside Trade Fair opened in Valletta on June 3. Buyers joined study visits to local factories.',
     [('study visit', None)], False),
    ("The 7th China-Andes Commodities Expo 2025 opened in Lanzhou on 8 July. Over the four days, the expo's 12 sub-forums, three matchmaking sessions and a signing ceremony drew more than 5,000 guests.",
     [('sub-forum', 12), ('matchmaking session', 3), ('signing ceremony', None)], False),
    ("The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. Alongside the main conference, side events including a youth forum and an investors' breakfast will take place.",
     [('side event', None), ('youth forum', None)], True),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. The opening ceremony, attended by the prime minister, was followed by a high-level plenary on energy security.',
     [('opening ceremony', None), ('high-level plenary', None)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. The four-day programme of talks, workshops and site visits is free for registered delegates.',
     [('talk', None), ('workshop', None), ('site visit', None)], False),
    ('The 2025 Harbourside Trade Fair opened in Valletta on June 3. At a press conference at the fair on Wednesday, the trade minister announced a new export fund.',
     [('press conference', None)], False),
    ("The 7th China-Andes Commodities Expo 2025 opened in Lanzhou on 8 July. The Expo's 12 sub-forums and 3 special exhibitions focused on trade and investment.",
     [('sub-forum', 12), ('special exhibition', 3)], False),
    ('The 2025 Harbourside Trade Fair opened in Valletta on June 3. Speaking at the opening, the minister praised the exhibitors.',
     [('opening', None)], False),
    ("The 2025 Harbourside Trade Fair opened in Valletta on June 3. The fair's official opening took place on Monday.",
     [('official opening', None)], True),
    ('The 2025 Harbourside Trade Fair opened in Valletta on June 3. The opening was attended by the president.',
     [('opening', None)], False),
    ('The 2025 Harbourside Trade Fair opened in Valletta on June 3. The inauguration took place in the presence of the prime minister.',
     [('inauguration', None)], False),
    ('The 7th Andes Commodities Expo 2025 opened in Lanzhou on 8 July. The expo also featured side-events and round-tables.',
     [('side-event', None), ('round-table', None)], False),
    ('The 7th Andes Commodities Expo 2025 opened in Lanzhou on 8 July. Break-out sessions were held in the afternoon.',
     [('break-out session', None)], False),
    ('The 7th Andes Commodities Expo 2025 opened in Lanzhou on 8 July. E-sports tournaments were staged in Hall 3.',
     [('e-sports tournament', None)], False),
    ('The 7th Andes Commodities Expo 2025 opened in Lanzhou on 8 July. Twenty side-events were held.',
     [('side-event', 20)], False),
    ('The 7th Andes Commodities Expo 2025 opened in Lanzhou on 8 July. During the Expo, a series of sub-forums and B2B matchmaking sessions will be held.',
     [('sub-forum', None), ('B2B matchmaking session', None)], True),
    ('The 7th Andes Commodities Expo 2025 opened in Lanzhou on 8 July. More than 50 investment promotion and trade matchmaking activities were held.',
     [('trade matchmaking activity', 50)], True),
    ('The 2025 World Intelligence Expo opened in Tianjin on June 20. The expo consists of opening ceremony, main forum, 6 parallel forums and an exhibition.',
     [('opening ceremony', None), ('main forum', None), ('parallel forum', 6)], True),
    ('The 2025 Asia Financial Forum was held in Hong Kong on January 13. Over 800 one-on-one meetings were arranged between investors and project owners.',
     [('one-on-one meeting', 800)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. Highlights of the summit include: a ministerial roundtable, 30 technical sessions and a gala dinner.',
     [('ministerial roundtable', None), ('technical session', 30), ('gala dinner', None)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. The programme includes:\n- a ministerial roundtable\n- 30 technical sessions\n- a gala dinner',
     [('ministerial roundtable', None), ('technical session', 30), ('gala dinner', None)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. The summit, with its workshops and site visits, drew 2,000 delegates.',
     [('workshop', None), ('site visit', None)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. Key features of the summit: 40 sessions, 200 speakers and a start-up village.',
     [('session', 40)], True),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. The event consisted of three days of workshops and panel discussions.',
     [('workshop', None), ('panel discussion', None)], False),
    ('The Northern Clean Energy Summit 2025 took place in Tromso from 9 to 11 March. The summit was preceded by a pre-conference workshop on grid modelling.',
     [('pre-conference workshop', None)], False),
]

NEGATIVES = [
    'The 2026 Harbourside Trade Fair opened in Valletta on June 3. In 2024, the fair held 22 forums.',
]


@pytest.mark.parametrize(("text", "expect", "subset"), POSITIVES, ids=[f"pos-{i}" for i in range(len(POSITIVES))])
def test_probe_positive(extract, text, expect, subset):
    assert_sessions(extract, text, expect, subset)


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"neg-{i}" for i in range(len(NEGATIVES))])
def test_probe_negative(extract, text):
    assert_no_sessions(extract, text)
