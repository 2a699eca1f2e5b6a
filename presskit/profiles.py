"""Letterhead profiles: saved letterheads, the draft's ``letterhead`` key, and profile files.

A profile is a :class:`presskit.model.Letterhead` whose ``profile`` field holds
its name. The same JSON mapping is used in three places:

* the draft's ``letterhead`` object (:func:`letterhead_to_dict` /
  :func:`letterhead_from_dict`; unknown keys are kept in ``extra``);
* a profile file, ``*.presskit-letterhead``: the same keys plus
  ``"presskit-letterhead": 1`` and ``"name"``, logos embedded as data URLs,
  so a colleague who imports it gets the same branding;
* the profile store, one such file per profile in ``data_dir()/profiles``.
"""

from __future__ import annotations

import builtins
import copy
import json
import math
import os
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from presskit import atomic
from presskit.color import is_hex_color
from presskit.errors import N_, ImageError, Msg, PresskitError, msg
from presskit.fileio import error_from_os, read_capped
from presskit.model import BRITISH_QUOTES, FONT_FAMILIES, PAPERS, Letterhead, Margins

FORMAT_KEY = "presskit-letterhead"
FORMAT_VERSION = 1
SUFFIX = ".presskit-letterhead"
MAX_PROFILE_BYTES = 64 * 1024 * 1024
MAX_NAME_CHARS = 120
MARGIN_RANGE_MM = (5.0, 60.0)
DEFAULT_RESOURCE = ("profiles", "default" + SUFFIX)

_TEXT_KEYS = ("organization", "address", "website", "logo", "color", "profile",
              "secondary_logo", "font", "paper", "footer", "home_country", "british_quotes")
# Key order in written files: the draft format's order.
KEYS = ("organization", "address", "website", "logo", "color", "profile", "secondary_logo",
        "social", "font", "paper", "margins", "footer", "repeat_logo", "home_country",
        "british_quotes")
# What compare() looks at: everything that shows on the page (not the name, not extras).
COMPARED_FIELDS = ("organization", "address", "website", "logo", "secondary_logo", "social",
                   "color", "font", "paper", "margins", "footer", "repeat_logo", "home_country",
                   "british_quotes")
_LOGO_URL = re.compile(r"^data:image/(png|jpeg|jpg);base64,", re.I)
_SIDES = ("top", "right", "bottom", "left")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                     *(f"lpt{i}" for i in range(10))}


class ProfileError(PresskitError, ValueError):
    """A profile could not be read, written, found or imported."""


class LetterheadError(ProfileError):
    """A letterhead mapping has a field of the wrong type or value; ``field`` names it."""


# -- the JSON mapping --------------------------------------------------------------------------

def _json_type(value: Any) -> Msg:
    if value is None:
        return msg("null")
    return msg({dict: N_("an object"), list: N_("a list"), bool: N_("true/false"),
                int: N_("a number"), float: N_("a number"), str: N_("text")}.get(
                    type(value), type(value).__name__))


