"""Project commands (COMMANDS_MODULE): `scrapy crawl` with honest exit codes."""
