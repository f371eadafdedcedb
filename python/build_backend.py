"""Build backend for `pip install ./python`: setuptools, plus a plain wheel writer for offline
machines where setuptools cannot write wheels itself.

setuptools writes wheels through `bdist_wheel`, which before setuptools 70.1 comes from the
separate `wheel` package. A Python whose venv has setuptools but not `wheel` (Python 3.11's
ensurepip gives exactly that) and no package index to fetch it from cannot install the package
through setuptools alone. This package is one pure-Python module with no dependencies, so when
`bdist_wheel` is missing the wheel is written here, with the standard library, from the same
`[project]` table in pyproject.toml. Everything else (sdists, editable installs) is setuptools.
"""

from __future__ import annotations

import base64
import hashlib
import os
import zipfile

from setuptools import build_meta as _setuptools
from setuptools.build_meta import build_sdist, get_requires_for_build_sdist  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_PACKAGE = "bulwark"


def _setuptools_writes_wheels() -> bool:
    try:
        import wheel  # noqa: F401
    except ImportError:
        try:
            from setuptools.command import bdist_wheel  # noqa: F401  (setuptools >= 70.1)
        except ImportError:
            return False
    return True


def _project() -> dict:
    import tomllib  # the fallback runs on Python >= 3.11, where tomllib is standard

    with open(os.path.join(_HERE, "pyproject.toml"), "rb") as f:
        return tomllib.load(f)["project"]


def _metadata(project: dict) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
        f"Summary: {project.get('description', '')}",
        f"Requires-Python: {project.get('requires-python', '>=3.8')}",
    ]
    license_ = project.get("license")
    if isinstance(license_, dict) and "text" in license_:
        lines.append(f"License: {license_['text']}")
    return "\n".join(lines) + "\n"


def _dist_info(project: dict) -> str:
    return f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def _plain_wheel(wheel_directory: str) -> str:
    project = _project()
    info = _dist_info(project)
    files = {}
    package_dir = os.path.join(_HERE, _PACKAGE)
    for name in sorted(os.listdir(package_dir)):
        if name.endswith(".py"):
            with open(os.path.join(package_dir, name), "rb") as f:
                files[f"{_PACKAGE}/{name}"] = f.read()
    files[f"{info}/METADATA"] = _metadata(project).encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: bulwark build_backend\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[f"{info}/top_level.txt"] = f"{_PACKAGE}\n".encode()
    record = [_record_line(name, data) for name, data in files.items()] + [f"{info}/RECORD,,"]
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    filename = f"{info[: -len('.dist-info')]}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w", zipfile.ZIP_DEFLATED) as whl:
        for name, data in files.items():
            whl.writestr(name, data)
    return filename


def get_requires_for_build_wheel(config_settings=None):
    return _setuptools.get_requires_for_build_wheel(config_settings) if _setuptools_writes_wheels() else []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    if _setuptools_writes_wheels():
        return _setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings)
    project = _project()
    info = _dist_info(project)
    os.makedirs(os.path.join(metadata_directory, info), exist_ok=True)
    with open(os.path.join(metadata_directory, info, "METADATA"), "w", encoding="utf-8") as f:
        f.write(_metadata(project))
    return info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    if _setuptools_writes_wheels():
        return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    return _plain_wheel(wheel_directory)