def _field(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def letterhead_from_dict(obj: Any, *, where: str = "letterhead") -> Letterhead:
    """Build a Letterhead from its JSON mapping; ``None`` gives an empty one.

    Raises LetterheadError (a ValueError) naming the field, e.g.
    ``letterhead.color``. Unknown keys are kept in ``extra``. The font is not
    checked against the bundled families here (a draft keeps loading; compose
    warns); :func:`check_profile` is stricter.
    """
    if obj is None:
        return Letterhead()
    if not isinstance(obj, Mapping):
        raise LetterheadError(msg(N_("must be an object, not {type}"), type=_json_type(obj)),
                              field=where or "letterhead")
    values: dict[str, str] = {}
    for key in _TEXT_KEYS:
        value = obj.get(key)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise LetterheadError(msg(N_("must be text, not {type}"), type=_json_type(value)),
                                  field=_field(where, key))
        values[key] = value
    lh = Letterhead(extra={k: copy.deepcopy(v) for k, v in obj.items() if k not in KEYS})
    for key, value in values.items():
        setattr(lh, key, value)
    lh.paper = lh.paper.lower()
    if lh.color and not is_hex_color(lh.color):
        raise LetterheadError(msg(N_("must be a colour like #1F3A5F (#RRGGBB), not '{value}'"),
                                  value=lh.color[:40]), field=_field(where, "color"))
    for key in ("logo", "secondary_logo"):
        url = getattr(lh, key)
        if url and not _LOGO_URL.match(url):
            raise LetterheadError(msg(N_("must be a data: URL of a PNG or JPEG image "
                                         "(data:image/png;base64,…)")), field=_field(where, key))
    if lh.home_country:
        from presskit.phones import region

        if region(lh.home_country) is None:
            raise LetterheadError(msg(N_("must be a two-letter country code such as FR, "
                                         "not '{value}'"), value=lh.home_country[:20]),
                                  field=_field(where, "home_country"))
        lh.home_country = lh.home_country.upper()
    if lh.paper and lh.paper not in PAPERS:
        raise LetterheadError(msg(N_("'{value}' must be one of {choices}"), value=lh.paper[:20],
                                  choices=", ".join(PAPERS)), field=_field(where, "paper"))
    if lh.british_quotes and lh.british_quotes not in BRITISH_QUOTES:
        raise LetterheadError(msg(N_("'{value}' must be one of {choices}"),
                                  value=lh.british_quotes[:20], choices=", ".join(BRITISH_QUOTES)),
                              field=_field(where, "british_quotes"))
    social = obj.get("social")
    if social is None:
        social = []
    if not isinstance(social, list) or not all(isinstance(s, str) for s in social):
        raise LetterheadError(msg(N_("must be a list of text")), field=_field(where, "social"))
    lh.social = list(social)
    repeat = obj.get("repeat_logo", False)
    if repeat is None:
        repeat = False
    if not isinstance(repeat, bool):
        raise LetterheadError(msg(N_("must be true or false, not {type}"), type=_json_type(repeat)),
                              field=_field(where, "repeat_logo"))
    lh.repeat_logo = repeat
    lh.margins = _margins(obj.get("margins"), _field(where, "margins"))
    return lh


def _margins(value: Any, field: str) -> Margins | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise LetterheadError(msg(N_("must be an object with top, right, bottom, left in mm")),
                              field=field)
    margins = Margins()
    lo, hi = MARGIN_RANGE_MM
    for side in _SIDES:
        if side not in value:
            continue
        v = value[side]
        if (isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v)
                or not lo <= v <= hi):
            raise LetterheadError(msg(N_("must be a number of millimetres between {lo} and {hi}"),
                                      lo=f"{lo:g}", hi=f"{hi:g}"), field=f"{field}.{side}")
        setattr(margins, side, float(v))
    return margins


