"""The Transfers and manifests window (Travel ▸ Transfers and manifests…)."""
