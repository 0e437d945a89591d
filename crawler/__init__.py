"""Scrapy project: discovery spiders, crawl components and the pipelines that hand articles to archive/."""
