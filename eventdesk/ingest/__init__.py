"""Ingest: files and folders of reports in, Article records (or InputErrors) out.

    from eventdesk.ingest import read_paths
    for item in read_paths(["reports/"]):
        if isinstance(item, InputError): print(item)   # names the file and the reason
        else: store(item)                                # an Article

Layout: `discover` (folders), `sniff` + `encoding` (size, binary, encodings, file kind),
`readers/` (one module per format), `article` (normalisation, content id, dates),
`reader` (dispatch, errors in place).
"""

from eventdesk.ingest.article import article_from_text
from eventdesk.ingest.reader import read_file, read_path, read_paths
from eventdesk.ingest.settings import DEFAULT_MAX_BYTES, IngestSettings

__all__ = ["DEFAULT_MAX_BYTES", "IngestSettings", "article_from_text", "read_file", "read_path", "read_paths"]
