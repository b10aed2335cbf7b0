"""The programmable face of Xuanyong: django-ninja under /api/v1/, above the domain apps."""
