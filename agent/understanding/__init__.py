"""Understanding mail: intro requests, mail commands and answers to an opt-in question."""
