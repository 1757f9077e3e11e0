"""Many releases at once: expanding inputs (:mod:`kg.corpus.inputs`), the batch driver behind
``kg build`` (:mod:`kg.corpus.batch`), worker processes (:mod:`kg.corpus.parallel`), the
on-disk Oxigraph store (:mod:`kg.corpus.store`), pushing to a SPARQL server
(:mod:`kg.corpus.endpoint`) and Dask (:mod:`kg.corpus.distributed`).
"""
