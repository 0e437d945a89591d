"""What the spider asks instead of deciding itself, each built from a crawler: the incremental
policy, article redirects, fetch failures, the extraction pool; and its argument parsing."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crawler.arguments import article_limit, since_day, without_credentials

BASE = "http://127.0.0.1:8999"


def test_spider_arguments() -> None:
    assert without_credentials("http://u:p%40ss@[::1]:8080/x") == (
        "http://[::1]:8080/x",
        {"http_user": "u", "http_pass": "p@ss", "http_auth_domain": "[::1]:8080"})
    assert without_credentials(BASE) == (BASE, {})
    assert since_day("2024-01-31") == datetime(2024, 1, 31, tzinfo=timezone.utc)
    assert since_day("") is None
    assert (article_limit("3"), article_limit(None), article_limit("")) == (3, None, None)
    with pytest.raises(ValueError, match="positive"):
        article_limit(0)
