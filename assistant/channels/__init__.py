"""Input channels of the project's own (registered in credentials.yml)."""
