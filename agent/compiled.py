"""The mail-reading modules compiled with mypyc, used only while they match the sources.

Reading mail is the agent's hot path. ``agent/message.py`` and ``agent/understanding/``
are plain, strictly typed Python; mypyc (part of mypy) compiles the same files to C
extensions that read mail a sixth to a quarter faster (``bench/understanding_speed.py``
prints both figures). Nothing else changes: the sources stay the reference, and every
test runs against whichever build is in use.

``build`` compiles copies of the sources in a scratch folder and installs the extensions
in a folder beside the interpreter (``<venv>/intro-agent-compiled``), never in the source
tree, with the SHA-256 of every source it compiled. ``activate``, run when ``agent`` is
imported, puts that folder before the sources only while every hash still matches and
every extension is there: an edited module is read from its source at once, and a stale
build is never used. ``INTRO_AGENT_COMPILED=0`` turns the build off; any other value names
the folder to use.

    intro-agent compiled build     compile (scripts/setup.sh does, when stale)
    intro-agent compiled status    say whether a build is in use, and why not
    intro-agent compiled clean     remove the build
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import MutableSequence
from pathlib import Path

__all__ = ["BuildError", "activate", "build", "folder", "in_use", "status"]

# The package's own folder, holding the sources compiled.
PACKAGE = Path(__file__).resolve().parent
# The repository (or unpacked sdist) the package sits in: its pyproject.toml holds the
# mypy settings the build compiles with.
ROOT = PACKAGE.parent
FINGERPRINT = "fingerprint.json"
ENV = "INTRO_AGENT_COMPILED"
# The extension a compiled module has on this interpreter ("cpython-311-x86_64-linux-gnu.so").
EXT_SUFFIX = str(sysconfig.get_config_var("EXT_SUFFIX") or ".so")

# The folder activate put first, or None while the sources run as they are.
_active: Path | None = None


def folder() -> Path | None:
    """Where the build lives: ``INTRO_AGENT_COMPILED`` when set (``0`` for none), else
    beside the interpreter, inside the virtual environment it belongs to."""
    chosen = os.environ.get(ENV, "")
    if chosen == "0":
        return None
    return Path(chosen) if chosen else Path(sys.prefix) / "intro-agent-compiled"


def sources(package: Path = PACKAGE) -> list[Path]:
    """The modules compiled: the message parser and every module of understanding."""
    return [package / "message.py", *sorted((package / "understanding").glob("*.py"))]


def fingerprint(package: Path = PACKAGE) -> dict[str, str]:
    """Each compiled source, relative to the package's parent, and its SHA-256."""
    return {
        path.relative_to(package.parent).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sources(package)
    }


def status(where: Path | None = None) -> tuple[bool, str]:
    """Whether the build at ``where`` (default: ``folder()``) matches the sources, and
    a sentence saying so or saying why not."""
    where = where if where is not None else folder()
    if where is None:
        return False, f"turned off ({ENV}=0)"
    try:
        recorded = json.loads((where / FINGERPRINT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False, f"no build at {where}"
    if not isinstance(recorded, dict) or recorded.get("ext_suffix") != EXT_SUFFIX:
        return False, f"the build at {where} is for another Python"
    try:
        current = fingerprint()
    except OSError as exc:
        return False, f"sources unreadable: {exc}"
    if recorded.get("sources") != current:
        return False, f"the build at {where} is stale: sources changed since"
    built = recorded.get("files")
    if not isinstance(built, list) or not all(
        isinstance(name, str) and (where / name).is_file() for name in built
    ):
        return False, f"the build at {where} is incomplete"
    return True, f"compiled build in use: {where}"


def activate(package_path: MutableSequence[str]) -> Path | None:
    """Put the build before the sources on ``package_path`` (the ``agent`` package's
    ``__path__``) when it matches them; the folder used, or None."""
    global _active
    where = folder()
    fresh, _ = status(where)
    if not fresh or where is None:
        return None
    package_path.insert(0, str(where / PACKAGE.name))
    # The modules' shared runtime is a top-level module of the build ("<hash>__mypyc").
    sys.path.append(str(where))
    _active = where
    return where


def in_use() -> Path | None:
    """The build the running process reads mail with, or None for the sources."""
    return _active


def build(where: Path) -> list[str]:
    """Compile the sources into ``where`` (replacing what is there); the files written.

    The sources are copied first, so a file edited during the compile is not recorded
    as compiled; the new build is written beside the old one and renamed over it."""
    with tempfile.TemporaryDirectory(prefix="intro-agent-mypyc-") as scratch:
        work = Path(scratch)
        for package in (PACKAGE, ROOT / "rules"):
            shutil.copytree(
                package,
                work / package.name,
                ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyc"),
            )
        copied = work / PACKAGE.name
        targets = [path.relative_to(work).as_posix() for path in sources(copied)]
        command = [sys.executable, "-m", "mypyc", "--config-file", str(ROOT / "pyproject.toml")]
        done = subprocess.run(
            [*command, *targets], cwd=work, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise BuildError(f"mypyc failed:\n{(done.stdout + done.stderr)[-4000:]}")
        built = sorted(
            path.relative_to(work).as_posix()
            for path in work.rglob(f"*{EXT_SUFFIX}")
            if path.relative_to(work).parts[0] != "build"
        )
        if not built:
            raise BuildError("mypyc wrote no extension")
        staged = where.with_name(where.name + ".new")
        shutil.rmtree(staged, ignore_errors=True)
        for name in built:
            target = staged / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(work / name, target)
        record = {"ext_suffix": EXT_SUFFIX, "sources": fingerprint(copied), "files": built}
        (staged / FINGERPRINT).write_text(json.dumps(record, indent=1), encoding="utf-8")
        shutil.rmtree(where, ignore_errors=True)
        staged.rename(where)
    return built


class BuildError(Exception):
    """The compiler failed or produced nothing."""
