"""The desk's backup settings (beside the database, bounded, validated) and backups made by them."""

import pytest

from kamdesk.core import db
from kamdesk.core.errors import ValidationError
from kamdesk.core.services import backups

pytestmark = pytest.mark.sqlite_only("the settings and the backups are files beside the SQLite database")

GOOD = {"last": "5", "daily_days": "7", "weekly_weeks": "4", "monthly_months": "6", "every_minutes": "15"}


def test_settings_are_kept_beside_the_database_and_read_back(db, tmp_path):
    path = backups.current_database_path()
    saved = backups.save_settings(path, str(tmp_path / "mentések"), GOOD)
    again = backups.load_settings(path)
    assert again == saved and again.folder == tmp_path / "mentések" and again.retention.last == 5
    assert again.every_minutes == 15 and backups.settings_path(path).parent == path.parent


def test_bad_numbers_are_refused_by_field_and_nothing_is_written(db, tmp_path):
    path = backups.current_database_path()
    with pytest.raises(ValidationError) as refused:
        backups.save_settings(path, "", {**GOOD, "last": "0", "every_minutes": "sok"})
    assert set(refused.value.errors) == {"last", "every_minutes"}
    assert not backups.settings_path(path).exists()


def test_an_unwritable_folder_is_refused(db, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ValidationError) as refused:
        backups.save_settings(backups.current_database_path(), str(blocker / "sub"), GOOD)
    assert "folder" in refused.value.errors


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"retention": {"last": -4}}', b"x" * 70000])
def test_a_broken_settings_file_gives_the_defaults(db, content):
    path = backups.current_database_path()
    backups.settings_path(path).write_bytes(content)
    assert backups.load_settings(path) == backups.BackupSettings()


def test_back_up_now_uses_the_folder_and_thins(db, company, tmp_path):
    path = backups.current_database_path()
    backups.save_settings(path, str(tmp_path / "b"), {**GOOD, "last": "2", "daily_days": "0", "weekly_weeks": "0",
                                                      "monthly_months": "0"})
    made = [backups.back_up_now(reason=f"r{i}") for i in range(4)]
    listed = backups.backups_of()
    assert all(b.path.parent == tmp_path / "b" for b in made)
    assert len({b.path for b in made}) == 4  # made within one second, none overwrote another
    assert [b.path for b in listed] == [made[3].path, made[2].path]  # the last two kept
