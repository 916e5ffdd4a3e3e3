"""An embedded PostgreSQL 16 server from the ``pgserver`` wheel's binaries, listening on TCP.

``pgserver``'s own ``PostgresServer`` listens on a Unix socket only; BI tools and psql need
127.0.0.1:PORT, so this module drives the wheel's ``initdb`` / ``pg_ctl`` itself. PostgreSQL
refuses to run as root: under root the server runs as the system user ``pgserver`` (the
wheel's own convention, created on demand), otherwise as the invoking user.

Authentication: password (SCRAM) over TCP. The owner's password is generated on first start
and kept in ``<IRWH_HOME>/pg/owner.password`` (mode 600), never in the repository.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from etl.settings import DATABASE_NAME, OWNER_ROLE, Settings

SERVICE_USER = "pgserver"
START_TIMEOUT_S = 60


class EmbeddedServerError(RuntimeError):
    """The embedded server could not be started or stopped; the message says what to do."""


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    port: int | None
    data_dir: Path


def bin_dir() -> Path:
    with warnings.catch_warnings():
        # importing pgserver probes XDG_RUNTIME_DIR for its own socket-based server, unused here
        warnings.simplefilter("ignore")
        from pgserver._commands import POSTGRES_BIN_PATH

    return Path(POSTGRES_BIN_PATH)


def data_dir(settings: Settings) -> Path:
    return settings.pg_dir / "data"


def password_file(settings: Settings) -> Path:
    return settings.pg_dir / "owner.password"


def reader_password_file(settings: Settings) -> Path:
    return settings.pg_dir / "reader.password"


def reader_password(settings: Settings) -> str | None:
    """The BI role's password: IRWH_READER_PASSWORD, else the one generated at initialisation."""
    if settings.reader_password:
        return settings.reader_password
    path = reader_password_file(settings)
    return path.read_text().strip() if path.exists() else None


def owner_password(settings: Settings) -> str:
    path = password_file(settings)
    if not path.exists():
        raise EmbeddedServerError(
            f"the embedded server has not been initialised under {settings.pg_dir}: run `irwh db start`"
        )
    return path.read_text().strip()


def libpq_url(settings: Settings, database: str = DATABASE_NAME) -> str:
    """The URL psql and BI tools take."""
    return f"postgresql://{OWNER_ROLE}:{owner_password(settings)}@127.0.0.1:{settings.pg_port}/{database}"


def status(settings: Settings) -> ServerStatus:
    pid_file = data_dir(settings) / "postmaster.pid"
    try:
        lines = pid_file.read_text().splitlines()
        pid, port = int(lines[0]), int(lines[3])
    except (OSError, ValueError, IndexError):
        return ServerStatus(False, None, None, data_dir(settings))
    return ServerStatus(_alive(pid), pid, port, data_dir(settings))


def start(settings: Settings) -> ServerStatus:
    """Start the server (initialising it on first use); a no-op when it is already up."""
    current = status(settings)
    if current.running:
        if current.port != settings.pg_port:
            raise EmbeddedServerError(
                f"the embedded server for {settings.home} is already running on port {current.port}, "
                f"not IRWH_PG_PORT={settings.pg_port}: run `irwh db stop` first or use that port"
            )
        return current
    run_as = _service_user()
    if not (data_dir(settings) / "PG_VERSION").exists():
        _initdb(settings, run_as)
    log = settings.pg_dir / "server.log"
    options = (
        f"-c listen_addresses=127.0.0.1 -p {settings.pg_port} -c unix_socket_directories='' "
        "-c max_connections=200 -c shared_buffers=256MB -c fsync=on"
    )
    try:
        _pg(
            "pg_ctl",
            ["-D", str(data_dir(settings)), "-l", str(log), "-w", "-t", str(START_TIMEOUT_S),
             "-o", options, "start"],
            run_as,
        )
    except subprocess.CalledProcessError:
        tail = _tail(log)
        hint = (
            f"port {settings.pg_port} is taken by another server: set IRWH_PG_PORT to a free port"
            if "Address already in use" in tail
            else f"see {log}"
        )
        raise EmbeddedServerError(f"the embedded PostgreSQL did not start ({hint}).\n{tail}") from None
    _ensure_database(settings)
    return status(settings)


def stop(settings: Settings) -> bool:
    """Stop the server; False when it was not running."""
    if not status(settings).running:
        return False
    _pg("pg_ctl", ["-D", str(data_dir(settings)), "-m", "fast", "-w", "stop"], _service_user())
    return True


def _initdb(settings: Settings, run_as: str | None) -> None:
    settings.pg_dir.mkdir(parents=True, exist_ok=True)
    password = settings.db_password or secrets.token_urlsafe(24)
    for secret, value in ((password_file(settings), password),
                          (reader_password_file(settings), secrets.token_urlsafe(24))):
        secret.write_text(value + "\n")
        secret.chmod(0o600)
    # initdb runs as the service user, which cannot read the owner's secret: hand it a copy
    # it owns, removed straight after.
    pwfile = settings.pg_dir / ".initdb.pw"
    pwfile.write_text(password + "\n")
    pwfile.chmod(0o600)
    if run_as:
        _grant_to_service_user(settings.pg_dir, run_as)
        _chown(pwfile, run_as)
    try:
        _pg(
            "initdb",
            ["-D", str(data_dir(settings)), "-U", OWNER_ROLE, f"--pwfile={pwfile}", "-E", "UTF8",
             "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256"],
            run_as,
        )
    finally:
        pwfile.unlink(missing_ok=True)


def _ensure_database(settings: Settings) -> None:
    import psycopg

    admin = libpq_url(settings, "postgres")
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
                exists = conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE_NAME,)
                ).fetchone()
                if not exists:
                    conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _service_user() -> str | None:
    if os.geteuid() != 0:
        return None
    bin_dir()  # imports pgserver quietly first
    from pgserver.utils import ensure_user_exists

    ensure_user_exists(SERVICE_USER)
    return SERVICE_USER


def _grant_to_service_user(pg_dir: Path, user: str) -> None:
    """Let the service user traverse to its data folder and run the wheel's binaries."""
    import stat

    from pgserver.utils import ensure_folder_permissions, ensure_prefix_permissions

    ensure_prefix_permissions(pg_dir)
    ensure_prefix_permissions(bin_dir())
    ensure_folder_permissions(bin_dir(), stat.S_IXGRP | stat.S_IXOTH | stat.S_IRGRP | stat.S_IROTH)
    ensure_folder_permissions(bin_dir().parent / "lib", stat.S_IRGRP | stat.S_IROTH)
    ensure_folder_permissions(bin_dir().parent / "share", stat.S_IRGRP | stat.S_IROTH)
    _chown(pg_dir, user)


def _chown(path: Path, user: str) -> None:
    import pwd

    entry = pwd.getpwnam(user)
    os.chown(path, entry.pw_uid, entry.pw_gid)


def _pg(program: str, args: list[str], run_as: str | None) -> str:
    # Output to files, not pipes: pg_ctl's server child inherits the pipes and would hold
    # them open, hanging a capture_output call.
    import tempfile

    with tempfile.TemporaryFile("w+") as out:
        try:
            subprocess.run(
                [str(bin_dir() / program), *args],
                check=True, stdout=out, stderr=subprocess.STDOUT, text=True,
                user=run_as, cwd="/", timeout=START_TIMEOUT_S + 30,
            )
        except subprocess.CalledProcessError as exc:
            out.seek(0)
            exc.output = out.read()
            raise
        out.seek(0)
        return out.read()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
