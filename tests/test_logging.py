import logging

from msc.logging_filters import RedactRequestLine, redact


def test_query_strings_and_tokens_are_redacted():
    line = '127.0.0.1 - - [x] "GET /stories/?q=Samira+Alaoui HTTP/1.1" 200 -'
    assert "Samira" not in redact(line) and "/stories/?[redacted]" in redact(line)
    assert "abc123" not in redact('"GET /set-password/abc123 HTTP/1.1" 200')


def test_werkzeug_records_are_rewritten(app):
    record = logging.LogRecord("werkzeug", logging.INFO, __file__, 1, '%s - - "%s" %s',
                               ("127.0.0.1", "GET /stories/?q=Naima HTTP/1.1", "200"), None)
    assert any(isinstance(f, RedactRequestLine) for f in logging.getLogger("werkzeug").filters)
    RedactRequestLine().filter(record)
    assert "Naima" not in record.getMessage()
