"""Forms for signing in, passwords and user administration."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    EmailField,
    HiddenField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    widgets,
)
from wtforms.validators import DataRequired, Email, EqualTo, Length

from .models import ROLES
from .passwords import MIN_LENGTH

_PASSWORD_LENGTH = _l("The password must have at least %(min)d characters (and at most %(max)d).")
LANGUAGE_CHOICES = [("fr", "Français"), ("en", "English"), ("ar", "العربية")]


def role_choices():
    labels = {
        "admin": _l("Administrator"),
        "coordinator": _l("Coordinator"),
        "facilitator": _l("Facilitator"),
        "panelist": _l("Panelist"),
        "advocacy": _l("Advocacy team"),
    }
    return [(r, labels[r]) for r in ROLES]


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=512)])


class SetPasswordForm(FlaskForm):
    password = PasswordField(
        _l("New password"), validators=[DataRequired(), Length(min=MIN_LENGTH, max=512, message=_PASSWORD_LENGTH)]
    )
    confirm = PasswordField(
        _l("Repeat the password"), validators=[DataRequired(), EqualTo("password", _l("The passwords differ."))]
    )


class MultiCheckboxField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


def reading_choices():
    return [("fr", _l("French")), ("en", _l("English")), ("ar", _l("Arabic / Darija"))]


class PreferencesForm(FlaskForm):
    locale = SelectField(_l("Language"), choices=LANGUAGE_CHOICES)
    reading_languages = MultiCheckboxField(_l("Languages I read stories in (none ticked: my interface language)"),
                                           choices=reading_choices)


class UserForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Email(check_deliverability=False), Length(max=254)])
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=120)])
    locale = SelectField(_l("Language"), choices=LANGUAGE_CHOICES)
    role = SelectField(_l("Role"), choices=role_choices)
    unit = SelectField(_l("Unit"), coerce=int)


class RoleForm(FlaskForm):
    role = SelectField(_l("Role"), choices=role_choices)
    unit = SelectField(_l("Unit"), coerce=int)


class ActiveForm(FlaskForm):
    is_active = BooleanField(_l("Account active"))


class CodeForm(FlaskForm):
    code = StringField(_l("Code from your authenticator app, or a recovery code"),
                       validators=[DataRequired(), Length(max=40)], render_kw={"autocomplete": "one-time-code"})


class ChangePasswordForm(FlaskForm):
    current = PasswordField(_l("Current password"), validators=[DataRequired(), Length(max=512)])
    password = PasswordField(
        _l("New password"), validators=[DataRequired(), Length(min=MIN_LENGTH, max=512, message=_PASSWORD_LENGTH)]
    )
    confirm = PasswordField(
        _l("Repeat the password"), validators=[DataRequired(), EqualTo("password", _l("The passwords differ."))]
    )


class EndSessionForm(FlaskForm):
    key = HiddenField(validators=[Length(max=64)])
