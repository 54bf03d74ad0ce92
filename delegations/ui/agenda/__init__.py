"""The agenda editor: the time grid and its undoable commands."""
