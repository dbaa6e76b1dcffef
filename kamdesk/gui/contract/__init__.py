"""The contract register, the contract view and the template editor."""
