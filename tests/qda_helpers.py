"""Shared set-up of the REFI-QDA tests: stories with themes, and reading a .qdpx back with lxml."""
import io
import zipfile

from lxml import etree

from msc.analysis import codebook_ops
from msc.analysis import operations as analysis_ops
from msc.qda.xmlcheck import parse_valid

NS = {"q": "urn:QDA-XML:project:1.0"}
# A name before the evidence (its pseudonym has another length), a non-Latin line and an emoji before both
# (positions count code points), then the evidence of two themes.
TEXT = ("🌱 بداية جديدة. Mme Bennani m'a frappée et m'a jetée dehors. Grâce au groupe de parole, "
        "j'ai repris confiance.")


def theme(world, key):
    return next(t for t in codebook_ops.ensure_codebook(world.programme).themes if t.key == key)


def coded_story(world, make_story, db, *, text=TEXT, user="facil_mrk", **kw):
    """A story with violence_physical confirmed (evidence) and housing added by hand (no evidence)."""
    story = make_story(text=text, user=user, **kw)
    coder = world.users[user]
    analysis_ops.decide_theme(story, theme(world, "violence_physical"), "confirmed", user=coder)
    analysis_ops.decide_theme(story, theme(world, "housing"), "added", user=coder)
    db.session.commit()
    return story


class Qdpx:
    """A .qdpx opened back: the project (checked against the schema) and its sources' texts."""

    def __init__(self, content: bytes):
        self.zip = zipfile.ZipFile(io.BytesIO(content))
        self.qde = self.zip.read("project.qde")
        self.tree = parse_valid(self.qde, "project")

    def xpath(self, path, node=None):
        return (node if node is not None else self.tree).xpath(path, namespaces=NS)

    def sources(self) -> dict[str, tuple[etree._Element, str]]:
        """name -> (TextSource element, text of its file)."""
        out = {}
        for src in self.xpath("//q:Sources/q:TextSource"):
            path = src.get("plainTextPath")
            assert path == f"internal://{src.get('guid')}.txt"
            out[src.get("name")] = (src, self.zip.read(f"sources/{src.get('guid')}.txt").decode("utf-8"))
        return out

    def code_guid(self, name):
        return self.xpath(f"//q:CodeBook//q:Code[@name='{name}']")[0].get("guid")

    def selections(self, src, code_guid):
        return [(int(s.get("startPosition")), int(s.get("endPosition")))
                for s in self.xpath(f"q:PlainTextSelection[q:Coding/q:CodeRef/@targetGUID='{code_guid}']", src)]
