"""A delivery's dashboard: status, preparation, exclusions, and (later) sending panels."""
