"""The office's users: signing in, passwords, roles, and tokens for scheduled tasks."""