def _num(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def letterhead_to_dict(lh: Letterhead) -> dict[str, Any]:
    """The JSON mapping of a letterhead: empty optional keys left out, extras written back."""
    out: dict[str, Any] = {}
    for key in KEYS:
        if key == "social":
            if lh.social:
                out["social"] = list(lh.social)
        elif key == "margins":
            if lh.margins is not None:
                out["margins"] = {side: _num(getattr(lh.margins, side)) for side in _SIDES}
        elif key == "repeat_logo":
            if lh.repeat_logo:
                out["repeat_logo"] = True
        else:
            value = getattr(lh, key)
            if value:
                out[key] = value
    for key, value in lh.extra.items():
        if key not in KEYS:
            out[key] = copy.deepcopy(value)
    return out


# -- profiles ----------------------------------------------------------------------------------

def check_name(name: Any, *, field: str = "name") -> str:
    """A profile name, stripped; raises LetterheadError if empty, too long or not text."""
    if not isinstance(name, str):
        raise LetterheadError(msg(N_("must be text, not {type}"), type=_json_type(name)),
                              field=field)
    name = " ".join(name.split())
    if not name:
        raise LetterheadError(msg(N_("a profile needs a name")), field=field)
    if len(name) > MAX_NAME_CHARS:
        raise LetterheadError(msg(N_("is longer than {n} characters"), n=MAX_NAME_CHARS),
                              field=field)
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise LetterheadError("must not contain control characters", field=field)
    return name


def check_profile(profile: Letterhead, *, where: str = "") -> None:
    """Stricter checks than a draft gets: a name, a bundled font, valid colour/paper/margins."""
    check_name(profile.profile, field=_field(where, "name"))
    if profile.font and profile.font not in FONT_FAMILIES:
        raise LetterheadError(f"'{profile.font[:40]}' is not a bundled font; use one of "
                              f"{', '.join(FONT_FAMILIES)}", field=_field(where, "font"))
    # Re-running the mapping checks catches values set programmatically.
    letterhead_from_dict(letterhead_to_dict(profile), where=where)


def profile_to_dict(profile: Letterhead) -> dict[str, Any]:
    """The content of a ``.presskit-letterhead`` file."""
    body = letterhead_to_dict(profile)
    body.pop("profile", None)
    body.pop(FORMAT_KEY, None)
    body.pop("name", None)
    return {FORMAT_KEY: FORMAT_VERSION, "name": profile.profile, **body}


def profile_to_json(profile: Letterhead) -> str:
    return json.dumps(profile_to_dict(profile), ensure_ascii=False, indent=2) + "\n"


def profile_from_dict(obj: Any, *, normalise_logos: bool = False) -> Letterhead:
    """Read a profile file's mapping. Raises ProfileError / LetterheadError naming the field.

    With ``normalise_logos`` every logo is decoded and re-encoded through
    :func:`presskit.images.normalise_image` (used on import: hostile images are refused).
    """
    if not isinstance(obj, dict):
        raise ProfileError(msg(N_("is not a Presskit letterhead profile (found {type})"),
                               type=_json_type(obj)))
    version = obj.get(FORMAT_KEY)
    if version is None:
        raise ProfileError(msg(N_("is not a Presskit letterhead profile (no \"{key}\" key)"),
                               key=FORMAT_KEY))
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise LetterheadError(msg(N_("must be the format number 1")), field=FORMAT_KEY)
    if version > FORMAT_VERSION:
        raise ProfileError(msg(N_("was written by a newer Presskit (profile format {version}); "
                                  "update Presskit to use it"), version=version))
    body = {k: v for k, v in obj.items() if k not in (FORMAT_KEY, "name", "profile")}
    lh = letterhead_from_dict(body, where="")
    lh.profile = check_name(obj.get("name"))
    check_profile(lh)
    if normalise_logos:
        from presskit.images import normalise_data_url

        for key in ("logo", "secondary_logo"):
            try:
                setattr(lh, key, normalise_data_url(getattr(lh, key), source=key))
            except ImageError as exc:
                raise LetterheadError(f"refused: {exc.message}", field=key) from None
    return lh


def profile_from_json(text: str, *, normalise_logos: bool = False) -> Letterhead:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileError(msg(N_("is not valid JSON (line {line}, column {column}: {detail})"),
                               line=exc.lineno, column=exc.colno, detail=exc.msg)) from None
    except RecursionError:
        raise ProfileError(msg(N_("is not valid JSON (nested too deeply)"))) from None
    return profile_from_dict(obj, normalise_logos=normalise_logos)


def read_profile_file(path: str | os.PathLike[str], *, normalise_logos: bool = False) -> Letterhead:
    """Read one ``.presskit-letterhead`` file; errors name the file (and the field)."""
    p = Path(path)
    try:
        raw = read_capped(p, MAX_PROFILE_BYTES, ProfileError, what=N_("a profile"))
    except OSError as exc:
        raise error_from_os(exc, ProfileError, p, template=N_("cannot be read ({reason})")) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileError(msg(N_("is not UTF-8 text")), path=str(p)) from None
    try:
        return profile_from_json(text, normalise_logos=normalise_logos)
    except ProfileError as exc:
        exc.path = str(p)
        raise


def write_profile_file(profile: Letterhead, path: str | os.PathLike[str]) -> Path:
    """Write a profile file atomically (after checking it); returns the path."""
    check_profile(profile)
    p = Path(path)
    try:
        atomic.write_text(p, profile_to_json(profile))
    except OSError as exc:
        raise error_from_os(exc, ProfileError, p, template=N_("cannot be written ({reason})")) from None
    return p


def default_profile() -> Letterhead:
    """The neutral profile shipped with Presskit (a fictional observatory)."""
    from presskit.resources import read_text

    return profile_from_json(read_text(*DEFAULT_RESOURCE))


def compare(draft_letterhead: Letterhead, saved_profile: Letterhead) -> list[str]:
    """Names of the fields (in COMPARED_FIELDS order) where the draft differs from the profile.

    Ignores the profile name and extras, letter case in colours and paper,
    Windows line endings and surrounding blank space in text.
    """
    return [name for name in COMPARED_FIELDS
            if _comparable(draft_letterhead, name) != _comparable(saved_profile, name)]


def _comparable(lh: Letterhead, name: str) -> Any:
    value = getattr(lh, name)
    if name in ("color", "paper"):
        return value.strip().upper()
    if name == "social":
        return [s.strip() for s in value if s.strip()]
    if name == "margins":
        return None if value is None else tuple(float(getattr(value, s)) for s in _SIDES)
    if isinstance(value, str):
        return "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n")).strip()
    return value


