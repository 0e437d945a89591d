"""The archive: SQLite storage, its command line and Datasette configuration (no Scrapy)."""
