from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path, re_path
from django.views.static import serve

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("xuanyong.runtime.urls")),
    path("", include("xuanyong.web.urls")),
    path("", include("xuanyong.security.urls")),
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
    path("", include("xuanyong.api.urls")),
    path("accounts/", include("xuanyong.accounts.urls")),
    path("admin/", admin.site.urls),
]

if settings.SERVE_MEDIA:
    # Uploaded files in the embedded setup; behind nginx/CDN in production (docs/deployment.md).
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

handler404 = "xuanyong.web.views.error_404"
handler403 = "xuanyong.web.views.error_403"
handler500 = "xuanyong.web.views.error_500"
