"""Themes above ideas, the reduced ask of each item, a workspace's learned envelope, and
sibling ideas a PM kept apart.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "themes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("title_source", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["workspace_id"], ["workspaces.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_themes_workspace_id"), ["workspace_id"], unique=False)

    op.create_table(
        "distinct_ideas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("idea_id", sa.Integer(), nullable=False),
        sa.Column("other_idea_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["idea_id"], ["ideas.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_idea_id"], ["ideas.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["workspace_id"], ["workspaces.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("workspace_id", "idea_id", "other_idea_id"),
    )
    with op.batch_alter_table("distinct_ideas", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_distinct_ideas_workspace_id"), ["workspace_id"], unique=False
        )

    with op.batch_alter_table("ideas", schema=None) as batch_op:
        batch_op.add_column(sa.Column("theme_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("theme_pinned", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(batch_op.f("ix_ideas_theme_id"), ["theme_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_ideas_theme_id_themes", "themes", ["theme_id"], ["id"], ondelete="SET NULL"
        )

    with op.batch_alter_table("feedback_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ask", sa.Text(), nullable=True))

    with op.batch_alter_table("workspaces", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("envelope", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )


def downgrade() -> None:
    with op.batch_alter_table("workspaces", schema=None) as batch_op:
        batch_op.drop_column("envelope")
    with op.batch_alter_table("feedback_items", schema=None) as batch_op:
        batch_op.drop_column("ask")
    with op.batch_alter_table("ideas", schema=None) as batch_op:
        batch_op.drop_constraint("fk_ideas_theme_id_themes", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_ideas_theme_id"))
        batch_op.drop_column("theme_pinned")
        batch_op.drop_column("theme_id")
    with op.batch_alter_table("distinct_ideas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_distinct_ideas_workspace_id"))
    op.drop_table("distinct_ideas")
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_themes_workspace_id"))
    op.drop_table("themes")
