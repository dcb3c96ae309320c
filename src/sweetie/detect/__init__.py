"""The detect part (see DESIGN.md)."""
