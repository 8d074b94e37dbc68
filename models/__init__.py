"""Tables, pydantic types, the engine and session factory, migrations."""

import models.change_feed  # noqa: F401  (registers the change-feed table with the metadata)
import models.channel_tables  # noqa: F401  (registers the intake channel tables)
