"""The connectors part (see DESIGN.md)."""
