import os
from pathlib import Path

import pytest

from chat.files import FileRefused, atomic_write_text, atomic_writer, refuse_same_files, require_regular_file


def test_atomic_writer_leaves_the_old_file_on_error(tmp_path: Path):
    target = tmp_path / "answers.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as fh:
            fh.write("new, half written")
            raise RuntimeError("killed")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["answers.jsonl"]  # no temporary file left behind


def test_atomic_write_replaces_whole(tmp_path: Path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    atomic_write_text(target, "new")
    assert target.read_text() == "new"


def test_same_file_by_inode_not_spelling(tmp_path: Path):
    store = tmp_path / "f.duckdb"
    store.write_bytes(b"x")
    os.link(store, tmp_path / "hard")
    with pytest.raises(FileRefused, match="same file"):
        refuse_same_files([("the store", store), ("--out", tmp_path / "hard")])
    with pytest.raises(FileRefused):
        refuse_same_files([("--out", tmp_path / "new.json"), ("--junit", tmp_path / "." / "new.json")])
    refuse_same_files([("--out", tmp_path / "a"), ("--junit", tmp_path / "b"), ("--db", None)])


def test_a_fifo_is_refused(tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileRefused, match="not a regular file"):
        require_regular_file(fifo, "--db")
