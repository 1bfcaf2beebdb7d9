"""Tagging stage: the theme model's files, written and read.

Model files are pickles holding a small header (format, taxonomy version,
scikit-learn version) read before the model itself; `load_model` refuses a
file whose format, taxonomy or scikit-learn version differs, with a
message saying to retrain (`lessons train`). Pickles run code when loaded:
load only model files this project wrote.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import sklearn

from nlp.classifier import FORMAT_VERSION, ModelError, ThemeModel


def save_model(model: ThemeModel, path: Path | str, taxonomy_version: str) -> None:
    """Write the model with its header; `taxonomy_version` is Taxonomy.version."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    model.taxonomy_version = taxonomy_version
    header = {
        "format": FORMAT_VERSION,
        "taxonomy_version": taxonomy_version,
        "sklearn_version": sklearn.__version__,
        "model_version": model.version,
    }
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(header, fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)  # readers never see a half-written file


def read_header(path: Path | str) -> dict:
    path = Path(path)
    try:
        with path.open("rb") as fh:
            header = pickle.load(fh)
    except FileNotFoundError:
        raise ModelError(f"no model file at {path}") from None
    except Exception as exc:  # any unpickling failure means the file is not ours
        raise ModelError(f"{path} is not a theme model file ({type(exc).__name__})") from None
    if not isinstance(header, dict) or "format" not in header:
        raise ModelError(f"{path} is not a theme model file")
    if header["format"] != FORMAT_VERSION:
        raise ModelError(
            f"model {path} has file format {header['format']}, this version reads format "
            f"{FORMAT_VERSION}; retrain it with `lessons train`"
        )
    return header


def load_model(path: Path | str, taxonomy_version: str) -> ThemeModel:
    """Load a model, refusing one made for another taxonomy or scikit-learn version."""
    path = Path(path)
    header = read_header(path)
    if header["taxonomy_version"] != taxonomy_version:
        raise ModelError(
            f"model {path} was trained for taxonomy {header['taxonomy_version']}, "
            f"but the taxonomy is now {taxonomy_version}; retrain it with `lessons train`"
        )
    if header["sklearn_version"] != sklearn.__version__:
        raise ModelError(
            f"model {path} was saved with scikit-learn {header['sklearn_version']}, "
            f"but {sklearn.__version__} is installed; retrain it with `lessons train`"
        )
    try:
        with path.open("rb") as fh:
            pickle.load(fh)
            model = pickle.load(fh)
    except Exception as exc:
        raise ModelError(f"{path}: cannot read the model ({type(exc).__name__}: {exc})") from None
    if not isinstance(model, ThemeModel):
        raise ModelError(f"{path} does not hold a theme model")
    return model
