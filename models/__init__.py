"""Tables, pydantic types, the engine and session factory, migrations."""

import models.change_feed  # noqa: F401  (registers the change-feed table with the metadata)
