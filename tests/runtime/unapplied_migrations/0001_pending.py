"""A migration no test database has applied: what a node sees when started before `migrate`."""

from django.db import migrations


class Migration(migrations.Migration):
    operations = [migrations.RunSQL("SELECT 1", migrations.RunSQL.noop)]
