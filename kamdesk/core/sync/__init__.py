"""Laptop sync: an encrypted replica of what a manager may see, kept in step with the team server.

- `tables`: which tables travel, their columns, references (mapped by gid) and merge rules;
- `capture`: the replica's outbox, filled by triggers in the transaction of each change;
- `push`: the outbox in batches, applied on the server once each (field-level merge, re-checks);
- `pull`: the server's committed changes since the last sync, the rows that came into or left the view;
- `numbers`: document numbers reserved for the replica;
- `conflicts`: what a sync could not simply take, and its resolution;
- `replica`: taking a laptop offline, its state, one whole sync.

The rules are written down in docs/laptop-sync.md.
"""
