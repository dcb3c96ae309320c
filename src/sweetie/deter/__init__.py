"""The deter part (see DESIGN.md)."""
