"""analysis: the feature around the language engine (``msc.nlp``).

The programme's codebook in the database (``codebook_ops``), the machine's theme suggestions and
personal-data spans stored per story, people's theme decisions and personal-data reviews, the
approval of the pseudonymised text (``operations``, ``queries``), and the background jobs that run
the engine on stories (``jobs``); its pages are in ``views``. The text processing itself (spaCy,
theme matching, detection, pseudonymisation) lives in ``msc.nlp``, which knows nothing of Flask or
the database.
"""
