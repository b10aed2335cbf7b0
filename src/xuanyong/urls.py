from __future__ import annotations

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path, re_path
from django.views.static import serve

from xuanyong.content.urls import syndication_urlpatterns
from xuanyong.opendata.urls import file_urlpatterns

# What machines read stays at one address in one language: probes, the CSP report, the API,
# feeds and the sitemap, open-data files, and the admin (its UI follows Django's own locale).
urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("xuanyong.runtime.urls")),
    path("", include("xuanyong.security.urls")),
    path("", include((syndication_urlpatterns, "syndication"))),
    path("", include((file_urlpatterns, "opendata_files"))),
    path("", include("xuanyong.api.urls")),
    path("admin/", admin.site.urls),
]

# Pages: Chinese at their own path (also for a browser that asks for English), English under
# /en/ (LocaleMiddleware activates the language the path names).
urlpatterns += i18n_patterns(
    path("", include("xuanyong.web.urls")),
    path("", include("xuanyong.privacy.urls")),
    path("", include("xuanyong.opendata.urls")),
    path("", include("xuanyong.catalog.urls")),
    path("", include("xuanyong.content.urls")),
    path("", include("xuanyong.search.urls")),
    path("", include("xuanyong.reviews.urls")),
    path("", include("xuanyong.leads.urls")),
    path("vendor/api-tokens/", include("xuanyong.api.portal_urls")),
    path("vendor/", include("xuanyong.portal.urls")),
    path("ops/credentials/", include("xuanyong.portal.ops_urls")),
    path("ops/catalog/", include("xuanyong.portal.ops_catalog_urls")),
    path("", include("xuanyong.analytics.urls")),
    path("accounts/", include("xuanyong.accounts.urls")),
    prefix_default_language=False,
)

if settings.SERVE_MEDIA:
    # Uploaded files in the embedded setup; behind nginx/CDN in production (docs/deployment.md).
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

handler404 = "xuanyong.web.views.error_404"
handler403 = "xuanyong.web.views.error_403"
handler500 = "xuanyong.web.views.error_500"
