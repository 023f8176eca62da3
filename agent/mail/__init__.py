"""The mail edges: the IMAP source the agent reads and the SMTP sink it sends through."""
