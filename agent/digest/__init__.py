"""The weekly digest: each requester's introductions of the week, due on a schedule, sent once."""
