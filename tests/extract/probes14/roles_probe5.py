from heads import S, V

PROBES = [
 (V + "Funding for the festival comes from the Marrowdale Arts Board.", [("sponsor", "Marrowdale Arts Board")]),
 (V + "Support for the festival comes from the Marrowdale Arts Board and Halbrook Bank.", [("supporter", "Marrowdale Arts Board"), ("supporter", "Halbrook Bank")]),
 (V + "The festival is made possible with funding from the Marrowdale Arts Board.", [("sponsor", "Marrowdale Arts Board")]),
 (V + "The Marrowdale Arts Board provides financial support to the festival.", [("supporter", "Marrowdale Arts Board")]),
 (V + "The Marrowdale Arts Board is a key supporter of the festival.", [("supporter", "Marrowdale Arts Board")]),
 (V + "Halbrook Bank, a longtime supporter of the festival, funds the youth stage.", [("supporter", "Halbrook Bank")]),
 (V + "Halbrook Bank's sponsorship of the festival runs until 2028.", [("sponsor", "Halbrook Bank")]),
 (V + "Halbrook Bank has sponsored the festival since 2010.", [("sponsor", "Halbrook Bank")]),
 (V + "Halbrook Bank renewed its sponsorship of the festival.", [("sponsor", "Halbrook Bank")]),
 (V + "Halbrook Bank is the festival's lead sponsor for a third year.", [("sponsor", "Halbrook Bank")]),
 (V + "Financial support was provided by the Marrowdale Arts Board.", [("supporter", "Marrowdale Arts Board")]),
 (V + "The festival receives support from the Marrowdale Arts Board.", [("supporter", "Marrowdale Arts Board")]),
 (V + "The festival is funded in part by the Marrowdale Arts Board.", [("sponsor", "Marrowdale Arts Board")]),
 (V + "The festival is organised by Rennard Productions, in partnership with Arden Radio, and supported by the Marrowdale Arts Board.", [("organizer", "Rennard Productions"), ("partner", "Arden Radio"), ("supporter", "Marrowdale Arts Board")]),
 (V + "Rennard Productions, in partnership with Arden Radio, will host the festival.", [("host", "Rennard Productions"), ("partner", "Arden Radio")]),
 (V + "Rennard Productions will host the festival in partnership with Arden Radio.", [("host", "Rennard Productions"), ("partner", "Arden Radio")]),
 (S + "The show is owned by the Calloway Marine Dealers Association and managed by Corlan Events.", [("organizer", "Calloway Marine Dealers Association"), ("organizer", "Corlan Events")]),
 (S + "The show is owned and produced by the Calloway Marine Dealers Association.", [("organizer", "Calloway Marine Dealers Association")]),
 (S + "Show owner Calloway Marine Dealers Association said sales rose.", [("organizer", "Calloway Marine Dealers Association")]),
 (S + "Show producer Corlan Events said sales rose.", [("organizer", "Corlan Events")]),
 (S + "The show's producer, Corlan Events, said sales rose.", [("organizer", "Corlan Events")]),
 (S + "Corlan Events, producer of the show, said sales rose.", [("organizer", "Corlan Events")]),
 (S + "Corlan Events produces the show.", [("organizer", "Corlan Events")]),
 (S + "Show organizers said sales rose.", []),
 (S + "The Calloway Marine Dealers Association (CMDA) owns the show.", [("organizer", "Calloway Marine Dealers Association")]),
]
NEGATIVES = [
 V + "Halbrook Bank also funds a music school.",
 V + "The Marrowdale Arts Board provides grants to local bands.",
]