def for_draft(profile: Letterhead) -> Letterhead:
    """A copy of a profile to put in a draft's ``letterhead`` (it keeps the profile's name).

    What the profile brings to new releases (its ``release`` object: language, About text,
    contact list) stays in the profile.
    """
    lh = copy.deepcopy(profile)
    lh.extra.pop("release", None)
    return lh


def slugify(name: str) -> str:
    """A file-name-safe slug: ASCII letters, digits and dashes, never empty or reserved."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60].strip("-")
    if not slug:
        slug = "profile"
    if slug in _WINDOWS_RESERVED:
        slug += "-profile"
    return slug


# -- the store ---------------------------------------------------------------------------------

class ProfileStore:
    """Profiles as JSON files in one folder (by default ``data_dir()/profiles``).

    File names are slugs of the names; the name itself lives inside the file.
    Names are unique regardless of letter case. When the folder holds no
    profile, the shipped default profile is written into it.
    """

    def __init__(self, folder: str | os.PathLike[str] | None = None, *, seed: bool = True):
        if folder is None:
            from presskit.paths import data_dir

            folder = data_dir() / "profiles"
        self.folder = Path(folder)
        self._seed = seed
        #: Files skipped by the last scan, as one-line messages.
        self.problems: list[str] = []

    # -- reading ---------------------------------------------------------------------------
    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir()
                      if p.name.endswith(SUFFIX) and not p.name.startswith(".") and p.is_file())

    def _ensure(self, seed: bool) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProfileError(f"cannot create the profiles folder ({exc.strerror or exc})",
                               path=str(self.folder)) from None
        if seed and self._seed and not self._files():
            default = default_profile()
            write_profile_file(default, self.folder / (slugify(default.profile) + SUFFIX))

    def _scan(self, *, seed: bool = True) -> dict[str, tuple[Letterhead, Path]]:
        """Read every profile file; the default profile is seeded first on reads, not writes."""
        self._ensure(seed)
        found: dict[str, tuple[Letterhead, Path]] = {}
        problems: list[str] = []
        for path in self._files():
            try:
                lh = read_profile_file(path)
            except ProfileError as exc:
                problems.append(str(exc))
                continue
            key = lh.profile.casefold()
            if key in found:
                problems.append(f"{path}: a profile named '{lh.profile}' is also in "
                                f"{found[key][1].name}; this copy is ignored")
                continue
            found[key] = (lh, path)
        self.problems = problems
        return found

    def list(self) -> list[str]:
        """Profile names, sorted case-insensitively."""
        return sorted((lh.profile for lh, _ in self._scan().values()), key=str.casefold)

    def profiles(self) -> builtins.list[Letterhead]:
        return sorted((lh for lh, _ in self._scan().values()), key=lambda lh: lh.profile.casefold())

    def exists(self, name: str) -> bool:
        return " ".join(name.split()).casefold() in self._scan()

    def _lookup(self, name: str) -> tuple[Letterhead, Path]:
        key = " ".join(str(name).split()).casefold()
        entry = self._scan().get(key)
        if entry is None:
            raise ProfileError(f"there is no letterhead profile named '{name}'",
                               path=str(self.folder))
        return entry

    def get(self, name: str) -> Letterhead:
        return self._lookup(name)[0]

    def path_of(self, name: str) -> Path:
        return self._lookup(name)[1]

    # -- writing ---------------------------------------------------------------------------
    def _new_path(self, name: str) -> Path:
        base = slugify(name)
        path = self.folder / (base + SUFFIX)
        n = 2
        while path.exists():
            path = self.folder / f"{base}-{n}{SUFFIX}"
            n += 1
        return path

    def save(self, profile: Letterhead) -> Letterhead:
        """Create or replace the profile named ``profile.profile``; returns the saved copy."""
        saved = copy.deepcopy(profile)
        saved.profile = check_name(profile.profile)
        check_profile(saved)
        existing = self._scan(seed=False).get(saved.profile.casefold())
        path = existing[1] if existing else self._new_path(saved.profile)
        write_profile_file(saved, path)
        return saved

    def delete(self, name: str) -> None:
        path = self.path_of(name)
        try:
            path.unlink()
        except OSError as exc:
            raise ProfileError(f"cannot be deleted ({exc.strerror or exc})", path=str(path)) from None

    def duplicate(self, name: str, new_name: str) -> Letterhead:
        copy_ = copy.deepcopy(self.get(name))
        copy_.profile = self._free_name(new_name)
        return self.save(copy_)

    def rename(self, name: str, new_name: str) -> Letterhead:
        profile, old_path = self._lookup(name)
        new_name = check_name(new_name)
        if new_name.casefold() != profile.profile.casefold():
            new_name = self._free_name(new_name)
        profile = copy.deepcopy(profile)
        profile.profile = new_name
        if slugify(new_name) == slugify(old_path.name.removesuffix(SUFFIX)):
            write_profile_file(profile, old_path)
        else:
            write_profile_file(profile, self._new_path(new_name))
            try:
                old_path.unlink()
            except OSError as exc:
                raise ProfileError(f"renamed, but the old file cannot be removed "
                                   f"({exc.strerror or exc})", path=str(old_path)) from None
        return profile

    def _free_name(self, name: str) -> str:
        name = check_name(name)
        if name.casefold() in self._scan(seed=False):
            raise ProfileError(f"a profile named '{name}' already exists", field="name")
        return name

    def unique_name(self, base: str) -> str:
        """``base``, or ``base (2)``, ``base (3)``… — the first name not yet taken."""
        base = check_name(base)
        taken = self._scan(seed=False)
        if base.casefold() not in taken:
            return base
        n = 2
        while f"{base} ({n})".casefold() in taken:
            n += 1
        return f"{base} ({n})"

    # -- exchange --------------------------------------------------------------------------
    def export(self, name: str, dest: str | os.PathLike[str]) -> Path:
        """Write the profile as a ``.presskit-letterhead`` file a colleague can import."""
        return write_profile_file(self.get(name), dest)

    def import_file(self, path: str | os.PathLike[str], *, name: str | None = None,
                    replace: bool = False) -> Letterhead:
        """Import a profile file: everything checked, logos re-normalised.

        ``name`` imports it under another name. An existing profile of the same
        name is replaced only with ``replace=True``; otherwise ProfileError.
        """
        profile = read_profile_file(path, normalise_logos=True)
        if name is not None:
            profile.profile = check_name(name)
        if not replace and profile.profile.casefold() in self._scan(seed=False):
            raise ProfileError(f"a profile named '{profile.profile}' already exists; "
                               "import it under another name or replace it", field="name")
        return self.save(profile)
