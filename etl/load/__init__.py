"""Loading: staging slices into the star, set-based, one transaction per batch."""
