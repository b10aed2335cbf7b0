"""The same page in each language: the header's language switch and the hreflang alternates.

Chinese pages live at their own path and English ones under /en/ (xuanyong/urls.py), so the
other language's page is this path reversed under the other language; a path that resolves to
nothing (a 404) points at the other language's home page.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, Resolver404, resolve, reverse, translate_url
from django.utils.translation import get_language, get_language_from_path, override

# BCP 47 tags: <html lang> keeps the zh-CN the site always declared, hreflang names the script.
HTML_LANG = {"zh-hans": "zh-CN", "en": "en"}
HREFLANG = {"zh-hans": "zh-Hans", "en": "en"}


@dataclass(frozen=True)
class PageLanguage:
    code: str  # Django's language code
    label: str  # the language's name in itself (settings.LANGUAGES)
    html_lang: str
    hreflang: str
    path: str  # this page in that language, with its query string
    url: str  # the same, absolute on settings.SITE_URL

    @property
    def current(self) -> bool:
        return self.code == get_language()


@dataclass(frozen=True)
class PageLanguages:
    html_lang: str
    alternates: list[PageLanguage]  # every language, the current one too
    x_default: str  # where a reader of neither language lands: the Chinese page

    @property
    def others(self) -> list[PageLanguage]:
        return [language for language in self.alternates if not language.current]


def page_languages(request: HttpRequest) -> PageLanguages:
    # The query re-encoded from the parsed GET, as get_full_path() garbles raw UTF-8 in it.
    path = request.path + ("?" + request.GET.urlencode(safe=",/:") if request.GET else "")
    alternates = []
    for code, label in settings.LANGUAGES:
        translated = _matched_in_language(request, code) or path_in_language(path, code)
        alternates.append(
            PageLanguage(
                code=code,
                label=label,
                html_lang=HTML_LANG.get(code, code),
                hreflang=HREFLANG.get(code, code),
                path=translated,
                url=settings.SITE_URL + translated,
            )
        )
    by_code = {language.code: language for language in alternates}
    current = get_language() or settings.LANGUAGE_CODE
    return PageLanguages(
        html_lang=HTML_LANG.get(current, current),
        alternates=alternates,
        x_default=by_code[settings.LANGUAGE_CODE].url,
    )


def path_in_language(path: str, code: str) -> str:
    """``path`` (with its query) as the page in language ``code``; the home page when no view
    answers it. The path may be in either language (a stored URL is in the default one)."""
    with override(get_language_from_path(path) or settings.LANGUAGE_CODE):
        try:
            resolve(unquote(urlsplit(path).path))
        except Resolver404:
            with override(code):
                return reverse("web:home")
        return translate_url(path, code)


def localized(path: str) -> str:
    """A site path kept in the default language (the search index's), in the active language."""
    code = get_language() or settings.LANGUAGE_CODE
    if not path.startswith("/") or code == (get_language_from_path(path) or settings.LANGUAGE_CODE):
        return path
    return path_in_language(path, code)


def _matched_in_language(request: HttpRequest, code: str) -> str | None:
    """The request's own view reversed in language ``code``, with the query: what
    ``translate_url`` gives, without resolving the path again (every page pays for this)."""
    match = request.resolver_match
    if match is None or not match.url_name:
        return None
    query = "?" + request.GET.urlencode(safe=",/:") if request.GET else ""
    with override(code):
        try:
            return reverse(match.view_name, args=match.args, kwargs=match.kwargs) + query
        except NoReverseMatch:
            return None
