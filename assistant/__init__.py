"""Registre's assistant: grounded answers with citations that refuse when unsure.

Qt-free. The model runs locally through llama.cpp (:mod:`assistant.llm`); answers are checked
against the documents (:mod:`assistant.confidence`) before they are shown.
"""
