"""Saved news pages read by trafilatura.  The page is written for the test."""

from datetime import date

import pytest

from geomap.errors import InputError
from geomap.inputs import iter_articles
from geomap.inputs.html import read_html_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Drone strike hits fuel depot in Kherson | Example News</title>
<meta property="og:title" content="Drone strike hits fuel depot in Kherson">
<meta property="article:published_time" content="2024-05-26T08:30:00Z">
<link rel="canonical" href="https://news.example.org/2024/05/26/kherson-depot">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="ad">Subscribe now for unlimited access!</div>
<article><h1>Drone strike hits fuel depot in Kherson</h1>
<p>Russian drones struck a fuel depot on the outskirts of Kherson early on Saturday,
setting several tanks on fire and killing two workers, the regional governor said.</p>
<p>Firefighters worked for hours to contain the blaze, which sent a column of black smoke
over the southern city. Officials said the attack also damaged nearby houses.</p>
<p>Kherson, which Ukrainian forces retook in November 2022, is shelled almost daily
from the eastern bank of the Dnipro river.</p>
</article>
<footer>Copyright Example News. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>
"""


@pytest.fixture
def saved_page(tmp_path):
    path = tmp_path / "kherson.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_text_title_date_and_url_come_from_the_page(saved_page):
    article = read_html_article(saved_page)
    assert article.title == "Drone strike hits fuel depot in Kherson"
    assert article.published == date(2024, 5, 26)
    assert article.url == "https://news.example.org/2024/05/26/kherson-depot"
    assert "killing two workers" in article.text and "Dnipro river" in article.text
    for boilerplate in ("Subscribe now", "Sport", "Cookie settings"):
        assert boilerplate not in article.text


def test_the_published_option_wins(saved_page):
    assert read_html_article(saved_page, published=date(2020, 1, 1)).published == date(2020, 1, 1)


def test_a_page_without_article_text_is_named(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Gone</title></head><body></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="empty.html: no article text found"):
        read_html_article(path)


def test_pages_are_read_with_the_other_inputs(saved_page):
    (article,) = iter_articles([saved_page.parent])
    assert article.id == "kherson.html"
