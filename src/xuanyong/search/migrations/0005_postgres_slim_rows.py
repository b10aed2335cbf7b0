"""PostgreSQL: drop the token text from indexed rows (only SQLite's FTS5 reads it), store the
tsvector with lz4 where the server has it, and keep finer lexeme statistics, so ranking reads
narrower rows, decompresses faster, and document frequencies can come from the planner."""

from __future__ import annotations

from django.db import NotSupportedError, migrations, transaction

FIELDS = ["f_name", "f_alias", "f_summary", "f_body", "f_bigram", "f_pinyin"]
GIN = "CREATE INDEX search_doc_vector ON search_searchdocument USING GIN (vector) WITH (fastupdate = off)"


def forward(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=connection.alias):  # a savepoint: lz4 is a build option
            schema_editor.execute("ALTER TABLE search_searchdocument ALTER COLUMN vector SET COMPRESSION lz4")
    except NotSupportedError:  # a server built without lz4 keeps pglz: slower, otherwise the same
        pass
    # Every row is rewritten (the vector too, so it is stored with the new compression): building
    # the GIN index afresh afterwards is far faster than updating it row by row.
    schema_editor.execute("DROP INDEX IF EXISTS search_doc_vector")
    blank = ", ".join(f"{field} = ''" for field in FIELDS)
    schema_editor.execute(f"UPDATE search_searchdocument SET {blank}, vector = vector || ''::tsvector")
    schema_editor.execute(GIN)
    # 10,000 most common lexemes instead of 1,000: pg_rank takes their frequencies from these.
    schema_editor.execute("ALTER TABLE search_searchdocument ALTER COLUMN vector SET STATISTICS 1000")
    schema_editor.execute("ANALYZE search_searchdocument")  # autovacuum reclaims the old row versions


class Migration(migrations.Migration):
    dependencies = [("search", "0004_fts_single_character_prefixes")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
