"""Language identification and the NLP stage (sentences, entities, syntax) with spaCy."""
