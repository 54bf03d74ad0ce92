from delegations.cli import main

# The guard matters: worker processes (spawn) import this module again under another name.
if __name__ == "__main__":
    raise SystemExit(main())
