"""Qt-free core: the content model, loading and validation, chart specs and the deck plan."""
