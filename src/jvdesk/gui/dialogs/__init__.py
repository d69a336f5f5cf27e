"""Dialogs: errors and pack problems, sources, About, briefings, export, pack checking."""
