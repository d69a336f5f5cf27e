"""Presentation mode: the show's keys and state, the audience and presenter windows."""
