"""The competitor area: the register, prices beside ours, actions, the client card's tab and its commands."""
