#!/usr/bin/env bash
# Runs a command (the test suite) with the services the tests need available.
# Today that is nothing beyond Python; services (PostgreSQL, Chromium) are added here,
# installed and started by the project's own files so a fresh machine passes.
set -euo pipefail
exec "$@"
