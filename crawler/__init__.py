"""Scrapy project: discovery spiders, per-site extraction rules and archive pipelines."""
