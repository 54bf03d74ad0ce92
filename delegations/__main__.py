from delegations.cli import main

raise SystemExit(main())
