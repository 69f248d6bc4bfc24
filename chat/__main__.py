from chat.lifeline import end_with_server

end_with_server()  # a session of `filings-chat serve` ends with its server

from chat.cli import main  # noqa: E402

raise SystemExit(main())
