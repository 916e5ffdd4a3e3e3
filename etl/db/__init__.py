"""Database access: the embedded server, engines and URLs."""
