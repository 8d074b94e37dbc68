"""Board at 100k items: each idea's demand as a stored row marked stale by triggers
(models.board_tables.IdeaDemand), an index of items by account for the MRR trigger, and a
word index over the items' lower-case text: an FTS5 trigram table on SQLite, a pg_trgm GIN
index on PostgreSQL, so a word search no longer reads every item.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# Made here and not declared in models (SQLAlchemy cannot: a virtual table and its shadow
# tables, an index with an extension's operator class); tests/models leaves them out when
# it compares the schema with the models.
NOT_MODELLED = {
    "tables": (
        "item_words",
        "item_words_data",
        "item_words_idx",
        "item_words_docsize",
        "item_words_config",
    ),
    "indexes": ("ix_item_text_trigram",),
}

STALE = sa.text("stale")
# What changes an idea's stored row: items joining or leaving, their person, account, date,
# and their embedding (the row also marks the idea's embedded items for cached centroids).
WATCHED = ("idea_id", "requester_id", "account_id", "created_at", "embedding")


def upgrade() -> None:
    op.create_index("ix_feedback_account", "feedback_items", ["account_id", "idea_id"])
    op.create_table(
        "idea_demand",
        sa.Column("idea_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("stale", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("item_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("unique_requesters", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("unique_accounts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("revenue", sa.Float(), server_default=sa.text("0"), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=True),
        sa.Column("embedded_items", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("embedded_id_sum", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column(
            "embedded_id_squares", sa.BigInteger(), server_default=sa.text("0"), nullable=False
        ),
        sa.PrimaryKeyConstraint("idea_id"),
    )
    op.create_index("ix_idea_demand_workspace", "idea_demand", ["workspace_id", "idea_id"])
    op.create_index(
        "ix_idea_demand_stale",
        "idea_demand",
        ["workspace_id"],
        sqlite_where=STALE,
        postgresql_where=STALE,
    )
    if op.get_bind().dialect.name == "postgresql":
        _demand_index(include_id=True)
        _postgres()
    else:
        _sqlite()
    # Every idea starts stale: the service recounts them all when it starts (service.context).
    op.execute(
        "INSERT INTO idea_demand (idea_id, workspace_id) SELECT DISTINCT idea_id, workspace_id "
        "FROM feedback_items WHERE idea_id IS NOT NULL"
    )


DEMAND = ["workspace_id", "idea_id", "account_id", "requester_id", "source", "created_at"]


def _demand_index(include_id: bool) -> None:
    """PostgreSQL: the covering index also carries the item id, so a metadata filter (item ids
    from item_meta) joins it without reading the wide item rows. SQLite indexes hold the row
    id already."""
    op.drop_index("ix_feedback_demand", table_name="feedback_items")
    include = ["id"] if include_id else []
    op.create_index("ix_feedback_demand", "feedback_items", DEMAND, postgresql_include=include)


def _mark(item: str) -> str:
    """Mark the idea of OLD or NEW stale, making its row if it has none (a new idea)."""
    return (
        "INSERT INTO idea_demand (idea_id, workspace_id) "
        f"VALUES ({item}.idea_id, {item}.workspace_id) "
        "ON CONFLICT (idea_id) DO UPDATE SET stale = true WHERE NOT idea_demand.stale"
    )


MRR_MARK = (
    "UPDATE idea_demand SET stale = true WHERE NOT stale AND idea_id IN "
    "(SELECT idea_id FROM feedback_items WHERE account_id = NEW.id)"
)


def _sqlite() -> None:
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in WATCHED)
    columns = ", ".join(WATCHED)
    op.execute(
        "CREATE TRIGGER idea_demand_insert AFTER INSERT ON feedback_items "
        f"WHEN NEW.idea_id IS NOT NULL BEGIN {_mark('NEW')}; END"
    )
    for side in ("OLD", "NEW"):
        op.execute(
            f"CREATE TRIGGER idea_demand_update_{side.lower()} AFTER UPDATE OF {columns} "
            f"ON feedback_items WHEN {side}.idea_id IS NOT NULL AND ({changed}) "
            f"BEGIN {_mark(side)}; END"
        )
    op.execute(
        "CREATE TRIGGER idea_demand_delete AFTER DELETE ON feedback_items "
        f"WHEN OLD.idea_id IS NOT NULL BEGIN {_mark('OLD')}; END"
    )
    op.execute(
        "CREATE TRIGGER idea_demand_mrr AFTER UPDATE OF mrr ON accounts "
        f"WHEN OLD.mrr IS NOT NEW.mrr BEGIN {MRR_MARK}; END"
    )
    # The word index reads item_text (kept by 0012's triggers) and follows it.
    op.execute(
        "CREATE VIRTUAL TABLE item_words USING fts5(folded, content='item_text', "
        "content_rowid='item_id', tokenize='trigram')"
    )
    add = "INSERT INTO item_words (rowid, folded) VALUES (NEW.item_id, NEW.folded)"
    drop = (
        "INSERT INTO item_words (item_words, rowid, folded) "
        "VALUES ('delete', OLD.item_id, OLD.folded)"
    )
    op.execute(f"CREATE TRIGGER item_words_insert AFTER INSERT ON item_text BEGIN {add}; END")
    op.execute(f"CREATE TRIGGER item_words_delete AFTER DELETE ON item_text BEGIN {drop}; END")
    op.execute(
        f"CREATE TRIGGER item_words_update AFTER UPDATE ON item_text BEGIN {drop}; {add}; END"
    )
    op.execute("INSERT INTO item_words (item_words) VALUES ('rebuild')")


def _postgres() -> None:
    same = " AND ".join(f"OLD.{c} IS NOT DISTINCT FROM NEW.{c}" for c in WATCHED)
    op.execute(
        "CREATE FUNCTION idea_demand_mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP = 'UPDATE' AND {same} THEN RETURN NULL; END IF; "
        f"IF TG_OP <> 'INSERT' AND OLD.idea_id IS NOT NULL THEN {_mark('OLD')}; END IF; "
        f"IF TG_OP <> 'DELETE' AND NEW.idea_id IS NOT NULL THEN {_mark('NEW')}; END IF; "
        "RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER idea_demand_mark AFTER INSERT OR DELETE OR UPDATE OF "
        f"{', '.join(WATCHED)} ON feedback_items "
        "FOR EACH ROW EXECUTE FUNCTION idea_demand_mark()"
    )
    op.execute(
        "CREATE FUNCTION idea_demand_mrr() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"{MRR_MARK}; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER idea_demand_mrr AFTER UPDATE OF mrr ON accounts FOR EACH ROW "
        "WHEN (OLD.mrr IS DISTINCT FROM NEW.mrr) EXECUTE FUNCTION idea_demand_mrr()"
    )
    # pg_trgm is a trusted extension (PostgreSQL 13+). It goes in `public` so dropping the
    # schema that first migrated (a test's) never drops it for the others.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    schema = op.get_bind().scalar(
        sa.text(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
        )
    )
    op.execute(
        f"CREATE INDEX ix_item_text_trigram ON item_text USING gin (folded {schema}.gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_item_text_trigram")
        op.execute("DROP TRIGGER idea_demand_mrr ON accounts")
        op.execute("DROP FUNCTION idea_demand_mrr()")
        op.execute("DROP TRIGGER idea_demand_mark ON feedback_items")
        op.execute("DROP FUNCTION idea_demand_mark()")
        _demand_index(include_id=False)
    else:
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER item_words_{name}")
        op.execute("DROP TABLE item_words")
        op.execute("DROP TRIGGER idea_demand_mrr")
        for name in ("insert", "update_old", "update_new", "delete"):
            op.execute(f"DROP TRIGGER idea_demand_{name}")
    op.drop_index("ix_idea_demand_stale", table_name="idea_demand")
    op.drop_index("ix_idea_demand_workspace", table_name="idea_demand")
    op.drop_table("idea_demand")
    op.drop_index("ix_feedback_account", table_name="feedback_items")
