"""The runtime part (see DESIGN.md)."""
