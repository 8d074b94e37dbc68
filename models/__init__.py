import models.channel_tables  # noqa: F401  (registers the intake channel tables)
