"""The ontology is the single source of ekg: terms.

- it parses, and every term it declares has an rdfs:label and an rdfs:comment;
- every ekg: term used anywhere else (shapes, JSON-LD context, the ``kg`` package, SPARQL
  queries, docs, conformance data) is declared in it: the test scans whatever files exist
  when it runs, so it fails as soon as someone uses an undeclared term;
- the contract's alignments hold (ekg:host / ekg:organizer rdfs:subPropertyOf
  schema:organizer, ...);
- the JSON-LD context round-trips a graph.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

import kg.rdf.resources as resources
from kg.errors import SetupError
from kg.rdf.namespaces import EKG, ID, SDO, WDT, bind_prefixes

ROOT = Path(__file__).resolve().parents[2]
NS = str(EKG)

# Every term docs/graph-model.md and ../shared/CONTRACT.md rely on.
REQUIRED = {
    "classes": [
        "Conference", "Exhibition", "Expo", "Forum", "Summit", "Fair", "TradeFair", "Festival",
        "Meeting", "Show", "Ceremony", "Congress", "Session", "Statistic", "Evidence",
        "RoleAssignment", "Qualifier",
    ],
    "qualifiers": ["Exact", "MoreThan", "AtLeast", "Approximately", "Nearly", "UpTo", "LessThan"],
    "properties": [
        "host", "organizer", "coOrganizer", "supporter", "partner", "guestOfHonor", "theme",
        "edition", "count", "inSeries", "period", "qualifier", "changeOf", "comparison",
        "evidence", "quote", "start", "end", "sentence", "event", "role", "agent",
    ],
}
EVENT_KINDS = REQUIRED["classes"][:13]

# Names that are attributes of ``str``: ``EKG.count`` is str.count, not a URIRef.
STR_ATTRS = set(dir(str))

_PY_ATTR = re.compile(r"\bEKG\.([A-Za-z_]\w*)")
_PY_ITEM = re.compile(r"""\bEKG\[\s*(['"])([^'"]+)\1\s*\]""")
_CURIE = re.compile(r"(?<![\w/#-])ekg:([A-Za-z_][\w-]*)")
_FULL_IRI = re.compile(re.escape(NS) + r"([A-Za-z_][\w-]*)")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return resources.load_ontology()


@pytest.fixture(scope="module")
def declared() -> set[URIRef]:
    return resources.ontology_terms()


def _lines_using(path: Path, local: str) -> str:
    hits = [
        f"{path.relative_to(ROOT)}:{n}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if local in line
    ]
    return ", ".join(hits[:3])


# ---------------------------------------------------------------- the ontology itself


def test_ontology_parses_and_has_a_header(onto: Graph):
    headers = list(onto.subjects(RDF.type, OWL.Ontology))
    assert len(headers) == 1
    (header,) = headers
    for prop in (OWL.versionInfo, URIRef("http://purl.org/dc/terms/title"),
                 URIRef("http://purl.org/dc/terms/license")):
        assert onto.value(header, prop) is not None, f"ontology header lacks {prop}"


def test_required_terms_are_declared(declared: set[URIRef]):
    missing = [name for group in REQUIRED.values() for name in group if EKG[name] not in declared]
    assert not missing, f"not declared in ontology/event-kg.ttl: {missing}"


def test_every_declared_term_has_label_and_comment(onto: Graph, declared: set[URIRef]):
    for term in sorted(declared):
        assert onto.value(term, RDFS.label), f"{term} has no rdfs:label"
        assert onto.value(term, RDFS.comment), f"{term} has no rdfs:comment"


def test_every_ekg_iri_in_the_ontology_is_declared(onto: Graph, declared: set[URIRef]):
    used = {n for t in onto for n in t if isinstance(n, URIRef) and n.startswith(NS)}
    assert used - declared == set()


def test_properties_have_domain_and_range(onto: Graph, declared: set[URIRef]):
    props = {t for t in declared if (t, RDF.type, OWL.ObjectProperty) in onto
             or (t, RDF.type, OWL.DatatypeProperty) in onto}
    assert {EKG[p] for p in REQUIRED["properties"]} <= props
    for prop in props:
        assert onto.value(prop, RDFS.domain) is not None, f"{prop} has no rdfs:domain"
        assert onto.value(prop, RDFS.range) is not None, f"{prop} has no rdfs:range"


def test_event_kinds_are_events(onto: Graph):
    for name in EVENT_KINDS:
        assert (EKG[name], RDFS.subClassOf, SDO.Event) in onto, f"ekg:{name} is not a schema:Event"
    assert (EKG.Statistic, RDFS.subClassOf, SDO.Observation) in onto
    assert (EKG.Evidence, RDFS.subClassOf, PROV.Entity) in onto


def test_qualifiers_are_a_closed_set_of_labelled_individuals(onto: Graph):
    for name in REQUIRED["qualifiers"]:
        q = EKG[name]
        assert (q, RDF.type, EKG.Qualifier) in onto
        assert onto.value(q, SKOS.prefLabel) and onto.value(q, RDFS.label) and onto.value(q, RDFS.comment)
    from rdflib.collection import Collection

    one_of = onto.value(EKG.Qualifier, OWL.oneOf)
    assert set(Collection(onto, one_of)) == {EKG[n] for n in REQUIRED["qualifiers"]}


def test_contract_alignments(onto: Graph):
    assert (EKG.host, RDFS.subPropertyOf, SDO.organizer) in onto
    assert (EKG.organizer, RDFS.subPropertyOf, SDO.organizer) in onto
    assert (EKG.coOrganizer, RDFS.subPropertyOf, SDO.organizer) in onto
    assert (EKG.guestOfHonor, OWL.equivalentProperty, WDT.P967) in onto
    assert (EKG.inSeries, RDFS.subPropertyOf, SDO.isPartOf) in onto
    # Not organizers: no sub-property link that would make them schema:organizer.
    for name in ("supporter", "partner", "guestOfHonor"):
        assert (EKG[name], RDFS.subPropertyOf, SDO.organizer) not in onto
    # ekg:evidence is not a kind of prov:wasDerivedFrom (an event is not derived from a quote).
    assert (EKG.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom) not in onto


def test_schema_alignments_are_only_contract_terms(onto: Graph):
    """Every schema.org super-class / super-property must be one the mapper asserts beside
    the ekg: term (the contract holds without inference), so only these are allowed."""
    allowed = {SDO.Event, SDO.Observation, SDO.organizer, SDO.isPartOf}
    for pred in (RDFS.subClassOf, RDFS.subPropertyOf):
        for sub, sup in onto.subject_objects(pred):
            if isinstance(sup, URIRef) and sup.startswith(str(SDO)):
                assert sup in allowed, f"{sub} {pred} {sup}: the mapper does not assert {sup}"


# ---------------------------------------------------------------- terms used elsewhere


def _terms_in_python() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        names = set(_PY_ATTR.findall(text)) | {m[1] for m in _PY_ITEM.findall(text)}
        names |= set(_CURIE.findall(text)) | set(_FULL_IRI.findall(text))
        for name in names:
            found.setdefault(name, []).append(path)
    return found


def _terms_in_text_files() -> dict[str, list[Path]]:
    files = [ROOT / "docs" / "graph-model.md"]
    files += sorted((ROOT / "queries").rglob("*.rq")) if (ROOT / "queries").is_dir() else []
    files += sorted((ROOT / "tests" / "data" / "shapes").rglob("*.ttl"))
    found: dict[str, list[Path]] = {}
    for path in files:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        for name in set(_CURIE.findall(text)) | set(_FULL_IRI.findall(text)):
            found.setdefault(name, []).append(path)
    return found


def test_python_code_uses_only_declared_terms(declared: set[URIRef]):
    undeclared = {
        name: [str(p.relative_to(ROOT)) for p in paths]
        for name, paths in _terms_in_python().items()
        if EKG[name] not in declared and name not in STR_ATTRS
    }
    assert not undeclared, f"ekg: terms used in kg/ but not declared in the ontology: {undeclared}"


def test_python_code_avoids_str_method_names_as_attributes():
    """``EKG.count`` is the bound method str.count, not ekg:count: write ``EKG["count"]``."""
    offenders = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        for name in set(_PY_ATTR.findall(path.read_text(encoding="utf-8"))):
            if name in STR_ATTRS:
                offenders.append(f"EKG.{name} ({_lines_using(path, 'EKG.' + name)})")
    assert not offenders, "use EKG['name'] for names that are str methods: " + "; ".join(offenders)


def test_shapes_use_only_declared_terms(declared: set[URIRef]):
    shapes = Graph().parse(resources.shapes_path(), format="turtle")
    used = {n for t in shapes for n in t if isinstance(n, URIRef) and n.startswith(NS)}
    assert used, "the shapes use no ekg: term at all?"
    assert used - declared == set(), f"undeclared in shapes: {sorted(used - declared)}"


def _context_iris(ctx: dict) -> set[str]:
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}

    def expand(value: str) -> str:
        prefix, sep, local = value.partition(":")
        return prefixes[prefix] + local if sep and prefix in prefixes else value

    iris = set()
    for key, value in ctx.items():
        if key.startswith("@") or key in prefixes:
            continue
        if isinstance(value, str):
            iris.add(expand(value))
        elif isinstance(value, dict):
            iris.add(expand(value["@id"]))
            if value.get("@type", "@id").startswith(tuple(p + ":" for p in prefixes)):
                iris.add(expand(value["@type"]))
    return iris


def test_context_uses_only_declared_terms(declared: set[URIRef]):
    iris = _context_iris(resources.load_context()["@context"])
    ekg_iris = {URIRef(i) for i in iris if i.startswith(NS)}
    assert ekg_iris, "the context maps no ekg: term?"
    assert ekg_iris - declared == set(), f"undeclared in context: {sorted(ekg_iris - declared)}"


def test_context_maps_each_iri_to_one_term():
    """No two terms for the same IRI: compaction would pick one arbitrarily."""
    ctx = resources.load_context()["@context"]
    seen: dict[str, str] = {}
    for key, value in ctx.items():
        if key.startswith("@") or (isinstance(value, str) and value.endswith(("#", "/"))):
            continue
        iri = value if isinstance(value, str) else value["@id"]
        assert iri not in seen, f"{key!r} and {seen[iri]!r} both map to {iri}"
        seen[iri] = key


def test_docs_queries_and_test_data_use_only_declared_terms(declared: set[URIRef]):
    undeclared = {
        name: sorted({str(p.relative_to(ROOT)) for p in paths})
        for name, paths in _terms_in_text_files().items()
        if EKG[name] not in declared
    }
    assert not undeclared, f"undeclared ekg: terms: {undeclared}"


def test_event_kind_table_names_declared_classes(declared: set[URIRef]):
    """Event kinds are looked up dynamically (``EKG[KIND_CLASS[kind]]``), out of the scanner's
    sight: check the table itself when it exists."""
    lexicon = pytest.importorskip("kg.extract.lexicon")
    table = getattr(lexicon, "KIND_CLASS", None)
    if table is None:
        pytest.skip("kg.extract.lexicon has no KIND_CLASS")
    undeclared = sorted(v for v in table.values() if EKG[v] not in declared)
    assert not undeclared, f"KIND_CLASS names undeclared classes: {undeclared}"


def test_scanner_catches_an_undeclared_term(declared: set[URIRef], tmp_path: Path):
    """The scan itself works: made-up uses are all caught, declared ones pass."""
    sample = 'g.add((s, EKG.venueCapacity, o)); g.add((s, EKG["fooBar"], o)); x = "ekg:bazQux"; EKG.host'
    names = set(_PY_ATTR.findall(sample)) | {m[1] for m in _PY_ITEM.findall(sample)} | set(_CURIE.findall(sample))
    assert {n for n in names if EKG[n] not in declared} == {"venueCapacity", "fooBar", "bazQux"}


# ---------------------------------------------------------------- JSON-LD context


def _small_graph() -> Graph:
    g = Graph()
    bind_prefixes(g)
    doc, event, place, agent = ID["doc-0123456789abcdef"], ID["event-x-2031"], ID["place-gn-1"], ID["agent-y"]
    stat, base, ev, role = ID["stat-d-1"], ID["stat-d-0"], ID["ev-d-3-9"], ID["role-d-0"]
    g.add((doc, RDF.type, SDO.NewsArticle))
    g.add((doc, SDO.headline, Literal("X 2031 opens")))
    g.add((doc, SDO.datePublished, Literal("2031-05-12", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))))
    g.add((doc, SDO.about, event))
    g.add((doc, SDO.url, URIRef("https://example.org/news/1")))
    g.add((event, RDF.type, SDO.Event))
    g.add((event, RDF.type, EKG.Conference))
    g.add((event, SDO.name, Literal("X 2031")))
    g.add((event, SDO.name, Literal("Conférence X 2031", lang="fr")))
    g.add((event, SDO.startDate, Literal("2031-05-12", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))))
    g.add((event, SDO.location, place))
    g.add((event, EKG.host, agent))
    g.add((event, EKG.organizer, agent))
    g.add((event, SDO.organizer, agent))
    g.add((event, SDO.sponsor, agent))
    g.add((event, EKG.edition, Literal(3)))
    g.add((event, EKG.theme, Literal("Y")))
    g.add((event, PROV.wasDerivedFrom, doc))
    g.add((place, RDF.type, SDO.Place))
    g.add((place, SDO.name, Literal("Z")))
    g.add((place, OWL.sameAs, URIRef("https://sws.geonames.org/1/")))
    g.add((agent, RDF.type, SDO.Organization))
    g.add((agent, SDO.name, Literal("Y Agency")))
    for s, value in ((stat, Decimal("35.8")), (base, Decimal("9587000"))):
        g.add((s, RDF.type, SDO.Observation))
        g.add((s, RDF.type, EKG.Statistic))
        g.add((s, SDO.value, Literal(value)))
        g.add((s, EKG.qualifier, EKG.MoreThan))
        g.add((s, EKG.evidence, ev))
    g.add((stat, SDO.unitText, Literal("percent")))
    g.add((stat, EKG.changeOf, base))
    g.add((stat, EKG.comparison, Literal("year-on-year")))
    g.add((stat, EKG.period, Literal("2030", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear"))))
    g.add((base, EKG.period, Literal("2024-01/2024-07")))
    g.add((base, SDO.value, Literal(1.5)))  # a stray double must survive too
    g.add((ev, RDF.type, EKG.Evidence))
    g.add((ev, EKG.quote, Literal("35.8%")))
    g.add((ev, EKG.start, Literal(3)))
    g.add((ev, EKG.end, Literal(9)))
    g.add((role, RDF.type, EKG.RoleAssignment))
    g.add((role, EKG.role, SDO.sponsor))
    g.add((role, EKG.role, EKG.host))
    g.add((role, EKG.agent, agent))
    g.add((role, EKG.event, event))
    g.add((ID["topic-t"], SKOS.prefLabel, Literal("t")))
    g.add((ID["session-x"], EKG["count"], Literal(6)))
    g.add((BNode(), RDFS.label, Literal("a blank node")))
    return g


_JSONLD_PARSER_WARNING = "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"  # inside rdflib


@pytest.mark.filterwarnings(_JSONLD_PARSER_WARNING)
def test_context_round_trip_small_graph():
    g = _small_graph()
    ctx = resources.load_context()["@context"]
    text = g.serialize(format="json-ld", context=ctx, auto_compact=True)
    back = Graph().parse(data=text, format="json-ld")
    assert isomorphic(g, back), sorted(set(to_isomorphic(g)) ^ set(to_isomorphic(back)))
    # and it is compact: short terms are used
    nodes = {n["@id"]: n for n in json.loads(text)["@graph"] if "@id" in n}
    stat = nodes["ekgid:stat-d-1"]
    assert stat["qualifier"] == "MoreThan" and stat["value"] == "35.8" and stat["changeOf"] == "ekgid:stat-d-0"
    assert nodes["ekgid:event-x-2031"]["schemaOrganizer"] == "ekgid:agent-y"
    assert nodes["ekgid:ev-d-3-9"]["start"] == "3"


@pytest.mark.filterwarnings(_JSONLD_PARSER_WARNING)
def test_context_round_trip_conformance_graph():
    path = ROOT / "tests" / "data" / "shapes" / "valid" / "northern-lights-hydrogen-summit.ttl"
    g = Graph().parse(path, format="turtle")
    ctx = resources.load_context()["@context"]
    back = Graph().parse(data=g.serialize(format="json-ld", context=ctx), format="json-ld")
    assert isomorphic(g, back)


# ---------------------------------------------------------------- locating the files


def test_resource_paths_exist():
    for fn in (resources.ontology_path, resources.shapes_path, resources.context_path):
        assert fn().is_file()


def test_env_override_is_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    (tmp_path / "ontology").mkdir()
    (tmp_path / "shapes").mkdir()
    (tmp_path / "ontology" / "event-kg.ttl").write_text("")
    (tmp_path / "shapes" / "event-kg.ttl").write_text("")
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    assert resources.ontology_path() == tmp_path / "ontology" / "event-kg.ttl"
    assert resources.shapes_path() == tmp_path / "shapes" / "event-kg.ttl"
    with pytest.raises(SetupError, match="context.jsonld") as info:
        resources.context_path()
    assert info.value.exit_code == 5 and resources.ENV_VAR in str(info.value)


def test_missing_files_give_a_setup_error_with_a_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    monkeypatch.setattr(resources, "_CHECKOUT_DIR", tmp_path)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "kg")
    with pytest.raises(SetupError, match=r"pip install -e \."):
        resources.shapes_path()
