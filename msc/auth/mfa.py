"""Second factor: TOTP (RFC 6238) codes, the enrolment QR code drawn here, recovery codes.

No outside service: the QR code is an SVG built by segno and shown inline as a data: image.
"""
import secrets
import time

import pyotp
import segno

STEP = 30  # seconds per TOTP code
RECOVERY_CODES = 10
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, email: str, issuer: str = "MSC") -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=issuer)


def qr_data_uri(uri: str) -> str:
    """The otpauth:// URI as an SVG QR code in a data: URI (the page's CSP allows data: images)."""
    return segno.make(uri, error="m").svg_data_uri(scale=5, border=2)


def matching_step(secret: str, code: str, last_step: int | None, now: float | None = None) -> int | None:
    """The time step of a right code (the current one or one step either side), if not used already; else None."""
    code = "".join((code or "").split())
    if not (code.isdigit() and len(code) == 6) or not secret:
        return None
    now = time.time() if now is None else now
    totp = pyotp.TOTP(secret)
    current = int(now // STEP)
    for step in (current, current - 1, current + 1):
        if secrets.compare_digest(totp.at(step * STEP), code) and (last_step is None or step > last_step):
            return step
    return None


def new_recovery_codes() -> list[str]:
    """Ten codes such as ``k7qm-x3tf-9hcw``, each used once."""
    return ["-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(3))
            for _ in range(RECOVERY_CODES)]


def normalise_recovery_code(code: str) -> str:
    raw = "".join(ch for ch in (code or "").lower() if ch.isalnum())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if len(raw) == 12 else ""
