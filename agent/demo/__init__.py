"""The demo sandbox: the whole introduction flow on loopback, with no account and no root.

An SMTP server on an ephemeral loopback port delivers into per-person mailboxes held in
memory; the agent reads its own mailbox through ``SandboxSource`` (the engine's
``MailSource``) and sends through the real ``SmtpSink``. ``intro-agent demo`` runs it.
"""
