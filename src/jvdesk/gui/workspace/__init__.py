"""The main window and what it shows: navigation, the overview, panel pages, charts."""
