"""nlp: the language engine of msc, with no Flask and no database.

Texts in, data out: spaCy pipelines (``pipelines``), language detection (``language``),
codebook loading and theme matching with negation (``codebook``, ``themes``, ``negation``),
personal-data detection (``pii`` with ``pii_span``, ``pii_patterns``, ``pii_rules``, ``pii_context``,
``pii_extra``, ``pii_arabic_spans``, ``pii_informal``, ``pii_proper`` and the word lists ``pii_lists``,
``pii_names``, ``pii_arabic``) and pseudonymisation (``pseudonymise``: bracket
or readable pseudonyms, shared by a story's fields), all put together by ``engine.Analyzer``;
``scan.scan_text`` finds personal data in texts written about a story (reasons, comments);
``cli`` is the ``msc analyze`` command (JSONL in and out).

Used by ``msc analyze``, by ``bench/analysis.py`` and by the ``msc.analysis`` feature, which keeps
the codebook, suggestions and reviews in the database. Nothing here imports Flask, SQLAlchemy or
``msc.extensions`` (tests/test_nlp_pure.py checks it); spaCy models load on first use.
"""
