"""Search stage, Elasticsearch engine: the scale-out backend (Elasticsearch 8 or OpenSearch)."""
