"""Speed and memory figures for jvdesk, each beside a floor measured in the same run."""
