"""Writing a file whole: the old file or the whole new one, and a failure said of the file the user named."""

import pytest

from kamdesk.core.documents import files


def test_a_missing_folder_is_said_of_the_file_asked_for_not_of_the_hidden_temporary(tmp_path):
    target = tmp_path / "missing" / "clients.xlsx"
    with pytest.raises(FileNotFoundError) as refused:
        files.write_atomically(target, b"data")
    assert refused.value.filename == str(target)
    assert not any(tmp_path.rglob("*.part"))


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "week.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.replacing(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("the writer failed")
    assert target.read_bytes() == b"old" and [path.name for path in tmp_path.iterdir()] == ["week.pdf"]
