"""The store part (see DESIGN.md)."""
