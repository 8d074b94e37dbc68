"""Alembic environment: runs against the engine handed over in config.attributes."""

from alembic import context

import models.alerts_tables  # noqa: F401  (registers the PM digest tables)
import models.board_tables  # noqa: F401  (registers item metadata rows)
import models.metrics_tables  # noqa: F401  (registers the metric and verdict tables)
import models.okr_tables  # noqa: F401  (registers the OKR tables)
import models.people_tables  # noqa: F401  (registers the people tables)
import models.portal_tables  # noqa: F401  (registers the portal tables)
import models.review_tables  # noqa: F401  (registers the review tables)
import models.shaping_tables  # noqa: F401  (registers idea shapes and saved views)
from models.tables import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
