"""What users do with a built graph: the :class:`~kg.graph.facade.KnowledgeGraph` facade,
SPARQL (:mod:`kg.graph.query`), files in and out (:mod:`kg.graph.export`), networkx views
(:mod:`kg.graph.views`), the human summary (:mod:`kg.graph.summary`) and SHACL validation
(:mod:`kg.graph.validate` with pySHACL, :mod:`kg.graph.compiled_shacl` for builds, both
reading :mod:`kg.graph.shapes`).

Nothing is imported here, so that ``import kg`` stays cheap: import the module you need.
"""
