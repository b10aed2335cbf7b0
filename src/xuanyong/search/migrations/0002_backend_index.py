"""The full-text index for the database in use: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL."""

from __future__ import annotations

from django.db import migrations

FIELDS = ["f_name", "f_alias", "f_summary", "f_body", "f_bigram", "f_pinyin"]
COLS = ", ".join(FIELDS)
NEW = ", ".join(f"new.{f}" for f in FIELDS)
OLD = ", ".join(f"old.{f}" for f in FIELDS)

SQLITE_FORWARD = [
    # External-content FTS5 over the document table: the triggers keep it in the same transaction.
    f"""CREATE VIRTUAL TABLE search_fts USING fts5({COLS}, content='search_searchdocument', content_rowid='id',
        tokenize="unicode61 remove_diacritics 0 tokenchars '.+#'", prefix='2 3')""",
    f"""CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, {COLS}) VALUES (new.id, {NEW}); END""",
    f"""CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLS}) VALUES ('delete', old.id, {OLD}); END""",
    f"""CREATE TRIGGER search_fts_au AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLS}) VALUES ('delete', old.id, {OLD});
        INSERT INTO search_fts(rowid, {COLS}) VALUES (new.id, {NEW}); END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_ai",
    "DROP TRIGGER IF EXISTS search_fts_ad",
    "DROP TRIGGER IF EXISTS search_fts_au",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_FORWARD = [
    "ALTER TABLE search_searchdocument ADD COLUMN vector tsvector",
    # fastupdate off: no pending list to scan linearly after bulk loads, so search latency stays flat.
    "CREATE INDEX search_doc_vector ON search_searchdocument USING GIN (vector) WITH (fastupdate = off)",
]
POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS search_doc_vector", "ALTER TABLE search_searchdocument DROP COLUMN vector"]


def _run(statements: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def run(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
