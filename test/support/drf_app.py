"""A real Django REST Framework backend for the sync tests, in one file.

Usage: /usr/bin/python3 drf_app.py PORT DATA_DIR

Debian's packages (python3-django 3.2, python3-djangorestframework 3.14, python3-django-filters,
python3-django-cors-headers). Customers have UUID keys the client may choose; opportunities get the
default integer AutoField from the server. snake_case fields, auto_now timestamps (microseconds), soft
delete column, LimitOffsetPagination, TokenAuthentication, django-filter lookups, OrderingFilter and
django-cors-headers with its default allowed headers. SQLite in DATA_DIR, so a restarted server keeps its
rows. Prints "TOKEN <key>" once the API token exists, then runs the development server.
"""
import os
import sys
import uuid

import django
from django.conf import settings

PORT = sys.argv[1]
DATA_DIR = sys.argv[2]

settings.configure(
    DEBUG=False,
    SECRET_KEY="crm-widgets-test",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    USE_TZ=True,
    TIME_ZONE="UTC",
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(DATA_DIR, "db.sqlite3")}},
    INSTALLED_APPS=[
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "rest_framework",
        "rest_framework.authtoken",
        "django_filters",
        "corsheaders",
        "crm",
    ],
    MIDDLEWARE=["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"],
    # django-cors-headers defaults otherwise: only its default request headers are allowed.
    CORS_ALLOW_ALL_ORIGINS=True,
    REST_FRAMEWORK={
        "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
        "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
        "PAGE_SIZE": 100,
        "DEFAULT_FILTER_BACKENDS": [
            "django_filters.rest_framework.DjangoFilterBackend",
            "rest_framework.filters.OrderingFilter",
        ],
    },
    LOGGING_CONFIG=None,
)

# A minimal app module so the models get an app label without a package on disk.
import types  # noqa: E402

crm = types.ModuleType("crm")
crm.__file__ = __file__
crm.__path__ = [os.path.dirname(__file__)]
sys.modules["crm"] = crm

django.setup()

from django.core.management import call_command, execute_from_command_line  # noqa: E402
from django.db import models  # noqa: E402
from django.urls import include, path  # noqa: E402
from rest_framework import routers, serializers, viewsets  # noqa: E402
from rest_framework.decorators import api_view, permission_classes  # noqa: E402
from rest_framework.permissions import AllowAny  # noqa: E402
from rest_framework.response import Response  # noqa: E402

TIMESTAMPS = {"updated_at": ["exact", "gt", "gte", "lt"], "id": ["exact", "gt"], "deleted": ["exact"]}


class Synced(models.Model):
    """What every synced table needs: a server clock and a tombstone."""

    deleted = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        app_label = "crm"


class Customer(Synced):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4)
    name = models.CharField(max_length=200)
    alias = models.CharField(max_length=200, null=True, blank=True)
    kind = models.CharField(max_length=30, null=True, blank=True)
    industry = models.CharField(max_length=100, null=True, blank=True)
    tier = models.CharField(max_length=5, blank=True, default="")
    owner = models.CharField(max_length=100, null=True, blank=True)
    currency = models.CharField(max_length=3, null=True, blank=True)
    parent_id = models.CharField(max_length=200, null=True, blank=True)

    class Meta(Synced.Meta):
        abstract = False


class Opportunity(Synced):
    customer_id = models.CharField(max_length=200)
    name = models.CharField(max_length=200)
    stage = models.CharField(max_length=60)
    amount = models.CharField(max_length=40)
    currency = models.CharField(max_length=3)
    owner = models.CharField(max_length=100, null=True, blank=True)

    class Meta(Synced.Meta):
        abstract = False


def viewset(model):
    class Serializer(serializers.ModelSerializer):
        class Meta:
            fields = "__all__"

    Serializer.Meta.model = model
    fields = dict(TIMESTAMPS, owner=["exact"])
    return type(
        f"{model.__name__}ViewSet",
        (viewsets.ModelViewSet,),
        {"queryset": model.objects.all(), "serializer_class": Serializer, "filterset_fields": fields,
         "ordering_fields": "__all__", "ordering": ["id"]},
    )


MODELS = {"customers": Customer, "opportunities": Opportunity}


@api_view(["POST"])
@permission_classes([AllowAny])
def test_rows(request):
    """Test-only: insert rows as they are (ids, timestamps), as another system writing to the database would."""
    model = MODELS[request.data["model"]]
    for row in request.data["rows"]:
        stamp = row.pop("updated_at", None)
        obj = model.objects.create(**row)
        if stamp:
            model.objects.filter(pk=obj.pk).update(updated_at=stamp)
    return Response({"count": model.objects.count()})


router = routers.DefaultRouter()
router.register("customers", viewset(Customer))
router.register("opportunities", viewset(Opportunity))
urlpatterns = [path("api/", include(router.urls)), path("_test/rows/", test_rows)]

if __name__ == "__main__":
    from django.contrib.auth.models import User
    from django.db import connection
    from rest_framework.authtoken.models import Token

    call_command("migrate", run_syncdb=True, verbosity=0)
    with connection.schema_editor() as editor:
        existing = connection.introspection.table_names()
        for model in MODELS.values():
            if model._meta.db_table not in existing:
                editor.create_model(model)
    user, _ = User.objects.get_or_create(username="sync")
    token, _ = Token.objects.get_or_create(user=user)
    print(f"TOKEN {token.key}", flush=True)
    execute_from_command_line([sys.argv[0], "runserver", f"127.0.0.1:{PORT}", "--noreload"])
