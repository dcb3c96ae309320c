"""The evidence part (see DESIGN.md)."""
