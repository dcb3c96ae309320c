"""The cases part (see DESIGN.md)."""
