"""Board speed: a covering index for demand counts, a partial index marking each idea's
embedded items (for cached centroids), the change feed by kind (the last rebuild), and
items' metadata as indexed rows and their lower-case text as narrow rows, both kept by
triggers (models.board_tables).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

EMBEDDED = sa.text("embedding IS NOT NULL")

# One item's metadata entries as the board compares them: slices.py's
# `_plain(value).strip().casefold()` (ASCII case folding on SQLite); objects, arrays and nulls
# never match a filter, and nothing longer than a filter can be is kept. {item} is NEW in a
# trigger, or feedback_items when filling the table from the rows already there.
SQLITE_VALUE = """CASE f.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
 WHEN 'real' THEN CASE WHEN f.value = CAST(f.value AS INTEGER)
  THEN CAST(CAST(f.value AS INTEGER) AS TEXT) ELSE CAST(f.value AS TEXT) END
 WHEN 'integer' THEN CAST(f.value AS TEXT)
 WHEN 'text' THEN lower(trim(f.value, char(32, 9, 10, 13, 11, 12))) END"""
SQLITE_ROWS = f"""INSERT OR IGNORE INTO item_meta (item_id, workspace_id, key, value)
 SELECT {{item}}.id, {{item}}.workspace_id, lower(f.key), {SQLITE_VALUE}
 FROM {{tables}} json_each({{item}}.metadata) AS f
 WHERE json_type({{item}}.metadata) = 'object' AND length(f.key) <= 200
  AND length({SQLITE_VALUE}) <= 200"""
POSTGRES_ROWS = r"""INSERT INTO item_meta (item_id, workspace_id, key, value)
 SELECT {item}.id, {item}.workspace_id, lower(f.key), f.value
 FROM {tables} LATERAL (SELECT key, CASE json_typeof(value)
   WHEN 'string' THEN lower(btrim(value #>> '{{}}', E' \t\n\r\x0b\x0c'))
   WHEN 'number' THEN regexp_replace(value::text, '^(-?[0-9]+)\.0+$', '\1')
   WHEN 'boolean' THEN value::text END AS value
  FROM json_each(CASE WHEN json_typeof({item}.metadata) = 'object'
   THEN {item}.metadata ELSE '{{}}'::json END)) AS f
 WHERE length(f.key) <= 200 AND length(f.value) <= 200
 ON CONFLICT DO NOTHING"""

# The text as the word search compares it (`lower(text)`, as before it had its own table).
TEXT_ROW = """INSERT INTO item_text (workspace_id, item_id, idea_id, folded)
 VALUES ({item}.workspace_id, {item}.id, {item}.idea_id, lower({item}.text))"""
TEXT_ROWS = """INSERT INTO item_text (workspace_id, item_id, idea_id, folded)
 SELECT workspace_id, id, idea_id, lower(text) FROM feedback_items"""


def upgrade() -> None:
    op.create_index(
        "ix_feedback_demand",
        "feedback_items",
        ["workspace_id", "idea_id", "account_id", "requester_id", "source", "created_at"],
    )
    op.create_index(
        "ix_feedback_embedded",
        "feedback_items",
        ["workspace_id", "idea_id", "id"],
        sqlite_where=EMBEDDED,
        postgresql_where=EMBEDDED,
    )
    op.create_index("ix_changes_kind", "changes", ["workspace_id", "kind", "seq"])
    op.create_table(
        "item_meta",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["feedback_items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id", "key", "value"),
    )
    op.create_index("ix_item_meta_value", "item_meta", ["workspace_id", "key", "value", "item_id"])
    op.create_table(
        "item_text",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("idea_id", sa.Integer(), nullable=True),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["feedback_items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id"),
    )
    op.create_index("ix_item_text_idea", "item_text", ["idea_id"])
    if op.get_bind().dialect.name == "postgresql":
        _postgres_triggers()
    else:
        _sqlite_triggers()


def _sqlite_triggers() -> None:
    rows = SQLITE_ROWS.format(item="NEW", tables="")
    op.execute(f"CREATE TRIGGER item_meta_insert AFTER INSERT ON feedback_items BEGIN {rows}; END")
    op.execute(
        "CREATE TRIGGER item_meta_update AFTER UPDATE OF metadata ON feedback_items BEGIN "
        f"DELETE FROM item_meta WHERE item_id = OLD.id; {rows}; END"
    )
    # SQLite may reuse the highest id after a delete: old rows must not describe a new item.
    op.execute(
        "CREATE TRIGGER item_meta_delete AFTER DELETE ON feedback_items "
        "BEGIN DELETE FROM item_meta WHERE item_id = OLD.id; END"
    )
    op.execute(SQLITE_ROWS.format(item="feedback_items", tables="feedback_items,"))
    op.execute(
        "CREATE TRIGGER item_text_insert AFTER INSERT ON feedback_items BEGIN "
        f"{TEXT_ROW.format(item='NEW')}; END"
    )
    op.execute(
        "CREATE TRIGGER item_text_update AFTER UPDATE OF text, idea_id ON feedback_items BEGIN "
        f"DELETE FROM item_text WHERE item_id = OLD.id; {TEXT_ROW.format(item='NEW')}; END"
    )
    op.execute(
        "CREATE TRIGGER item_text_delete AFTER DELETE ON feedback_items "
        "BEGIN DELETE FROM item_text WHERE item_id = OLD.id; END"
    )
    op.execute(TEXT_ROWS)


def _postgres_triggers() -> None:
    rows = POSTGRES_ROWS.format(item="NEW", tables="")
    op.execute(
        "CREATE FUNCTION item_meta_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'UPDATE' THEN DELETE FROM item_meta WHERE item_id = OLD.id; END IF; "
        f"{rows}; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER item_meta_sync AFTER INSERT OR UPDATE OF metadata ON feedback_items "
        "FOR EACH ROW EXECUTE FUNCTION item_meta_sync()"
    )
    op.execute(POSTGRES_ROWS.format(item="feedback_items", tables="feedback_items CROSS JOIN"))
    op.execute(
        "CREATE FUNCTION item_text_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'UPDATE' THEN DELETE FROM item_text WHERE item_id = OLD.id; END IF; "
        f"{TEXT_ROW.format(item='NEW')}; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER item_text_sync AFTER INSERT OR UPDATE OF text, idea_id ON feedback_items "
        "FOR EACH ROW EXECUTE FUNCTION item_text_sync()"
    )
    op.execute(TEXT_ROWS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("item_meta", "item_text"):
            op.execute(f"DROP TRIGGER {table}_sync ON feedback_items")
            op.execute(f"DROP FUNCTION {table}_sync()")
    else:
        for table in ("item_meta", "item_text"):
            for name in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER {table}_{name}")
    op.drop_index("ix_item_text_idea", table_name="item_text")
    op.drop_table("item_text")
    op.drop_index("ix_item_meta_value", table_name="item_meta")
    op.drop_table("item_meta")
    op.drop_index("ix_changes_kind", table_name="changes")
    op.drop_index("ix_feedback_embedded", table_name="feedback_items")
    op.drop_index("ix_feedback_demand", table_name="feedback_items")
