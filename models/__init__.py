"""SQLAlchemy 2 typed models, one module per schema, on one declarative base.

Views, roles and seeds live in the migrations; these models hold the tables so alembic's
autogenerate can prove there is no drift between them and the migrations.
"""

from models import raw, staging, warehouse
from models.base import Base

__all__ = ["Base", "raw", "staging", "warehouse"]
