"""RSS and Atom feeds: one Article per entry, outlet from the feed, dates as written."""

from __future__ import annotations

import datetime as dt

from eventdesk.errors import EmptyInput, MalformedInput
from eventdesk.records import Article
from tests.ingest.helpers import only_error, read_all

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Le Veilleur de l’Est</title><link>https://veilleur.example/</link><language>fr-fr</language>
<item>
  <title>Explosion près d’Abou Kamal</title>
  <link>https://veilleur.example/1</link>
  <pubDate>Mon, 30 Sep 2019 23:30:00 -0500</pubDate>
  <description>&lt;p&gt;Une &lt;b&gt;explosion&lt;/b&gt; a visé un convoi.&lt;/p&gt;&lt;p&gt;Deux morts.&lt;/p&gt;</description>
</item>
<item>
  <title>Réouverture du poste-frontière</title>
  <link>https://veilleur.example/2</link>
  <pubDate>pas une date</pubDate>
  <description>Le poste d’Al-Qaïm a rouvert lundi.</description>
</item>
<item><title>Titre seul : tirs à Damas</title><link>https://veilleur.example/3</link></item>
<item><link>https://veilleur.example/4</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Border Watch</title><id>urn:test:feed</id><updated>2020-01-13T10:00:00Z</updated>
<entry>
  <title>Strike on a depot</title><id>urn:test:1</id>
  <link href="https://borderwatch.example/strike"/>
  <published>2020-01-12T22:00:00+03:00</published><updated>2020-01-13T09:00:00Z</updated>
  <summary>Short summary.</summary>
  <content type="html">&lt;p&gt;Jets struck a weapons depot near the border.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Five killed, monitors said.&lt;/li&gt;&lt;/ul&gt;</content>
</entry>
</feed>"""


def test_rss_items_become_articles(write) -> None:
    items = read_all(write("feed.rss", RSS))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Article", "EmptyInput"]
    first, second, headline, empty = items
    assert first.text == "Une explosion a visé un convoi.\nDeux morts."
    assert first.title == "Explosion près d’Abou Kamal" and first.url == "https://veilleur.example/1"
    assert first.outlet == "Le Veilleur de l’Est" and first.language == "fr"
    assert first.published == dt.date(2019, 9, 30)  # the day as written, not shifted to UTC
    assert first.origin.endswith("feed.rss#1") and empty.path.endswith("feed.rss#4")
    assert second.published is None and second.text == "Le poste d’Al-Qaïm a rouvert lundi."
    assert headline.text == "Titre seul : tirs à Damas"


def test_atom_entry_uses_the_longest_content(write) -> None:
    [entry] = read_all(write("feed.atom", ATOM))
    assert isinstance(entry, Article)
    assert entry.text == "Jets struck a weapons depot near the border.\nFive killed, monitors said."
    assert entry.published == dt.date(2020, 1, 12)
    assert (entry.outlet, entry.url) == ("Border Watch", "https://borderwatch.example/strike")


def test_feed_sniffed_from_content_with_unknown_extension(write) -> None:
    assert len(read_all(write("download.php", ATOM))) == 1


def test_broken_feed_is_malformed(write) -> None:
    error = only_error(write("broken.xml", "<?xml version='1.0'?><rss version='2.0'><<channel \x01 ]]>"))
    assert isinstance(error, MalformedInput) and error.path.endswith("broken.xml")


def test_truncated_feed_keeps_complete_entries(write) -> None:
    cut = RSS[: RSS.index("<item><title>Titre seul")]
    items = read_all(write("cut.xml", cut))
    assert [i.title for i in items if isinstance(i, Article)] == [
        "Explosion près d’Abou Kamal", "Réouverture du poste-frontière"
    ]


def test_feed_without_entries_is_empty(write) -> None:
    feed = "<?xml version='1.0'?><rss version='2.0'><channel><title>Rien</title></channel></rss>"
    assert isinstance(only_error(write("none.xml", feed)), EmptyInput)
