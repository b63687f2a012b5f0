"""Entry point package: the `registre` command dispatches to the indexer, assistant and app layers."""
