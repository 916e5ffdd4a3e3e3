"""SQLAlchemy 2 typed models, one module per schema, on one declarative base.

Views, roles and comments on views live in the migrations; these models hold the tables so
alembic's autogenerate can prove there is no drift between them and the migrations.
"""

from models.base import Base
from models.raw import Release

__all__ = ["Base", "Release"]
