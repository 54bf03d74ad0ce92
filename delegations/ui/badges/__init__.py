"""Print badges… and Reprint badge…: choosing whose badges, the layout, the preview, printing."""
