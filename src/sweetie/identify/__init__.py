"""The identify part (see DESIGN.md)."""
