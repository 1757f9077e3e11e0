"""Records -> RDF: namespaces and flat IRIs (:mod:`kg.rdf.namespaces`), the mapper
(:mod:`kg.rdf.mapper`), and the project's ontology, shapes and JSON-LD context files
(:mod:`kg.rdf.resources`).
"""
