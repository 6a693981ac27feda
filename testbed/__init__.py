"""Local stand-ins and throwaway servers that the tests and the benchmarks share, so neither imports the other:
the Twilio Messages API stand-in, a throwaway PostgreSQL cluster and Redis server, the `make cluster` set-up
on ports of its own, and a free port. Nothing here runs in production."""
