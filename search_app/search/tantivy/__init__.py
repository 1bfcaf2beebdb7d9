"""Search stage, Tantivy engine: the embedded default backend."""
