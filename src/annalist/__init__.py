"""annalist: a sourced record of what happened, from narrative texts about a conflict."""

__version__ = "0.1.0"
