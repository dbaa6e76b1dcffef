"""The fuzz test of the imports: generated broken and hostile files, each run through the CLI and the services."""
