"""Load and production-server helpers shared by tests/test_production*.py and bench/load_bench.py."""
