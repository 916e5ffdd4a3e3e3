"""Raw ingestion: files from disk into ``raw.release``, bytes first, text beside them."""
