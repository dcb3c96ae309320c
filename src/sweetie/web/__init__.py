"""The web part (see DESIGN.md)."""
