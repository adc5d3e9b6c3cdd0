"""Stable GUIDs for REFI-QDA files: the same object gets the same GUID in every export (no database)."""
import uuid

# The namespace of msc's REFI-QDA GUIDs (a uuid5 of the project's name in the URL namespace).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://msc.invalid/refi-qda")


def guid(kind: str, *parts) -> str:
    """The GUID of one object: ``guid("story", 12)``, ``guid("theme", "housing")`` (upper case, as tools write)."""
    name = ":".join([kind, *(str(p) for p in parts)])
    return str(uuid.uuid5(NAMESPACE, name)).upper()


def theme_guid(key: str) -> str:
    """A theme's code GUID depends on its key only, so a codebook exported from one installation is recognised
    when imported into another."""
    return guid("theme", key)


RETIRED_FOLDER = guid("folder", "retired")  # the non-codable code that holds the retired themes
