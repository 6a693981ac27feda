"""Staff app commands (action-server environment):

    python -m staff add-user NAME [--admin | --manager]   # asks for the password twice (or reads stdin)
    python -m staff serve [--host 127.0.0.1] [--port 5080] [--workers 1] [--threads 8]

`serve` runs the staff app and the landing page under gunicorn (staff/server.py). There is no default
account and no default password.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import List, Optional

MIN_PASSWORD = 12


def _read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("the passwords differ; nothing was created")
    return first


def add_user(name: str, admin: bool, manager: bool = False) -> int:
    from clinic.storage.db import session_factory
    from clinic.storage.review import add_staff, find_staff
    from staff.auth import hash_password

    password = _read_password()
    if len(password) < MIN_PASSWORD:
        print(f"the password must have at least {MIN_PASSWORD} characters; nothing was created", file=sys.stderr)
        return 1
    with session_factory().begin() as db:
        if find_staff(db, name):
            print(f"an account named {name} exists already", file=sys.stderr)
            return 1
        add_staff(db, name, hash_password(password), admin, is_manager=manager)
    role = "admin " if admin else "manager " if manager else ""
    print(f"created {role}account {name}")
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m staff", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add-user")
    add.add_argument("name")
    role = add.add_mutually_exclusive_group()
    role.add_argument("--admin", action="store_true", help="everything, the audit log included")
    role.add_argument("--manager", action="store_true", help="the handoffs and the insights page")
    serve = commands.add_parser("serve")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=5080)
    serve.add_argument("--workers", type=int, default=1, help="processes (the sign-in limits hold per process)")
    serve.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(argv)
    if args.command == "add-user":
        return add_user(args.name, args.admin, args.manager)
    from clinic.settings import InsecureSettingError, Settings
    from staff import create_app
    from staff.server import serve
    from website import create_blueprint

    try:
        settings = Settings.from_env()  # read once, here, and passed to both
        app = create_app(settings=settings)  # before gunicorn starts: a missing secret stops it with one line
    except (InsecureSettingError, ValueError) as error:
        print(f"python -m staff serve: {error}", file=sys.stderr)
        return 2
    # the visitors' landing page and chat widget (their own factory) are served beside the staff app, at /
    app.register_blueprint(create_blueprint(settings))
    serve(app, host=args.host, port=args.port, workers=args.workers, threads=args.threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
