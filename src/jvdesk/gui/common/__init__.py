"""What every room of the app uses: the theme, the settings, the small widgets."""
