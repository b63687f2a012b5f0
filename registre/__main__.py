from registre.cli import main

raise SystemExit(main())
