"""Scrapy project: discovery spiders, crawl components, pipelines that hand articles to archive/."""
