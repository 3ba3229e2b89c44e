"""What every domain package shares: the write path, its refusals, and input hygiene."""
