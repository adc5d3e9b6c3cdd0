"""Who may export which units' stories to a QDA project: all for admins and the command line, else the
units of the user's coordinator and advocacy roles (facilitators and panels export nothing)."""
from ..auth.reach import all_unit_ids


def qda_unit_ids(user, programme) -> set[int]:
    if user is None or user.is_admin:
        return all_unit_ids(programme)
    return user.units_for("coordinator", "advocacy")


def may_export(user) -> bool:
    return bool(user.is_admin or user.role_names() & {"coordinator", "advocacy"})
