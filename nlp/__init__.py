"""Tagging stage: taxonomy, spaCy pipeline, rule tagger and theme model.

Public entry points: nlp.tagger.Tagger, nlp.taxonomy.load_taxonomy,
nlp.model_training.train, nlp.model_files.load_model. Records live in nlp.records.
"""
