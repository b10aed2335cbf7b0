from __future__ import annotations

from django.urls import path

from . import views

app_name = "content"

urlpatterns = [
    path("a/", views.article_list, name="article_list"),
    path("a/<slug:slug>/", views.article_detail, name="article"),
]
