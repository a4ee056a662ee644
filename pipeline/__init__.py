"""newsevents: Chinese (Traditional and Simplified) and English news articles → structured events in DuckDB."""

__version__ = "0.1.0"
